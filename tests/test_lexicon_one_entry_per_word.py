"""One entry per word (issue #10, item 5): no row of a shipped table is an inflection of another row.

A word is written once, and its ``inflect`` pattern (``lang/ar/tables/morphology.tsv``) derives its
case endings, duals, plurals and attached pronouns.  A row is an inflection of another row of the same
table with the same other columns (its ``inflect`` and ``number`` aside) when the other row's own
patterns, or one of the general patterns below, derive it.  The rows still written out that way are in
``tests/lexicon_not_yet_folded.tsv``: a list this test shrinks (a pair that is gone must leave it),
never one to grow.  Two different words written alike are the allow-list ``HOMOGRAPHS``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from waqia.core import lexicon
from waqia.core.morphology import INFLECTIONS
from waqia.core.normalize import key as _key

#: the endings every row is tried with, whatever its own pattern (a verb's persons; a noun's accusative,
#: duals and plurals; a person's sound plural; the attached pronouns; one attached pronoun for another)
GENERAL = ("noun", "person", "verb", "possessed", "pronouns")

#: (table, row, the other row it seems to inflect to): two different words written alike, each with its reason
HOMOGRAPHS: dict[tuple[str, str, str], str] = {
    # «بنت» (a daughter) is a noun of its own, not «بن» (son of) in the person of «she»
    ("person_names", "بن", "بنت"): "son and daughter are two nouns; «بنت» is no verb",
}

NOT_YET_FOLDED = Path(__file__).resolve().parent / "lexicon_not_yet_folded.tsv"


def key(form: str) -> str:
    """The matching key, but with the feminine «ة» kept apart from the pronoun «ه»: «طفلة» (a girl) is no
    «طفله» (his child), whatever the matching form writes."""
    return _key(form.replace("\u0629", "#"))


def _rows(body: str) -> tuple[list[str], list[list[str]]]:
    rows = [r for r in csv.reader(io.StringIO(body), delimiter="\t", quoting=csv.QUOTE_NONE)
            if r and r[0].strip() and not r[0].lstrip().startswith("#")]
    return [c.strip() for c in rows[0]], rows[1:]


def inflected_rows(concept: str, body: str) -> set[tuple[str, str, str]]:
    """(table, row, other row) for every row that another row of the same other columns inflects to."""
    header, rows = _rows(body)
    groups: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}
    for r in rows:
        cells = [c.strip() for c in r] + [""] * (len(header) - len(r))
        attrs = dict(zip(header[1:], cells[1:]))
        own = [p for p in attrs.pop("inflect", "").split("+") if p]
        attrs.pop("number", None)
        groups.setdefault(tuple(sorted(attrs.items())), []).append((cells[0], own))
    found = set()
    for members in groups.values():
        keys = {key(form): form for form, _ in members if not form.endswith("*")}
        for form, own in members:
            if form.endswith("*"):
                continue
            derived = {key(f) for pattern in ([own] if own else []) + [[p] for p in GENERAL if p in INFLECTIONS]
                       for f, _, _ in lexicon._inflected(form, pattern)[1:]}
            found |= {(concept, form, keys[k]) for k in derived & keys.keys() if k != key(form)}
    return found


def _not_yet_folded() -> set[tuple[str, str, str]]:
    rows = [r for r in csv.reader(NOT_YET_FOLDED.read_text(encoding="utf-8").splitlines(), delimiter="\t")
            if r and not r[0].startswith("#")]
    return {(r[0], r[1], r[2]) for r in rows}


def _all_inflected() -> set[tuple[str, str, str]]:
    return {pair for concept, body in lexicon.iter_files() for pair in inflected_rows(concept, body)}


def test_lexicon_one_entry_per_word() -> None:
    """A row that another row's patterns derive is written out: give the word one row and an
    ``inflect`` pattern (docs/lexicons.md), or, for two words written alike, an entry in HOMOGRAPHS."""
    waiting = _not_yet_folded()
    written_out = sorted(p for p in _all_inflected() - waiting if p not in HOMOGRAPHS)
    assert not written_out, "rows that are an inflection of another row:\n" + "\n".join(
        f"{t}.tsv: «{b}» -> «{f}»" for t, b, f in written_out)


def test_lexicon_not_yet_folded_only_shrinks() -> None:
    """Every pair of the not-yet-folded list is still there: a pair that was folded leaves the list."""
    gone = sorted(_not_yet_folded() - _all_inflected())
    assert not gone, "folded; remove from tests/lexicon_not_yet_folded.tsv:\n" + "\n".join("\t".join(p) for p in gone)


def test_lexicon_homographs_are_still_there() -> None:
    gone = sorted(set(HOMOGRAPHS) - _all_inflected())
    assert not gone, f"no longer in the tables; remove from HOMOGRAPHS: {gone}"


def test_lexicon_inflected_rows_finds_a_written_out_inflection() -> None:
    body = "form\trole\tinflect\nموقع\tsite\t\nموقعين\tsite\t\nمواقع\tsite\t\nموقعا\tpost\t\n"
    assert inflected_rows("t", body) == {("t", "موقع", "موقعين")}
    folded = "form\trole\tinflect\nموقع\tsite\tnoun\nمواقع\tsite\tbroken\n"
    assert inflected_rows("t", folded) == set()
