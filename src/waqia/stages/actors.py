"""Sides of an event: named forces and groups, with their category and role.

Group names come from ``actor_terms.tsv`` (type ``group``).  A mention takes
in a following nisba adjective («فصائل المعارضة» + «السورية»).  Its role is
read from the words just before it (``actor_roles.tsv``): «شنته X» makes X
the initiator, «على مواقع X» or «استهدفت X» the target.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from waqia.core.document import Document
from waqia.core.lexicon import Entry, Lexicon, Match, longest
from waqia.core.morphology import (
    ARTICLE,
    DUAL_NOMINATIVE,
    FEMININE,
    LAM,
    LONG_PRONOUNS,
    MAQSURA,
    NISBA_SINGULAR,
    PLURAL_NOMINATIVE,
    PRONOUNS,
    VERB_PLURAL,
    has_article,
)

if TYPE_CHECKING:
    from waqia.core.context import Context


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    name: str
    category: str
    strength: int
    sentence: int
    role: str = "other"
    person: bool = False  # named by a noun for people («مسلحون»), not as a force
    kind: bool = False  # a kind of group («ميليشيا», «الجماعات المسلحة»), not a name
    reports: bool = False  # flag ``reports``: a force that also tells and investigates events («الشرطة»)


def _is_nisba(word: str) -> bool:
    return word.startswith(ARTICLE) and len(word) > 4 and word.endswith(NISBA_SINGULAR)


class _Term(NamedTuple):
    """What an entry of ``actor_terms`` says of every match of it (#14: read once per entry, not per match)."""
    group: bool  # type ``group``, not flagged ``backref`` («الحركة» names the side of a figure, not a new actor)
    armed_men: bool  # type ``person``, category ``armed_group`` («مسلحون»)
    ambiguous: bool  # flag ``ambiguous``: also a common noun («الشباب»)
    name: str
    category: str
    strength: int
    kind: bool  # flag ``kind``
    reports: bool  # flag ``reports``


@functools.lru_cache(maxsize=8192)
def _term(entry: Entry) -> _Term:
    flags = entry.get("flags")
    return _Term(entry.get("type") == "group" and "backref" not in flags,
                 entry.get("type") == "person" and entry.get("category") == "armed_group",
                 "ambiguous" in flags, entry.get("name"), entry.get("category"), int(entry.get("strength") or 1),
                 "kind" in flags, "reports" in flags)


def find_actors(doc: Document, ctx: Context) -> Document:
    """Layer ``actors``: group mentions with category and a role guess."""
    groups = [m for m in doc.matches_of("actor_terms") if _term(m.entry).group]
    roles = {m.end: m.entry.get("role") for m in doc.matches_of("actor_roles")}
    heads = {m.end for m in doc.matches_of("actor_heads")}
    out = []
    for m in _named_as_groups(doc, longest(groups)):
        start = m.start - len(ARTICLE) if m.prefix.endswith(ARTICLE) and not m.entry.key.startswith(ARTICLE) else m.start
        if m.entry.key.startswith(ARTICLE) and not doc.text.startswith(ARTICLE, m.start):
            start = m.start - 1  # «للمعارضة»: show the whole «لل»
        end = m.end
        ti = doc.token_index(end)
        for _ in range(2):
            tok = doc.tokens[ti] if ti < len(doc.tokens) else None
            if tok is not None and doc.text[end:tok.start] == " " and _is_nisba(tok.text) \
                    and not doc.original_text(tok.start, tok.end).endswith(MAQSURA):  # «الكبرى» is no nisba
                end = doc.tokens[ti].end
                ti += 1
            else:
                break
        role = _role_before(doc, m.start - len(m.prefix), roles)
        if role is None and m.prefix[:1] == LAM:
            role = "initiator" if _passive_before(doc, m.start, roles) else None
        term = _term(m.entry)
        out.append(ActorMention(start, end, term.name, term.category, term.strength, doc.sentence_of(m.start),
                                role or "other", kind=term.kind,
                                # «الشرطة الصومالية», «قوات الشرطة»: a force named in full, or as a force
                                reports=term.reports and end == m.end
                                and not _after_head(doc, m.start - len(m.prefix), heads)))
    out += _attackers(doc, roles, {(a.start, a.end) for a in out}, _base_forms(ctx.lexicon))
    out += _national_forces(doc, roles, out, _nisbas(ctx.lexicon))
    out += _forces_of_the_act(doc, out, _nisbas(ctx.lexicon))
    out.sort(key=lambda a: a.start)
    return doc.add("actors", tuple(_merge_adjacent(doc, _short_names(doc, out))))


def _short_names(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """«الجيش الوطني» after «الجيش الوطني السوري»: a force named, in two words or more, by the start of a fuller
    name of a stronger entry the article gave before is that force (the Syrian National Army, an armed group,
    not the army its first words name); in text order."""
    out: list[ActorMention] = []
    for a in mentions:
        text = doc.text[a.start:a.end]
        fuller = next((b for b in reversed(out) if b.strength > a.strength
                       and doc.text[b.start:b.end].startswith(text + " ")), None) if " " in text else None
        out.append(a if fuller is None else replace(a, name=fuller.name, category=fuller.category,
                                                    strength=fuller.strength, kind=False, reports=False))
    return out


#: punctuation that ends a clause: a role cue does not reach past it
CLAUSE_BREAKS = "،,؛;.:\n"

#: marks that set a bare name apart as a name («حركة "الشباب"», «(الشباب)»)
QUOTES = "\"“”«»'(["


def _named_as_groups(doc: Document, groups: list[Match]) -> list[Match]:
    """The group mentions, but a name that is also a common noun (flag ``ambiguous``: «الشباب» is the
    youth) only where it is set apart as a name (in quotes) or the article names that group in full
    elsewhere («حركة الشباب»): «عدد من الشباب» are young men."""
    full = {_term(m.entry).name for m in groups if not _term(m.entry).ambiguous}
    return [m for m in groups if not _term(m.entry).ambiguous or _term(m.entry).name in full
            or doc.text[max(m.start - len(m.prefix) - 1, 0):m.start - len(m.prefix)] in tuple(QUOTES)]


@functools.lru_cache(maxsize=4)
def _base_forms(lexicon: Lexicon) -> dict[int, str]:
    """The form each line of ``actor_terms.tsv`` is written in («مسلح» for «مسلحين»): one name
    for every inflection of a noun for people."""
    out: dict[int, str] = {}
    for e in lexicon.concept("actor_terms"):
        out.setdefault(e.line, e.form)
    return out


def _attackers(doc: Document, roles: dict[int, str],
               taken: set[tuple[int, int]], names: dict[int, str]) -> list[ActorMention]:
    """Armed men named by a noun for people, not a force: «نفذه مسلحون مجهولون», «اغتال مسلحون عنصرا»;
    unknown men (``actor_men.tsv``: «اختطف مجهولون»), read the same way.

    They are a side when a cue says they did it, or when they are the subject of the event's verb
    right before them (in the nominative: «مسلحون», not the object «مسلحين»)."""
    armed = [x for x in doc.matches_of("actor_terms", "actor_men")
             if x.concept == "actor_men" or _term(x.entry).armed_men]
    if not armed:
        return []
    covered = {i for a, b in taken for i in range(a, b)}  # every character inside a side already taken
    verbs = {doc.token_index(max(m.end - 1, m.start)) for m in doc.matches_of("event_triggers", "casualty_terms")
             if m.concept == "event_triggers" or m.entry.get("role") == "act"}
    # «مسلحين مجهولين»: unknown men right after armed men describe them, no side of their own
    described = {doc.token_index(max(x.end - 1, x.start)) + 1 for x in armed if x.concept == "actor_terms"}
    out = []
    for m in longest(armed):
        ti = doc.token_index(m.start)
        if m.concept == "actor_men" and ti in described:
            continue
        before = _role_before(doc, m.start - len(m.prefix), roles)  # «بين الجيش ومسلحين»: a party
        cue = before in ("initiator", "party")
        subject = ti - 1 in verbs and doc.tokens[ti].text.endswith((PLURAL_NOMINATIVE, DUAL_NOMINATIVE))
        end, nxt = m.end, ti + 1
        if nxt < len(doc.tokens) and doc.text[end:doc.tokens[nxt].start] == " " \
                and doc.tokens[nxt].text.endswith(PLURAL_NOMINATIVE):  # «مسلحون مجهولون»
            end = doc.tokens[nxt].end
            nxt += 1
        if not (cue or subject or not m.prefix.endswith(ARTICLE) and not m.entry.key.startswith(ARTICLE) and _verb_after(doc, nxt, verbs)) or m.start in covered:
            continue
        name = names.get(m.entry.line, m.entry.form) if m.concept == "actor_terms" else m.entry.form
        out.append(ActorMention(m.start, end, name, "armed_group", 1,
                                doc.sentence_of(m.start), "other" if before == "party" else "initiator", person=True))
    return out


@functools.lru_cache(maxsize=4)
def _nisbas(lexicon: Lexicon) -> dict[str, str]:
    """A country's adjective, with and without the article («العراقية», «عراقية»), to its country."""
    out: dict[str, str] = {}
    for e in [*lexicon.concept("place_nisba"), *lexicon.concept("actor_nisba")]:
        out[e.key] = out[e.key[len(ARTICLE):]] = e.get("country")
    return out


def _national_forces(doc: Document, roles: dict[int, str], taken: list[ActorMention],
                     nisbas: dict[str, str]) -> list[ActorMention]:
    """A noun for a state's forces followed by a country's adjective of the same definiteness
    (``actor_heads.tsv``: «القوات العراقية», «قوات نيجيرية»), where no side is read already, nor a side
    of that state named in full elsewhere in the story."""
    out = []
    named = {nisbas.get(doc.text[a.start:a.end].rsplit(" ", 1)[-1]) for a in taken}  # «مجموعة فاجنر الروسية»
    for m in longest(doc.matches_of("actor_heads")):
        ti = doc.token_index(max(m.end - 1, m.start)) + 1
        if ti >= len(doc.tokens) or doc.text[m.end:doc.tokens[ti].start] != " " \
                or any(a.start < doc.tokens[ti].end and m.start < a.end for a in taken):
            continue
        word = doc.tokens[ti].text
        definite = m.entry.key.startswith(ARTICLE)
        if word not in nisbas or word.startswith(ARTICLE) != definite or nisbas[word] in named:
            continue  # «قوات روسية» after a force of that state named in full is that force
        role = _role_before(doc, m.start - len(m.prefix), roles)
        out.append(ActorMention(m.start, doc.tokens[ti].end, f"State forces ({nisbas[word]})", m.entry.get("category"),
                                2, doc.sentence_of(m.start), role or "other", kind=True))
    return out


def _forces_of_the_act(doc: Document, taken: list[ActorMention], nisbas: dict[str, str]) -> list[ActorMention]:
    """An indefinite word for the event followed by a country's adjective names that state's forces as
    its initiator («قصف إسرائيلي», «قصف مدفعي سعودي»: past one adjective of the weapon; the states of
    ``place_nisba.tsv`` and ``actor_nisba.tsv``): the adjective is shown, as the name of its force would be
    («الجيش الإسرائيلي»).  Left out: a definite word («القصف الإسرائيلي») refers back to an event told with
    its sides; a feminine adjective («غارة إسرائيلية», «طائرة مسيرة تركية») where the story names a side of
    that state in full («العدو الإسرائيلي»: the dev gold names it so) or its sentence another initiator."""
    out = []
    forces = {nisbas.get(doc.text[a.start:a.end].rsplit(" ", 1)[-1]) for a in taken}  # «العدو الإسرائيلي»
    for m in longest(doc.matches_of("event_triggers")):
        ti = doc.token_index(max(m.end - 1, m.start)) + 1
        if ti >= len(doc.tokens) or doc.text[m.end:doc.tokens[ti].start] != " ":
            continue
        tok = doc.tokens[ti]
        if tok.text not in nisbas and _is_kind(tok.text) and ti + 1 < len(doc.tokens) \
                and doc.text[tok.end:doc.tokens[ti + 1].start] == " ":
            tok = doc.tokens[ti + 1]  # «قصف صاروخي روسي»: past the adjective of the weapon
        word, s = tok.text, doc.sentence_of(m.start)
        if word not in nisbas or word.startswith(ARTICLE) \
                or has_article(m.prefix) or m.entry.key.startswith(ARTICLE) \
                or any(a.start < tok.end and m.start < a.end for a in taken) \
                or word.endswith(FEMININE) and (nisbas[word] in forces or any(
                    a.sentence == s and a.category != "civilians" and a.role != "target" for a in taken)):
            continue
        out.append(ActorMention(tok.start, tok.end, f"State forces ({nisbas[word]})", "state_forces", 2,
                                s, "initiator", kind=True))
    return out


def _after_head(doc: Document, pos: int, heads: set[int]) -> bool:
    """A noun for a state's forces (``actor_heads.tsv``) ends right before ``pos``: «قوات الشرطة» is a force
    named as a force, not the police as the body that tells and investigates."""
    ti = doc.token_index(pos)
    return ti > 0 and doc.tokens[ti - 1].end in heads and doc.text[doc.tokens[ti - 1].end:pos] == " "


def _is_kind(word: str) -> bool:
    """An indefinite masculine adjective («صاروخي», «مدفعي», «جوي»): the kind of a strike."""
    return not word.startswith(ARTICLE) and len(word) > 2 and word.endswith(NISBA_SINGULAR)


def _verb_after(doc: Document, ti: int, verbs: set[int]) -> bool:
    """The word right after armed men, in their clause, is a verb whose subject they are: an event
    verb, or a past verb agreeing with them in the plural («أن مسلحين فجروا», «جهاديين نفذوهما»)."""
    if ti >= len(doc.tokens) or doc.text[doc.tokens[ti - 1].end:doc.tokens[ti].start] != " ":
        return False
    word = doc.tokens[ti].text
    return ti in verbs or word.endswith(VERB_PLURAL) or len(word) > 4 and any(
        word.endswith(VERB_PLURAL[:-1] + p) for p in PRONOUNS if p in LONG_PRONOUNS or p == PRONOUNS[0])


def _merge_adjacent(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """«فصائل» + «المعارضة المسلحة» next to each other are one side."""
    out: list[ActorMention] = []
    for a in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.category == a.category and doc.text[prev.end:a.start].strip() == "" \
                and "\n" not in doc.text[prev.end:a.start]:
            strong = a if a.strength >= prev.strength else prev
            role = prev.role if prev.role != "other" else a.role
            out[-1] = ActorMention(prev.start, a.end, strong.name, a.category, strong.strength, prev.sentence, role,
                                   kind=prev.kind and a.kind)
        else:
            out.append(a)
    return out


def _role_before(doc: Document, pos: int, roles: dict[int, str]) -> str | None:
    """The role cue ending within three words before ``pos``."""
    ti = doc.token_index(pos)
    for k in range(ti - 1, max(ti - 4, -1), -1):  # «شنه عناصر من داعش»: past «عناصر من»
        if doc.broken(CLAUSE_BREAKS, doc.tokens[k].end, pos):  # the document's break positions (#14)
            break  # «نفذه مسلحون، وفق الشرطة»: a cue of another clause
        role = roles.get(doc.tokens[k].end)
        if role == "members":  # «شنه عناصر من داعش»: the men take the role of the cue before them
            prev = doc.tokens[k - 1].end if k > 0 else -1  # «نهبت عناصر من ...»: the subject of the event verb
            return roles.get(prev) or ("initiator" if prev in _event_verb_ends(doc) else "target")
        if role:
            return role
    return None


def _event_verb_ends(doc: Document) -> set[int]:
    """Where the event verbs of ``doc`` end (``event_triggers`` entries inflected as verbs)."""
    return {m.end for m in doc.matches_of("event_triggers") if m.entry.get("inflect") in ("verb", "present")}


def _passive_before(doc: Document, pos: int, roles: dict[int, str]) -> bool:
    return _role_before(doc, pos, roles) == "initiator"
