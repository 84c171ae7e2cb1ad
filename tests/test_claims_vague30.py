"""Figure-less (vague) claims, thirtieth round (#10): a grid.  Each case of tests/cases/claims_vague30.jsonl
is one sentence of our own built by combining a governor (``family``: a verb or verbal noun of result,
occurrence, existence, recording, wounding, killing, martyrdom or death: «أسفر عن», «أدى إلى», «خلف»,
«أوقع», «تسبب في», «نجم عن», «راح ضحيته», «حصد», «أودى بحياة», «سقط», «وقع», «هناك», «سجل», «أصيب»,
«قتل», «استشهد», «جرح», «لقي حتفه»), its form (``form``: past, present, passive, verbal noun, participle,
feminine or plural agreement, after «ما», «مما», «وهو ما», «الأمر الذي»), the victim noun (``noun``) and
the quantity (``qty``: none, «عدد من», «العديد من», «عشرات», «مئات», «بعض», «كثير من», «عدد كبير/غير محدد
من», «عدة», a figure), with the controls that stay none (negated, feared, warned of, future, asked,
denied, hits, things) and mentions beside a figure (folded when of the same kind and side, a claim of
their own when of another kind).  Each case compares the complete claim set as (kind, value, side).

Read right by this round:

* two joint verbal nouns («مقتل وإصابة») after a body that speaks or attacks («أعلن الجيش مقتل وإصابة»),
  or governed by «ب» («أفاد مصدر عسكري بمقتل وإصابة»), share the victims after them (claims/subject.py
  ``joined_acts``);
* a negation right before a verb of result reaches its object past a long subject («لم يسفر القصف الذي
  طال أطراف المدينة عن وقوع إصابات»; claims/context.in_past); «يؤد», «تؤد» are verbs of result;
* present verbs in every person («يقتلون», «تقتلان», «تصيب» of people), «حتفهن», «مصرعهن»;
* warnings («يحذر», «تحذر») and the future of verbs of result («سيؤدي», «ستسفر») tell no event;
* a vague amount, «من», then a victim noun and its list («سقوط العشرات من القتلى والجرحى»;
  claims/things.counts_things);
* a figure before a pair of victim nouns of two kinds («35 قتيلا وجريحا», «20 من القتلى والجرحى») counts
  both together: a figure-less claim of each kind (claims/totals.joint_kinds);
* a list of one side's parts with an uncounted part («مقتل ضابط وعدد من الجنود») adds up to a figure-less
  claim (claims/parts.Part.add);
* a bare «آخرون» opening the sentence after a figure takes that figure's side, as a counted one does
  («قتل 3 جنود في الهجوم. وأصيب آخرون»: soldiers; claims/rules._near).

The strict xfails name what is still read wrong.
"""

from __future__ import annotations

import collections
from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_vague30")
GOVERNORS = {"asfar", "adda", "khallaf", "awqa", "tasabbab", "najam", "raha", "hasad", "awda", "saqat", "waqa",
             "hunak", "sajjal", "usib", "qutil", "istushhid", "juriha", "laqiya", "control", "fold"}


def test_the_grid_covers_every_governor_and_quantity() -> None:
    assert {c["family"] for c in CASES} == GOVERNORS
    per_governor = collections.Counter(c["family"] for c in CASES)
    assert min(per_governor.values()) >= 3
    assert {"none", "adad", "adid", "ashrat", "mia", "baad", "kathir", "kabir", "ghayr-muhaddad", "idda",
            "number"} <= {c["qty"] for c in CASES}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_vague_toll_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-05-11") == {tuple(c) for c in case["claims"]}
