"""The fast paths of the second speed pass of session 26 (#14) give what the plain way gives.

Each is compared with the code it replaced: the asides («من جهته») found by ``list.index`` once
per article (sources/words.py), and the names compared word for word from words split once per
name (sources/naming.py).
"""

from __future__ import annotations

import random

from conftest import read_before
from waqia.core.document import Document
from waqia.core.morphology import ARTICLE, OF
from waqia.core.normalize import key as normalize_key
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.sources.naming import made_definite, shortens
from waqia.stages.sources.words import asides, slot_info, speaker_words

_PIPE = default_pipeline(Settings())
_WORDS = speaker_words(_PIPE.ctx.lexicon)


def _read(text: str) -> Document:
    """The document as the sources stage receives it."""
    return read_before("sources.v1", text)


def _asides_plain(doc: Document) -> set[int]:
    """The asides as read before: a test at every word."""
    toks = doc.tokens
    return {toks[j].start for j in range(len(toks) - 1) if toks[j].text == OF
            and toks[j + 1].text in _WORDS["filler"] and toks[j + 1].sentence == toks[j].sentence}


def test_asides_by_index_are_those_of_every_word() -> None:
    rnd = random.Random(30)
    fillers = sorted(_WORDS["filler"])[:6]
    assert fillers
    words = [OF, OF, *fillers, "قال", "مصدر", "أمني", "إن", "الجيش", "قصف", "المدينة.", "من", "جهتها،"]
    found = 0
    for _ in range(60):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 30)))
        doc = _read(text)
        plain = _asides_plain(doc)
        assert asides(doc, _WORDS) == plain, text
        assert slot_info(doc, _PIPE.ctx.lexicon).asides == plain, text
        found += bool(plain)
    assert found  # some texts hold an aside: the test can fail


def _shortens_plain(short: str, earlier: str) -> bool:
    a, b = normalize_key(short).split(), normalize_key(earlier).split()
    return 1 < len(a) < len(b) and b[:len(a)] == a


def _made_definite_plain(short: str, earlier: str) -> bool:
    a, b = normalize_key(short).split(), normalize_key(earlier).split()
    return 0 < len(a) <= len(b) and all(w.startswith(ARTICLE) and len(w) > len(ARTICLE) + 1 for w in a) \
        and not b[0].startswith(ARTICLE) and [w.removeprefix(ARTICLE) for w in a] == b[:len(a)]


def test_names_compared_from_words_split_once() -> None:
    rnd = random.Random(300)
    words = ["مصدر", "المصدر", "أمني", "الأمني", "مسؤول", "المسؤول", "وزارة", "الوزارة", "الداخلية", "باسم", "ال"]
    hits = [0, 0]
    for _ in range(400):
        short = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 3)))
        earlier = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.3:
            earlier = f"{short} {earlier}"  # a fuller name given before
        elif rnd.random() < 0.3:  # an indefinite name given before, told back definite
            earlier = " ".join([*(w.removeprefix(ARTICLE) for w in short.split()), earlier])
        assert shortens(short, earlier) == _shortens_plain(short, earlier), (short, earlier)
        assert made_definite(short, earlier) == _made_definite_plain(short, earlier), (short, earlier)
        hits[0] += shortens(short, earlier)
        hits[1] += made_definite(short, earlier)
    assert made_definite("المصدر الأمني", "مصدر أمني مسؤول") and shortens("وزارة الداخلية", "وزارة الداخلية باسم")
    assert all(hits)  # both are true somewhere: the test can fail
