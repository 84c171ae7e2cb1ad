"""A text wrapped at a fixed width has its line breaks inside sentences read as spaces."""

from __future__ import annotations

from waqia.core.normalize import normalize, unwrap

WRAPPED = ("وقال قائد\nالشرطة إن خمسة\nمسلحين قتلوا في\nالاشتباك.\nوأضاف أن ثلاثة\nمن عناصره أصيبوا\nبجروح.")


def test_unwrap_joins_lines_inside_sentences_one_character_for_one() -> None:
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert [i for i, (a, b) in enumerate(zip(WRAPPED, out)) if a != b] == \
        [i for i, ch in enumerate(WRAPPED) if ch == "\n" and WRAPPED[i - 1] != "."]
    assert "الاشتباك.\nوأضاف" in out


def test_unwrap_leaves_text_whose_lines_end_their_sentences() -> None:
    text = "مقتل خمسة في غارة\n\nقتل خمسة أشخاص في غارة.\nوقال مسؤول إن الغارة دمرت منزلا.\nوأضاف أن الإسعاف وصل.\nوتابع.\n"
    assert unwrap(text) == text


def test_normalize_keeps_the_original_of_a_wrapped_text() -> None:
    norm = normalize(WRAPPED)
    assert norm.original == WRAPPED and "\n" not in norm.text.split(".")[0]
