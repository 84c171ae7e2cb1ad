"""Figures and sides in the house styles of outlets the dev set lacks, eleventh round (#10):
Sudanese, Yemeni, Sahel, Somali, Libyan, Iraqi and Kurdish-Syrian styles. The defective verb
«قضى» («قضت القوات على 12 مسلحا», «قضى 3 أشخاص»), a prison's guards, the size of an attacking force («هاجم نحو 100 مسلح»), verbs of loss («فقد الجيش 4 من عناصره»,
«فُقد 6 جنود»), ... Strict xfails name the family still
read wrong.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from waqia.core.morphology import inflect

S, A, C, U = "state_forces", "armed_group", "civilians", "unknown"


def brief(text: str) -> set[tuple[Any, ...]]:
    doc = waqia.extract(text, published="2024-05-11")
    return {(c["kind"], c["value"], c["party"]["category"]) for e in doc["events"] for c in e["claims"]}


def test_defective_verbs_inflect_by_replacing_their_weak_final() -> None:
    assert [f for f, _ in inflect("قضى", "defective")] == ["قضى", "قضت", "قضوا", "قضيا", "قضتا"]
    assert [f for f, _ in inflect("يقضي", "defective_present")] == ["يقضي", "يقضون", "يقضيان", "تقضي", "تقضيان"]
    assert [f for f, _ in inflect("قتل", "defective")] == ["قتل"]  # no weak final: the entry alone


@pytest.mark.parametrize("text, expected", [
    # «قضى»: what follows «على», or its subject right after it; never another object
    ('قضت القوات على 12 إرهابيا خلال عملية في ولاية ديالى.', {('killed', 12, A)}),
    ('قضى الجيش الوطني الصومالي على 17 من مسلحي حركة الشباب في إقليم هيران.', {('killed', 17, A)}),
    ('قضت قواتنا على 3 من الدواعش في ضربة جوية استهدفت وكرا لهم في جبال حمرين.', {('killed', 3, A)}),
    ('قضى 3 أشخاص في القصف الذي استهدف حيا سكنيا في مدينة الفاشر.', {('killed', 3, C)}),
    ('وقالت المصادر إن 5 مدنيين قضوا في الغارة على سوق القرية.', {('killed', 5, C)}),
    ('قضت طفلتان في القصف الذي استهدف منزلهما في حي الشجاعية.', {('killed', 2, C)}),
    ('قضى أربعة عمال في قصف على المصنع.', {('killed', 4, C)}),
    ('قضت المحكمة بسجن 5 متهمين في قضية الهجوم على مركز الشرطة.', set()),
    ('قضى 10 سنوات في السجن قبل أن يفرج عنه الشهر الماضي.', set()),
    ('قضت الأسرة 3 أيام تحت الحصار قبل أن تغادر المدينة.', set()),
    ('قضت محكمة عسكرية بسجن 4 جنود بتهمة الفرار.', set()),
    # a prison's guards: the prison named in the genitive, or before the guards' pronoun
    ('قتل 3 من حراس سجن مقديشو المركزي في اشتباك مع سجناء حاولوا الفرار.', {('killed', 3, S)}),
    ('أصيب 3 من حراس سجن التاجي بهجوم صاروخي على السجن.', {('injured', 3, S)}),
    ('قتل حارس السجن وأصيب 3 آخرون في تبادل لإطلاق النار مع مهربين.', {('killed', 1, S), ('injured', 3, S)}),
    ('هاجم مسلحون سجن معيتيقة وقتلوا اثنين من حراسه.', {('killed', 2, S)}),
    ('هاجم مسلحون سجنا في المدينة وقتلوا اثنين من حراسه.', {('killed', 2, S)}),
    ('قتل اثنان من حراس الوزير في هجوم على موكبه.', {('killed', 2, U)}),
    ('هاجم مسلحون موكب الوزير وقتلوا اثنين من حراسه.', {('killed', 2, U)}),
    # the size of an attacking force: the subject right after «هاجم», «اقتحم»; an object after a subject is none
    ('هاجم نحو 100 مسلح قرية في ولاية زامفارا وقتلوا 15 شخصا.', {('killed', 15, C), ('participants', 100, A)}),
    ('هاجم نحو 200 مسلح على دراجات نارية قرية في ولاية غرب دارفور.', {('participants', 200, A)}),
    ('هاجم نحو 300 مسلح مقر الدرك في بلدة بمنطقة الساحل البوركينية.', {('participants', 300, A)}),
    ('هاجم قرابة 50 عنصرا من داعش قرية بريف دير الزور.', {('participants', 50, A)}),
    ('اقتحم أكثر من 40 مسلحا بلدة في ولاية كادونا وخطفوا 12 طالبا.', {('participants', 40, A), ('captured', 12, C)}),
    ('هاجم الجيش 5 مواقع للمسلحين في جبال القرية.', set()),
    ('هاجم مسلحون 3 قرى في ولاية بلاتو فجر اليوم.', set()),
    ('اقتحمت القوات 4 منازل في البلدة واعتقلت 6 شبان.', {('captured', 6, C)}),
    # verbs of loss: killed after the verb's subject, missing as the verb's subject (the passive)
    ('فُقد 6 جنود إثر هجوم على قافلة عسكرية في ولاية بورنو.', {('missing', 6, S)}),
    ('فقد 4 جنود بعد هجوم استهدف رتلا للجيش في شمال مالي.', {('missing', 4, S)}),
    ('فقد الجيش 4 من عناصره في هجوم لمسلحين على ثكنة في منطقة تيلابيري.', {('killed', 4, S)}),
    ('فقد الجيش النيجري 6 جنود في هجوم إرهابي على موقع عسكري في منطقة تيلابيري.', {('killed', 6, S)}),
    ('فقد الجيش اليمني 6 من مقاتليه في مواجهات مع عناصر القاعدة في وادي عومران.', {('killed', 6, S)}),
    ('فقدت قوات سوريا الديمقراطية 5 من مقاتليها في اشتباكات مع فصائل موالية لتركيا.', {('killed', 5, A)}),
    ('خسرت القوات الحكومية 9 من جنودها في المعارك الدائرة قرب مأرب.', {('killed', 9, S)}),
    ('فقد 3 جنود حياتهم في انفجار لغم أرضي قرب الحدود.', set()),  # lives lost: left unread
    ('فقدت القوات 3 مواقع في ريف المدينة خلال الهجوم.', set()),
    ('خسرت القوات 3 مواقع في ريف المدينة خلال الهجوم.', set()),
    ('وبحسب المصادر، فقد أصيب 4 مدنيين في القصف على البلدة.', {('injured', 4, C)}),
    ('قتل 3 جنود في الهجوم، فقد استهدف المسلحون حاجزا على الطريق.', {('killed', 3, S)}),
    ('فقد السائق السيطرة على الشاحنة فاصطدمت بحافلة.', set()),
    ('فقدت العائلة منزلها في القصف على الحي.', set()),
    pytest.param('فقدت قوات الجيش اليمني 6 من مقاتليها في مواجهات مع عناصر القاعدة في وادي عومران.',
                 {('killed', 6, S)}, marks=pytest.mark.xfail(strict=True, reason='a subject of three words («قوات الجيش اليمني») before the figure of a verb of loss: past the reach')),
])
def test_claims_probes11(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected
