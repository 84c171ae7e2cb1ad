"""Names around the story: a place name inside the name of the outlet a speaker told («لـ"عدن الغد"», «لإذاعة صوت
دمشق») is no evidence of where the event happened; a dateline on a line of its own places
the story only when nothing else does."""

from __future__ import annotations

import waqia


def places(text: str) -> list[str]:
    rec = waqia.extract(text, published="2024-05-02")
    return [loc["text"] for e in rec["events"] for loc in e["locations"]]


def test_a_city_in_the_name_of_the_outlet_told_is_no_event_place() -> None:
    text = ("قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في مديرية مودية بمحافظة أبين، مساء أمس. "
            'وأوضح مصدر عسكري لـ"عدن الغد" أن الانفجار وقع أثناء مرور الدورية في وادي عومران.')
    got = places(text)
    assert "عدن" not in got
    assert "مودية" in got


def test_a_dateline_on_a_line_of_its_own_places_a_story_nothing_else_places() -> None:
    text = ("الموصل - وكالة الرافدين\n\n"
            "أصيب تسعة محتجين بالرصاص الحي عندما فرقت قوات الأمن تجمعا أمام مبنى المحافظة، "
            "بحسب ما أفاد به مسعفون.")
    assert places(text) == ["الموصل"]


def test_a_dateline_on_a_line_of_its_own_gives_way_to_the_place_told() -> None:
    text = ("الموصل - وكالة الرافدين\n\n"
            "أصيب تسعة محتجين بالرصاص الحي عندما فرقت قوات الأمن تجمعا في قضاء تلعفر.")
    assert places(text) == ["تلعفر"]


def test_a_town_inside_a_quoted_body_s_name_is_part_of_the_name() -> None:
    text = ('قتل أربعة جنود في اشتباكات مع مسلحي "مجلس ثوار مصراتة" بمحور الكراريم، '
            "بحسب ما أفاد به آمر الكتيبة.")
    assert "مصراتة" not in places(text)


def test_a_quoted_aim_is_no_body_s_name() -> None:
    text = "أعلن التحالف “اعتراض صاروخ أطلقته الجماعة باتجاه جازان” في جنوب المملكة، دون أضرار."
    assert "جازان" in places(text)
