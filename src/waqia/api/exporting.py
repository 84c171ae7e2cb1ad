"""Exports served by the API: incidents (through :mod:`waqia.exports`) and gold lines."""

from __future__ import annotations

from typing import Any

from ..errors import StoreError
from .app import dumps


def render_export(fmt: str, incidents: list[dict[str, Any]]) -> str:
    """Incidents as ``csv``, ``geojson`` or ``jsonl`` text.

    >>> render_export("jsonl", [{"incident_id": "i1"}])
    '{"incident_id":"i1"}\\n'
    """
    if fmt == "jsonl":
        return "".join(dumps(x) + "\n" for x in incidents)
    try:
        from .. import exports
    except ImportError:
        raise StoreError(f"{fmt} export needs waqia.exports, which this installation lacks; "
                         "use format=jsonl") from None
    writer = getattr(exports, f"to_{fmt}")
    return str(writer(incidents))


def reviewed_doc_ids(store: Any) -> list[str]:
    """Ids of every document with at least one saved correction."""
    lister = getattr(store, "corrected_doc_ids", None)
    if lister is None:
        raise StoreError("this event store cannot list reviewed documents; "
                         "ask for them by id: /v1/gold?doc_id=...")
    return [str(x) for x in lister()]
