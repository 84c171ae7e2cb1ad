"""Metamorphic probes (#10): a reading must survive a change of words that keeps the meaning.
Each pair says the same thing two ways, and both must give the same claims (kind, value, side,
source name). Round 32, family «the source after a preposition of attribution, in full»: a
speaker named after «بحسب», «وفق», «حسب» at the end of its sentence is read as far as a verb's
subject would be read in «وقال X إن» (a place after its body, a person's name after a title,
a directional part of a province's name), and a name told back later («مراسلنا», «المصدر»)
takes that full name.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import waqia


def reading(text: str) -> set[tuple[Any, ...]]:
    doc = waqia.extract(text, published="2024-05-11")
    return {(c["kind"], c["value"], c["party"]["category"], (c.get("source") or {}).get("name"))
            for e in doc["events"] for c in e["claims"]}


PAIRS = [
    # a body and the place it serves
    ('قتل خمسة مدنيين في قصف مدفعي على قرية شمال حماة، بحسب مصدر في الدفاع المدني بمحافظة حماة.',
     'وقال مصدر في الدفاع المدني بمحافظة حماة إن خمسة مدنيين قتلوا في قصف مدفعي على قرية شمال حماة.',
     'مصدر في الدفاع المدني بمحافظة حماة'),
    ('أصيب ثمانية أشخاص بانفجار سيارة مفخخة في سوق شعبي، وفق مسؤول في الشرطة بمحافظة الأنبار.',
     'وقال مسؤول في الشرطة بمحافظة الأنبار إن ثمانية أشخاص أصيبوا بانفجار سيارة مفخخة في سوق شعبي.',
     'مسؤول في الشرطة بمحافظة الأنبار'),
    # a province named with a direction
    ('قتل ستة أشخاص في اشتباكات قبلية بمدينة نيالا، بحسب لجنة أطباء ولاية جنوب دارفور.',
     'وقالت لجنة أطباء ولاية جنوب دارفور إن ستة أشخاص قتلوا في اشتباكات قبلية بمدينة نيالا.',
     'لجنة أطباء ولاية جنوب دارفور'),
    ('لقي أربعة أشخاص حتفهم في هجوم على مخيم للنازحين، حسب لجنة أطباء ولاية شرق دارفور.',
     'وأفادت لجنة أطباء ولاية شرق دارفور بأن أربعة أشخاص لقوا حتفهم في هجوم على مخيم للنازحين.',
     'لجنة أطباء ولاية شرق دارفور'),
    # a title and the person's name after it
    ('قتل ثلاثة جنود في هجوم على حاجز للجيش قرب درنة، بحسب المتحدث باسم الجيش العميد أحمد سالم.',
     'وقال المتحدث باسم الجيش العميد أحمد سالم إن ثلاثة جنود قتلوا في هجوم على حاجز للجيش قرب درنة.',
     'المتحدث باسم الجيش العميد أحمد سالم'),
    ('قتل سبعة مدنيين في غارة جوية على سوق شعبي في صعدة، بحسب مدير مستشفى المدينة عبد الله أحمد.',
     'وقال مدير مستشفى المدينة عبد الله أحمد إن سبعة مدنيين قتلوا في غارة جوية على سوق شعبي في صعدة.',
     'مدير مستشفى المدينة عبد الله أحمد'),
    # an office of a body named with «ب», and the person
    ('قتل تسعة عسكريين في الهجوم على الثكنة، بحسب الملحق الإعلامي بوزارة الدفاع سالم عمر.',
     'وقال الملحق الإعلامي بوزارة الدفاع سالم عمر إن تسعة عسكريين قتلوا في الهجوم على الثكنة.',
     'الملحق الإعلامي بوزارة الدفاع سالم عمر'),
    ('أصيب خمسة من عناصر الأمن بانفجار عبوة ناسفة قرب المعبر، وفق مسؤول بوزارة الداخلية.',
     'وقال مسؤول بوزارة الداخلية إن خمسة من عناصر الأمن أصيبوا بانفجار عبوة ناسفة قرب المعبر.',
     'مسؤول بوزارة الداخلية'),
    # a group that gives itself a name
    ('قتل ستة جنود في هجوم على قاعدة عسكرية وسط مالي، بحسب جماعة تطلق على نفسها "أنصار الساحل".',
     'وقالت جماعة تطلق على نفسها "أنصار الساحل" إن ستة جنود قتلوا في هجوم على قاعدة عسكرية وسط مالي.',
     'جماعة أنصار الساحل'),
]


@pytest.mark.parametrize("trailing, verbal, name", PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_a_source_after_a_preposition_reads_as_the_verbs_subject(trailing: str, verbal: str, name: str) -> None:
    got = reading(trailing)
    assert got == reading(verbal)
    assert {c[3] for c in got} == {name}


@pytest.mark.parametrize("text, name", [
    # the reporter of a channel whose name the lexicon reads short, told back by «مراسلنا»
    (('قتل تسعة عناصر من قوات النظام في هجوم على مواقعهم بريف حلب، بحسب مراسل تلفزيون دجلة. '
     'والهجوم أسفر عن مقتل عناصر من قوات النظام، بحسب مراسلنا.'), 'مراسل تلفزيون دجلة'),
    (('قتل تسعة عناصر من قوات النظام في هجوم على مواقعهم بريف حلب، بحسب مراسل تلفزيون دجلة. '
     'وأفاد مراسلنا بأن الهجوم أسفر عن مقتل عناصر من قوات النظام.'), 'مراسل تلفزيون دجلة'),
    # «المصدر» after a source read in full
    (('قتل خمسة مدنيين في قصف مدفعي على قرية شمال حماة، بحسب مصدر في الدفاع المدني بمحافظة حماة. '
     'وأضاف المصدر أن ثلاثة آخرين أصيبوا بجروح.'), 'مصدر في الدفاع المدني بمحافظة حماة'),
], ids=["trailing-told-back", "verb-told-back", "source-told-back"])
def test_a_name_told_back_takes_the_full_name(text: str, name: str) -> None:
    assert {c[3] for c in reading(text)} == {name}


def test_an_addressee_after_the_name_is_no_part_of_it() -> None:
    """«لوكالة X» after the speaker is who was told, in both wordings; so is a count's owner."""
    got = reading('قتل أربعة جنود في كمين نصبه مسلحون في أبين، بحسب مسؤول أمني لوكالة فرانس برس.')
    assert got == reading('وقال مسؤول أمني لوكالة فرانس برس إن أربعة جنود قتلوا في كمين نصبه مسلحون في أبين.')
    assert {c[3] for c in got} == {"مسؤول أمني"}
    assert {c[3] for c in reading('وبحسب إحصائية وزارة الصحة، قتل خمسة أشخاص في القصف.')} == {"وزارة الصحة"}
    assert {c[3] for c in reading('قتل خمسة أشخاص في القصف، وفق بيان وزارة الدفاع.')} == {"وزارة الدفاع"}


# Family «a hard wrap right after a quoted name or a gloss in brackets»: in a text wrapped at a fixed
# width, a line that ends with «"X"» or «(X)», a few words with no full stop, ends no sentence.
_FLAT = ('وقال مسؤول محلي في "مجلس إنقاذ الوادي" (هيئة أهلية) إن ثلاثة مدنيين قتلوا وأصيب خمسة '
         'آخرون في قصف مدفعي استهدف سوقا شعبيا في البلدة صباح اليوم، وإن فرق الإسعاف نقلت الجرحى '
         'إلى مستشفى المدينة القريبة.')


@pytest.mark.parametrize("wrapped", [
    ('وقال مسؤول محلي في "مجلس إنقاذ الوادي"\n(هيئة أهلية) إن ثلاثة مدنيين قتلوا وأصيب خمسة\n'
    'آخرون في قصف مدفعي استهدف سوقا شعبيا في البلدة\nصباح اليوم، وإن فرق الإسعاف نقلت الجرحى إلى\n'
    'مستشفى المدينة القريبة.'),
    ('وقال مسؤول محلي في "مجلس إنقاذ الوادي" (هيئة أهلية)\nإن ثلاثة مدنيين قتلوا وأصيب خمسة آخرون في قصف\n'
    'مدفعي استهدف سوقا شعبيا في البلدة صباح اليوم،\nوإن فرق الإسعاف نقلت الجرحى إلى مستشفى المدينة\n'
    'القريبة.'),
], ids=["after-quoted-name", "after-gloss"])
def test_a_wrap_after_a_quoted_name_reads_as_the_flat_text(wrapped: str) -> None:
    got = reading(wrapped)
    assert got == reading(_FLAT)
    assert {c[3] for c in got} == {'مسؤول محلي في "مجلس إنقاذ الوادي"'}


def test_a_wrap_after_quoted_speech_still_ends_its_sentence() -> None:
    from waqia.core.normalize import unwrap

    text = ('وقال المتحدث باسم الشرطة في مؤتمر صحفي عقده\nصباح اليوم في مقر القيادة بالمدينة:\n'
            '"لن نسمح بتكرار ما حدث"\nوأضاف أن التحقيقات ما زالت جارية لمعرفة\nهوية المهاجمين الذين فروا\n'
            'إلى منطقة جبلية وعرة بعد أن أحرقوا سيارتين\nتابعتين للشرطة.')
    assert unwrap(text).split("\n")[1:] == [
        '"لن نسمح بتكرار ما حدث"',
        'وأضاف أن التحقيقات ما زالت جارية لمعرفة هوية المهاجمين الذين فروا إلى منطقة جبلية وعرة بعد أن أحرقوا سيارتين تابعتين للشرطة.']


# Family «a body named with two nouns after one «لل»» («المركز الوطني للحقوق والحريات»), told with
# an event noun for object («أفاد X بمقتل», «أعلن X مقتل») as well as with «إن»: the name in full.
@pytest.mark.parametrize("noun_object, said, name", [
    ('وأفاد المركز الوطني للحقوق والحريات بمقتل ستة مدنيين في قصف على بلدة شرق المدينة.',
     'وقال المركز الوطني للحقوق والحريات إن ستة مدنيين قتلوا في قصف على بلدة شرق المدينة.',
     'المركز الوطني للحقوق والحريات'),
    ('وأعلنت الشبكة اليمنية للإغاثة والتنمية مقتل أربعة أطفال بانفجار لغم أرضي في قرية نائية.',
     'وقالت الشبكة اليمنية للإغاثة والتنمية إن أربعة أطفال قتلوا بانفجار لغم أرضي في قرية نائية.',
     'الشبكة اليمنية للإغاثة والتنمية'),
    ('ووثقت المنظمة الليبية للرصد والتوثيق مقتل ثلاثة مهاجرين في اشتباكات قرب الساحل.',
     'وذكرت المنظمة الليبية للرصد والتوثيق أن ثلاثة مهاجرين قتلوا في اشتباكات قرب الساحل.',
     'المنظمة الليبية للرصد والتوثيق'),
    ('وأفاد المرصد الوطني للحقوق والحريات بإصابة تسعة مدنيين بجروح في غارة جوية على سوق البلدة.',
     'وأوضح المرصد الوطني للحقوق والحريات أن تسعة مدنيين أصيبوا بجروح في غارة جوية على سوق البلدة.',
     'المرصد الوطني للحقوق والحريات'),
], ids=["afada-bi", "alana", "waththaqa", "afada-injured"])
def test_a_name_of_two_nouns_after_one_preposition_is_read_whole(noun_object: str, said: str, name: str) -> None:
    got = reading(noun_object)
    assert got == reading(said)
    assert {c[3] for c in got} == {name}


# Family «a death phrase split by its subject or its cause» (claims/phrases.py, since round 32's leftovers).
_DEATH = 'قتل خمسة مدنيين في قصف مدفعي على البلدة.'


@pytest.mark.parametrize("text", [
    'لقي خمسة مدنيين حتفهم في قصف مدفعي على البلدة.',
    'أسفر قصف مدفعي على البلدة عن مصرع خمسة مدنيين.',
    'أودى قصف مدفعي على البلدة بحياة خمسة مدنيين.',
    'فارق خمسة مدنيين الحياة في قصف مدفعي على البلدة.',  # the subject inside the phrase (claims/phrases.py)
    'راح ضحية القصف المدفعي على البلدة خمسة مدنيين.',  # the figure after the cause
], ids=["laqiya-hatf", "masra", "awda-bihayat", "faraqa-alhayat", "raha-dahiyat"])
def test_a_death_said_another_way_reads_the_same(text: str) -> None:
    assert reading(text) == reading(_DEATH) == {("killed", 5, "civilians", None)}


# Family «a word of injury befalls people named by their captivity»: «قتل 3 أسرى» was read killed,
# «أصيب 3 أسرى» captured; the verb tells what befell them in both («أسرى», «معتقلين», «مختطفين»:
# who they were, not a capture told).
@pytest.mark.parametrize("text, expected", [
    ('أصيب ثلاثة معتقلين خلال اقتحام قوات الأمن للسجن.', {("injured", 3, "civilians", None)}),
    ('أصيب ثلاثة أسرى برصاص الحراس داخل السجن.', {("injured", 3, "civilians", None)}),
    ('جرح أربعة أسرى في قصف استهدف مركز الاحتجاز.', {("injured", 4, "civilians", None)}),
    ('أسفر اقتحام السجن عن إصابة خمسة معتقلين بجروح.', {("injured", 5, "civilians", None)}),
    ('أصيب سبعة مختطفين خلال عملية تحريرهم من قبضة العصابة.', {("injured", 7, "civilians", None)}),
    # the killed and the captured as before
    ('قتل ثلاثة أسرى في قصف استهدف السجن.', {("killed", 3, "civilians", None)}),
    ('اعتقلت القوات خمسة مصابين من المستشفى.', {("captured", 5, "civilians", None)}),
], ids=["injured-detainees", "injured-captives", "wounded-captives", "injury-noun", "injured-abducted",
        "killed-captives", "captured-wounded"])
def test_the_verb_tells_what_befell_the_held(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert reading(text) == expected
