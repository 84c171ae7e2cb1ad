"""The fast paths of the speed pass speed36 (#14) give what the plain way gives: the counts a speaker
tells back («هذه الحصيلة», «القتلى الثلاثة») are looked for only at the tokens that may be one, listed once a
document (``tollback._counts``), not at every token of every speaker's sentence.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

import pytest

from conftest import read_before
from waqia.pipeline import default_pipeline
from waqia.settings import Settings

#: short reports of our own: a toll in the outlet's voice, then a speaker who takes it up by a definite
#: count or by the victims with a figure that has the article; and sentences with a count of its own, a
#: count closed by a comma, victims with no figure, no speaker at all
_TOLLS = (
    "قتل 12 مدنيا في قصف مدفعي على سوق البلدة. وأكدت مديرية الصحة في بيان هذه الحصيلة.",
    "لقي 4 جنود حتفهم في كمين قرب الحدود. وقال المتحدث العسكري إن الحصيلة أولية، مضيفا أن البحث جار.",
    "سقط 9 قتلى في هجوم على حافلة. وقالت الشرطة إن الحصيلة ارتفعت إلى 11 قتيلا بعد وفاة جريحين.",
    "قتل ثلاثة عمال في انفجار لغم. وأفاد مصدر محلي بأن القتلى الثلاثة من قرية واحدة.",
    "أصيب 20 شخصا بجروح في تفجير سيارة مفخخة. وذكرت وكالة الأنباء الرسمية أن المصابين العشرين نقلوا إلى المستشفى.",
    "قتل سبعة مسلحين في اشتباك مع الجيش. وأعلن الجيش الحصيلة، موضحا أن بين القتلى قياديا بارزا.",
    "وقال مسؤول في البلدية إن القتلى من المدنيين وإن الأرقام لم تتأكد بعد.",
    "أحصى ناشطون مقتل 15 شخصا في غارات على المدينة. ونقلت الوكالة عن أحد السكان قوله إن الأهالي أحصوا هذه الأرقام.",
    "قتل جنديان في هجوم على نقطة تفتيش، والحصيلة مرشحة للارتفاع.",
    "وقال المرصد إن الحصيلة بلغت 30 قتيلا، وإن الضحايا الستة الآخرين من عائلة واحدة.",
)


def _told_back_plain(doc: Any, attributions: list[Any], info: Any) -> list[Any]:
    """``tollback.tolls_told_back`` as it was: every token of each speaker's sentence asked in turn."""
    from waqia.core.morphology import has_article
    from waqia.stages.sources import tollback
    from waqia.stages.sources.claimed import ACT
    from waqia.stages.sources.mentions import Attribution

    speaking: dict[int, list[Any]] = {}
    for a in attributions:
        if a.kind != ACT:
            speaking.setdefault(a.sentence, []).append(a)
    toks, found = doc.tokens, []
    dead = {m.word_start for m in doc.matches_of("casualty_terms") if has_article(m.prefix) and m.entry.get("role") == "victim"}
    for sent, own in speaking.items():
        s = doc.sentences[sent]
        first, last = doc.token_index(s.start), min(doc.token_index(max(s.end - 1, s.start)), len(toks) - 1)
        for k in range(first + 1, last + 1):
            if tollback._count_back(doc, k, last, info) or tollback._dead_told_back(doc, k, last, dead, info):
                before = [a for a in own if a.pos < toks[k].start]
                a = before[-1] if before else own[0]
                found.append(Attribution(toks[k].start, toks[k].end, tollback.TOLL_BACK, sent, a.source, a.relay))
                break
    return sorted([*attributions, *found], key=attrgetter("pos")) if found else attributions


def _asked(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[Any, ...]:
    """The arguments the sources stage gives ``tolls_told_back`` for ``text``."""
    from waqia.stages.sources import stage, tollback

    pipe, seen = default_pipeline(Settings()), []

    def keep(*args: Any) -> Any:
        seen.append(args)
        return tollback.tolls_told_back(*args)

    monkeypatch.setattr(stage, "tolls_told_back", keep)
    stage.find_sources(read_before("sources.v1", text, published="2025-06-01"), pipe.ctx)
    monkeypatch.undo()
    (args,) = seen
    return args


def test_tolls_told_back_reads_as_the_plain_way(monkeypatch: pytest.MonkeyPatch) -> None:
    from waqia.stages.sources import tollback

    told = 0
    for text in _TOLLS:
        doc, attributions, info = _asked(monkeypatch, text)
        want = _told_back_plain(doc, attributions, info)
        assert tollback.tolls_told_back(doc, attributions, info) == want, text
        told += sum(a.kind == tollback.TOLL_BACK for a in want)
    assert told >= 4  # the probes reach the rule, not only its misses


def test_counts_are_the_tokens_either_reading_may_take(monkeypatch: pytest.MonkeyPatch) -> None:
    from waqia.core.morphology import ARTICLE, has_article
    from waqia.stages.sources import tollback

    listed = 0
    for text in _TOLLS:
        doc, _, info = _asked(monkeypatch, text)
        dead = {m.word_start for m in doc.matches_of("casualty_terms") if has_article(m.prefix) and m.entry.get("role") == "victim"}
        want = [k for k, t in enumerate(doc.tokens) if t.start in dead
                or t.text.startswith(ARTICLE) and t.text.removeprefix(ARTICLE) in info.words["tally_bare"]]
        assert tollback._counts(doc, dead, info) == want, text
        listed += len(want)
    assert listed >= 10


def _nearby_plain(context: Any, c: Any, km: float, skip: int) -> bool:
    """``ArticleContext.nearby`` as it was: each anchor asked in turn, its distance measured."""
    from waqia.stages.places.anchors import distance_km

    for a in context.others(skip) if skip >= 0 else [a for _, a in context.anchors]:
        if a.country == c.country and a.admin1 and a.admin1 == c.admin1:
            return True
        if None not in (a.lat, a.lon, c.lat, c.lon) and distance_km((c.lat, c.lon), (a.lat, a.lon)) < km:
            return True
    return False


def test_nearby_reads_as_each_anchor_in_turn() -> None:
    """Anchors of several countries and provinces (some without a point, some without a province, some
    named twice) and candidates around them, on them, just inside and just outside each reach."""
    import random

    from waqia.geo.index import Candidate
    from waqia.stages.places.anchors import Anchor
    from waqia.stages.places.scoring import ArticleContext

    rng = random.Random(36)
    provinces = [("SY", "Idlib"), ("SY", "Aleppo"), ("IQ", "Nineveh"), ("LB", "South"), ("YE", ""), ("SD", "Darfur")]
    answers = {True: 0, False: 0}
    for _ in range(40):
        anchors = []
        for k in range(rng.randint(0, 7)):
            country, admin1 = rng.choice(provinces)
            point = (None, None) if rng.random() < 0.2 else (rng.uniform(12, 37), rng.uniform(24, 44))
            anchors.append((k, Anchor(country, admin1, *point)))
        context = ArticleContext(anchors, "SY")
        context.keys.update({k: rng.choice(("a", "b", f"#{k}")) for k, _ in anchors if rng.random() < 0.6})
        for _ in range(30):
            country, admin1 = rng.choice([*provinces, ("TR", ""), ("SY", "")])
            if anchors and rng.random() < 0.5:  # on an anchor's point, or a little off it
                _, a = rng.choice(anchors)
                lat = None if a.lat is None else a.lat + rng.choice((0.0, 0.2, -0.35, 0.9, 2.5))
                lon = a.lon
            else:
                lat, lon = (None, None) if rng.random() < 0.15 else (rng.uniform(12, 37), rng.uniform(24, 44))
            c = Candidate("x", "x", "x", "locality", country, admin1, "", "", "", lat, lon, 1000)
            for km in (25, 40, 60, 100, 300):
                for skip in (-1, *range(len(anchors))):
                    want = _nearby_plain(context, c, km, skip)
                    assert context.nearby(c, km, skip) == want, (anchors, c, km, skip)
                    answers[want] += 1
    assert min(answers.values()) > 1000


#: sentences of our own with a clause of «حين», «عندما», «حينما» (behind a year gone or not, with «و» or «ف»
#: before it), «خلاله», «خلالها», «خلالهما» (behind a unit of time or not), «قبل» opening a sentence, and
#: figures far from any of them
_RECALLED = (
    "وتعد هذه المواجهات الأعنف منذ مارس 2019، حين قتل 45 شخصا في هجوم على سوق الماشية.",
    "وشهدت المنطقة معارك مماثلة في صيف 2016، عندما سيطر المسلحون على المعبر وقتلوا 12 حارسا.",
    "قتل 3 مزارعين صباح اليوم حين سقطت قذيفة على حقل قرب القرية.",
    "شهد شهر أيار تصعيدا كبيرا، إذ أحصت المنظمة خلاله مقتل 88 مدنيا في أنحاء البلاد.",
    "واستمرت العملية العسكرية ثلاثة أسابيع قتل خلالها 140 مسلحا بحسب الجيش.",
    "اقتحمت الشرطة الحي فجرا واعتقلت خلالها 9 مطلوبين.",
    "وقبل ذلك بعامين، قتل 60 شخصا في تفجير مماثل في المدينة نفسها.",
    "وقبل نحو أسبوع، قتل عنصران من الأمن في كمين على الطريق.",
    "واندلعت الاشتباكات في 2021، فحين هاجم المسلحون البلدة قتل 17 من سكانها، وخلالهما نزح المئات.",
    "أصيب 6 أشخاص بجروح في انفجار عبوة ناسفة، وقالت الشرطة إن 2 منهم في حالة حرجة.",
)


def _recalled_plain(idx: Any, k: int) -> bool:
    """``recalled.recalled`` as it was: «خلاله» looked for at each token near the figure, «حين» at each token
    back from it while the clause goes on."""
    from waqia.core.morphology import conjoined
    from waqia.stages.claims import recalled

    toks, when = idx.doc.tokens, idx.words.get("when", frozenset())
    if recalled._long_ago_ahead(idx, k) or recalled._during_that_time(idx, k):
        return True
    for j in range(k - 1, max(k - recalled.WHEN_REACH, 1) - 1, -1):
        if not idx.same_clause(j, k):
            return False
        text = toks[j].text
        if text in when or conjoined(text) and text[1:] in when:
            return not idx.same_clause(j - 1, j) and recalled._year_gone(idx, range(max(j - recalled.YEAR_BEFORE, 0), j))
    return False


def test_recalled_reads_as_every_word_near_the_figure() -> None:
    from waqia.stages.claims import recalled
    from waqia.stages.claims.index import build_index

    pipe, answers = default_pipeline(Settings()), {True: 0, False: 0}
    for text in _RECALLED:
        idx = build_index(read_before("claims.v1", text, published="2025-06-01"), pipe.ctx.lexicon)
        for k in range(len(idx.doc.tokens)):
            want = _recalled_plain(idx, k)
            assert recalled.recalled(idx, k) == want, (text, k)
            answers[want] += 1
    assert answers[True] >= 8 and answers[False] >= 50, answers
