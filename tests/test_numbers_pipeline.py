"""find_numbers inside the pipeline: it reads the lexicon stage's matches, and holds up on the dev articles."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import shared_path
from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings
from waqia.stages.numbers.stage import find_numbers

STAGES = ("sentences.v1", "lexicon.v1", "numbers.v1")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(STAGES, Context(Settings(), default_lexicon(), None))


def test_numbers_pipeline_reads_the_lexicon_layer(pipeline: Pipeline) -> None:
    doc = pipeline.analyse("قُتِلَ نَحْوَ خَمْسَةٍ وَعِشْرِينَ جُنْدِيًّا، وأُصيب ٣ آخرون.")
    found = doc.layer("numbers")
    assert [(q.value, q.approx) for q in found] == [(25, True), (3, False)]
    assert doc.span(found[0].start, found[0].end).text == "نَحْوَ خَمْسَةٍ وَعِشْرِينَ"
    assert doc.span(found[1].num_start, found[1].num_end).text == "٣"


def test_numbers_pipeline_uses_given_matches_only() -> None:
    doc = Document.from_text("قتل خمسة جنود").add("matches", ())
    assert [q.value for q in find_numbers(doc, None).layer("numbers")] == []


def test_numbers_pipeline_scans_when_no_lexicon_stage_ran() -> None:
    doc = find_numbers(Document.from_text("قتل خمسة جنود"), None)
    assert [q.value for q in doc.layer("numbers")] == [5]


def test_numbers_dev_articles_read_most_gold_figures(pipeline: Pipeline) -> None:
    import json

    gold = [json.loads(line) for line in
            shared_path("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = found = 0
    for article in gold:
        doc = pipeline.analyse(article["text"])
        quantities: tuple[Any, ...] = doc.layer("numbers")
        for q in quantities:
            span = doc.span(q.start, q.end)
            assert doc.original[span.start:span.end] == span.text
        values = {q.value for q in quantities} | {q.low for q in quantities}
        figures = [c["value"] for c in article["claims"] if c["value"] is not None and c["value"] > 2]
        wanted += len(figures)
        found += sum(v in values for v in figures)
    # figures of 1 and 2 are mostly nouns («جندي», «جنديين»): the claims stage reads those
    assert wanted and found / wanted >= 0.95, (found, wanted)
