"""Figures that are no claims of the event told (issue #10, fourteenth round of the claims, precision):
earlier events told beside it, war totals, distances, vehicles.  Short articles written for these
tests in the house styles of outlets the dev set lacks; each compares the complete set of claims."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, S, sides_of, strict_xfail

#: the lead of each probe: what a coder reads in it alone
SUDAN = "قتل 4 مدنيين وأصيب 9 آخرون في قصف مدفعي على سوق بلدة الفاشر أمس الأربعاء. "
SUDAN_CLAIMS = {("killed", 4, C), ("injured", 9, C)}
IRAQ = "قتل ثلاثة من منتسبي الشرطة بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمالي بغداد أمس الأربعاء. "
IRAQ_CLAIMS = {("killed", 3, S)}
SOMALIA = ("قتل 6 من عناصر حركة الشباب في غارة جوية للجيش الصومالي على معسكر للحركة في إقليم شبيلي السفلى "
           "أمس الأربعاء. ")
SOMALIA_CLAIMS = {("killed", 6, A)}

BACKGROUND: list[tuple[str, set[tuple[Any, ...]]]] = [
    # a time set off at the head of its sentence dates the whole sentence
    (SUDAN + "وفي مطلع العام الجاري، لقي 30 شخصا حتفهم في قصف مماثل على المدينة.", SUDAN_CLAIMS),
    (SUDAN + "وخلال الأيام العشرة الماضية، قتل 60 مدنيا على الأقل في أحياء المدينة.", SUDAN_CLAIMS),
    (SUDAN + "وفي 2019، قتل 100 متظاهر في فض اعتصام أمام قيادة الجيش.", SUDAN_CLAIMS),
    (("استشهد 3 فلسطينيين في قصف إسرائيلي على منزل في دير البلح اليوم. وخلال الساعات الأربع والعشرين "
      "الماضية، وصل إلى المستشفيات 45 شهيدا و80 جريحا."), {("killed", 3, C)}),
    (IRAQ + "وفي مطلع أيلول الماضي، قتل 13 عنصرا من الحشد الشعبي في هجوم على نقطة تفتيش قرب كركوك.", IRAQ_CLAIMS),
    (IRAQ + "وفي أواخر العام الماضي، قتل 7 جنود بتفجير مماثل على طريق سامراء.", IRAQ_CLAIMS),
    # a word of likeness: another event like the one told (and the figures its verb of result lists)
    (SUDAN + "وكان قصف مماثل قد أسفر عن مقتل 7 مدنيين في السوق ذاته.", SUDAN_CLAIMS),
    (("أصيب خمسة مدنيين بينهم طفلان بقصف حوثي على حي سكني في مدينة تعز اليوم الخميس. "
      "وكانت أحياء المدينة قد تعرضت لقصف مشابه أدى إلى مقتل 3 نساء."), {("injured", 5, C)}),
    (SUDAN + "وكانت هجمات مماثلة شنتها الميليشيا على قرى الولاية قد خلفت مقتل 40 مزارعا وإصابة 65 آخرين.",
     SUDAN_CLAIMS),
    # a unit of time gone in the figure's clause, after the lead
    (SUDAN + "وكان خمسة أشخاص قتلوا الأسبوع الماضي في قصف على الحي ذاته.", SUDAN_CLAIMS),
    (SUDAN + "وهذا ثالث هجوم على السوق خلال شهر، إذ قتل 8 أشخاص في هجوم الأسبوع الماضي.", SUDAN_CLAIMS),
    # a year before publication in the figure's clause
    (IRAQ + "وتعرضت المنطقة في 2016 لتفجير انتحاري أودى بحياة 80 شخصا.", IRAQ_CLAIMS),
    (("قتل 3 جنود صوماليين في هجوم لحركة الشباب على قاعدة قرب بلدوين فجر اليوم. وفي أكبر هجوم من نوعه، "
      "قتل أكثر من 500 شخص في تفجير شاحنة مفخخة في العاصمة عام 2017."), {("killed", 3, S)}),
    # a period's total: «منذ», «خلال» and a unit of time longer than a day
    (SOMALIA + "وخسر الجيش 17 جنديا في المعارك منذ منتصف الشهر.", SOMALIA_CLAIMS),
    (SOMALIA + "وقال الجيش إنه قتل أكثر من 200 مسلح منذ أسبوعين في عملياته بالإقليم.", SOMALIA_CLAIMS),
    (SOMALIA + "وأعلن الجيش في حصيلة لعملياته خلال الشهر مقتل 120 من عناصر الحركة.", SOMALIA_CLAIMS),
    (SUDAN + "ويرفع القصف عدد القتلى في البلدة خلال أسبوع إلى 25.", SUDAN_CLAIMS),
    # an earlier event after «منذ» or «بعد»: the figure is of it
    (SUDAN + "ويأتي القصف بعد أسبوع من تفجير أسفر عن مقتل 11 شخصا في المدينة.", SUDAN_CLAIMS),
    (("قتل 4 جنود مصريين في هجوم على كمين أمني بشمال سيناء اليوم الخميس. ويعد الهجوم الأكثر دموية منذ "
      "الهجوم على مسجد القرية الذي قتل فيه أكثر من 300 مصل."), {("killed", 4, S)}),
    (("قتل 6 أشخاص وأصيب 20 آخرون في تفجير سيارة مفخخة في مدينة الصدر شرقي بغداد اليوم الخميس. وهذا ثاني "
      "تفجير تشهده المدينة هذا الشهر بعد تفجير أوقع 4 قتلى في العاشر منه."), {("killed", 6, C), ("injured", 20, C)}),
    # kept: «بعد» and the event told, with no relative or verb of result tying the figure to it
    (("قال مسؤول في الجيش الليبي إن قواته صدت هجوما على بلدة الشويرف بعد ساعات من القتال وقتلت 15 من "
      "المهاجمين."), {("killed", 15, A)}),
    # a habit in the figure's clause, after the lead
    (SUDAN + "وتتعرض أحياء المدينة لقصف شبه يومي يوقع ضحايا مدنيين.", SUDAN_CLAIMS),
    (SUDAN + "وأضاف أن الهجمات المتكررة على الأسواق أوقعت مئات الضحايا.", SUDAN_CLAIMS),
    (SUDAN + "وقالت منظمة أطباء بلا حدود إن مستشفى المدينة يستقبل يوميا عشرات الجرحى.", SUDAN_CLAIMS),
    (("قتل 5 جنود ماليين في كمين نصبه مسلحون في منطقة موبتي أمس. ويشهد وسط البلاد منذ 2015 أعمال عنف قتل "
      "فيها آلاف المدنيين والعسكريين."), {("killed", 5, S)}),
    (("قتل 4 أشخاص في هجوم انتحاري على مسجد في بيشاور اليوم. وتقول السلطات إن الهجمات في الإقليم أودت "
      "بحياة 300 شرطي خلال 2023."), {("killed", 4, C)}),
    # the war's toll
    (SUDAN + "وبلغت حصيلة الحرب أكثر من 40 ألف قتيل بحسب تقديرات أممية.", SUDAN_CLAIMS),
    # the war's toll after the lead: the war the subject of a verb of result
    (("قتل جنديان يمنيان وأصيب 5 في هجوم حوثي على مواقع للجيش في تعز اليوم. وأدت الحرب في اليمن إلى مقتل "
      "أكثر من 150 ألف شخص بحسب تقديرات."), {("killed", 2, S), ("injured", 5, S)}),
    # kept: a time set off that is the day told, a recent day told after the lead
    ("وفي صباح اليوم الخميس، قتل 6 مدنيين في غارة بطائرة مسيرة على قرية قرب مدينة مأرب.",
     {("killed", 6, C)}),
]


@pytest.mark.parametrize("text,want", BACKGROUND)
def test_claims_of_an_earlier_event_are_left_out(text: str, want: set[tuple[Any, ...]]) -> None:
    assert sides_of(text) == want


def test_claims_a_month_gone_set_off_needs_no_day_of_publication() -> None:
    text = IRAQ + "وفي مطلع أيلول الماضي، قتل 13 عنصرا من الحشد الشعبي في هجوم على نقطة تفتيش."
    assert sides_of(text, published=None) == IRAQ_CLAIMS  # type: ignore[arg-type]


def test_claims_the_lead_keeps_a_time_after_it() -> None:
    # the first sentence tells its own time: «الأسبوع الماضي» there is the event's
    text = "قتل مسلحون 12 قرويا في هجوم على قرية في ولاية زمفارا الأسبوع الماضي، وفق الشرطة."
    assert sides_of(text) == {("killed", 12, C)}


THINGS: list[tuple[str, set[tuple[Any, ...]]]] = [
    (("قالت مصادر محلية إن مسلحي القبيلة (على بعد 40 كيلومترا من مدينة غريان) هاجموا البلدة فجر اليوم، "
      "ما أدى إلى مقتل 3 من سكانها."), {("killed", 3, C)}),
    (SUDAN + "وأصيبت 3 سيارات إسعاف بأضرار جراء القصف.", SUDAN_CLAIMS),
    (SUDAN + "وأكد الهلال الأحمر إصابة إحدى سيارات الإسعاف بشظايا.", SUDAN_CLAIMS),
    # the rescued are no missing; the missing still are
    (SUDAN + "وتمكنت فرق الدفاع المدني من إنقاذ 14 شخصا من تحت الأنقاض.", SUDAN_CLAIMS),
    (SUDAN + "ولا يزال 3 أشخاص تحت الأنقاض بحسب الدفاع المدني.", SUDAN_CLAIMS | {("missing", 3, C)}),
]


@pytest.mark.parametrize("text,want", THINGS)
def test_claims_a_distance_or_a_vehicle_counts_no_one(text: str, want: set[tuple[Any, ...]]) -> None:
    assert sides_of(text) == want


STILL_WRONG: list[Any] = [
    pytest.param(("أسفر تفجير سيارة مفخخة في حي الكرادة عن مقتل 35 شخصا. وقال مدير الطب العدلي إن من بين ضحايا "
                  "التفجير 12 جثة لم يتم التعرف عليها بعد."), {("killed", 35, C)},
                 marks=strict_xfail("subsets: «من بين ضحايا التفجير 12» (dropped: dev links 0.943 -> 0.912)")),
    # background: «سابق» after the event noun set off at the head (lifted in the 25th precision round)
    pytest.param(SUDAN + "وفي هجوم سابق على البلدة، قتل 10 أشخاص.", SUDAN_CLAIMS),
    pytest.param(SUDAN + "وكانت القوات قد ارتكبت مجازر بحق المدنيين في الإقليم خلفت مئات القتلى.", SUDAN_CLAIMS,
                 marks=strict_xfail("background: massacres, many events, as the subject of a verb of result")),
    pytest.param(SOMALIA + "وأكد المتحدث أن الحملة العسكرية أسفرت حتى الآن عن مقتل 400 مسلح.", SOMALIA_CLAIMS,
                 marks=strict_xfail("background: a campaign's tally «حتى الآن»")),
]


@pytest.mark.parametrize("text,want", STILL_WRONG)
def test_claims_probes_still_read_wrong(text: str, want: set[tuple[Any, ...]]) -> None:
    assert sides_of(text) == want


RESTATED: list[tuple[str, set[tuple[Any, ...]]]] = [
    (("أصيب 40 شخصا بجروح في انفجار مستودع للذخيرة جنوب طرابلس. وقال مدير مستشفى المدينة إن بين "
      "الجرحى 6 من عناصر الدفاع المدني."), {("injured", 40, C)}),
    # a state kept: those of the toll still in hospital
    (("أصيب 52 شخصا في قصف على حي سكني بمدينة الحديدة أمس. وأوضح مصدر طبي أنه لا يزال 14 مصابا في "
      "العناية المركزة."), {("injured", 52, C)}),
    # not without a whole of its kind before it
    (("قتل 30 شخصا في تفجير انتحاري استهدف سوقا شعبية في مقديشو، وما زال 12 مصابا في حالة حرجة."),
     {("killed", 30, C), ("injured", 12, C)}),
]


@pytest.mark.parametrize("text,want", RESTATED)
def test_claims_a_part_of_a_toll_told_again_is_no_claim(text: str, want: set[tuple[Any, ...]]) -> None:
    assert sides_of(text) == want


def test_claims_whether_there_are_dead_is_asked_not_told() -> None:
    text = ("أصيب 17 فلسطينيا في غارة إسرائيلية على منزل في مخيم النصيرات وسط قطاع غزة، ولم يتضح بعد ما إذا "
            "كان هناك قتلى تحت الأنقاض.")
    assert sides_of(text) == {("injured", 17, C)}
    text = "وقال الناطق إنه لا يعرف إن كانت هناك إصابات في صفوف الجنود."
    assert sides_of(text) == set()
