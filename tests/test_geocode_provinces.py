"""Which province a place gets with the shipped gazetteer: the text's container, the town of a
province's name, a name that does not vouch for itself, a region named earlier that has no
reading of the name (sentences written for these tests; issue 11)."""

from __future__ import annotations

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings


@pytest.fixture(scope="module")
def analyse():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings()).analyse


def _where(analyse, text: str, name: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    doc = analyse(text)
    loc = next(p.location for p in doc.layer("places") if p.location.span.text == name)
    return loc.country, loc.admin1


def test_geocode_hamlet_outside_the_container_is_refused(analyse) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's «الضربة» are hamlets of Ibb; the text puts this one in Taizz
    assert _where(analyse, "سقطت قذائف هاون على حي الضربة بتعز مساء الأحد.", "الضربة") == ("YE", "Ta`izz")


def test_geocode_a_town_word_reads_the_town_of_a_province_name(analyse) -> None:  # type: ignore[no-untyped-def]
    # «تعز» is a province, a city and (in the data) other provinces' names: «مدينة تعز» anchors Taizz
    text = "قتل مدنيان بقذائف سقطت على مدينة تعز فجرا. وأصيب طفل في حي ثعبات برصاص قناص."
    assert _where(analyse, text, "ثعبات") == ("YE", "Ta`izz")


def test_geocode_a_name_is_no_evidence_for_itself(analyse) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer knows one «الرشاد», in Anbar; two mentions of it do not make it near
    text = ("قتل مدنيان في بعقوبة وأصيب ثالث في المقدادية وخان بني سعد بمحافظة ديالى. "
            "وهاجم مسلحون قرية الرشاد ثم عادوا إلى قرية الرشاد ليلا.")
    assert _where(analyse, text, "الرشاد") == ("IQ", "Diyala")


def test_geocode_an_earlier_country_without_the_name_does_not_place_it(analyse) -> None:  # type: ignore[no-untyped-def]
    text = ("قتل شخصان في غارة في جنوب لبنان، بعد يوم من هجوم على إسرائيل. "
            "وقال مصدر إن الغارة استهدفت سيارة في الناقورة.")
    assert _where(analyse, text, "الناقورة")[0] == "LB"


def test_geocode_an_unknown_name_takes_the_province_named_earlier(analyse) -> None:  # type: ignore[no-untyped-def]
    # the article's places agree on Turkey only; the province named before the name places it
    text = ("انفجرت سيارة ملغومة في محافظة ديار بكر جنوب شرقي البلاد. وجرح عشرون شخصا في منطقة "
            "سيلفانكوي القريبة. وكان هجوم قد وقع في مدينة إسطنبول الشهر الماضي.")
    assert _where(analyse, text, "سيلفانكوي") == ("TR", "Diyarbakir")
