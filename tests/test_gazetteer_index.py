"""The gazetteer's names held in memory (#14) answer as SQLite does, name by name."""

from __future__ import annotations

import random

import pytest

from waqia.geo import gazetteer as gz
from waqia.geo.gazetteer import Gazetteer, open_bundled, open_shipped


def _pair(opener) -> tuple[Gazetteer, Gazetteer]:  # type: ignore[no-untyped-def]
    held, asked = opener(), opener()
    asked.__dict__["index"] = None  # the SQLite path, as for a gazetteer above the limit
    assert held.index is not None and asked.index is None
    return held, asked


def _sample(g: Gazetteer, n: int) -> list[str]:
    keys = sorted(k for (k,) in g._conn.execute("SELECT DISTINCT key FROM names"))
    picked = random.Random(14).sample(keys, min(n, len(keys)))
    # as written, with an article it lacks, and names no place has
    return picked + ["ال" + k for k in picked[:50]] + ["لكن", "ق", "كفر نبوده", "مدينه غير معروفه"]


@pytest.mark.parametrize("opener", [open_bundled, open_shipped])
def test_gazetteer_index_answers_as_sqlite(opener) -> None:  # type: ignore[no-untyped-def]
    held, asked = _pair(opener)
    names = _sample(held, 400)
    assert held.first_words == asked.first_words
    assert held.known(names) == asked.known(names)
    for name in names:
        assert held.candidates(name) == asked.candidates(name), name
        assert held.major(name) == asked.major(name), name
    for country in ("SY", "IQ", "YE"):
        for name in names[:100]:
            assert held.candidates(name, country) == asked.candidates(name, country), (name, country)


def test_gazetteer_index_loose_and_exact_readings() -> None:
    held = open_shipped()
    assert held is not None and held.index is not None
    exact = held.candidates("التح")
    assert exact and not exact[0].loose
    # the same village read without its article is only a loose reading of it
    same = [c for c in held.candidates("تح") if c.gazetteer_id == exact[0].gazetteer_id]
    assert same and all(c.loose for c in same)
    assert held.major("سوريا") and not held.major("التح")


def test_gazetteer_index_only_below_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gz, "LIMIT", 10)
    g = open_bundled()
    assert g.index is None and g.name_keys is None
    assert g.known(["ادلب", "لكن"]) == {"ادلب"}
    layered = gz.LayeredGazetteer(open_bundled(), g)
    assert layered.name_keys is None


def test_gazetteer_layered_keeps_recent_candidates_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The candidates of a name asked for again come from a bounded cache (#14): the same
    answer, a list of its own each time (a caller may change it), never more names kept
    than the bound."""
    monkeypatch.setattr(gz, "_RECENT", 3)
    layered = gz.LayeredGazetteer(open_bundled(), open_bundled())
    first = layered.candidates("ادلب")
    assert first and first == layered.candidates("ادلب")
    first.clear()
    assert layered.candidates("ادلب")
    for name in ("حلب", "حمص", "درعا", "صنعاء", "ادلب"):
        layered.candidates(name)
    info = layered._recent.cache_info()
    assert info.hits >= 2 and info.currsize == 3 == info.maxsize
    # whether a name is a country or province: the same answer, kept alike
    assert layered.major("ادلب") and layered.major("ادلب") and not layered.major("لكن")
    assert layered._major.cache_info().hits >= 1 and layered._major.cache_info().maxsize == 3


def test_gazetteer_key_sets_are_not_walked_by_the_garbage_collector() -> None:
    import gc

    from waqia.geo.gazetteer import open_gazetteer

    layered, (held, asked) = open_gazetteer(None), _pair(open_shipped)
    sets = [layered.first_words, layered.name_keys, held.first_words, held.name_keys, asked.first_words]
    for keys in sets:  # a set of strings would be tracked, and walked at every full collection (#14)
        assert keys is not None and len(keys) > 1000 and not gc.is_tracked(keys)
    assert set(layered.name_keys or ()) == set(held.name_keys or ()) | set(layered.supplement.name_keys or ())
    assert all(k.partition(" ")[0] in layered.first_words for k in held.name_keys or ())
