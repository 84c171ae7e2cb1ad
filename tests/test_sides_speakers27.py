"""Sides of victims, twenty-seventh round (#10): the side read from the speaker of a figure and from
the noun phrase of its victims.  Members named by their noun alone («3 عناصر», «أربعة أفراد») have no
side of their own; counted in a statement whose speaker is a side (a force, a ministry, the
authorities, a security or military source) by a noun or verb of what befell them, they are that
side's men (GUIDELINES: police and soldiers are ``state_forces``); told as the speaker's kill, or
with another side named for them, they are not (claims/speakers.py).  People of no kind counted, then
the ranks they fell in («في صفوف X», after «سقطوا» or «مصرعهم» too), are of X's side (claims/party.py,
claims/voice.py); members in construct with a word of the security forces, or before a service of
the state («عناصر من المخابرات»), are the state's.  Each test compares the complete claim set of its
text as (kind, value, side).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, S, U, sides_of


def claims(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


# a speaker that is a side counts members of no side by what befell them: its own men
@pytest.mark.parametrize("text, expected", [
    # Iraq, Somalia, Egypt, Libya: ministries, police, the army
    pytest.param('أعلنت وزارة الداخلية العراقية مقتل ثلاثة عناصر وإصابة اثنين آخرين في هجوم على نقطة تفتيش.',
                 {('killed', 3, S), ('injured', 2, S)}),
    pytest.param('قالت مديرية الشرطة إن أربعة أفراد قتلوا عندما انفجرت عبوة ناسفة بدوريتهم.', {('killed', 4, S)}),
    pytest.param('قالت الشرطة الصومالية إن ثلاثة عناصر قتلوا في انفجار لغم أرضي جنوب العاصمة.', {('killed', 3, S)}),
    pytest.param('أعلن الجيش مقتل عنصرين وإصابة ثلاثة آخرين في اشتباكات مع مسلحين قرب الحدود.',
                 {('killed', 2, S), ('injured', 3, S)}),
    pytest.param('وقال المتحدث باسم الشرطة إن عنصرا قتل وأصيب اثنان آخران في هجوم مسلح على مركز حدودي.',
                 {('killed', 1, S), ('injured', 2, S)}),
    pytest.param('وذكرت مديرية الأمن في بيان أن ستة من الأفراد أصيبوا بجروح خلال مطاردة عصابة مسلحة.',
                 {('injured', 6, S)}),
    # the wounded counted bare after them are of their side too, not civilians by default
    pytest.param('أعلنت الشرطة مقتل ثلاثة عناصر وإصابة اثنين في هجوم ليلي.', {('killed', 3, S), ('injured', 2, S)}),
    pytest.param('أعلنت خلية الإعلام الأمني مقتل عنصرين في انفجار عبوة.', {('killed', 2, S)}),
    pytest.param('قال مصدر أمني إن ثلاثة عناصر قتلوا في انفجار عبوة ناسفة.', {('killed', 3, S)}),
    # the source told back («وأضاف المصدر») is the security source named before
    pytest.param('قال مصدر عسكري إن انفجارا وقع قرب السوق صباح اليوم. وأضاف المصدر أن ثلاثة عناصر قتلوا في '
                 'الانفجار.', {('killed', 3, S)}),
    # Sudan, Syria: an armed group of its own men
    pytest.param('وقالت قوات الدعم السريع في بيان إن خمسة عناصر قتلوا في غارة جوية على مواقعها.', {('killed', 5, A)}),
    pytest.param('أعلنت هيئة تحرير الشام مقتل ثلاثة عناصر في قصف روسي على ريف إدلب.', {('killed', 3, A)}),
])
def test_speakers_own_men(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# controls: the speaker's kill, another side named for the men, a speaker of no side, kin, captives
@pytest.mark.parametrize("text, expected", [
    pytest.param('أعلن الجيش أن قواته قتلت خمسة عناصر في اشتباكات بالمنطقة.', {('killed', 5, U)}),
    pytest.param('قالت وزارة الدفاع إن قواتها قضت على ستة عناصر خلال عملية أمنية.', {('killed', 6, U)}),
    pytest.param('أعلنت وزارة الداخلية مقتل ستة عناصر إرهابية في مداهمة بالمحافظة.', {('killed', 6, A)}),
    pytest.param('أعلن الجيش مقتل سبعة عناصر من داعش في غارة جوية.', {('killed', 7, A)}),
    pytest.param('قال مصدر طبي إن ثلاثة عناصر قتلوا في الهجوم.', {('killed', 3, U)}),
    pytest.param('أفاد المرصد السوري بمقتل أربعة عناصر في اشتباكات شرق البلاد.', {('killed', 4, U)}),
    pytest.param('قال مسؤول محلي إن مسلحين هاجموا البلدة ليلا. وأوضح المسؤول أن عنصرين أصيبا بجروح.',
                 {('injured', 2, U)}),
    pytest.param('قالت الشرطة إن خمسة أفراد من عائلة واحدة قتلوا في قصف على منزلهم.', {('killed', 5, C)}),
    pytest.param('أعلنت وزارة الداخلية مقتل ثلاثة أشخاص في انفجار سيارة مفخخة.', {('killed', 3, C)}),
    pytest.param('أعلن الجيش اعتقال خمسة عناصر في مداهمة.', {('captured', 5, U)}),
    # the speaker's own act in the sentence: its forces by a pronoun, a raid, a campaign, a security
    # operation, captives taken with the dead (claim_words.tsv roles own_forces, operation, operation_of)
    pytest.param('أعلن الجيش مقتل خمسة عناصر خلال عملية نفذتها قواته في المنطقة.', {('killed', 5, U)}),
    pytest.param('أعلن الجيش مقتل 8 عناصر في عملية أمنية بالمنطقة.', {('killed', 8, U)}),
    pytest.param('أعلنت الشرطة مقتل ثلاثة عناصر خلال مداهمة لوكر في الحي.', {('killed', 3, U)}),
    pytest.param('أعلن الجيش مقتل 6 عناصر وضبط أسلحة خلال حملة تفتيش.', {('killed', 6, U)}),
    pytest.param('أعلن الجيش مقتل 5 عناصر واعتقال 3 آخرين في اشتباكات.', {('killed', 5, U), ('captured', 3, U)}),
    pytest.param('أعلنت القوات المسلحة مقتل 12 عنصرا في ضربات نفذها طيرانها الحربي.', {('killed', 12, U)}),
    # an attack on the speaker's side is no act of its own
    pytest.param('أعلنت وزارة الداخلية مقتل عنصرين في عملية إرهابية استهدفت دورية.', {('killed', 2, S)}),
    pytest.param('أعلن الجيش مقتل 4 عناصر في هجوم إرهابي استهدف كمينا أمنيا.', {('killed', 4, S)}),
    # a security source is no owner a pronoun stands for: a leader's companion is not the state's
    pytest.param('أفادت مصادر أمنية بأن مسلحين أطلقوا النار على سيارة قيادي محلي ما أدى إلى مقتل مرافقه.',
                 {('killed', 1, U)}),
    # the possessed noun keeps its reading, and the members before it are of its side
    pytest.param('أعلنت وزارة الداخلية مقتل 3 من عناصرها في هجوم على دورية.', {('killed', 3, S)}),
    pytest.param('أعلنت وزارة الداخلية مقتل ثلاثة عناصر وإصابة اثنين من أفرادها في هجوم.',
                 {('killed', 3, S), ('injured', 2, S)}),
    pytest.param('أعلن الحشد الشعبي مقتل ثلاثة من عناصره.', {('killed', 3, S)}),
    pytest.param('قالت هيئة تحرير الشام إن 4 من عناصرها قتلوا في قصف.', {('killed', 4, A)}),
])
def test_speakers_controls(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# people of no kind counted, then the ranks they fell in («في صفوف X», «وسط X», after «سقطوا» too): X's side
@pytest.mark.parametrize("text, expected", [
    pytest.param('وأصيب 9 أشخاص سقطوا في صفوف الشرطة خلال المواجهات.', {('injured', 9, S)}),
    pytest.param('أسفرت المعارك عن مقتل 14 شخصا في صفوف المسلحين.', {('killed', 14, A)}),
    pytest.param('أسفرت المواجهات عن جرح 30 شخصا سقطوا في صفوف حركة الشباب.', {('injured', 30, A)}),
    pytest.param('قتل 13 شخصا سقطوا في صفوف عناصر حزب الله بغارة.', {('killed', 13, A)}),
    pytest.param('أصيب 12 شخصا سقطوا في صفوف المحتجين خلال تفريق التظاهرة.', {('injured', 12, C)}),
    pytest.param('قتل شخص في صفوف الجيش بانفجار لغم.', {('killed', 1, S)}),
    pytest.param('أصيب شخصان من صفوف الشرطة في إطلاق نار.', {('injured', 2, S)}),
    pytest.param('أسفر القصف عن إصابة 20 شخصا وسط المدنيين.', {('injured', 20, C)}),
    # two sides in the ranks, or most of them only: a toll of no one side
    pytest.param('أصيب 15 شخصا بين صفوف المتظاهرين وقوات الأمن.', {('injured', 15, U)}),
    pytest.param('قتل 7 أشخاص معظمهم في صفوف الجيش في هجوم على قاعدة.', {('killed', 7, U)}),
    # controls: no ranks named; a queue is no side
    pytest.param('قتل 4 أشخاص في هجوم شنه مسلحون على قاعدة للجيش.', {('killed', 4, C)}),
    pytest.param('أصيب 3 أشخاص في صفوف الانتظار أمام المخبز.', {('injured', 3, C)}),
    pytest.param('قتل 8 أشخاص، سقطوا في صفوف القوات الحكومية، في كمين بالمنطقة.', {('killed', 8, S)}),
    # the ranks after the object of «لقي» or after the verb that closes the toll
    pytest.param('ولقي 4 أشخاص مصرعهم في صفوف قوات الحكومة.', {('killed', 4, S)}),
    pytest.param('لقي 7 أشخاص حتفهم في صفوف المسلحين خلال المعارك.', {('killed', 7, A)}),
    pytest.param('لقي ثلاثة أشخاص حتفهم في صفوف المدنيين جراء القصف.', {('killed', 3, C)}),
    pytest.param('قتل 12 شخصا سقطوا في صفوف الجيش خلال الهجوم.', {('killed', 12, S)}),
    pytest.param('لقي 5 أشخاص مصرعهم في قصف على السوق.', {('killed', 5, C)}),
])
def test_fell_in_ranks(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# «مقاتلين» alone are an armed group's by default; a speaker of the state's side counts its own fighters by
# the noun (Libya, Iraq's Kurdistan); the ministry of defence speaks for the state, the civil defence not
@pytest.mark.parametrize("text, expected", [
    pytest.param('أعلن الجيش الليبي مقتل أربعة مقاتلين وإصابة سبعة في اشتباكات جنوب البلاد.',
                 {('killed', 4, S), ('injured', 7, S)}),
    pytest.param('قالت وزارة الدفاع إن ثلاثة مقاتلين قتلوا في هجوم للمتمردين.', {('killed', 3, S)}),
    pytest.param('أعلنت قوات البيشمركة مقتل مقاتلين اثنين بهجوم لداعش.', {('killed', 2, S)}),
    pytest.param('أعلنت وزارة الدفاع مقتل أربعة عناصر في انفجار لغم.', {('killed', 4, S)}),
    pytest.param('قال وزير الدفاع إن خمسة أفراد قتلوا في الهجوم.', {('killed', 5, S)}),
    # controls: an armed group's own fighters, a monitor, the speaker's kill or operation, a group named
    pytest.param('أعلنت حركة الشباب مقتل خمسة مقاتلين في غارة أمريكية.', {('killed', 5, A)}),
    pytest.param('أفاد المرصد بمقتل أربعة مقاتلين في الاشتباكات.', {('killed', 4, A)}),
    pytest.param('أعلن الجيش أن قواته قتلت عشرة مقاتلين في المنطقة.', {('killed', 10, A)}),
    pytest.param('أعلن الجيش مقتل 9 مقاتلين خلال عملية عسكرية في الجبال.', {('killed', 9, A)}),
    pytest.param('أعلن الجيش مقتل 6 مقاتلين من حركة الشباب.', {('killed', 6, A)}),
    pytest.param('قال الدفاع المدني إن ثلاثة عناصر أصيبوا خلال عمليات الإنقاذ.', {('injured', 3, U)}),
])
def test_speakers_fighters(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# a speaker named by a noun for one man of a side («ضابط», «شرطي», «مقاتل»), with the force he belongs to
# right after him («ضابط في الشرطة»: no act of another body of that side)
@pytest.mark.parametrize("text, expected", [
    pytest.param('قال ضابط في الجيش إن أربعة عناصر قتلوا في الكمين.', {('killed', 4, S)}),
    pytest.param('قال ضابط في الشرطة إن ثلاثة عناصر أصيبوا في الهجوم.', {('injured', 3, S)}),
    pytest.param('وقال شرطي إن عنصرين قتلا في الانفجار.', {('killed', 2, S)}),
    pytest.param('قال مقاتل في الفصائل إن ثلاثة عناصر قتلوا في القصف.', {('killed', 3, A)}),
    pytest.param('قال جندي إن خمسة عناصر أصيبوا في الهجوم.', {('injured', 5, S)}),
    # controls: a witness is no side; an officer's own forces that kill
    pytest.param('قال شاهد إن ثلاثة عناصر قتلوا في الهجوم.', {('killed', 3, U)}),
    pytest.param('قال ضابط إن قواته قتلت ستة عناصر.', {('killed', 6, U)}),
])
def test_speakers_one_man(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# the speaker's members as the object of a verb whose subject is another side («إن مسلحين قتلوا 3 عناصر»)
@pytest.mark.parametrize("text, expected", [
    pytest.param('قالت الشرطة إن مسلحين قتلوا ثلاثة عناصر في كمين.', {('killed', 3, S)}),
    pytest.param('أعلنت وزارة الداخلية أن إرهابيين اغتالوا عنصرين قرب منزلهما.', {('killed', 2, S)}),
    pytest.param('قالت هيئة تحرير الشام إن قوات النظام قتلت 4 عناصر بقصف على المدينة.', {('killed', 4, A)}),
    pytest.param('وقال مصدر أمني إن عناصر من داعش قتلوا ثلاثة أفراد عند الحاجز.', {('killed', 3, S)}),
    # controls: the subject is of the speaker's side or its own men; a monitor is no side
    pytest.param('قالت الشرطة إن عناصرها قتلوا 3 عناصر في تبادل لإطلاق النار.', {('killed', 3, U)}),
    pytest.param('قالت الشرطة إن قوات الأمن قتلت أربعة عناصر في المداهمة.', {('killed', 4, U)}),
    pytest.param('قال المرصد إن مسلحين قتلوا ثلاثة عناصر في كمين.', {('killed', 3, U)}),
])
def test_speakers_enemy_subject(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# members in construct with a word for the security forces or the guard («أفراد أمن», «أفراد الحماية»), and
# the dual in construct («عنصرا أمن», «عنصري شرطة»: two, not the accusative of one): actor_terms.tsv
@pytest.mark.parametrize("text, expected", [
    pytest.param('أصيب أربعة أفراد أمن بجروح في انفجار.', {('injured', 4, S)}),
    pytest.param('قتل ثلاثة من أفراد الحماية في الهجوم.', {('killed', 3, S)}),
    pytest.param('قتل عنصرا أمن في هجوم على حاجز.', {('killed', 2, S)}),
    pytest.param('أصيب عنصري شرطة في الانفجار.', {('injured', 2, S)}),
    pytest.param('أصيب عنصرا شرطة في إطلاق نار.', {('injured', 2, S)}),
    # controls: one man; the men of a group
    pytest.param('قتل عنصر أمن في الهجوم.', {('killed', 1, S)}),
    pytest.param('قتل ستة عناصر مسلحة في اشتباك مع الجيش.', {('killed', 6, A)}),
])
def test_members_construct(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# the words right after members named alone: a body they belong to («من الدورية», «من المرور») says no side,
# the speaker's holds; people («من المهربين»), an adjective or a verb that describes them say who they were
@pytest.mark.parametrize("text, expected", [
    pytest.param('أعلنت الشرطة مقتل ثلاثة عناصر من الدورية في انفجار عبوة.', {('killed', 3, S)}),
    pytest.param('قال الجيش إن أربعة عناصر من الوحدة أصيبوا في الهجوم.', {('injured', 4, S)}),
    pytest.param('أعلنت وزارة الداخلية مقتل عنصرين من المفرزة خلال هجوم مسلح.', {('killed', 2, S)}),
    pytest.param('قال مصدر أمني إن خمسة عناصر من الحاجز قتلوا.', {('killed', 5, S)}),
    pytest.param('أعلنت الشرطة إصابة عنصرين من المرور في حادث دهس متعمد.', {('injured', 2, S)}),
    pytest.param('أعلن الجيش مقتل 5 عناصر من المهربين على الحدود.', {('killed', 5, U)}),
    pytest.param('أعلن الجيش مقتل 3 عناصر من المتسللين.', {('killed', 3, U)}),
    pytest.param('أعلنت الشرطة مقتل عنصرين خارجين عن القانون.', {('killed', 2, U)}),
    pytest.param('أعلن الجيش مقتل 4 عناصر حاولوا التسلل عبر الحدود.', {('killed', 4, U)}),
    pytest.param('أعلن الجيش مقتل 3 عناصر كانوا يزرعون عبوات ناسفة.', {('killed', 3, U)}),
    # read by the lexicon before this rule: wanted men, a gang
    pytest.param('أعلنت الشرطة مقتل عنصرين من المطلوبين خلال تبادل إطلاق النار.', {('killed', 2, A)}),
    pytest.param('قالت الشرطة إن 3 عناصر من العصابة قتلوا.', {('killed', 3, A)}),
])
def test_speakers_words_after(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# members of a service of the state the lexicon names no force by (claim_words.tsv role state_body), read
# for their side only: the intelligence services, the traffic police, the guard
@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل ثلاثة عناصر من المخابرات في هجوم.', {('killed', 3, S)}),
    pytest.param('قتل عنصران من الاستخبارات العسكرية في هجوم.', {('killed', 2, S)}),
    pytest.param('أصيب أربعة عناصر المرور في حادث دهس.', {('injured', 4, S)}),
    pytest.param('اغتال مسلحون عنصرين في المخابرات أمام منزلهما.', {('killed', 2, S)}),
    pytest.param('قتل ثلاثة أفراد من الحرس في هجوم على المقر.', {('killed', 3, S)}),
    # controls: no body named; the service's captives
    pytest.param('قتل ثلاثة عناصر في هجوم.', {('killed', 3, U)}),
    pytest.param('اعتقلت المخابرات خمسة عناصر من التنظيم.', {('captured', 5, A)}),
])
def test_state_bodies(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# the speaker after the figure («بحسب بيان للجيش»), or before a colon; «قتل» opening its clause right before
# the figure is the passive (claim_words.tsv role opening_passive), after its subject or «أنه» the active
@pytest.mark.parametrize("text, expected", [
    pytest.param('الشرطة: مقتل ثلاثة عناصر في هجوم على دورية بالعاصمة.', {('killed', 3, S)}),
    pytest.param('قتل ثلاثة عناصر وأصيب اثنان في هجوم مسلح، بحسب بيان للجيش.', {('killed', 3, S), ('injured', 2, S)}),
    pytest.param('وقتل ثلاثة عناصر في الهجوم، وفق بيان للشرطة.', {('killed', 3, S)}),
    pytest.param('أعلنت وزارة الداخلية أن عنصرين قتلا وأصيب ثلاثة آخرون في هجوم على مركز أمني.',
                 {('killed', 2, S), ('injured', 3, S)}),
    pytest.param('أعلن الجيش أنه قتل خمسة عناصر في المنطقة.', {('killed', 5, U)}),
    pytest.param('أعلنت الشرطة قتل 3 عناصر في المداهمة.', {('killed', 3, U)}),
    pytest.param('أعلن الجيش قتل 6 عناصر.', {('killed', 6, U)}),
])
def test_speakers_voice(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected
