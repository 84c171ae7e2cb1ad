"""What a stage reads of a lexicon entry once per entry (#14) is what reading its columns per match says."""

from __future__ import annotations

from waqia.core.lexicon import default_lexicon
from waqia.stages.actors import _term
from waqia.stages.events.scope import _names_own_event


def test_an_actor_term_reads_its_columns() -> None:
    entries = default_lexicon().concept("actor_terms")
    assert entries
    for e in entries:
        t = _term(e)
        assert t.group == (e.get("type") == "group" and "backref" not in e.get("flags")), e
        assert t.armed_men == (e.get("type") == "person" and e.get("category") == "armed_group"), e
        assert (t.ambiguous, t.kind) == ("ambiguous" in e.get("flags"), "kind" in e.get("flags")), e
        assert (t.name, t.category, t.strength) == (e.get("name"), e.get("category"), int(e.get("strength") or 1)), e
    assert any(_term(e).group for e in entries) and any(_term(e).armed_men for e in entries)
    assert any(_term(e).ambiguous for e in entries) and any(not _term(e).group for e in entries)


def test_an_event_word_that_names_its_event_on_its_own() -> None:
    entries = default_lexicon().concept("event_triggers")
    own = [e for e in entries if _names_own_event(e)]
    assert own and len(own) < len(entries)
    for e in entries:
        assert _names_own_event(e) == (str(e.get("weight")) == "2" and "label" not in (e.get("flags") or "").split(",")), e
