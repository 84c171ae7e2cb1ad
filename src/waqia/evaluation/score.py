"""Score extracted records against gold annotations, fact by fact (``waqia evaluate``).

The gold format and what counts as the same fact are in
``shared/eval/GUIDELINES.md``; the comparisons are in :mod:`waqia.evaluation.match`.
An article's claims, places, dates, event types and actors are scored as
sets, so two coders who split a story into events differently still agree.
Each prediction is matched to its gold document by ``doc_id``; a gold
document without one counts as predicted empty and not relevant.

>>> gold = [{"id": "a", "relevant": True, "dates": ["2020-01-29"],
...          "claims": [{"kind": "killed", "value": 3, "party_category": "civilians", "source": None}]}]
>>> pred = {"a": {"doc_id": "a", "relevant": True, "events": [{"date": "2020-01-29", "claims": [
...         {"kind": "killed", "value": 3, "party": {"category": "civilians"}, "source": None}]}]}}
>>> figures, _ = score(gold, pred)
>>> figures["claims+party+source"]["f1"], figures["dates"]["f1"], figures["locations"]["f1"]
(1.0, 1.0, 0.0)
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from waqia.errors import InputError
from waqia.evaluation.match import Admin1Matcher, key, place_key, same_place, same_source, words

Doc = dict[str, Any]
#: the precision / recall measures, in the order they are reported
MEASURES = ("relevance", "claims", "claims+party", "claims+party+source", "locations",
            "event_types", "sub_event_types", "dates", "actors")
#: the accuracies (share of matched gold facts whose detail is right), then the document count
ACCURACIES = ("attribution_accuracy", "country_accuracy", "admin1_accuracy")
#: gold list -> the event field it is compared with
SETS = (("event_types", "event_type"), ("sub_event_types", "sub_event_type"), ("dates", "date"))


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def row(self) -> dict[str, Any]:
        """Precision, recall and F1 rounded to three places, with the counts.

        >>> Tally(3, 1, 2).row()
        {'precision': 0.75, 'recall': 0.6, 'f1': 0.667, 'tp': 3, 'fp': 1, 'fn': 2}
        """
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Share:
    """How many of ``total`` were right; ``None`` when there was nothing to judge."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def value(self) -> float | None:
        return round(self.right / self.total, 3) if self.total else None


@dataclass
class Pairing:
    """A one-to-one matching: matched pairs, gold facts missed, predicted facts extra."""

    pairs: list[tuple[Any, Any]] = field(default_factory=list)
    missed: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)


def pair_up(golds: Sequence[Any], preds: Sequence[Any], same: Callable[[Any, Any], bool]) -> Pairing:
    """Match each gold fact, in order, to the first unused prediction that is the same.

    >>> pair_up([1, 2, 2], [2, 3], lambda g, p: g == p)
    Pairing(pairs=[(2, 2)], missed=[1, 2], extra=[3])
    """
    used: set[int] = set()
    out = Pairing()
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if i not in used and same(g, p)), None)
        if hit is None:
            out.missed.append(g)
        else:
            used.add(hit)
            out.pairs.append((g, preds[hit]))
    out.extra = [p for i, p in enumerate(preds) if i not in used]
    return out


def fold_unattributed(claims: Iterable[Doc]) -> list[Doc]:
    """Leave out a claim without a source when a source gives the same figure for the same side.

    >>> fold_unattributed([{"kind": "killed", "value": 3, "source": None},
    ...                    {"kind": "killed", "value": 3, "source": "مصدر"}])
    [{'kind': 'killed', 'value': 3, 'source': 'مصدر'}]
    """
    claims = list(claims)

    def figure(c: Doc) -> tuple[Any, Any, Any]:
        return c["kind"], c.get("value"), c.get("party_category", "unknown")

    attributed = {figure(c) for c in claims if c.get("source")}
    return [c for c in claims if c.get("source") or figure(c) not in attributed]


def predicted_claims(record: Doc) -> list[Doc]:
    """A record's claims in the gold shape, each (kind, value, side, source) once."""
    seen: set[tuple[Any, ...]] = set()
    out: list[Doc] = []
    for event in record.get("events") or []:
        for c in event.get("claims") or []:
            side = (c.get("party") or {}).get("category") or "unknown"
            source = c.get("source") or {}
            said = source.get("text") or source.get("name")
            figure = (c.get("kind"), c.get("value"), side, key(source.get("name") or source.get("text") or ""))
            if figure not in seen:
                seen.add(figure)
                out.append({"kind": c.get("kind"), "value": c.get("value"), "party_category": side,
                            "source": source if said else None, "approx": bool(c.get("approx"))})
    return fold_unattributed(out)


def predicted_places(events: Sequence[Doc]) -> list[Doc]:
    """Every place of a record's events, each name once."""
    seen: set[str] = set()
    out: list[Doc] = []
    for event in events:
        for loc in event.get("locations") or []:
            k = place_key(loc.get("text") or loc.get("name_ar") or "")
            if k and k not in seen:
                seen.add(k)
                out.append(loc)
    return out


def _same_actor(gold: Doc, pred: Doc) -> bool:
    g, p = words(gold["text"]), words(pred.get("text") or "")
    return bool(g and p) and (g <= p or p <= g or len(g & p) / len(g | p) >= 0.5)


def _same_figure(g: Doc, p: Doc) -> bool:
    return bool(g["kind"] == p["kind"] and g.get("value") == p.get("value"))


def _same_side(g: Doc, p: Doc) -> bool:
    return _same_figure(g, p) and g.get("party_category", "unknown") == p["party_category"]


def _same_claim(g: Doc, p: Doc) -> bool:
    return _same_side(g, p) and same_source(g.get("source"), g.get("source_alt"), p.get("source"))


class Scorer:
    """Accumulates every measure over gold documents; :meth:`figures` reports them."""

    def __init__(self, admin1: Admin1Matcher | None = None):
        self.admin1 = admin1 or Admin1Matcher()
        self.tallies = {name: Tally() for name in MEASURES}
        self.shares = {name: Share() for name in ACCURACIES}
        self.documents = 0

    def add(self, gold: Doc, pred: Doc | None) -> Doc:
        """Score one gold document against its prediction; return what was missed or extra."""
        pred = pred if pred is not None else {"events": [], "relevant": False}
        self.documents += 1
        g_rel, p_rel = bool(gold.get("relevant")), bool(pred.get("relevant"))
        self.tallies["relevance"].add(int(g_rel and p_rel), int(p_rel and not g_rel), int(g_rel and not p_rel))
        events = pred.get("events") or []
        misses: Doc = {"id": gold["id"]}
        self._claims(gold, pred, misses)
        self._places(gold, events, misses)
        for name, field_name in SETS:
            gs = set(gold.get(name) or [])
            ps = {e.get(field_name) for e in events if e.get(field_name)}
            self.tallies[name].add(len(gs & ps), len(ps - gs), len(gs - ps))
            misses[name] = {"missed": sorted(gs - ps), "extra": sorted(ps - gs)}
        actors = gold.get("actors") or []
        found = pair_up(actors, [a for e in events for a in e.get("actors") or []], _same_actor)
        # the same side named again in another event is no false positive
        extra = [p for p in found.extra if not any(_same_actor(g, p) for g in actors)]
        self.tallies["actors"].add(len(found.pairs), len(extra), len(found.missed))
        if g_rel != p_rel:
            misses["relevance"] = {"gold": g_rel, "pred": p_rel}
        return misses

    def _claims(self, gold: Doc, pred: Doc, misses: Doc) -> None:
        golds, preds = fold_unattributed(gold.get("claims") or []), predicted_claims(pred)
        for name, same in (("claims", _same_figure), ("claims+party", _same_side),
                           ("claims+party+source", _same_claim)):
            found = pair_up(golds, preds, same)
            self.tallies[name].add(len(found.pairs), len(found.extra), len(found.missed))
        misses["claims_missed"] = found.missed
        misses["claims_extra"] = [_shown_claim(p) for p in found.extra]
        for g, p in pair_up(golds, preds, _same_side).pairs:
            self.shares["attribution_accuracy"].add(same_source(g.get("source"), g.get("source_alt"),
                                                                p.get("source")))

    def _places(self, gold: Doc, events: Sequence[Doc], misses: Doc) -> None:
        found = pair_up(gold.get("locations") or [], predicted_places(events),
                        lambda g, p: same_place(g["text"], p.get("text") or p.get("name_ar") or ""))
        self.tallies["locations"].add(len(found.pairs), len(found.extra), len(found.missed))
        misses["locations_missed"] = [g["text"] for g in found.missed]
        misses["locations_extra"] = [p.get("text") for p in found.extra]
        for g, p in found.pairs:
            if g.get("country"):
                self.shares["country_accuracy"].add(g["country"] == p.get("country"))
            if g.get("admin1"):
                self.shares["admin1_accuracy"].add(bool(self.admin1.same(g["admin1"], p.get("admin1"))))

    def figures(self) -> Doc:
        out: Doc = {name: t.row() for name, t in self.tallies.items()}
        out.update({name: s.value() for name, s in self.shares.items()})
        out["documents"] = self.documents
        return out


def _shown_claim(claim: Doc) -> Doc:
    source = claim.get("source") or {}
    shown = {k: v for k, v in claim.items() if k != "source"}
    shown["source"] = source.get("name") or source.get("text")
    return shown


def score(gold: Sequence[Doc], predictions: Mapping[str, Doc],
          aliases: Mapping[str, Sequence[str]] | None = None) -> tuple[Doc, list[Doc]]:
    """The figures of every measure, and per gold document what was missed or extra.

    ``predictions`` maps ``doc_id`` to record; ``aliases`` is an admin1 aliases
    table (spelling key -> division ids); without it provinces compare by name.
    """
    scorer = Scorer(Admin1Matcher(aliases))
    misses = [scorer.add(doc, predictions.get(doc["id"])) for doc in gold]
    return scorer.figures(), misses


def score_links(gold: Sequence[Doc], incidents: Iterable[Doc]) -> Doc:
    """Pair precision / recall / F1 of cross-article linking.

    Two gold documents are linked when they share a non-null ``cluster``;
    predicted linked when some incident's ``doc_ids`` holds both.

    >>> gold = [{"id": "a", "cluster": 1}, {"id": "b", "cluster": 1}, {"id": "c", "cluster": None}]
    >>> score_links(gold, [{"doc_ids": ["a", "b", "c"]}])
    {'precision': 0.333, 'recall': 1.0, 'f1': 0.5, 'tp': 1, 'fp': 2, 'fn': 0}
    """
    ids = [g["id"] for g in gold]
    known = set(ids)
    cluster = {g["id"]: g.get("cluster") for g in gold}
    linked: set[tuple[Any, Any]] = set()
    for incident in incidents:
        linked.update(itertools.combinations(sorted(set(incident.get("doc_ids") or []) & known), 2))
    tally = Tally()
    for x, y in itertools.combinations(sorted(ids), 2):
        same = cluster[x] is not None and cluster[x] == cluster[y]
        predicted = (x, y) in linked
        tally.add(int(same and predicted), int(predicted and not same), int(same and not predicted))
    return tally.row()


def read_jsonl(path: str | Path, what: str) -> list[Doc]:
    """The JSON objects of a JSON Lines file; :class:`InputError` names the file and line of a bad one."""
    out: list[Doc] = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not a JSON line ({exc.msg}); give the {what} "
                                     "as JSON Lines, one object a line") from None
                if not isinstance(obj, dict):
                    raise InputError(f"{path}:{n}: a JSON object is expected; give the {what} as JSON Lines")
                out.append(obj)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the {what} {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return out


def report(figures: Doc) -> list[str]:
    """The figures as a table, one line a measure.

    >>> report({"claims": Tally(1, 1, 0).row(), "attribution_accuracy": None, "country_accuracy": 1.0,
    ...         "admin1_accuracy": None, "documents": 2})[1]
    'claims                    0.500  1.000  0.667   1/1/0'
    """
    lines = [f"{'measure':24} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for name, v in figures.items():
        if isinstance(v, dict):
            lines.append(f"{name:24} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   "
                         f"{v['tp']}/{v['fp']}/{v['fn']}")
    lines += [f"{name:24} {figures[name]}" for name in (*ACCURACIES, "documents")]
    return lines


def links_report(row: Doc) -> str:
    """The linking figures on one line."""
    return (f"links  P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}   "
            f"{row['tp']}/{row['fp']}/{row['fn']}")
