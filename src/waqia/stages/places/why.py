"""Why each place was read and resolved as it was: the ``why`` of a :class:`~waqia.output.Location`.

Resolution (:mod:`waqia.stages.places.geocode`) calls :class:`Explainer` once per
mention, after it has chosen; nothing here changes what is chosen.  A why says

- what introduced the name (``cue_type``): a place word («بلدة X», with the
  preposition before it: ``cue`` «في بلدة»), a preposition or the proclitic ب
  («في X», «بX»), a list it continues («X، وY»: the cue of the list's first
  name), or nothing (``none``: a country, a province or a big city named bare);
- how many places of that name the gazetteer has (``candidates``);
- what chose among them (``chosen_by``, one of :data:`CHOSEN_BY`), told by
  comparing the chosen place with its strongest rival: the one part of the
  score that sets them furthest apart, the country the name was placed in
  (which left the rival out), or the article's refusal of a better-scored rival;
- ``note``: the same in a short English phrase, with the figure that decided
  (a population, a distance in km, a province).

>>> from waqia.pipeline import default_pipeline
>>> from waqia.settings import Settings
>>> doc = default_pipeline(Settings()).analyse("قصفت الطائرات بلدة التح بريف إدلب الجنوبي.")
>>> [(p.location.why.cue, p.location.why.chosen_by) for p in doc.layer("places")]
[('بلدة', 'only_candidate'), ('بريف', 'place_kind')]
>>> doc.layer("places")[1].location.why.as_dict()["note"]
'an admin1, not a locality: the kind of place its place word asks for'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from waqia.geo.gazetteer import Candidate
from waqia.output import Location, Why
from waqia.stages.places.anchors import distance_km

if TYPE_CHECKING:
    from waqia.core.document import Document
    from waqia.stages.places.patterns import Mention

#: every value of ``chosen_by``, with what it means (docs/geocoding.md has the same list)
CHOSEN_BY = {
    "only_candidate": "the gazetteer has one place of this name",
    "country_name": "the name is a country's (the country, not a village of that name)",
    "container": "the place the text puts it in (X in the countryside of Y, villages X in province Z)",
    "named_region": "the country or province named near it in its sentence or before it",
    "near_other_places": "near the article's other places (same province, or within some km)",
    "article_country": "in the country of the article's other places",
    "outlet_country": "in the outlet's country (its web domain)",
    "place_kind": "the kind of place its place word asks for (a province after the word province)",
    "exact_name": "the only exact spelling; the others match without the article or spaces",
    "population": "the largest population",
    "tie": "equal evidence; the first by gazetteer id",
    "named_before": "the place of the same name the article introduced earlier with a place word",
    "province_fallback": "no point: only its country or province, from where the text puts it",
    "unresolved": "not found in the gazetteer or no candidate fits the article, and nothing places it",
}
#: the note of a name read as the place of the same name before it
NAMED_BEFORE = "the same name as a place introduced earlier with a place word"
#: the parts of a candidate's score (``scoring.ArticleContext.terms``) -> what they mean when they decide
_TERMS = {"kind": "place_kind", "population": "population", "loose": "exact_name", "own_name": "exact_name",
          "named_region": "named_region", "container": "container", "article_country": "article_country",
          "article_province": "near_other_places", "outlet_country": "outlet_country",
          "distance": "near_other_places"}
#: why the article refused a better-scored rival (``scoring.ArticleContext.refusal``)
_REFUSALS = {"container": "container", "far": "near_other_places", "country": "article_country"}
#: where an ambiguous name was placed (``placing.where_of``) -> chosen_by
_WHERE = {"container": "container", "named_region": "named_region", "earlier": "named_region",
          "list": "named_region", "adjective": "named_region", "article": "article_country",
          "outlet": "outlet_country"}
_WHERE_NOTE = {"container": "where the text puts it", "named_region": "named near it",
               "list": "like the first place of its list", "adjective": "told by the adjective after it",
               "earlier": "named earlier in the article", "article": "where the article's places lie",
               "outlet": "the outlet's country"}
_FALLBACK_NOTE = {"container": "the place the text puts it in", "named_region": "a region named near it",
                  "earlier": "a region named earlier", "sentence": "a place named before it in its sentence",
                  "before": "the nearest place named before it",
                  "list": "the first place of its list", "adjective": "the adjective after it",
                  "article": "the article's other places",
                  "outlet": "the outlet's country", "stem": "the known first word of its name",
                  "named_after": "the place its name is named after"}
#: what may stand between a cue and the name it introduces (spaces, quotes)
_MARKS = "()[]\"'\u201c\u201d\u00ab\u00bb"
_GAP = re.compile(f"^[\\s{re.escape(_MARKS)}]*$")


class Explainer:
    """The whys of one document's mentions."""

    def __init__(self, doc: Document, mentions: list[Mention], cands: list[list[Candidate]], context: Any):
        self.doc, self.mentions, self.cands, self.context = doc, mentions, cands, context
        self.word_tokens: set[int] = set()  # tokens of place words
        self.cue_ends: dict[int, int] = {}  # last token of a place cue -> its first
        if not doc.tokens:
            return
        index, end = doc.token_index, len(doc.tokens) - 1
        for x in doc.matches_of("place_words"):
            first, last = index(x.word_start), min(index(max(x.end - 1, x.word_start)), end)
            self.word_tokens.update(range(first, last + 1))
        for x in doc.matches_of("place_cues"):
            first, last = index(x.word_start), min(index(max(x.end - 1, x.word_start)), end)
            self.cue_ends[last] = min(first, self.cue_ends.get(last, first))

    def cue(self, k: int) -> tuple[str | None, str]:
        """(the words that introduced mention k as written, cue_type): its place words
        and the cue before them («في بلدة»), its cue («قرب»), or its proclitic («ب»)."""
        m = self.mentions[k]
        if m.list_head is not None and m.list_head != k:
            return self.cue(m.list_head)[0], "list_item"
        if m.kind is None and m.preposition is None:
            return None, "none"
        toks, i = self.doc.tokens, m.first
        j = i
        while m.kind is not None and i - j < 4 and self._joined(j - 1, i) and j - 1 in self.word_tokens:
            j -= 1
        worded = j < i  # a street or square («في شارع X») has its word inside its name
        if self._joined(j - 1, i) and j - 1 in self.cue_ends:
            j = self.cue_ends[j - 1]
        text = self.doc.span(toks[j].start, m.start).text if j < i or toks[i].start < m.start else ""
        return text.strip().strip(_MARKS).strip() or m.preposition, "place_word" if worded else "preposition"

    def _joined(self, j: int, i: int) -> bool:
        """Token j stands right before token j + 1 in the sentence of token i."""
        toks = self.doc.tokens
        gap = self.doc.text[toks[j].end:toks[j + 1].start] if j >= 0 else ""
        return j >= 0 and toks[j].sentence == toks[i].sentence and bool(_GAP.match(gap))

    def why(self, k: int, chosen_by: str, note: str) -> Why:
        cue, cue_type = self.cue(k)
        return Why(cue, cue_type, len(self.cands[k]), chosen_by, note)

    def resolved(self, k: int, best: Candidate, pool: list[Candidate], container: Location | None,
                 near: tuple[str, str] | None, where: tuple[str, str] | None, where_from: str | None,
                 country_named: bool = False, ranked: list[tuple[float, Candidate]] | None = None) -> Why:
        """The why of mention k resolved to ``best`` (``ranked``: its candidates scored, best
        first, as :func:`waqia.stages.places.geocode.rank` gives them; else ranked here)."""
        cands, m = self.cands[k], self.mentions[k]
        if country_named:
            return self.why(k, "country_name", f"the country {best.country}")
        if ranked is None:  # the pool was a part of them: rank them all (the pool's scores are kept)
            ranked = sorted(((self.context.score(k, m, c, container, near), c) for c in cands),
                            key=lambda sc: (-sc[0], sc[1].gazetteer_id))
        rivals = [(s, c) for s, c in ranked if c is not best]
        if not rivals:
            return self.why(k, "only_candidate", "the only place of this name in the gazetteer")
        top = rivals[0][1]
        if ranked[0][1] is top:  # a better-scored rival was left out
            if not any(c is top for c in pool):
                return self.why(k, _WHERE.get(where_from or "", "named_region"),
                                f"in {_inside(best, where)}, {_WHERE_NOTE.get(where_from or '', 'where it is placed')}")
            reason = self.context.refusal(top, container, where, k) or "country"
            return self.why(k, _REFUSALS[reason], _refused_note(reason, best, top, container))
        ties = sum(1 for s, _ in ranked if s == ranked[0][0])
        return self._by_terms(k, best, top, container, near, (ties, len(cands)))

    def _by_terms(self, k: int, best: Candidate, top: Candidate, container: Location | None,
                  near: tuple[str, str] | None, counts: tuple[int, int]) -> Why:
        """The part of the score that sets ``best`` furthest above ``top``."""
        m, (ties, n) = self.mentions[k], counts
        gaps: dict[str, float] = {}
        for sign, c in ((1.0, best), (-1.0, top)):
            for name, value in self.context.terms(k, m, c, container, near):
                gaps[name] = gaps.get(name, 0.0) + sign * value
        name = max(gaps, key=lambda x: gaps[x], default="")
        if not name or gaps[name] <= 1e-9:
            same = None not in (best.lat, best.lon, top.lat, top.lon) and best.country == top.country \
                and distance_km((best.lat, best.lon), (top.lat, top.lon)) < 5  # type: ignore[arg-type]
            return self.why(k, "tie", ("two records of one place" if same and ties == 2 else
                                       f"{ties} of {n} candidates with equal evidence") + "; the first by gazetteer id")
        chosen = _TERMS[name]
        if name == "distance":
            note = f"{self._km(k, best)} km from the article's nearest other place"
        elif name == "population":
            note = f"largest population ({best.population}) of {n} candidates"
        elif name == "kind":
            note = f"{_a(best.kind)}, not {_a(top.kind)}: " + ("the kind of place its place word asks for"
                                                              if m.kind else "a name without a place word is a country, then a town")
        elif name == "loose":
            note = "the only exact spelling; others match without the article or spaces"
        elif name == "container" and container is not None:
            note = f"in {_inside(best, (container.country or '', container.admin1 or ''))}, where the text puts it"
        elif name == "named_region":
            note = f"in {_inside(best, near)}, named near it"
        elif name == "article_province":
            note = f"in {best.admin1}, like the article's other places"
        else:
            note = f"in {best.country}, " + ("the outlet's country" if name == "outlet_country"
                                             else "like the article's other places")
        return self.why(k, chosen, note)

    def _km(self, k: int, c: Candidate) -> int:
        points = {(a.lat, a.lon) for a in self.context.others(k) if a.lat is not None and a.lon is not None}
        if c.lat is None or c.lon is None or not points:
            return 0
        return round(min(distance_km((c.lat, c.lon), p) for p in points))

    def unresolved(self, k: int, loc: Location, from_container: bool, where_from: str | None) -> Why:
        """The why of a mention left without a point."""
        n = len(self.cands[k])
        base = "not in the gazetteer" if not n else f"none of its {n} candidates fits the article"
        if loc.country or loc.admin1:
            source = "container" if from_container else where_from or "article"
            return self.why(k, "province_fallback", f"{base}: placed at {_region((loc.country or '', loc.admin1 or ''))}"
                                                    f" only, from {_FALLBACK_NOTE.get(source, source)}")
        return self.why(k, "unresolved", base)


def _a(kind: str) -> str:
    """«a locality», «an admin1».

    >>> _a("admin1"), _a("town"), _a("")
    ('an admin1', 'a town', 'a place')
    """
    kind = kind or "place"
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def _inside(c: Candidate, where: tuple[str, str] | None) -> str:
    """The part of ``where`` (country, province) that candidate ``c`` lies in."""
    if where is None or c.country != where[0]:
        return _region((c.country, ""))
    return _region((c.country, where[1] if where[1] and c.admin1 == where[1] else ""))


def _region(where: tuple[str, str] | None) -> str:
    """«Idlib, SY», «SY» or «?».

    >>> _region(("SY", "Idlib")), _region(("IQ", "")), _region(None)
    ('Idlib, SY', 'IQ', '?')
    """
    if where is None:
        return "?"
    return ", ".join(x for x in (where[1], where[0]) if x) or "?"


def _refused_note(reason: str, best: Candidate, top: Candidate, container: Location | None) -> str:
    where = _region((top.country, top.admin1))
    if reason == "container" and container is not None:
        return f"a better-scored {where} lies outside {_region((container.country or '', container.admin1 or ''))}"
    if reason == "far":
        return f"a better-scored {where} lies far from the article's other places"
    return f"a better-scored {where} lies in a country the article does not name; {best.country} it does"
