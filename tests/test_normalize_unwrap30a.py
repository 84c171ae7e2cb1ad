"""Hard-wrapped text of short paragraphs (#10, session 27): half its line breaks follow a full stop,
the others fall inside sentences at one printed width; it is read across those breaks.  Lines of
differing lengths (headlines, short paragraphs without full stops) keep their breaks."""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.normalize import unwrap
from waqia.stages.sentences import split

WRAPPED = ("نواكشوط - قالت مصادر أمنية إن مسلحين مجهولين هاجموا فجر اليوم دورية تابعة\n"
           "للجيش قرب الحدود الشرقية، ما أدى إلى مقتل أربعة جنود وإصابة ستة آخرين.\n"
           "وأضافت المصادر أن المهاجمين فروا باتجاه الأراضي المالية بعد اشتباك دام\n"
           "قرابة ساعة مع وحدة من الحرس الوطني كانت في مهمة روتينية في المنطقة.\n"
           "وقال مسؤول محلي إن تعزيزات عسكرية وصلت إلى البلدة صباح اليوم لملاحقة\n"
           "المهاجمين، مشيرا إلى أن السكان لزموا منازلهم خشية تجدد الاشتباكات.\n"
           "ولم تتبن أي جهة الهجوم حتى الآن.")

UNEVEN = ("اشتباكات في الخرطوم\n"
          "قالت مصادر محلية إن اشتباكات اندلعت جنوب العاصمة.\n"
          "وأفاد شهود بسقوط قذائف على منازل في حي الكلاكلة ونزوح عشرات الأسر نحو الشمال\n"
          "ولم يصدر تعليق من الطرفين\n"
          "تفاصيل أوفى لاحقا.\n"
          "وكانت المنطقة قد شهدت هدوءا حذرا خلال الأيام الماضية.\n"
          "المصدر: مراسلون")


def _sentences(text: str) -> list[str]:
    doc = split(Document.from_text(text))
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_short_wrapped_paragraphs_are_read_across_their_lines() -> None:
    got = _sentences(WRAPPED)
    assert len(got) == 4
    assert "تابعه للجيش" in got[0] and got[1].startswith("واضافت") and "دام قرابه" in got[1]


def test_unwrap_keeps_one_character_for_one() -> None:
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED) and out.count("\n") == 3


def test_lines_of_differing_lengths_keep_their_breaks() -> None:
    assert unwrap(UNEVEN) == UNEVEN
