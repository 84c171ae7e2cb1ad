"""A fight whose side is the crowd, beside the protest word of its sentence (twenty-sixth round, issue #10).
«خرجت مظاهرات ...، وهاجم المتظاهرون مقر الحكومة»: the weak storming word has the protesters for its subject
(`crowds.crowd_fights`), so it is not absorbed by the strong protest word as the same event: refine makes it
the protest turned riot, and the protest word of its sentence is that riot.  Force against the protesters
(the forces as the subject) stays what it was.  Sentences written for these tests (Sudan, Lebanon)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    "خرجت مظاهرات حاشدة في مدينة كسلا يوم الأحد، وهاجم المتظاهرون مقر الحكومة المحلية وحطموا نوافذه.",
    ("تحولت احتجاجات على غلاء المعيشة في مدينة كيسمايو إلى أعمال عنف يوم الأحد، إذ هاجم المحتجون متاجر "
    "ونهبوها."),
    "تجددت الاحتجاجات في بلدة الفحص يوم الإثنين، واشتبك المحتجون مع قوات الأمن التي أطلقت الغاز المسيل للدموع.",
])
def test_the_crowd_fighting_beside_its_protest_is_a_riot(text: str) -> None:
    assert sub_types(text) == ["Violent demonstration"]


def test_forces_attacking_protesters_stay_force_met() -> None:
    text = ("نظم مئات الطلاب مظاهرة أمام جامعة الخرطوم يوم الثلاثاء، وهاجمت قوات الأمن المتظاهرين بالهراوات "
            "واعتقلت عشرة منهم.")
    assert sub_types(text) == ["Arrests", "Protest with intervention"]


@pytest.mark.xfail(strict=True, reason="armed men's attack on a village in a protest's sentence is folded into the "
                   "protest (its toll read as force met there)")
def test_armed_men_beside_a_protest_attack_civilians() -> None:
    text = ("خرجت مظاهرة سلمية في مدينة بيرنين كيبي يوم الجمعة، بينما هاجم مسلحون قرية مجاورة وقتلوا ستة من "
            "سكانها.")
    assert sub_types(text) == ["Attack", "Peaceful protest"]
