"""HTTP API and web page: ``create_app(settings, store_url=None, api_key=None)``.

Run it with ``waqia serve``; see docs/api.md.
"""

from __future__ import annotations

from waqia.api.app import create_app, error_body

__all__ = ["create_app", "error_body"]
