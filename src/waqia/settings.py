"""Configuration: one frozen dataclass, passed explicitly everywhere.

There is no global state.  The CLI, the HTTP API and Dask workers each get a
:class:`Settings` object (workers receive it pickled with their task).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from waqia.errors import ConfigError

ENV_PREFIX = "WAQIA_"


@dataclass(frozen=True)
class Settings:
    """waqia settings.  Every field has a default and a help text.

    >>> Settings().max_chars
    500000
    >>> Settings.from_env({"WAQIA_GAZETTEER": "/tmp/g.sqlite"}).gazetteer
    '/tmp/g.sqlite'
    """

    gazetteer: str | None = field(
        default=None,
        metadata={"help": "Path to a gazetteer built with `waqia gazetteer build` "
                          "(default: the small bundled gazetteer)."},
    )
    max_chars: int = field(
        default=500_000,
        metadata={"help": "Longest text read from one document (a long news article is 20,000 characters); "
                          "the rest is cut and a warning added."},
    )
    min_arabic_ratio: float = field(
        default=0.2,
        metadata={"help": "Below this share of Arabic letters a document is flagged as not Arabic."},
    )
    background_days: int = field(
        default=8,
        metadata={"help": "Events dated more than this many days before publication are background."},
    )
    db: str | None = field(
        default=None,
        metadata={"help": "Event store URL (sqlite:///waqia.db or postgresql://...)."},
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``WAQIA_<FIELD>`` variables, then apply explicit overrides."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = _coerce(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @classmethod
    def help(cls) -> dict[str, str]:
        """Field name to help text, for docs and ``waqia --help``."""
        return {f.name: f.metadata["help"] for f in dataclasses.fields(cls)}


def _coerce(f: dataclasses.Field[Any], raw: str) -> Any:
    kind = type(f.default)
    try:
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
    except ValueError:
        raise ConfigError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a {kind.__name__}; "
                          "fix or unset the variable") from None
    return raw
