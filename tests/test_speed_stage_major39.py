"""Speed pass speed39 (#14): a chunk of a batch read one stage at a time over all its documents.

:meth:`waqia.pipeline.Pipeline.run_many` runs each stage over every article before the next stage
starts, and :func:`waqia.corpus.batch.extract_chunk` reads its chunk with it.  The records must be
those of :meth:`Pipeline.run` and :func:`extract_doc`, one article at a time, whatever the articles
are (blank, not text, cut, failing in a stage), and one article's failure must leave the others.
The sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from waqia import pipeline as pipeline_module
from waqia.core.document import Document
from waqia.corpus import batch
from waqia.corpus.batch import Job, extract_chunk, extract_doc
from waqia.corpus.inputs import InputDoc
from waqia.errors import PipelineError
from waqia.pipeline import DEFAULT_STAGES, Pipeline, Stage, default_pipeline, register, registry
from waqia.settings import Settings

TEXTS = [
    "قالت مصادر محلية إن أربعة مزارعين قتلوا بنيران مجهولين قرب قرية على أطراف الوادي صباح الثلاثاء.",
    "أعلنت الشرطة اعتقال سبعة أشخاص بعد مواجهات مع محتجين أمام مبنى البلدية في المدينة أمس.",
    "أصيب طفلان بجروح حين انفجر لغم أرضي قديم في حقل زراعي شرق البلدة، بحسب مسعفين.",
    "وقال متحدث عسكري إن طائرة مسيرة استهدفت مخزنا للذخيرة ولم تسفر الضربة عن إصابات.",
]
MARK = "علامة"  # an article holding it fails in the failing stage below


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stages these tests register go into a copy of the registry, dropped after each test."""
    monkeypatch.setattr(pipeline_module, "STAGES", dict(registry()))


def _articles() -> list[tuple[Any, str | None, dict[str, Any]]]:
    """Articles of every kind the pipeline meets: text with and without a day and metadata,
    blank, none, bytes (valid and broken UTF-8), not text at all, NUL bytes, mostly Latin."""
    return [
        (TEXTS[0], "2024-03-05", {"id": "a1", "url": None, "title": "عنوان", "outlet": None}),
        ("   \n ", "2024-03-05", {"id": "blank"}),
        (TEXTS[1], None, {}),
        (None, None, {"id": "none"}),
        (TEXTS[2].encode("utf-8"), "2023-11-20", {"outlet": "x"}),
        (b"\xff\xfe" + TEXTS[3].encode("utf-8"), None, {}),
        (42, None, {}),
        (TEXTS[3] + "\x00", "2024-01-01", {"id": None}),
        ("The army said nothing more about it today.", None, {}),
        (TEXTS[0], "2022-06-30", {"id": "again"}),
    ]


def test_run_many_gives_what_run_gives() -> None:
    pipe = default_pipeline(Settings())
    items = _articles()
    assert pipe.run_many(items) == [pipe.run(text, published=day, **meta) for text, day, meta in items]


def test_run_many_cuts_a_long_text_as_run_does() -> None:
    pipe = default_pipeline(Settings(max_chars=60))
    items: list[tuple[Any, str | None, dict[str, Any]]] = [(TEXTS[0] + " " + TEXTS[1], "2024-03-05", {}),
                                                            (TEXTS[2], None, {})]
    records = pipe.run_many(items)
    assert records == [pipe.run(text, published=day, **meta) for text, day, meta in items]
    assert any("cut" in w for w in records[0]["warnings"])  # type: ignore[index]


def _traced(order: list[tuple[str, str]], *names: str) -> Pipeline:
    """The default pipeline's sentences stage, then stages that note (stage, text) as they read,
    the second failing on an article that holds :data:`MARK`."""
    def note(name: str, fail: bool = False) -> Any:
        def fn(doc: Document, ctx: Any) -> Document:
            order.append((name, doc.original))
            if fail and MARK in doc.original:
                raise ValueError(f"{name} refuses")
            return doc
        return fn

    for k, name in enumerate(names):
        register(Stage(name, note(name, fail=k == 1), ("tokens",), ()), replace=True)
    return Pipeline(("sentences.v1", *names), default_pipeline(Settings()).ctx)


def test_run_many_reads_one_stage_over_every_article_before_the_next() -> None:
    order: list[tuple[str, str]] = []
    pipe = _traced(order, "trace_a.v1", "trace_b.v1", "trace_c.v1")
    items: list[tuple[Any, str | None, dict[str, Any]]] = [(t, None, {}) for t in TEXTS]
    items.insert(2, ("  ", None, {}))  # blank: read by no stage, as run() reads it
    records = pipe.run_many(items)
    assert order == [(s, t) for s in ("trace_a.v1", "trace_b.v1", "trace_c.v1") for t in TEXTS]
    order.clear()
    assert records == [pipe.run(text, published=day, **meta) for text, day, meta in items]


def test_run_many_one_failure_leaves_the_others() -> None:
    order: list[tuple[str, str]] = []
    pipe = _traced(order, "trace_d.v1", "trace_e.v1", "trace_f.v1")
    failing = TEXTS[1] + " " + MARK
    items: list[tuple[Any, str | None, dict[str, Any]]] = [(TEXTS[0], None, {}), (failing, None, {}), (TEXTS[2], None, {})]
    records = pipe.run_many(items)
    assert isinstance(records[1], ValueError) and str(records[1]) == "trace_e.v1 refuses"
    assert ("trace_f.v1", failing) not in order  # the failed article goes no further
    assert [o for o in order if o[0] == "trace_f.v1"] == [("trace_f.v1", TEXTS[0]), ("trace_f.v1", TEXTS[2])]
    with pytest.raises(ValueError, match="trace_e.v1 refuses"):
        pipe.run(failing)
    assert [records[0], records[2]] == [pipe.run(TEXTS[0]), pipe.run(TEXTS[2])]


def test_run_many_checks_the_layers_when_asked() -> None:
    ctx = default_pipeline(Settings()).ctx
    checked = Pipeline(DEFAULT_STAGES, ctx, check_layers=True)
    items = _articles()[:3]
    assert checked.run_many(items) == [checked.run(text, published=day, **meta) for text, day, meta in items]

    def sly(doc: Document, _: Any) -> Document:
        doc.layer("numbers")  # read, not declared
        return doc

    register(Stage("sly_reader.v1", sly, ("tokens",), ()), replace=True)
    strict = Pipeline(("sentences.v1", "sly_reader.v1"), ctx, check_layers=True)
    [blank, read] = strict.run_many([("  ", None, {}), (TEXTS[0], None, {})])
    assert isinstance(read, PipelineError) and "numbers" in str(read)
    assert blank == strict.run("  ")


def _docs() -> list[InputDoc]:
    return [InputDoc("k0", "d0", TEXTS[0], published="2024-03-05", position=3),
            InputDoc("k1", "d1", error="could not read it", position=5),
            InputDoc("k2", None, TEXTS[1], title="عنوان", warnings=("a warning of the reader",), position=8),
            InputDoc("k3", "d3", "", position=9),
            InputDoc("k4", "d4", TEXTS[3] + " " + MARK, outlet="y", position=12),
            InputDoc("k5", "d5", TEXTS[2], url="https://example.org/x", position=20)]


@pytest.mark.parametrize("job", [Job(), Job(published="2021-02-03", with_text=True),
                                 Job(settings=Settings(max_chars=50))])
def test_extract_chunk_gives_what_extract_doc_gives(job: Job) -> None:
    docs = _docs()
    assert extract_chunk(docs, job) == [extract_doc(d, job) for d in docs]


def test_extract_chunk_reads_stage_by_stage_and_keeps_a_failure_to_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[tuple[str, str]] = []
    pipe = _traced(order, "trace_g.v1", "trace_h.v1")
    monkeypatch.setattr(pipeline_module, "default_pipeline", lambda settings: pipe)
    docs, job = _docs(), Job()
    results = extract_chunk(docs, job)
    read = [d.text for d in docs if d.error is None and d.text]
    assert [o for o in order if o[0] == "trace_g.v1"] == [("trace_g.v1", t) for t in read]
    assert order.index(("trace_h.v1", read[0])) > order.index(("trace_g.v1", read[-1]))
    assert results[4].error == "extraction failed: ValueError: trace_h.v1 refuses" and results[4].line is None
    assert results[1].error == "could not read it"
    order.clear()
    assert results == [extract_doc(d, job) for d in docs]


def test_extract_chunk_with_an_extractor_reads_one_document_at_a_time() -> None:
    seen: list[str] = []

    def extractor(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
        seen.append(text)
        if MARK in text:
            raise RuntimeError("no")
        return {"doc_id": meta.get("id"), "published": published, "warnings": []}

    docs, job = _docs(), Job(extractor=extractor)
    results = extract_chunk(docs, job)
    assert seen == [d.text for d in docs if d.error is None]
    assert results[4].error == "extraction failed: RuntimeError: no"
    assert results[2].record == {"doc_id": None, "published": None, "warnings": ["a warning of the reader"]}


def test_extract_chunk_reads_long_texts_in_groups_of_bounded_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents in flight hold their layers: a chunk is read stage by stage in runs of at most
    ``GROUP_CHARS`` characters (a longer document alone), each run through every stage in turn."""
    order: list[tuple[str, str]] = []
    pipe = _traced(order, "trace_i.v1", "trace_j.v1")
    monkeypatch.setattr(pipeline_module, "default_pipeline", lambda settings: pipe)
    monkeypatch.setattr(batch, "GROUP_CHARS", len(TEXTS[0]) + len(TEXTS[1]))
    docs, job = [InputDoc(f"k{n}", f"d{n}", t) for n, t in enumerate(TEXTS)], Job()
    results = extract_chunk(docs, job)
    first, second = TEXTS[:2], TEXTS[2:]  # the first two fill a run; the last two make the next
    assert len(TEXTS[2]) + len(TEXTS[3]) <= batch.GROUP_CHARS
    assert order == [(s, t) for group in (first, second) for s in ("trace_i.v1", "trace_j.v1") for t in group]
    order.clear()
    assert results == [extract_doc(d, job) for d in docs]


@pytest.mark.parametrize(("sizes", "limit", "runs"), [
    ([], 10, []),
    ([4, 6, 1], 10, [[4, 6], [1]]),
    ([11, 2, 3], 10, [[11], [2, 3]]),
    ([3, 30, 4], 10, [[3], [30], [4]]),
    ([0, 0, 10, 0], 10, [[0, 0, 10, 0]]),
])
def test_groups_cut_in_order_at_the_limit(sizes: list[int], limit: int, runs: list[list[int]]) -> None:
    docs = [InputDoc(f"k{n}", None, "x" * size) for n, size in enumerate(sizes)]
    groups = list(batch._groups(docs, limit))
    assert [[len(d.text) for d in g] for g in groups] == runs
    assert [d for g in groups for d in g] == docs
