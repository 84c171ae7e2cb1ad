"""Sides and speakers of set V's families (#10, session 31, round 34): Yemen and the Red Sea.

* not-told: «دون» and a verb of telling or leading in the present, with its definite subject and «إلى», before
  the loss it denies («دون أن تشير المصادر إلى وقوع ضحايا», «دون أن يؤدي ذلك إلى سقوط ضحايا», «دون الإشارة إلى»):
  no victim (claims/index._without, claim_words.tsv role ``denied``), nor the casualty words joined to it by «أو» or
  «و» («دون أن يسفر عن سقوط قتلى أو جرحى», role ``or``); «أدى القصف إلى سقوط ضحايا» still tells them;
* retired: a rank or a soldier with «متقاعد» («العميد المتقاعد», «ضباط متقاعدين») is a civilian, in a subset too;
  by grammar, not rows: a state's noun for a soldier or a rank (claim_words.tsv role ``rank``) and «متقاعد» in
  any inflection after it (role ``retired``, stages/retired.py), so ranks no row listed too («المساعد المتقاعد»,
  «الفريق المتقاعد», «رقيب متقاعد»); a rank's word alone names no side («الفريق الطبي»);
* told-shares: a definite victim noun, «هم» and the toll's shares by side («والقتلى هم 6 جنود و8 مدنيين», «أن القتلى
  هم عشرة من قوات X، وخمسة من Y، ومدنيان»): each share a claim, the total then of no one side; shares of one side
  count the same dead again (claims/told_shares.py);
* yemen-forces: the genre's forces by name: Shabwa Defence Forces, the west coast's Joint Forces, Tareq Saleh's
  forces (the government's camp), «الجيش واللجان الشعبية» (the Houthis' name for their forces);
* over-years: «على مدى ثلاث سنوات» is a period as «خلال» is: a toll over years is a running total, no claim; over
  two days the clashes' own toll (claim_words.tsv role ``during``).

The sentences are our own, one a line in tests/cases/claims_yemen34v.jsonl; each compares the text's full set
of claims (kind, value, side, and the speaker's name or none).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_claims, family_params, load

CASES = load("claims_yemen34v")


def test_the_cases_cover_the_families() -> None:
    assert {c["family"] for c in CASES} == {"not-told", "retired", "told-shares", "yemen-forces", "over-years"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_of_the_text(case: dict[str, Any]) -> None:
    assert_claims(case)
