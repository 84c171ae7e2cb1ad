"""The pipeline contract: stages declare every layer they read and write, the
order check rejects every order that would change what is read, and extension
stages are registered beside the built-in ones."""

from __future__ import annotations

import dataclasses
import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from waqia import pipeline
from waqia.core.document import Document
from waqia.errors import PipelineError
from waqia.pipeline import (
    DEFAULT_STAGES,
    Context,
    Pipeline,
    Stage,
    check_order,
    default_pipeline,
    register,
    registry,
)
from waqia.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = "2022-05-10"

# Our own sentences: a medical source and two figures, a ministry and a named
# group, a hedge and a night, a car bomb and a vague toll, a protest and
# arrests, a background toll with a year, a dateline with a relay, and a
# speaker whose force is the side of the dead.
SENTENCES = [
    ("قال مصدر طبي في مدينة درعا إن خمسة مدنيين قتلوا وأصيب نحو عشرين آخرين في قصف مدفعي لقوات النظام "
     "على بلدة طفس صباح اليوم الثلاثاء."),
    "أعلنت وزارة الدفاع العراقية مقتل 12 عنصرا من تنظيم داعش في غارة جوية غرب الأنبار أمس.",
    ("وأفاد المرصد السوري لحقوق الإنسان بأن ما لا يقل عن 7 مقاتلين من الفصائل لقوا حتفهم في اشتباكات مع "
     "الجيش في ريف إدلب الجنوبي مساء الأحد."),
    ("ذكرت الشرطة الصومالية أن انفجار سيارة مفخخة في مقديشو أسفر عن مقتل ثلاثة أشخاص وإصابة العشرات، "
     "وتبنت حركة الشباب الهجوم."),
    "خرج مئات المحتجين في شوارع الخرطوم يوم الجمعة، واعتقلت قوات الأمن 15 شخصا بحسب لجنة الأطباء.",
    "وكان أكثر من ألف شخص قد قتلوا في المعارك نفسها عام 2014، حسب تقرير للأمم المتحدة.",
    ("صنعاء - قتل جنديان وجرح أربعة في هجوم بطائرة مسيرة على معسكر للجيش في محافظة مأرب، وفق ما نقلت "
     "وكالة سبأ عن مسؤول عسكري."),
    "وأكد قائد في قوات سوريا الديمقراطية مقتل أربعة من عناصرها بانفجار لغم قرب دير الزور.",
]
TEXTS = [*SENTENCES, " ".join(SENTENCES[:3]), "\n".join(SENTENCES[3:])]


@pytest.fixture(scope="module")
def ctx() -> Context:
    return default_pipeline(Settings()).ctx


def _run(p: Pipeline) -> list[dict[str, Any]]:
    return [p.run(text, published=PUBLISHED, id=f"t{i}") for i, text in enumerate(TEXTS)]


def _accepted_orders() -> list[tuple[str, ...]]:
    reg = registry()
    out = []
    for order in itertools.permutations(DEFAULT_STAGES):
        try:
            check_order([reg[n] for n in order])
        except PipelineError:
            continue
        out.append(order)
    return out


# --- the order check ---------------------------------------------------------------

def test_pipeline_every_accepted_order_reads_the_same(ctx: Context) -> None:
    orders = _accepted_orders()
    assert DEFAULT_STAGES in orders
    assert 1 < len(orders) < 1000  # some freedom (numbers before or after dates, actors anywhere ...), not much
    want = _run(Pipeline(DEFAULT_STAGES, ctx))
    assert any(r["events"] for r in want) and any(c for r in want for e in r["events"] for c in e["claims"])
    for order in orders:
        assert _run(Pipeline(order, ctx, check_layers=True)) == want, order


@pytest.mark.parametrize("order, message", [
    (("claims.v1", "sentences.v1"),
     "stage claims.v1 needs layer 'sentences' from an earlier stage (sentences.v1 produces it but comes after"),
    (("sentences.v1", "lexicon.v1", "numbers.v1", "dates.v1", "places.v1", "sources.v1", "actors.v1",
      "claims.v1", "events.v1"),
     ("stage places.v1 reads layer 'source_mentions', which sources.v1 produces after it: "
      "put sources.v1 before places.v1")),
    (("sentences.v1", "lexicon.v1", "dates.v1", "sources.v1", "numbers.v1"),
     "stage sources.v1 reads layer 'numbers', which numbers.v1 produces after it"),
    (("sentences.v1", "lexicon.v1", "numbers.v1", "actors.v1", "claims.v1"),
     "stage claims.v1 needs layer 'sources' from an earlier stage (no stage of this pipeline produces it)"),
    (("lexicon.v1", "numbers.v1", "dates.v1"),
     "stage dates.v1 needs layer 'sentences' from an earlier stage (no stage of this pipeline produces it)"),
])
def test_pipeline_wrong_order_is_rejected_clearly(ctx: Context, order: tuple[str, ...], message: str) -> None:
    with pytest.raises(PipelineError) as err:
        Pipeline(order, ctx)
    assert message in str(err.value)


def test_pipeline_shorter_pipelines_still_work(ctx: Context) -> None:
    # a stage's optional layers may be missing altogether: places without sources, numbers alone
    doc = Pipeline(("sentences.v1", "lexicon.v1", "places.v1"), ctx, check_layers=True).analyse(SENTENCES[1])
    assert doc.layer("places")
    doc = Pipeline(("numbers.v1",), ctx, check_layers=True).analyse(SENTENCES[1])
    assert [q.value for q in doc.layer("numbers")] == [12]


def test_pipeline_declarations_are_complete() -> None:
    reg = registry()
    produced = [layer for n in DEFAULT_STAGES for layer in reg[n].produces]
    assert len(produced) == len(set(produced)), "two built-in stages produce one layer"
    for name in DEFAULT_STAGES:
        stage = reg[name]
        assert not set(stage.requires) & set(stage.optional), name
        assert set(stage.reads) <= set(produced), f"{name} reads a layer no built-in stage produces"


# --- reading an undeclared layer fails ------------------------------------------------

def _articles() -> list[dict[str, Any]]:
    path = ROOT / "tests" / "cases" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_pipeline_checked_layers_change_nothing(ctx: Context) -> None:
    plain, checked = Pipeline(DEFAULT_STAGES, ctx), Pipeline(DEFAULT_STAGES, ctx, check_layers=True)
    for art in _articles():
        assert checked.run(art["text"], published=art.get("published"), id=art["id"]) == \
            plain.run(art["text"], published=art.get("published"), id=art["id"]), art["id"]


def test_pipeline_checked_layers_on_the_dev_articles(ctx: Context, dev_inputs: list[dict[str, Any]]) -> None:
    plain, checked = Pipeline(DEFAULT_STAGES, ctx), Pipeline(DEFAULT_STAGES, ctx, check_layers=True)
    for art in dev_inputs:
        meta = {k: art.get(k) for k in ("id", "url", "title", "outlet")}
        assert checked.run(art["text"], published=art.get("published"), **meta) == \
            plain.run(art["text"], published=art.get("published"), **meta), art["id"]


def _with(stage_name: str, **changes: Any) -> list[Stage]:
    reg = registry()
    return [dataclasses.replace(reg[n], **changes) if n == stage_name else reg[n] for n in DEFAULT_STAGES]


@pytest.mark.parametrize("stage_name, layer", [
    ("claims.v1", "numbers"),
    ("claims.v1", "tokens"),
    ("places.v1", "sources"),
    ("sources.v1", "dates"),
    ("events.v1", "sentences"),
])
def test_pipeline_checked_layers_catch_an_undeclared_read(ctx: Context, stage_name: str, layer: str) -> None:
    stage = registry()[stage_name]
    p = Pipeline(DEFAULT_STAGES, ctx, check_layers=True)
    p.stages = _with(stage_name, requires=tuple(x for x in stage.requires if x != layer),
                     optional=tuple(x for x in stage.optional if x != layer))
    with pytest.raises(PipelineError, match=f"stage {stage_name} read layer '{layer}' it does not declare"):
        p.analyse(SENTENCES[0], published=PUBLISHED)


def test_pipeline_checked_layers_catch_an_undeclared_write(ctx: Context) -> None:
    p = Pipeline(DEFAULT_STAGES, ctx, check_layers=True)
    p.stages = _with("dates.v1", produces=("dates",))
    with pytest.raises(PipelineError, match=r"stage dates.v1 wrote layer\(s\) \['published'\] it does not declare"):
        p.analyse(SENTENCES[0], published=PUBLISHED)


def test_pipeline_checked_layers_are_off_by_default(ctx: Context) -> None:
    p = Pipeline(DEFAULT_STAGES, ctx)
    p.stages = _with("claims.v1", requires=(), optional=())
    assert p.analyse(SENTENCES[0], published=PUBLISHED).layer("claims")


# --- registering extension stages -----------------------------------------------------

def _count_claims(doc: Document, ctx: Context) -> Document:
    return doc.add("claim_count", (len(doc.layer("claims")),))


COUNT = Stage("claim_count.v1", _count_claims, ("claims",), ("claim_count",))


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> dict[str, Stage]:
    """The registry as a new process finds it: nothing loaded yet."""
    stages: dict[str, Stage] = {}
    monkeypatch.setattr(pipeline, "STAGES", stages)
    monkeypatch.setattr(pipeline, "_BUILT_IN", {})
    return stages


def test_pipeline_register_before_first_use_keeps_the_built_in_stages(ctx: Context,
                                                                      fresh: dict[str, Stage]) -> None:
    assert register(COUNT) is COUNT
    assert set(registry()) == {*DEFAULT_STAGES, "claim_count.v1"}
    doc = Pipeline((*DEFAULT_STAGES, "claim_count.v1"), ctx, check_layers=True).analyse(
        SENTENCES[0], published=PUBLISHED)
    assert doc.layer("claim_count") == (len(doc.layer("claims")),) and doc.layer("claims")
    with pytest.raises(PipelineError, match="stage claim_count.v1 needs layer 'claims' from an earlier stage"):
        Pipeline(("claim_count.v1", *DEFAULT_STAGES), ctx)


def test_pipeline_stage_put_in_stages_before_first_use_keeps_the_built_in_stages(fresh: dict[str, Stage]) -> None:
    fresh["claim_count.v1"] = COUNT
    assert set(registry()) == {*DEFAULT_STAGES, "claim_count.v1"}


def test_pipeline_register_refuses_a_taken_or_unversioned_name(fresh: dict[str, Stage]) -> None:
    register(COUNT)
    register(COUNT)  # the same stage again is no conflict
    other = dataclasses.replace(COUNT, produces=("other",))
    with pytest.raises(PipelineError, match="already registered"):
        register(other)
    with pytest.raises(PipelineError, match="already registered"):
        register(dataclasses.replace(registry()["claims.v1"], fn=_count_claims))
    assert register(other, replace=True) is registry()["claim_count.v1"]
    with pytest.raises(PipelineError, match="not versioned"):
        register(dataclasses.replace(COUNT, name="claim_count"))
    with pytest.raises(PipelineError, match="takes a waqia.pipeline.Stage"):
        register("claim_count.v1")  # type: ignore[arg-type]
    assert set(DEFAULT_STAGES) <= set(registry())


def test_pipeline_register_first_thing_in_a_new_process() -> None:
    code = (
        "from waqia.pipeline import DEFAULT_STAGES, Stage, register, registry\n"
        "register(Stage('mine.v1', lambda d, c: d, ('events',), ()))\n"
        "assert set(registry()) == {*DEFAULT_STAGES, 'mine.v1'}, sorted(registry())\n"
        "import waqia\n"
        "assert waqia.extract('قتل 3 جنود في هجوم على حاجز', published='2022-05-10')['relevant']\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)
    assert res.returncode == 0, res.stderr
