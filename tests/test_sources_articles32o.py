"""Speakers' names in long articles of several events (#10, session 29, articles32o): one-sentence probes
of the families set O showed.  A kind of place with the article that ends the name of a force inside a
speaker's name («المرتبطة بتنظيم القاعدة») is that force, not a base told back from an earlier «قاعدة
عسكرية» (sources/placed.py); a base told back in a body's name still is.  A force of the actor list named after a head its entry lacks
(«جماعة», «حركة») is named with that head when a verb that goes on finds it (sources/headed.py).  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from case_files import assert_speakers, claims

CASES = [
    ("al-Qaeda after a base", [
        "هاجم مسلحون قاعدة عسكرية في شمال البلاد فجر اليوم.",
        "وقالت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة في بيان إن مقاتليها قتلوا 100 جندي.",
    ], "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة"),
    ("a leader of al-Qaeda after a base", [
        "سقطت ثلاث قذائف على قاعدة جوية قرب المدينة.",
        "وقال قيادي في تنظيم القاعدة إن 4 من عناصره قتلوا في غارة لاحقة.",
    ], "قيادي في تنظيم القاعدة"),
    ("a group's head before the actor list's name", [
        "وتبنت جماعة أنصار الإسلام الهجوم، وقالت في بيان إن مقاتليها قتلوا 9 جنود.",
    ], "جماعة أنصار الإسلام"),
    ("the head after «و» and a long name", [
        "وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم، وقالت إن مقاتليها أسروا 7 جنود.",
    ], "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة"),
    ("the base told back in a body's name", [
        "قصفت الطائرات المسيرة قاعدة جوية في المحافظة ليلا.",
        "وقال مصدر في قيادة القاعدة إن 3 جنود قتلوا.",
    ], "مصدر في قيادة قاعدة جوية"),
]


@pytest.mark.parametrize(("sentences", "name"), [pytest.param(t, n, id=f) for f, t, n in CASES])
def test_the_speakers_name_as_written(sentences: list[str], name: str) -> None:
    (claim,) = claims("\n".join(sentences))
    assert claim["source"] is not None and claim["source"]["name"] == name


SAID_THEREIN = [
    ("a message to journalists", "وتبنت حركة الشباب الهجوم في رسالة إلى الصحفيين، قالت فيها إن مقاتليها قتلوا 20 جنديا.",
     [[20, "حركة الشباب"]]),
    ("a group of the actor list only", "وأعلنت حركة طالبان مسؤوليتها عن التفجير في بيان قالت فيه إن 9 جنود قتلوا.",
     [[9, "حركة طالبان"]]),
    ("a statement on its channel", "وتبنى تنظيم داعش الهجوم في بيان نشره على قناته، قال فيه إن مقاتليه قتلوا 6 من عناصر الحشد.",
     [[6, "تنظيم داعش"]]),
]


@pytest.mark.parametrize(("text", "sources"), [pytest.param(t, s, id=i) for i, t, s in SAID_THEREIN])
def test_a_verb_with_the_statements_pronoun_is_its_issuers(text: str, sources: list[list[object]]) -> None:
    """«... في رسالة إلى الصحفيين، قالت فيها إن»: the one who issued the statement, the sentence's subject, says it
    (sources/statements.said_therein)."""
    assert_speakers({"text": text, "sources": sources})
