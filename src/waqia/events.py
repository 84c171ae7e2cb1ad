"""(being written)"""
from __future__ import annotations

from typing import Any

from .document import Document
from .output import DocumentRecord


def find_events(doc: Document, ctx: Any) -> Document:
    return doc.add("events", ())


def build_record(doc: Document, ctx: Any) -> DocumentRecord:
    from .pipeline import doc_id_for
    from .dates import parse_published

    meta = doc.meta
    pub = parse_published(meta.get("published"))
    return DocumentRecord(
        doc_id=str(meta.get("id") or doc_id_for(doc.original)), url=meta.get("url"),
        title=meta.get("title"), outlet=meta.get("outlet"), published=pub.iso,
        relevant=bool(doc.layer("events")), events=doc.layer("events"), warnings=doc.warnings)
