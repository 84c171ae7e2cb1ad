"""Build larger corpora by repeating and perturbing the dev articles (written to /tmp, never committed).

    python benchmarks/corpus.py 10000 /tmp/waqia-bench/10k.jsonl

Each copy gets a new id, its numbers changed, and its sentences rotated, so
that no two documents are identical (caches cannot help) while the mix of
lengths and phrasings stays that of real news.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

DEV = Path(os.environ.get("WAQIA_DEV") or Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev-input.jsonl")
_NUMBER = re.compile(r"\d+")


def load_dev(path: Path = DEV) -> list[dict[str, str]]:
    """The dev articles (skips with a message when ../shared is absent)."""
    if not path.exists():
        sys.exit(f"{path} not found: the benchmarks need the shared dev set")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def perturb(text: str, rng: random.Random) -> str:
    """Change every number and rotate the sentences after the lead."""
    text = _NUMBER.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-3, 9))), text)
    parts = text.split("\n")
    if len(parts) > 2:
        k = rng.randrange(1, len(parts))
        parts = parts[:1] + parts[k:] + parts[1:k]
    return "\n".join(parts)


def build(n: int, out: Path, seed: int = 6) -> Path:
    """Write ``n`` perturbed articles to ``out`` (JSON Lines) and return the path."""
    rng = random.Random(seed)
    dev = load_dev()
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            art = dev[i % len(dev)]
            text = art["text"] if i < len(dev) else perturb(art["text"], rng)
            rec = {"id": f"{art['id']}-{i}", "text": text, "published": art.get("published")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def texts(n: int, seed: int = 6) -> list[str]:
    """``n`` perturbed article texts in memory."""
    rng = random.Random(seed)
    dev = load_dev()
    return [perturb(dev[i % len(dev)]["text"], rng) for i in range(n)]


if __name__ == "__main__":
    print(build(int(sys.argv[1]), Path(sys.argv[2])))
