"""waqia: Arabic conflict news to source-attributed, geocoded event data.

>>> import waqia
>>> doc = waqia.extract("قتل ثلاثة جنود في هجوم على حاجز للجيش في ريف إدلب أمس", published="2020-01-23")
>>> doc["relevant"], doc["events"][0]["claims"][0]["value"]
(True, 3)
"""

from __future__ import annotations

from typing import Any

from waqia.errors import WaqiaError
from waqia.settings import Settings

__all__ = ["Settings", "WaqiaError", "__version__", "extract"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, *, settings: Settings | None = None,
            **metadata: Any) -> dict[str, Any]:
    """Read one article and return its document record (see docs/output-format).

    ``published`` anchors relative dates («أمس الأربعاء»); ``metadata`` may
    carry ``id``, ``url``, ``title`` and ``outlet``.  Never raises on bad
    text: problems come back in ``warnings``.
    """
    from waqia.pipeline import default_pipeline

    return default_pipeline(settings or Settings()).run(text, published=published, **metadata)
