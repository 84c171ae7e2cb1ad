"""The fast paths of the session-28 speed pass on the places stage (#14) give what the plain way
gives: the best known name at a token read from the known names' own index, the openings of the
phrase reader with the place words not asked again, and a word that is no street word nor a noun
for a kind of place as written (``Words.opening``) not looked up as one.
"""

from __future__ import annotations

import random
from typing import Any

from conftest import read_before
from waqia.core.morphology import AND, NAME_PREFIXES
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.places.known import best_known, known_names
from waqia.stages.places.patterns import VERY_COMMON, commonness, generic_reading, vocabulary
from waqia.stages.places.stage import _Recogniser

#: sentences of our own: street words, nouns for a kind of place with their proclitics, place
#: words, «في» before known and unknown names, common words that are also names
_TEXTS = (
    "سقطت قذيفة على سوق الخضار في حي الشيخ مقصود وأصيب ثلاثة أشخاص.",
    "وقعت اشتباكات في وادي بردى وبجبل الزاوية، وفي سهل الغاب غربا.",
    "انفجرت سيارة مفخخة في شارع الجمهورية وسط مدينة الموصل مساء أمس.",
    "قصفت المدفعية قرى كفرنبل وحاس ومعرة النعمان بريف إدلب الجنوبي.",
    "قال مصدر أمني إن مسلحين هاجموا نقطة للجيش قرب دوار النعيم في رفح.",
    "أطلقت الطائرات صواريخ على مواقع في الحديدة وللوادي المجاور حصة منها.",
    "عثر الأهالي على جثتين في بئر مهجورة بالقرب من بلدة الطيبة في درعا.",
    "وفي سياق متصل، شهدت العاصمة صنعاء غارات على مطار صنعاء الدولي.",
)


def _reader(text: str) -> _Recogniser:
    pipe = default_pipeline(Settings())
    doc = read_before("places.v1", text)
    return _Recogniser(doc, pipe.ctx, vocabulary(doc, pipe.ctx), known_names(doc, pipe.ctx.gazetteer))


def _reads_nothing_plain(r: _Recogniser, i: int) -> bool:
    """``_reads_nothing`` as it was: every word looked up as a street word and as a noun for a
    kind of place, the best known name by :func:`best_known`."""
    w, t = r.words, r.toks[i].text
    if i in w.words or t in w.named or generic_reading(t, w.generic)[1] \
            or i and r.toks[i - 1].text.removeprefix(AND) in r._in_cues:
        return False
    hit = best_known(r.known, i)
    if hit is None or i in w.cues or i in w.adjectives or i in w.context or i in w.other:
        return True
    return " " not in hit[2] and commonness(hit[2]) >= VERY_COMMON and not r._is_big(hit[2])


def _openings_plain(r: _Recogniser) -> list[int]:
    known = r.known.best
    opening = r.words.opening
    return sorted(i for i in {*known, *r.words.words, *(i for i, t in enumerate(r.toks) if t.text in opening),
                              *(last + 1 for last, (first, _m) in r.words.cue_ending.items()
                                if first == last and last + 1 < len(r.toks))} if not _reads_nothing_plain(r, i))


def test_openings_and_reads_nothing_as_the_plain_way() -> None:
    seen: dict[str, int] = {"opens": 0, "shut": 0, "generic": 0}
    for text in _TEXTS:
        r = _reader(text)
        assert r._openings() == _openings_plain(r), text
        for i in range(len(r.toks)):
            plain = _reads_nothing_plain(r, i)
            assert r._reads_nothing(i) == plain, (text, i)
            seen["shut" if plain else "opens"] += 1
            seen["generic"] += bool(generic_reading(r.toks[i].text, r.words.generic)[1])
    assert seen["opens"] >= 20 and seen["shut"] >= 20 and seen["generic"] >= 4, seen


def test_best_at_is_best_known() -> None:
    found = 0
    for text in _TEXTS:
        r = _reader(text)
        for i in range(-1, len(r.toks) + 2):
            assert r.best_at(i) == best_known(r.known, i), (text, i)
            found += r.best_at(i) is not None
        plain: dict[Any, Any] = dict(r.known)  # a plain dict of readings: the search of it
        r2 = _Recogniser(r.doc, r.ctx, r.words, plain)
        assert all(r2.best_at(i) == best_known(r.known, i) for i in range(len(r.toks)))
    assert found >= 15


def test_every_street_word_and_generic_reading_is_an_opening_form() -> None:
    r = _reader(_TEXTS[0])
    w = r.words
    rnd = random.Random(33)
    words = [p + g for p in ("", *NAME_PREFIXES) for g in w.generic]
    words += [p + g[1:] for p in NAME_PREFIXES for g in w.generic]  # «للوادي»: the alif dropped
    words += [p + g[2:] for p in NAME_PREFIXES for g in w.generic]
    words += list(w.named) + [rnd.choice(NAME_PREFIXES) + t.text for t in r.toks]
    hits = 0
    for word in words:
        if word in w.named or generic_reading(word, w.generic)[1]:
            hits += 1
            assert word in w.opening, word
    assert hits >= 100
