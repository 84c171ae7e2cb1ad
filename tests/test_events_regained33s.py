"""Ground regained with «استعاد» (round 33, set S, issue #10): «استعاد الجيش بلدة الناصر», «استعادت القوات المسلحة
مدينة ود مدني», «إن قواته استعادت المواقع التي خسرتها»: the ground itself completes «استعاد» as its control does
(«استعاد السيطرة على»); the side that takes it decides the sub-type.  Life, calm or bodies regained take no
ground («استعاد السكان حياتهم في المدينة», «استعادت المدينة هدوءها», «استعادت فرق الإنقاذ جثث الضحايا»).
Sentences written for these tests (South Sudan, Sudan, Somalia, Libya)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

GOV, NSA = "Government regains territory", "Non-state actor overtakes territory"


@pytest.mark.parametrize(("text", "expected"), [
    ("استعاد الجيش بلدة الناصر صباح السبت.", [GOV]),
    ("استعادت القوات المسلحة السودانية مدينة ود مدني عاصمة ولاية الجزيرة يوم السبت.", [GOV]),
    ("وأعلن الجيش أن قواته استعادت المواقع التي خسرتها في محيط مدينة بابنوسة فجر اليوم.", [GOV]),
    ("وقالت حركة الشباب إنها استعادت قرية قرب مدينة جوهر بعد معارك مع القوات الحكومية أمس.", ["Armed clash", NSA]),
    ("استعاد السكان حياتهم الطبيعية في المدينة يوم السبت.", []),
    ("استعادت المدينة هدوءها في الفاشر يوم السبت.", []),
    ("استعادت فرق الإنقاذ جثث الضحايا من تحت الأنقاض في مدينة درنة أمس.", []),
])
def test_ground_regained(text: str, expected: list[str]) -> None:
    assert sub_types(text, "2025-03-12") == expected
