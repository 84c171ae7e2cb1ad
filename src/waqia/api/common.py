"""Helpers the app and its routes share: the API key check and compact JSON."""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import Request


def key_matches(expected: str | None, request: Request) -> bool:
    """True when no key is configured, or the request carries it.

    The key is read from ``X-API-Key`` or ``Authorization: Bearer <key>``.
    """
    if not expected:
        return True
    given = request.headers.get("x-api-key") or ""
    auth = request.headers.get("authorization") or ""
    if not given and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def dumps(obj: Any) -> str:
    """Compact JSON with Arabic kept readable (for JSON Lines exports)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
