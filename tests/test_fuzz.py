"""Property tests: whatever the input, no exception escapes, every span is valid, the format holds.

The default profile is short (the whole file runs in well under a minute).
``WAQIA_FUZZ_PROFILE=slow pytest -m slow tests/test_fuzz.py`` (``make fuzz-slow``)
runs the mixed test below with 10,000 examples.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import waqia
from waqia.core.lexicon import default_lexicon
from waqia.corpus.batch import Job, extract_doc
from waqia.corpus.inputs import InputDoc, decode_bytes, html_to_text
from waqia.errors import InputError
from waqia.output import CATEGORIES, CLAIM_KINDS, EVENT_TYPES

SLOW = os.environ.get("WAQIA_FUZZ_PROFILE") == "slow"
FAST = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
MIXED = settings(max_examples=10_000 if SLOW else 300, deadline=None, suppress_health_check=list(HealthCheck))

# --- strategies ----------------------------------------------------------------------

ARABIC = ([chr(c) for c in range(0x0621, 0x064B)] + [chr(c) for c in range(0x064B, 0x0653)]
          + [chr(c) for c in range(0x0660, 0x066A)] + list("ـ،؛؟«»\u200f\u200c\u00a0 \n.-0123456789")
          + [chr(c) for c in (0xFEFB, 0xFE8D, 0xFEF3, 0x06CC, 0x06A9, 0x0671)])
LEXICON_FORMS = sorted({e.form.rstrip("*") for e in default_lexicon().entries}) or ["قتل"]

arabic_noise = st.text(alphabet=ARABIC, max_size=400)
any_unicode = st.text(max_size=400)
words = st.one_of(st.sampled_from(LEXICON_FORMS), st.text(alphabet=ARABIC, min_size=1, max_size=8),
                  st.integers(min_value=-10, max_value=10**40).map(str),
                  st.integers(min_value=0, max_value=10**12).map(
                      lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))))
lexicon_soup = st.lists(words, max_size=80).map(" ".join)
huge_numbers = st.tuples(st.sampled_from(LEXICON_FORMS), st.integers(min_value=10**6, max_value=10**300),
                         st.sampled_from(LEXICON_FORMS)).map(lambda t: f"{t[0]} {t[1]} {t[2]}")


@st.composite
def nested_html(draw: Any) -> str:
    tags = draw(st.lists(st.sampled_from(["div", "p", "span", "script", "style", "b", "table", "td", "x"]),
                         max_size=300))
    body = draw(st.one_of(lexicon_soup, arabic_noise))
    broken = draw(st.sampled_from(["", "<", "</", "<!--", "<![CDATA[", "&#x110000;", "&#0;", "<script>"]))
    return "".join(f"<{t}>" for t in tags) + body + broken + "".join(f"</{t}>" for t in reversed(tags))


@st.composite
def truncated_utf8(draw: Any) -> bytes:
    data = draw(st.one_of(lexicon_soup, arabic_noise)).encode("utf-8")
    return data[: draw(st.integers(min_value=0, max_value=len(data)))]


# --- the invariant -----------------------------------------------------------------------

def check_span(span: Any, text: str, nullable: bool = False) -> None:
    if span is None or (nullable and span.get("start") is None):
        assert nullable, "span missing"
        return
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text), span
    assert text[start:end] == span["text"], span


def check_record(rec: dict[str, Any], text: str) -> None:
    """The output contract (../shared/spec/output-format.md) and the span invariant."""
    json.dumps(rec)
    assert isinstance(rec["doc_id"], str) and rec["doc_id"]
    assert rec["language"] == "ar" and isinstance(rec["relevant"], bool)
    assert all(isinstance(w, str) for w in rec["warnings"])
    assert rec["published"] is None or len(rec["published"]) == 10
    for ev in rec["events"]:
        assert ev["event_type"] in EVENT_TYPES and isinstance(ev["sub_event_type"], str)
        assert ev["date_precision"] in ("day", "range", "month", "unknown")
        assert 0 <= ev["confidence"] <= 1
        check_span(ev["date_span"], text, nullable=True)
        for loc in ev["locations"]:
            check_span(loc, text)
            assert loc["geo_precision"] in (1, 2, 3)
        for actor in ev["actors"]:
            check_span(actor, text)
            assert actor["category"] in CATEGORIES and actor["role"] in ("initiator", "target", "other")
        for c in ev["claims"]:
            assert c["kind"] in CLAIM_KINDS and isinstance(c["approx"], bool)
            assert c["value"] is None or isinstance(c["value"], int)
            check_span(c["party"], text, nullable=True)
            assert c["party"]["category"] in CATEGORIES
            check_span(c["source"], text, nullable=True)
            assert 0 <= c["evidence"]["start"] <= c["evidence"]["end"] <= len(text)
            if "start" in c:
                check_span(c, text)
        assert set(ev["fatalities"]) == {"low", "best", "high"}


def extract_checked(text: str) -> None:
    rec = waqia.extract(text, published="2020-01-30")
    check_record(rec, text)


def through_batch(doc: InputDoc) -> None:
    """The batch boundary: a record that holds, or a reject with a reason; never an exception."""
    result = extract_doc(doc, Job(published="2020-01-30"))
    if result.error is None:
        check_record(result.record or {}, doc.text)
    else:
        assert doc.error is not None, result.error  # only unreadable input may be rejected


# --- the properties ---------------------------------------------------------------------

@FAST
@given(any_unicode)
def test_fuzz_any_unicode(text: str) -> None:
    extract_checked(text)


@FAST
@given(st.one_of(arabic_noise, lexicon_soup))
def test_fuzz_arabic_looking_noise(text: str) -> None:
    extract_checked(text)


@FAST
@given(huge_numbers)
def test_fuzz_huge_numbers(text: str) -> None:
    extract_checked(text)


@FAST
@given(nested_html())
def test_fuzz_nested_html(html: str) -> None:
    page = html_to_text(html)
    through_batch(InputDoc("k#0", "page.html", page.text, warnings=tuple(page.warnings)))


@FAST
@given(truncated_utf8())
def test_fuzz_truncated_utf8(data: bytes) -> None:
    try:
        text, warnings = decode_bytes(data, truncated=True)
    except InputError:
        return
    through_batch(InputDoc("k#0", "t.txt", text, warnings=tuple(warnings)))


@pytest.mark.slow
@MIXED
@given(st.one_of(any_unicode, arabic_noise, lexicon_soup, huge_numbers,
                 nested_html().map(lambda h: html_to_text(h).text),
                 truncated_utf8().map(lambda b: b.decode("utf-8", errors="replace"))))
def test_fuzz_mixed_profile(text: str) -> None:
    through_batch(InputDoc("k#0", None, text))
