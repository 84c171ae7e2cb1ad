"""The fast paths of the second speed pass of session 28 (#14) give what the plain way gives: the
background readings of claims read only the tokens that lead what they look for (the document's words
by role, sorted once), not every token near the figure.
"""

from __future__ import annotations

from typing import Any

from conftest import read_before
from waqia.pipeline import default_pipeline
from waqia.settings import Settings

#: sentences of our own with «منذ», «بعد» before an event and a relative or a verb of result after it,
#: some with a unit of time and «من» between, some with the lead outside the figure's clause or reach
_BEFORES = (
    "وهذا الهجوم هو الأعنف منذ التفجير الذي استهدف السوق المركزي وقتل فيه 40 شخصا.",
    "جاءت الغارة بعد هجوم أسفر عن مقتل 6 جنود على حاجز للجيش عند مدخل البلدة.",
    "اعتقلت الشرطة 3 مشتبه بهم بعد أسبوع من تفجير أوقع 11 قتيلا في المدينة.",
    "صدت القوات الهجوم بعد ساعات من القتال وقتلت 20 من المهاجمين قرب الجسر.",
    "قتل 5 أشخاص بعد الظهر في قصف على الحي، ومنذ القصف الذي طال المدرسة سقط 8 جرحى.",
    "بعد يومين من الاشتباكات، قال الجيش إنه قتل 14 مسلحا.",
    # a clause longer than YEAR_REACH words between the lead and the figure: the edge of the reach is read
    ("ويأتي ذلك بعد انفجار ضخم قيل إنه أدى إلى مقتل 17 شخصا وإصابة 30 آخرين من المارة والسكان في الحي"
     " القديم والأسواق المجاورة له"),
)


def _event_before_plain(idx: Any, k: int) -> bool:
    """``background._event_before`` as it was: every token within the reach asked whether it is «منذ», «بعد»."""
    from waqia.stages.claims import background as bg

    toks, things = idx.doc.tokens, bg.event_words(idx)
    at = bg._tokens_by_role(idx)
    since, after = at.get("since", frozenset()), at.get("after", frozenset())
    for j in range(max(k - bg.YEAR_REACH, 0), k - 1):
        if not (j in since or j in after) or not idx.same_clause(j, k):
            continue
        e = j + 1 if toks[j + 1].start in things else None
        if e is None and j + 3 < k and bg._word(idx, j + 1, "span") and toks[j + 2].text in idx.words.get("of", ()) \
                and toks[j + 3].start in things:
            e = j + 3
        if e is not None and any(bg._word(idx, i, "which") or bg.occurrence(idx, i, "result") for i in range(e + 1, k + 1)) \
                and not (j in after and bg.taken_before(idx, j)):
            return True
    return False


def _answers(texts: tuple[str, ...], fast: Any, plain: Any) -> dict[bool, int]:
    from waqia.stages.claims.index import build_index

    pipe = default_pipeline(Settings())
    answers = {True: 0, False: 0}
    for text in texts:
        idx = build_index(read_before("claims.v1", text, published="2025-06-01"), pipe.ctx.lexicon)
        for k in range(len(idx.doc.tokens)):
            want = plain(idx, k)
            assert fast(idx, k) == want, (text, k)
            answers[bool(want)] += 1
    return answers


def test_event_before_reads_only_the_leads_of_an_event() -> None:
    from waqia.stages.claims.background import _event_before

    answers = _answers(_BEFORES, _event_before, _event_before_plain)
    assert answers[True] >= 10 and answers[False] >= 60, answers


#: sentences of our own after a first one, with a unit of time and an adjective of the past, words of
#: habit, a clause break between, and a figure far from them
_GONE = (
    "أفاد مراسلنا بوقوع قصف صباح اليوم. وكان 4 مدنيين قتلوا الشهر الماضي في غارة على القرية نفسها.",
    "تجدد القصف على البلدة. وتتعرض المنطقة لقصف شبه يومي يوقع عشرات الضحايا من المدنيين.",
    "قتل جندي في هجوم. وأدت الهجمات المتكررة على الطريق الدولي إلى مقتل 35 سائقا، وأصيب اليوم 3 آخرون.",
    "سقطت قذيفة على حي سكني. وقال الدفاع المدني إن 6 أشخاص أصيبوا، فيما قتل الأسبوع الماضي طفلان.",
    ("اندلعت اشتباكات عنيفة ظهر اليوم. وأسفرت المواجهات التي دارت في محيط المطار القديم وعلى أطراف الحي"
     " الشرقي عن مقتل 9 مقاتلين من الطرفين خلال الأيام الثلاثة الماضية بحسب مصادر ميدانية"),
    # a clause of more than eight words either side of the word of habit: both edges of the reach are read
    "تواصل القصف على الحي. وانتشلت فرق الإنقاذ خلال الساعات الماضية 5 جثث من تحت الأنقاض.",  # hours: today's
    ("وصل الوفد أمس. وتعرضت الأحياء الغربية من المدينة لقصف مدفعي شبه يومي من مواقع الجيش في التلال المطلة"
     " عليها من الجهة الشمالية والشرقية منذ أشهر"),
)


def _gone_in_clause_plain(idx: Any, k: int) -> bool:
    """``background._gone_in_clause`` as it was: every token within eight words asked for a time gone or habit."""
    from waqia.stages.claims import background as bg

    toks = idx.doc.tokens
    if toks[k].sentence == 0:
        return False
    at = bg._tokens_by_role(idx)
    past, time, habit, hours = at.get("past", ()), at.get("time", ()), at.get("habit", ()), at.get("hours", ())
    return any((j in past and j - 1 in time and j - 1 not in hours or j in habit) and idx.same_clause(min(j, k), max(j, k))
               for j in range(max(k - bg.LIKE_REACH, 1), min(k + bg.LIKE_REACH + 1, len(toks))))


def test_gone_in_clause_reads_only_the_words_of_a_time_gone_or_habit() -> None:
    from waqia.stages.claims.background import _gone_in_clause

    answers = _answers(_GONE, _gone_in_clause, _gone_in_clause_plain)
    assert answers[True] >= 20 and answers[False] >= 30, answers


#: sentences of our own, some opening with a time set off by a comma («في», «خلال», «مطلع», «منذ»), some
#: with those words elsewhere, one with a dateline
_FRONTED = (
    "قتل جنديان في كمين. وفي مارس الماضي، قتل 11 جنديا في كمين مماثل على الطريق نفسه.",
    "أصيب 4 أشخاص اليوم. وخلال الأسابيع الثلاثة الماضية، سقط 70 قتيلا في المعارك.",
    "ومطلع الشهر الجاري، لقي 13 شخصا حتفهم في غارة على سوق شعبي.",
    "ومنذ بداية العام، قتل أكثر من 200 مدني في المحافظة بحسب الأمم المتحدة.",
    "وفي هجوم سابق على القرية، قتل 5 رعاة وأصيب 2 آخرون.",
    "وفي صباح اليوم، قتل 3 أشخاص في قصف على المخيم.",
    "بغداد - قتل 8 أشخاص في تفجير انتحاري في سوق بالعاصمة.",
    "قتل 6 مسلحين في اشتباكات في الريف الغربي منذ الفجر.",
    "وبعد هجوم سابق على البلدة، قتل 4 من حراسها.",
)


def _fronted_past_plain(idx: Any, k: int) -> bool:
    """``background._fronted_past`` as it was: each of the four roles asked of the sentence's first word."""
    from waqia.stages.claims import background as bg

    toks = idx.doc.tokens
    first = idx.tok(idx.doc.sentences[toks[k].sentence].start)
    if not any(bg._word(idx, first, role) for role in ("in", "during", "opening", "since")):
        return False
    end = next((j for j in range(first, min(first + bg.FRONT_REACH, k)) if not idx.same_clause(j, j + 1)), None)
    if end is None or end >= k or first + 1 > end:
        return False
    front = range(first, end + 1)
    dates = [d for d in idx.doc.layer("dates") if idx.tok(d.start) in front]
    if any(getattr(d, "is_event_date", False) for d in dates):
        return False
    if any(getattr(d, "background", False) for d in dates) or any(p in front for p in idx.past):
        return True
    things = bg.event_words(idx)
    if any(bg._word(idx, j, "earlier") and toks[j - 1].start in things for j in front if j > first):
        return True
    return bool(bg._time_gone(idx, front) or bg._year_gone(idx, front))


def test_fronted_past_asks_the_united_openings() -> None:
    from waqia.stages.claims.background import _fronted_past

    answers = _answers(_FRONTED, _fronted_past, _fronted_past_plain)
    assert answers[True] >= 15 and answers[False] >= 50, answers
