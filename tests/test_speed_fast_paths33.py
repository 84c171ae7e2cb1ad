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


#: sentences of our own with words of context before names: seats, hospitals, trips, origins, bodies
_CONTEXT = (
    "نقل الجرحى إلى مستشفى مدينة إدلب بعد غارة على بلدة سرمين في ريفها.",
    "قال مسؤول في مكتب محافظة حلب إن قذيفة سقطت على حي الحمدانية.",
    "قتل سائق في طريقه من مدينة حماة إلى بلدة السلمية برصاص مجهولين.",
    "أصيب شاب ينحدر من قرية الجينة بريف حلب الغربي في قصف على مدينة عفرين.",
    "فر السكان من قرية تل رفعت إلى مدينة إعزاز بعد قصف عنيف على القرية.",
    "وأفادت قوات سوريا الديمقراطية بمقتل عنصرين على بعد كيلومترين من بلدة الهول.",
    "استهدفت مسيرة سيارة قرب جامعة الموصل، وهي على بعد 10 كم من بلدة حمام العليل.",
    ". ".join(["سقطت قذيفة في بلدة معرة مصرين"] * 3) + " قرب مقر للشرطة في مدينة بنش.",
)


def _mark_context_plain(out: list[Any], words: Any, toks: Any, lexicon: Any) -> None:
    """``relations.mark_context`` as it was: every token read back from the name, up to ``_WAY_REACH``."""
    from waqia.stages.places import relations as rel

    toward, between, to = rel.name_words(lexicon)[2], rel.cue_forms(lexicon, "between"), rel.cue_forms(lexicon, "to")
    origins: set[int] = set()
    for m in out:
        if m.preposition in toward and not rel._aimed(m, words, toks) and not rel._where(m, words, toks) \
                or m.preposition in between and m.kind is None and not rel._clash(out, m, words):
            m.context = True
            continue
        first = out[m.list_head].first if m.list_head is not None else m.first
        for back in range(1, rel._WAY_REACH + 1):
            k = first - back
            hit = words.context.get(k)
            if k < 0 or toks[k].sentence != m.sentence:
                break
            if hit is None or hit[0] >= first:
                continue
            role = str(hit[1].entry.get("role"))
            origin = role == "way" and rel._trip_end(m, hit[0], first, words, to) \
                or role == "sent" and back <= 5 and m.preposition in to \
                or back <= rel._REACH and role in ("from", "dwell") and rel._origin(role, m, hit[0], first, words)
            if origin or back <= 5 and rel._context_role(role, m, hit[0], first, back, words):
                m.context = True
                if origin:
                    origins.add(id(m))
                break
    rel._context_containers(out, origins)
    rel._people_of(out, words, toks)
    rel._named_again(out, origins, words, toks)


def test_mark_context_reads_back_only_the_context_words(monkeypatch: Any) -> None:
    import copy

    from waqia.stages.places import relations, stage

    kept: list[Any] = []
    monkeypatch.setattr(stage, "mark_context", lambda out, *rest: kept.append(([copy.copy(m) for m in out], *rest)))
    for text in _TEXTS + _CONTEXT:
        _reader(text).run()
    marked = 0
    for out, words, toks, lexicon in kept:
        fast, plain = [copy.copy(m) for m in out], [copy.copy(m) for m in out]
        relations.mark_context(fast, words, toks, lexicon)
        _mark_context_plain(plain, words, toks, lexicon)
        assert fast == plain
        marked += sum(m.context for m in fast)
    assert len(kept) == len(_TEXTS + _CONTEXT) and marked >= 5, marked


#: sentences of our own with years after «في», «عام», «منذ», «خلال», some with a month's name between
_YEARS = (
    "وتعرضت البلدة في 2016 لهجوم أودى بحياة 45 شخصا، وقتل أمس ثلاثة آخرون.",
    "سجلت المنظمة منذ مارس 2022 أكثر من 300 هجوم قتل فيها 120 مدنيا.",
    "قتل خلال 2023 نحو 900 شخص في المنطقة، بحسب تقرير صدر اليوم.",
    "أعلنت الشرطة مقتل 4 أشخاص في انفجار عبوة عام 2019 قرب السوق.",
    "أصيب 7 أشخاص اليوم في قصف على الحي الذي شهد في نوفمبر 2024 معارك عنيفة.",
    "وفي 2025 قتل 12 شخصا في اشتباكات بين عشيرتين، وفي 2018 قتل 30 آخرون في المنطقة ذاتها.",
    # a clause longer than YEAR_REACH words after the year: the edges of the reach are read
    ("قتل منذ عام 2017 في هذه المنطقة النائية من شرق البلاد عشرات المدنيين الأبرياء ومئات المقاتلين من"
     " الطرفين المتحاربين بحسب إحصاء جديد نشرته منظمة محلية مستقلة اليوم"),
    ("سقط منذ يناير 2020 في القرى الحدودية الواقعة على ضفتي النهر الكبير مئات القتلى والجرحى من السكان"
     " المدنيين والرعاة والمزارعين بحسب ما أحصته لجنة أهلية تعمل هناك"),
)


def _year_in_clause_plain(idx: Any, k: int) -> bool:
    """``background._year_in_clause`` as it was: every lead of the document sorted and read per figure."""
    from waqia.stages.claims import background as bg

    lo, hi = max(k - bg.YEAR_REACH, 1), min(k + bg.YEAR_REACH + 1, len(idx.doc.tokens))
    at, dates = bg._tokens_by_role(idx), bg.date_tokens(idx)
    leads = frozenset().union(*(at.get(role, ()) for role in ("in", "time", "since", "during")))
    toks = idx.doc.tokens
    years = [y for y in (j + 1 + (j + 1 in dates and not toks[j + 1].text.isdigit()) for j in sorted(leads))
             if lo <= y < hi and len(toks[y].text) == 4 and toks[y].text.isdigit()
             and idx.same_clause(min(y, k), max(y, k))]
    return bool(years) and bg._year_gone(idx, years)


def test_year_in_clause_reads_only_the_leads_near_the_figure() -> None:
    from waqia.stages.claims.background import _year_in_clause
    from waqia.stages.claims.index import build_index

    pipe = default_pipeline(Settings())
    answers = {True: 0, False: 0}
    for text in _YEARS:
        idx = build_index(read_before("claims.v1", text, published="2025-06-01"), pipe.ctx.lexicon)
        for k in range(len(idx.doc.tokens)):
            plain = _year_in_clause_plain(idx, k)
            assert _year_in_clause(idx, k) == plain, (text, k)
            answers[bool(plain)] += 1
    assert answers[True] >= 15 and answers[False] >= 10, answers


#: sentences of our own with «منذ», «خلال» and «في» before a war, a period or not, a comparison among them
_PERIODS = (
    "وخسرت القوات 23 جنديا منذ مطلع الشهر الماضي في المعارك على جبهة الساحل.",
    "قتل أكثر من 400 مدني خلال الحرب، وأصيب 12 شخصا اليوم في قصف على السوق.",
    "أعلن الجيش مقتل 60 مسلحا في حربه على الإرهاب بالمنطقة الشرقية منذ عامين.",
    "قتل 9 أشخاص في هجوم هو الأعنف منذ سنوات على قرية في الإقليم.",
    "أصيب 5 أشخاص في النزاع القبلي الذي اندلع خلال الأسبوع بين عشيرتين.",
    "قتل 3 جنود خلال اشتباكات مع مسلحين، وخلال 24 ساعة قتل 7 آخرون منذ بداية الهجوم.",
)


def _period_plain(idx: Any, k: int) -> bool:
    """``background._period`` as it was: every token near the figure asked whether it leads a period."""
    from waqia.stages.claims import background as bg

    toks = idx.doc.tokens
    lo, hi = max(k - bg.LIKE_REACH, 0), min(k + bg.LIKE_REACH + 1, len(toks))
    at = bg._tokens_by_role(idx)
    since, during, inside = at.get("since", frozenset()), at.get("during", frozenset()), at.get("in", frozenset())
    wars, span, opening = at.get("wars", ()), at.get("span", ()), at.get("opening", ())
    compares = bg.compared(idx.doc)
    for j in range(lo, hi):
        if not (j in since or j in during or j in inside and j + 1 in wars) \
                or not idx.same_clause(min(j, k), max(j, k)) or toks[j].start in compares:
            continue
        for i in range(j + 1, min(j + 4, len(toks))):
            if (i in span or i in idx.wars) and idx.same_clause(j, i):
                return True
            if not (i in opening or i in idx.quantities):
                break
    return False


def test_period_reads_only_the_leads_of_a_period_near_the_figure() -> None:
    from waqia.stages.claims.background import _period
    from waqia.stages.claims.index import build_index

    pipe = default_pipeline(Settings())
    answers = {True: 0, False: 0}
    for text in _PERIODS + _YEARS:
        idx = build_index(read_before("claims.v1", text, published="2025-06-01"), pipe.ctx.lexicon)
        for k in range(len(idx.doc.tokens)):
            plain = _period_plain(idx, k)
            assert _period(idx, k) == plain, (text, k)
            answers[bool(plain)] += 1
    assert answers[True] >= 15 and answers[False] >= 40, answers


#: sentences of our own with words of response before figures, and without
_RESPONSES = (
    "قصفت المدفعية مواقع المسلحين ردا على هجوم أسفر عن مقتل 4 جنود أمس.",
    "شن الطيران غارات انتقاما لمقتل 3 من الجنود، ما أسفر عن مقتل 15 مسلحا.",
    "ردت القوات على الهجوم وقتلت 11 من المهاجمين في اشتباك استمر ساعات.",
    "ردا على قصف الطيران للأحياء السكنية في المدينة الشمالية ليلة أمس، والذي خلف 20 قتيلا، أطلقت الفصائل صواريخ.",
)


def test_answered_returns_at_once_with_no_word_of_response_near() -> None:
    from waqia.stages.claims import background as bg
    from waqia.stages.claims.index import build_index

    pipe = default_pipeline(Settings())
    answers = {True: 0, False: 0}
    for text in _RESPONSES + _PERIODS:
        idx = build_index(read_before("claims.v1", text, published="2025-06-01"), pipe.ctx.lexicon)
        toks = idx.doc.tokens
        for k in range(len(toks)):
            so = idx.words.get("so", frozenset()) | idx.words.get("what", frozenset())
            plain = any(idx.same_clause(p, k) and not any(
                toks[i - 1].text in so and bg.occurrence(idx, i, "result")
                or bg.occurrence(idx, i, "result") and bg._subject(idx, p, i)
                or i in idx.cues and bg.joined_by_and(toks[i].text) and not bg._word(idx, i + 1, "therein")
                for i in range(p + 1, k + 1))
                for p in bg.near(idx.responses, k - bg.LIKE_REACH, k - 1)
                if not bg.near(idx.ahead, p - 4, p - 1) and not bg._response_itself(idx, p)
                and not (p > 0 and bg.occurrence(idx, p - 1, "result") and bg._subject(idx, p, p - 1))) \
                or bg._answered_by_relative(idx, k)
            assert bg._answered(idx, k) == plain, (text, k)
            answers[bool(plain)] += 1
    assert answers[True] >= 5 and answers[False] >= 40, answers
