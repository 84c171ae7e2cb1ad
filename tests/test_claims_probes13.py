"""People named by a rank or a role as victims, thirteenth round (#10), in the house styles of
outlets the dev set lacks (Libyan, Yemeni, Iraqi, Sudanese, Somali, Lebanese, Syrian): «آمر
اللواء», «قائد», «القيادي», «قياديان», «مدير شرطة», «شيخ قبيلة», with the organisation named after
them giving the side. Strict xfails name the family still read wrong.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from claim_sets import A, C, N, S, sides_of, strict_xfail


def brief(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


_xf = strict_xfail


@pytest.mark.parametrize("text, expected", [
    # Libyan: «آمر» (a commander, Libyan and Iraqi usage), the side from his unit
    ('اعتقلت قوة مسلحة آمر اللواء 55 العقيد سالم علي في طرابلس.', {('captured', 1, S)}),
    ('أصيب آمر الكتيبة 166 بجروح في اشتباكات جنوب العاصمة الليبية.', {('injured', 1, S)}),
    # Iraqi
    ('قتل آمر الفوج الثاني في الجيش العراقي بانفجار عبوة ناسفة شمال بغداد.', {('killed', 1, S)}),
    # Yemeni, Sudanese, Somali: ranks already read
    ('قتل قائد اللواء الثالث في الجيش اليمني بانفجار عبوة ناسفة في مأرب.', {('killed', 1, S)}),
    ('قُتل القيادي في حركة الشباب أحمد عمر في غارة جوية جنوبي الصومال.', {('killed', 1, A)}),
    ('قُتل قياديان في الحركة بغارة إسرائيلية على سيارة في جنوب لبنان.', {('killed', 2, A)}),
    ('أصيب المسؤول الأمني في المديرية بجروح خطيرة في هجوم مسلح في عدن.', {('injured', 1, S)}),
    ('اعتقلت قوات الأمن القيادي في الحركة خالد يوسف في الخليل.', {('captured', 1, A)}),
])
def test_a_commander_is_one_victim_of_his_units_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل قائد في قوات المجلس الانتقالي الجنوبي واثنان آخران في هجوم على نقطة أمنية في أبين.',
                 {('killed', 3, S)}, marks=_xf('«قائد» with no unit after it, and «واثنان آخران» added to him')),
    pytest.param('قتل قائد ميداني في الفصيل وثلاثة من مرافقيه بقصف مدفعي على ريف إدلب.',
                 {('killed', 4, A)}, marks=_xf('«قائد ... وثلاثة من مرافقيه»: a commander and his escort')),
    ('أصيب قائد كتيبة في الجيش السوداني بقصف مدفعي في الفاشر.',
     {('injured', 1, S)}),  # the commander of a unit (lifted in the lists round)
    ('قتل قائد المجلس العسكري للفصيل في قصف على درعا.', {('killed', 1, A)}),  # «الفصيل» (session 29)
    ('أعلنت الحركة مقتل أحد قادتها الميدانيين في غارة جوية في مأرب.', {('killed', 1, A)}),  # session 29
])
def test_roles_still_read_wrong(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Tunisian, Libyan, Sahel, Somali, Syrian
    ('اشتبكت قوات الأمن مع المسلحين المتسللين الذين قتل عدد منهم في المواجهات قرب الحدود.', {('killed', N, A)}),
    ('طاردت الشرطة المهاجمين الذين أصيب عدد منهم بجروح في منطقة السوق.', {('injured', N, A)}),
    ('فر المسلحون إلى الجبال بعد أن أصيب عدد منهم بجروح.', {('injured', N, A)}),
    ('سقطت القذائف على المدنيين في السوق وقتل عدد منهم.', {('killed', N, C)}),
    ('حاصر الجنود المتمردين في الغابة وأسروا عددا منهم بعد اشتباك قصير.', {('captured', N, A)}),
    pytest.param('هاجم عناصر التنظيم مواقع الجيش وقُتل عدد منهم خلال الاشتباك.', {('killed', N, A)},
                 marks=_xf('«عدد منهم» refers to the subject, not to the side named last before it («الجيش»)')),
])
def test_a_vague_figure_of_them_is_of_the_people_named_before(text: str, expected: set[tuple[Any, ...]]) -> None:
    """«قتل عدد منهم»: a vague figure that ends in «منهم» counts the people named last before it."""
    assert brief(text) == expected


def test_the_confrontations_are_no_place() -> None:
    doc = waqia.extract('اشتبكت قوات الأمن مع المسلحين المتسللين الذين قتل عدد منهم في المواجهات قرب بنقردان.',
                        published="2024-05-11")
    assert [p["text"] for e in doc["events"] for p in e["locations"]] == ["بنقردان"]


@pytest.mark.parametrize("text, expected", [
    # Yemeni, Sudanese: a police or security chief is the state's
    ('قتل مدير شرطة المديرية برصاص مسلحين مجهولين في تعز.', {('killed', 1, S)}),
    ('اغتال مسلحون مدير أمن المديرية أثناء خروجه من منزله في لحج.', {('killed', 1, S)}),
    ('أصيب مدير الشرطة في الولاية بانفجار عبوة استهدفت موكبه.', {('injured', 1, S)}),
    # Yemeni, Syrian, Lebanese, Palestinian: a tribal sheikh or a mayor is a civilian
    ('اغتال مسلحون مجهولون شيخ قبيلة في محافظة شبوة.', {('killed', 1, C)}),
    ('قتل شيخ قبلي بارز برصاص مسلحين في ريف دير الزور.', {('killed', 1, C)}),
    ('قتل رئيس بلدية البلدة بغارة إسرائيلية على منزله في جنوب لبنان.', {('killed', 1, C)}),
    ('اعتقلت قوات الاحتلال رئيس بلدية القرية خلال اقتحامها فجر اليوم.', {('captured', 1, C)}),
])
def test_a_chief_of_police_is_the_states_a_sheikh_or_a_mayor_a_civilian(text: str,
                                                                          expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sahel, Syrian, Somali, Egyptian, Sudanese: «زعيم» (a leader) of the side of what he leads
    ('أعلن الجيش مقتل زعيم جماعة مسلحة في ولاية بورنو.', {('killed', 1, A)}),
    ('قتل زعيم تنظيم داعش في المنطقة بغارة جوية قرب الحدود.', {('killed', 1, A)}),
    ('أعلنت القوات الصومالية مقتل زعيم في حركة الشباب بعملية في جوبا الوسطى.', {('killed', 1, A)}),
    ('اعتقلت قوات الأمن زعيم عصابة مسلحة في ضواحي المدينة.', {('captured', 1, A)}),
    ('قتل زعيم ميليشيا محلية في اشتباكات مع الجيش في ولاية النيل الأزرق.', {('killed', 1, A)}),
])
def test_a_leader_is_one_victim_of_the_side_he_leads(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sudanese, Yemeni: «قادته» (his commanders) are of the side that owns them
    ('أعلن الجيش السوداني مقتل اثنين من قادته في معارك الفاشر.', {('killed', 2, S)}),
    ('قتل أربعة قادة من الحركة في قصف على موقع في الجبل.', {('killed', 4, A)}),
    # «الفصيل», a faction, is an armed group (actor_terms.tsv «فصيل», session 29): its commanders are its own
    ('نعى الفصيل ثلاثة من قادته قتلوا في المعارك مع قوات النظام.', {('killed', 3, A)}),
])
def test_commanders_are_of_the_side_that_owns_them(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Iraqi, Syrian: «أمير» (an emir of a jihadist group) of the side of his group
    ('قتل أمير تنظيم الدولة في المنطقة خلال اشتباك مع قوات الأمن في ديالى.', {('killed', 1, A)}),
    ('اعتقلت القوات العراقية أميرا في تنظيم الدولة في كركوك.', {('captured', 1, A)}),
    pytest.param('اعتقلت القوات العراقية عنصرا في تنظيم داعش في كركوك.', {('captured', 1, A)},
                 marks=_xf('«في تنظيم داعش»: «تنظيم» before the name hides it (an entry «تنظيم داعش» renames the actor)')),
    pytest.param('قتل أمير ما يسمى ولاية الجنوب في التنظيم بضربة جوية.', {('killed', 1, A)},
                 marks=_xf('«ما يسمى ولاية ...»: a province of the group, named as the group calls it')),
])
def test_an_emir_is_one_victim_of_his_groups_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sudanese, Syrian: a police commander is the state's, a notable of the clans a civilian
    ('قتل قائد شرطة المحلية في هجوم لمسلحين في جنوب دارفور.', {('killed', 1, S)}),
    ('قتل نائب قائد الشرطة في الولاية بهجوم مسلح في شمال دارفور.', {('killed', 1, S)}),
    ('قتل وجيه عشائري برصاص مجهولين في ريف درعا.', {('killed', 1, C)}),
    ('اغتال مسلحون مختار القرية أمام منزله في ريف حمص.', {('killed', 1, C)}),
])
def test_a_police_commander_and_a_notable(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected
