"""Members of «الشباب» (round 33, set S, issue #10): «الشباب» is the youth, and the Somali group only where the
article names it in full or in quotes; a noun for members right before it («3 من عناصر الشباب», «أفراد الشباب»)
makes it the group's, as youth have no members.  «ثلاثة من الشباب», «عددا من الشباب» stay young people.
Sentences written for these tests (Somalia, Sudan)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, N, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت القيادة الأمريكية في أفريقيا تنفيذ غارة جوية قرب مدينة جلب أسفرت عن مقتل 3 من عناصر الشباب.",
     {("killed", 3, A)}),
    ("قتل خمسة من عناصر الشباب في غارة جوية على مواقع قرب بلدة بارديري أمس.", {("killed", 5, A)}),
    ("قتل ثلاثة من الشباب برصاص مجهولين في حي شعبي بمدينة كسلا أمس.", {("killed", 3, C)}),
    ("اعتقلت الشرطة عددا من الشباب خلال احتجاجات في مدينة عطبرة أمس.", {("captured", N, C)}),
])
def test_members_make_the_shabaab_the_group(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-06-10") == expected
