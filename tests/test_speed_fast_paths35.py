"""The fast paths of the speed pass of session 29 (#14) give what the plain way gives: the end of the noun
phrase that opens at a word (``slot._phrase_end``) is read once a document and kept in the slot
information (``SlotInfo.ends``), not read again each time a reader asks of the same word (the subject
after a verb, then the name it closes, its title set off by a comma, the owner of a statement); a title
after a speaker closing the sentence (``apposed.closing_aside``) is looked for after the whole phrase
only where that phrase runs past the name.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from conftest import read_before
from waqia.pipeline import default_pipeline
from waqia.settings import Settings

#: sentences of our own with speakers' phrases of every shape the reader cuts: a title and a body with
#: «في», an addressee, a name called so («ما يعرف بـ»), a quoted name, an aside set off by commas, a
#: title after the name closing the sentence, a demonstrative object, two bodies joined by «و», a «و»
#: written apart (cut off the phrase's end)
_PHRASES = (
    "قال المتحدث باسم وزارة الداخلية في الحكومة المؤقتة العميد خالد المصري لوكالة الأنباء الرسمية إن 4 عناصر قتلوا.",
    "وأعلنت ما يعرف بـ\"غرفة عمليات الفتح\" في بيان مساء السبت أن مقاتليها صدوا هجوما على التلة.",
    "أفاد مصدر طبي في مستشفى البلدة، طالبا عدم الكشف عن هويته، بمقتل ثلاثة مدنيين وجرح آخرين.",
    "وقالت الشرطة المحلية في ولاية النيل الأزرق إن مسلحين مجهولين هاجموا قرية نائية فجر الأحد.",
    "وسقط 7 قتلى في القصف، حسبما أفاد العقيد سامر حداد، المتحدث باسم قيادة المنطقة الشمالية.",
    "نفت الحركة هذه الرواية، وقال قائدها الميداني أبو محمد إن مقاتليه انسحبوا بلا خسائر.",
    "أكد رئيس المجلس المحلي للمدينة ومحافظ الإقليم في تصريح صحفي أن الوضع تحت السيطرة.",
    "وأعلنت قيادة العمليات المشتركة مقتل 5 مسلحين. وقال الناطق باسمها اللواء يحيى سالم إن العملية مستمرة.",
    # a conjunction or a preposition written apart, left at the end of a phrase and cut off it
    "وأعلن الجيش الوطني و 3 فصائل حليفة السيطرة على البلدة بعد معارك عنيفة.",
    "قال مسؤول الدفاع المدني في المحافظة و لم يذكر اسمه إن الحريق أتى على عشرات المحال.",
    "ذكرت \"الهيئة الوطنية للإغاثة\" أن الفيضانات شردت مئات الأسر، وفق بيان صادر عن المكتب الإعلامي للهيئة.",
)


def _ends(texts: tuple[str, ...]) -> int:
    """Each word of each text asked in three orders of one slot information, its answer compared with a
    fresh one's (its memory empty, as the plain way read every question); the number of words asked."""
    from waqia.stages.sources import slot
    from waqia.stages.sources.words import slot_info

    pipe = default_pipeline(Settings())
    asked = 0
    for text in texts:
        doc = read_before("sources.v1", text, published="2025-06-01")
        info = slot_info(doc, pipe.ctx.lexicon)
        n = len(doc.tokens)
        for k in [*range(n), *reversed(range(n)), *range(0, n, 3), *range(1, n, 2)]:
            assert slot._phrase_end(doc, k, info) == slot._phrase_end(doc, k, dataclasses.replace(info)), (text, k)
            asked += 1
        assert set(info.ends) == set(range(n))
    return asked


def test_phrase_end_read_once_reads_as_the_plain_way() -> None:
    assert _ends(_PHRASES) > 400


def test_a_slot_information_made_again_keeps_no_answers() -> None:
    from waqia.stages.sources import slot
    from waqia.stages.sources.words import slot_info

    doc = read_before("sources.v1", _PHRASES[0], published="2025-06-01")
    info = slot_info(doc, default_pipeline(Settings()).ctx.lexicon)
    slot._phrase_end(doc, 0, info)
    assert info.ends and not dataclasses.replace(info).ends and not dataclasses.replace(info, stops=frozenset()).ends


#: sentences of our own where a title or a statement adjunct set off after the speaker closes the
#: sentence, after the name or after a longer phrase that holds it, and sentences where none does
_ASIDES = (
    "وسقط 7 قتلى في القصف، حسبما أفاد العقيد سامر حداد، المتحدث باسم قيادة المنطقة الشمالية.",
    "وأصيب عشرة أشخاص بجروح، قالت وزارة الصحة في حكومة الإقليم في تصريح صحفي.",
    "تضررت عشرات المنازل، بحسب ما قال رئيس البلدية لوكالة الأنباء المحلية، مضيفا أن الحصيلة أولية.",
    "قتل مدنيان في الغارة، كما أفاد الدفاع المدني في المحافظة، الجهاز المعني بالإنقاذ.",
    "وقالت الشرطة في المدينة إن مسلحين أطلقوا النار على دورية، تحسبا لهجمات أخرى.",
    "وقال مسؤول الأمن في الولاية، أحمد يوسف، إن 3 من عناصره قتلوا في الكمين.",
)


def _closing_aside_plain(doc: Any, first: int, last: int, info: Any) -> int:
    """``apposed.closing_aside`` as it was: a title asked after the name, then after the whole phrase."""
    from waqia.stages.sources import apposed
    from waqia.stages.sources.slot import phrase_from

    for end in (last, max(last, phrase_from(doc, first, info).last)):
        if (after := apposed.closing_title(doc, end, info)) != end:
            return after
    return last


def test_closing_aside_reads_as_the_plain_way() -> None:
    from waqia.stages.sources import apposed
    from waqia.stages.sources.words import slot_info

    lexicon, answers = default_pipeline(Settings()).ctx.lexicon, {True: 0, False: 0}
    for text in _ASIDES:
        doc = read_before("sources.v1", text, published="2025-06-01")
        info = slot_info(doc, lexicon)
        for first in range(len(doc.tokens)):
            for last in range(first, min(first + 6, len(doc.tokens))):
                want = _closing_aside_plain(doc, first, last, info)
                assert apposed.closing_aside(doc, first, last, info) == want, (text, first, last)
                answers[want != last] += 1
    assert answers[True] >= 6 and answers[False] > 200
