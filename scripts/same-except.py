"""Compare two JSON Lines outputs record by record, leaving out some keys at any depth.

    python scripts/same-except.py OLD.jsonl NEW.jsonl --drop why

For a change that only adds a field (``scripts/same-output.sh`` keeps both
outputs when they differ): exits 0 when the records are equal once the dropped
keys are removed from both, 1 with the first differences otherwise.  It also
prints how many dropped keys NEW had, so an addition that never happens shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def strip(obj: Any, drop: set[str], counts: dict[str, int]) -> Any:
    if isinstance(obj, dict):
        for k in drop & obj.keys():
            counts[k] = counts.get(k, 0) + 1
        return {k: strip(v, drop, counts) for k, v in obj.items() if k not in drop}
    if isinstance(obj, list):
        return [strip(v, drop, counts) for v in obj]
    return obj


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--drop", action="append", default=[], help="a key to leave out (repeatable)")
    args = ap.parse_args(argv)
    drop = set(args.drop)
    with open(args.old, encoding="utf-8") as f:
        old = [json.loads(line) for line in f if line.strip()]
    with open(args.new, encoding="utf-8") as f:
        new = [json.loads(line) for line in f if line.strip()]
    in_old: dict[str, int] = {}
    in_new: dict[str, int] = {}
    old = [strip(r, drop, in_old) for r in old]
    new = [strip(r, drop, in_new) for r in new]
    bad = [n for n, (a, b) in enumerate(zip(old, new, strict=False), 1) if a != b]
    if len(old) != len(new):
        print(f"record counts differ: {len(old)} and {len(new)}")
    for n in bad[:5]:
        print(f"record {n} differs beyond {sorted(drop)}")
    print(f"{len(old)} and {len(new)} records; {len(bad)} differ beyond {sorted(drop)}; "
          f"dropped keys: old {in_old or 0}, new {in_new or 0}")
    return 0 if not bad and len(old) == len(new) else 1


if __name__ == "__main__":
    sys.exit(main())
