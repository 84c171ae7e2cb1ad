"""Write ``src/waqia/data/common_words.tsv.gz``: how common each Arabic word is.

    .venv/bin/pip install 'wordfreq==3.1.1' && .venv/bin/python scripts/build_common_words.py

Every Arabic word that wordfreq's ``ar`` list gives a Zipf frequency of 3.0 or more
(about once in 1,000,000 words of running text), in waqia's matching form, with its
frequency.  Place recognition asks for more evidence before it reads such a word as
a place name (see ``waqia.place_patterns.commonness``).  Run by ``make gazetteer``.

Data: wordfreq 3.1.1 by Robyn Speer (Apache-2.0 code; word lists CC BY-SA 4.0,
built from Wikipedia, OpenSubtitles, news, Twitter and other sources).  The list
written here is derived from those word lists and keeps their CC BY-SA 4.0 licence
(see NOTICE).
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "waqia" / "data" / "common_words.tsv.gz"
FLOOR = 3.0


def main() -> int:
    from importlib.metadata import version

    from wordfreq import iter_wordlist, zipf_frequency

    from waqia.normalize import key

    best: dict[str, float] = {}
    for word in iter_wordlist("ar", "best"):
        z = zipf_frequency(word, "ar")
        if z < FLOOR:
            break
        if re.fullmatch("[\u0621-\u064a]+", word):
            k = key(word)
            best[k] = max(best.get(k, 0.0), z)
    lines = [(f"# common Arabic words (matching form) and their Zipf frequency; from wordfreq {version('wordfreq')} "
             "(word lists CC BY-SA 4.0, see NOTICE); made by scripts/build_common_words.py"),
             "form\tzipf"]
    lines += [f"{k}\t{z:.2f}" for k, z in sorted(best.items())]
    with open(OUT, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as z:
        z.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {OUT}: {len(best):,} words, {OUT.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
