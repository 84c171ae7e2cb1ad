"""The event store: documents, their events, incidents across articles, corrections.

>>> from waqia.store import Store
>>> with Store.open("sqlite://") as store:
...     store.counts()["incidents"]
0

See :class:`waqia.store.core.Store` for the API and the shapes it returns.
"""

from __future__ import annotations

from waqia.store.core import IngestResult, Store, database_url

__all__ = ["IngestResult", "Store", "database_url"]
