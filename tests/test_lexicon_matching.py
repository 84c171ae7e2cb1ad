from __future__ import annotations

import re

import pytest

from waqia.core.lexicon import Entry, Lexicon, default_lexicon, iter_files, read_tsv
from waqia.core.morphology import inflect, proclitic_readings
from waqia.core.normalize import DELETED, key


def _lex(*forms: str) -> Lexicon:
    return Lexicon(Entry("t", f, key(f.rstrip("*")), f.endswith("*"), {}) for f in forms)


@pytest.mark.parametrize("text, form, found", [
    ("مقتل جندي", "مقتل", "مقتل"),
    ("ومقتل جندي", "مقتل", "مقتل"),
    ("وبالمقتل", "مقتل", "مقتل"),
    ("للمعارضه", "المعارضه", "لمعارضه"),
    ("وللمعارضه", "المعارضه", "لمعارضه"),
    ("بالمعارضه", "المعارضه", "المعارضه"),
    ("اصابات", "اصاب*", "اصاب"),
])
def test_lexicon_sees_through_clitics(text: str, form: str, found: str) -> None:
    matches = _lex(form).scan(text)
    assert [text[m.start:m.end] for m in matches] == [found]


@pytest.mark.parametrize("text, form", [
    ("مقتلهم", "مقتل"),      # a suffix without a stem entry
    ("اصابات", "اصاب"),      # not a stem
    ("ممقتل", "مقتل"),       # not a clitic
    ("المعارضه", "لمعارضه"),  # an article is not a lam
])
def test_lexicon_rejects_non_words(text: str, form: str) -> None:
    assert _lex(form).scan(text) == []


def test_lexicon_files_are_clean() -> None:
    problems = []
    marks = re.compile(f"[{DELETED}]")
    for concept, body in iter_files():
        entries, bad = read_tsv(concept, body)
        problems += bad
        seen = set()
        for e in entries:
            if marks.search(e.form):
                problems.append(f"{concept}:{e.line}: harakat or invisible marks in {e.form!r}")
            if any(0xFB50 <= ord(c) <= 0xFEFF for c in e.form):
                problems.append(f"{concept}:{e.line}: presentation form in {e.form!r}")
            if (e.key, e.stem) in seen:
                problems.append(f"{concept}:{e.line}: duplicate {e.form!r}")
            seen.add((e.key, e.stem))
    assert not problems, "\n".join(problems)


def test_lexicon_default_loads_every_concept() -> None:
    lex = default_lexicon()
    for concept in ("casualty_terms", "attribution", "source_names", "actor_terms", "event_triggers"):
        assert lex.concept(concept), concept


def _scan(tsv: str, text: str) -> list[tuple[str, str]]:
    entries, problems = read_tsv("t", tsv)
    assert not problems
    return [(text[m.start:m.end], m.entry.get("number")) for m in Lexicon(entries).scan(key(text))]


def test_lexicon_one_person_entry_matches_every_number() -> None:
    tsv = "form\tnumber\tinflect\nمسعف\tsg\tperson\n"
    got = dict(_scan(tsv, "مسعف ومسعفا ومسعفان والمسعفين ومسعفون"))
    assert got == {"مسعف": "sg", "مسعفا": "sg", "مسعفان": "du", "مسعفين": "pl", "مسعفون": "pl"}


def test_lexicon_one_verb_entry_matches_every_person_but_never_takes_the_article() -> None:
    tsv = "form\ttype\tinflect\nنشر\tverb\tverb\n"
    assert [w for w, _ in _scan(tsv, "نشرت ونشروا النشر")] == ["نشرت", "نشروا"]


def test_lexicon_a_feminine_noun_matches_its_duals_and_plural() -> None:
    tsv = "form\tnumber\tinflect\nممرضة\tsg\tnoun\n"
    got = dict(_scan(tsv, "ممرضة وممرضتان وممرضتين وممرضات"))
    assert got == {"ممرضة": "sg", "ممرضتان": "du", "ممرضتين": "du", "ممرضات": "pl"}


def test_lexicon_unknown_inflection_is_reported() -> None:
    _, problems = read_tsv("t", "form\tinflect\nمسعف\tplural\n")
    assert problems and "unknown inflect" in problems[0]


def test_lexicon_a_possessed_noun_is_flagged() -> None:
    entries, _ = read_tsv("t", "form\tflags\tinflect\nعناصر\t\tpossessed\n")
    flags = {e.key: e.get("flags") for e in entries}
    assert flags["عناصر"] == "" and flags["عناصرها"] == flags["عناصرهم"] == "possessive"


def test_lexicon_patterns_combine() -> None:
    entries, problems = read_tsv("t", "form\tinflect\nنقل\tverb+possessed\n")
    keys = {e.key for e in entries}
    assert not problems and {"نقل", "نقلت", "نقلته", "نقلوه", "نقلوا"} <= keys and "نقلواه" not in keys


@pytest.mark.parametrize("text, word", [
    ("واشتبكوا مع الدورية قرب الجسر", "اشتبكوا"),  # the verb entry «اشتبك»: every person
    ("وقد اعتقلوا ثلاثة من الشبان", "اعتقلوا"),  # «اعتقل»
    ("وقع هجومان على الحاجز", "هجومان"),  # the noun entry «هجوم»: its dual
    ("شنت الطائرات غارتين على القرية", "غارتين"),  # the feminine noun «غارة»: its dual
])
def test_lexicon_event_triggers_match_their_inflections(text: str, word: str) -> None:
    entries = default_lexicon().concept("event_triggers")
    line = next(e.line for e in entries if e.form == word)
    assert sum(e.line == line for e in entries) > 1  # made from another entry's line, not listed itself
    found = {m.entry.form for m in default_lexicon().scan(key(text)) if m.concept == "event_triggers"}
    assert word in found, found


def test_lexicon_an_adjective_agrees_with_its_inflected_noun() -> None:
    from waqia.core.morphology import inflect

    duals = [f for f, n in inflect("سيارة مفخخة", "noun") if n == "du"]
    assert "سيارتين مفخختين" in duals
    assert ("سيارات مفخخة", "pl") in inflect("سيارة مفخخة", "noun")  # things take a feminine singular
    assert ("رجلين أمن", "pl") in inflect("رجل أمن", "person")  # a construct: «أمن» does not agree
    found = {m.entry.form for m in default_lexicon().scan(key("انفجرت عبوتان ناسفتان قرب الجسر"))}
    assert "عبوتان ناسفتان" in found


def test_lexicon_a_feminine_noun_binds_its_ending_before_a_pronoun() -> None:
    forms = [f for f, _ in inflect("زوجة", "possessed")]
    assert "زوجته" in forms and "زوجتها" in forms and not any(f.startswith("زوجةه") for f in forms)
    assert [f for f, _ in inflect("نبه", "possessed")][1] == "نبهه"  # a plain final «ه» stays


def test_lexicon_an_entry_of_its_own_wins_over_an_inflected_homograph() -> None:
    body = "form\tcategory\tinflect\nطفل\ta\tpossessed\nطفلة\tb\t\n"
    entries, problems = read_tsv("t", body)
    assert not problems
    assert [e.get("category") for e in entries if e.key == key("طفلة")] == ["b"]


def test_proclitic_readings_strip_each_chain_and_read_lam_lam_as_the_article() -> None:
    readings = dict(proclitic_readings("وبمواقع"))
    assert readings[""] == "وبمواقع" and readings["وب"] == "مواقع" and readings["و"] == "بمواقع"
    assert ("ل", "القوات") in proclitic_readings("للقوات")
    assert proclitic_readings("وب") == (("", "وب"),)  # no chain that leaves fewer than two letters


def test_clitics_pattern_gives_a_looked_up_word_every_proclitic_chain() -> None:
    # a word read by position (flag noscan) is compared with whole tokens, so its entry must carry the
    # forms with the article, prepositions and conjunctions: one line, not a line per form
    body = "form\trole\tflags\tinflect\nحرجة\tgrave\tnoscan\tclitics\nداعم\tsupport\tnoscan\tperson+clitics\n"
    entries, problems = read_tsv("claim_words", body)
    assert problems == []
    keys = {e.key for e in entries}
    assert {key(w) for w in ("حرجة", "الحرجة", "بالحرجة", "والحرجة", "للحرجة", "وحرجة")} <= keys
    assert {key(w) for w in ("الداعمين", "داعمون", "والداعمان", "داعما")} <= keys
    assert key("الحرجات") not in keys  # no ending is added: the plural is a word of its own


def test_claim_words_read_the_clitic_forms_of_one_entry() -> None:
    from waqia.stages.claims.index import claim_words

    words = claim_words(default_lexicon())
    assert {key(w) for w in ("بالخطيرة", "الطفيفة", "وخاصة", "بخاصة", "ولاسيما", "المساندين", "السابقة")} <= (
        words["grave"] | words["especially"] | words["support"] | words["earlier"])
