"""Exports served by the API: incidents (through :mod:`waqia.exports`) and reviewed documents."""

from __future__ import annotations

import io
from typing import Any

from waqia.exports import export


def render_export(fmt: str, incidents: list[dict[str, Any]]) -> str:
    """Incidents as ``csv``, ``geojson`` or ``jsonl`` text.

    >>> render_export("jsonl", [{"incident_id": "i1"}])
    '{"incident_id": "i1"}\\n'
    """
    buf = io.StringIO()
    export(incidents, fmt, None, buf)
    return buf.getvalue()


def reviewed_doc_ids(store: Any) -> list[str]:
    """Ids of every stored document with at least one saved correction, newest first."""
    lister = getattr(store, "corrected_doc_ids", None)
    if lister is not None:
        return [str(x) for x in lister()]
    return [d["doc_id"] for d in store.documents() if store.corrections(d["doc_id"])]
