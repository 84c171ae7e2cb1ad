"""The fast paths of the session-27 speed pass on the places and events stages (#14) give what the
plain way gives: the kept key of a name, the anchors' own readings asked once, the bare reading
after «في» that leaves a known name to its known reading, the apposition tokens sought only where
there is one, and the events kept as they are when no toll is of no one side.
"""

from __future__ import annotations

import random
from typing import Any

from conftest import read_before
from waqia.core.document import Span
from waqia.core.normalize import key as normalize_key
from waqia.geo.gazetteer import Candidate
from waqia.output import Claim, Event, Party, Source
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.events.figures import BOTH_SIDES, without_mixed_twins
from waqia.stages.places.anchors import anchor_of, name_key
from waqia.stages.places.geocode import _outsidecontainer_of
from waqia.stages.places.known import best_known, known_names
from waqia.stages.places.patterns import Mention, vocabulary
from waqia.stages.places.stage import _Recogniser

#: sentences of our own: «في» before known names (one word, several, with the article), before
#: words that open a longer name, before rare words, and an apposition after a comma
_TEXTS = (
    "قصفت الطائرات مواقع في حلب وفي ريف إدلب الجنوبي صباح اليوم.",
    "قتل ثلاثة مدنيين في غارة على منزل في دير البلح وسط القطاع.",
    "أصيب جنديان في انفجار عبوة في الموصل، وفي تلعفر غربها.",
    "اندلعت اشتباكات عنيفة في بيت لاهيا وفي جباليا شمال غزة.",
    "سقط صاروخ في كانداجي، وهي قرية نائية في إقليم شبيلي.",
    "قالت مصادر محلية إن مسلحين هاجموا حاجزا في تل أبيض وفي رأس العين.",
    "شنت مسيرة غارة في مأرب وقتل فيها خمسة من المقاتلين في صرواح.",
    "وقع هجوم في السوق الشعبي في مدينة تعز وأصيب فيه عشرة أشخاص.",
)


def test_name_key_is_the_normalised_key_and_is_kept() -> None:
    rnd = random.Random(31)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءًٌٍَُِّْ  ـ"
    for _ in range(300):
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 25)))
        assert name_key(text) == normalize_key(text), text
        assert name_key(text) is name_key(text)  # the second answer is the kept one


def _cand(gid: str, country: str, admin1: str, kind: str = "locality", population: int = 0,
          loose: bool = False) -> Candidate:
    return Candidate(gid, gid, "س", kind, country, admin1, "", "", "", 33.0, 36.0, population, loose)


def test_outside_container_asks_the_own_reading_once_and_keeps_it() -> None:
    aleppo, baghdad = _cand("g:1", "SY", "Aleppo"), _cand("g:2", "IQ", "Baghdad", "admin1", 7_000_000)
    other = _cand("g:3", "IQ", "Baghdad")
    cands = [[aleppo], [baghdad], [aleppo, other], [], [_cand("g:4", "IQ", "Basra", loose=True)]]
    containers = [1, None, 1, 1, None]
    mentions = [Mention(k, k, 5 * k, 5 * k + 4, f"n{k}", 0, container=c) for k, c in enumerate(containers)]
    plain: dict[int, Candidate | None] = {}
    for k in range(len(mentions)):
        assert _outsidecontainer_of(mentions, cands, k, plain) == _outsidecontainer_of(mentions, cands, k)
    assert set(plain) == {k for k, c in enumerate(containers) if c is not None}  # asked only with a container
    assert all(plain[k] is anchor_of(cands[k]) or plain[k] == anchor_of(cands[k]) for k in plain)
    assert _outsidecontainer_of(mentions, cands, 0) and not _outsidecontainer_of(mentions, cands, 2)


def test_bare_reading_leaves_a_known_name_that_opens_no_longer_one() -> None:
    """Wherever the bare reading returns early (a known name after «في» that is no opener of a
    longer name), the reading it skips would have returned at once too: its unknown name has one
    word, and the known name is at least as long."""
    pipe = default_pipeline(Settings())
    early = 0
    for text in _TEXTS:
        doc = read_before("places.v1", text)
        reader = _Recogniser(doc, pipe.ctx, vocabulary(doc, pipe.ctx), known_names(doc, pipe.ctx.gazetteer))
        for i in range(1, len(doc.tokens)):
            t, known = doc.tokens[i].text, (best_known(reader.known, i) or (0,))[0]
            cue = doc.tokens[i - 1].text
            if not (known and t not in reader.words.openers and cue.removeprefix("و") in reader._in_cues):
                continue
            if reader._told_a_place(i) > known:
                continue  # read by the apposition before either
            early += 1
            span = reader._unknown(i)
            n = span[0] if span is not None and t in reader.words.openers and span[0] > 1 else 1
            assert known >= n, (text, t)
            assert reader._bare(i) == i, (text, t)
    assert early >= 5  # the probes reach the early return


def test_apposition_tokens_sought_only_where_there_is_one() -> None:
    pipe = default_pipeline(Settings())
    for text, some in ((_TEXTS[4], True), (_TEXTS[0], False)):
        doc = read_before("places.v1", text)
        reader = _Recogniser(doc, pipe.ctx, vocabulary(doc, pipe.ctx), known_names(doc, pipe.ctx.gazetteer))
        reader._told_a_place(1)
        starts = {m.word_start for m in doc.matches_of("place_apposition")}
        assert reader._appositions == {k for k, t in enumerate(doc.tokens) if t.start in starts}
        assert bool(reader._appositions) is some


def _claim(kind: str, value: int, category: str, name: str | None, source: Source | None = None) -> Claim:
    return Claim(kind, value, None, None, False, Party(None, name, category), source, (0, 1))


def _event(*claims: Claim) -> Event:
    return Event("e", "Battles", "Armed clash", None, "", None, (), (), tuple(claims), 0.5, None)


def test_events_without_a_toll_of_no_one_side_are_kept_as_they_are() -> None:
    ministry = Source(Span(0, 5, "وزارة"), "وزارة")
    events = [_event(_claim("killed", 5, "civilians", None), _claim("injured", 2, "unknown", None)),
              _event(_claim("killed", 3, "civilians", None, ministry))]
    kept = without_mixed_twins(iter(events))
    assert all(a is b for a, b in zip(kept, events, strict=True))
    assert kept == [_with_claims(e) for e in events]  # what the copy of each event gave
    mixed = [_event(_claim("killed", 5, "unknown", BOTH_SIDES)), _event(_claim("killed", 5, "civilians", None))]
    assert without_mixed_twins(mixed)[1].claims == ()  # a twin still goes


def _with_claims(e: Event) -> Any:
    from dataclasses import replace
    return replace(e, claims=tuple(e.claims))


def test_others_counts_without_an_empty_counter() -> None:
    """:meth:`ArticleContext.others` gives, in the same order, what counting by :class:`Counter` gave."""
    from collections import Counter

    from waqia.stages.places.anchors import Anchor
    from waqia.stages.places.scoring import ArticleContext
    rnd = random.Random(27)
    pool = [Anchor(c, a, 30.0 + n, 40.0 - n) for n, (c, a) in enumerate([("SY", "Idlib"), ("SY", "Aleppo"),
                                                                         ("IQ", ""), ("YE", "Taizz")])]
    for _ in range(200):
        anchors = [(rnd.randrange(6), rnd.choice(pool)) for _ in range(rnd.randint(0, 8))]
        keys = {k: rnd.choice("abc") for k in range(6) if rnd.random() < 0.8}
        context = ArticleContext(anchors, None)
        context.keys = keys
        everywhere = Counter(a for _, a in anchors)
        for k in range(7):
            key = keys.get(k, f"#{k}")
            here = Counter(a for j, a in anchors if keys.get(j, f"#{j}") == key)
            assert context.others(k) == [a for a, n in everywhere.items() if n > here[a]], (anchors, keys, k)
