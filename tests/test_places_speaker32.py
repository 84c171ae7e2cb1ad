"""Places, round 32 (#10): an event of a placed story that nothing but a country places takes the province or
town of the local speaker who tells it in a sentence of its own («وفي حادث منفصل، قال مصدر أمني في محافظة X إن
مسلحين خطفوا ...»: stages/events/placing._speakers_event); the speaker's place was asked only when the whole story
was placeless, and such an event took the place of the event told before it.  Not when the sentence names the
event's own place, nor for an attack retold by a rival source («قد ذكرت أن الهجوم خلف ...»).  Sentences of our
own."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    (("قتل جنديان بانفجار عبوة ناسفة في بلدة الطارمية أمس. وفي حادث آخر، قال مصدر أمني في محافظة ديالى إن مسلحين "
      "مجهولين خطفوا مزارعا من منزله."), [{"الطارمية"}, {"ديالى"}]),
    (("قتل ثلاثة رعاة في هجوم على قرية قرب مدينة الجنينة. وفي حادث منفصل، قال مسؤول محلي في ولاية جنوب دارفور إن "
      "مسلحين نهبوا سوقا وقتلوا تاجرين."), [{"الجنينة"}, {"جنوب دارفور"}]),
    (("اندلعت اشتباكات بين فصيلين في مدينة الزاوية. وفي سياق منفصل، قال مصدر أمني في مدينة سبها إن مسلحين اختطفوا "
      "طبيبا أمام عيادته."), [{"الزاوية"}, {"سبها"}]),
    (("قتل جندي صومالي في هجوم على قاعدة في بلدة بلعد. وفي تطور آخر، أفاد مسؤول محلي في إقليم هيران بأن مسلحين "
      "اغتالوا زعيما قبليا."), [{"بلعد"}, {"هيران"}]),
    (("قتل ثلاثة من عناصر الجيش في كمين قرب مدينة سامراء. وفي حادث منفصل، قال مصدر في شرطة محافظة كركوك إن "
      "مسلحين خطفوا موظفا حكوميا."), [{"سامراء"}, {"كركوك"}]),
    # the speaker's city is not added to an event its own sentence places
    ("قال مصدر طبي في مدينة الموصل إن مدنيين قتلا بانفجار عبوة ناسفة في بلدة القيارة.", [{"القيارة"}]),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(k) for k in range(len(CASES))])
def test_an_event_told_by_a_local_speaker_is_placed_at_the_speakers_place(text: str, places: list[set[str]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    assert [{p["text"] for p in e["locations"]} for e in record["events"]] == places
