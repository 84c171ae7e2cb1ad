"""A lead's toll whose speaker a later sentence names (#10): «قتل 6 مدنيين وأصيب 11 في قصف ... . وشهدت المدينة
... . وقال الدفاع المدني في بيان إن هذه الحصيلة أولية»: the count told back
(:mod:`waqia.stages.sources.tollback`) gives its speaker to the tolls of no speaker in the last sentence of
tolls before it (those of the kind and figure of victims told back: «إن الشهداء الثلاثة وصلوا إلى
المستشفى», «جثث الجنود الثمانية»: the last such sentence, past one of another speaker's other toll), up to
:data:`LATER_REACH` sentences back (a speaker between who tells no toll, «وقال ناشطون
إن القصف مصدره ...», does not stop it), when its own sentence tells no toll before the count.
"""

from __future__ import annotations

from dataclasses import replace

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import AND, has_article
from waqia.stages.claims.party import source_of
from waqia.stages.claims.rules import ClaimMention
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.tollback import TOLL_BACK, pairs_told

TOLLS = frozenset({"killed", "injured", "missing"})
LATER_REACH = 3  # sentences after the toll where the count telling it back may stand


def told_later(doc: Document, out: list[ClaimMention]) -> list[ClaimMention]:
    """``out`` with the speaker of a later count told back given to the tolls it points at."""
    attributions = doc.layer("sources")
    backs = [a for a in attributions if a.kind == TOLL_BACK]
    if not backs:
        return out
    tolls = sorted({cm.sentence for cm in out if cm.claim.kind in TOLLS})
    given: dict[int, tuple[Attribution, dict[str, int | None] | None, str | None]] = {}
    pairs = pairs_told(doc)  # «إن الجنديين كانا في دورية»: two people of a side told back
    for b in backs:
        before = [s for s in tolls if b.sentence - LATER_REACH <= s < b.sentence]
        if not before or any(cm.sentence == b.sentence and cm.claim.kind in TOLLS and cm.pos < b.pos for cm in out):
            continue
        victims, side = _told_victims(doc, b, pairs), pairs.get(b.pos)  # «القتلى الثلاثة»: one of 3 dead
        side = None if side == "unknown" else side  # «العنصرين»: members of no side, whoever they were
        pointed = [s for s in before if any(cm.sentence == s and _pointed_at(cm, victims, side) for cm in out)]
        given.setdefault(pointed[-1] if victims is not None and pointed else before[-1], (b, victims, side))
    return [replace(cm, claim=replace(cm.claim, source=source_of(doc, given[cm.sentence][0])))
            if cm.sentence in given and cm.claim.source is None and _pointed_at(cm, *given[cm.sentence][1:]) else cm
            for cm in out]


def _pointed_at(cm: ClaimMention, victims: dict[str, int | None] | None, side: str | None = None) -> bool:
    """A toll a count points at: any of its sentence («الحصيلة»), or of the kind and figure of the victims
    told back («الشهداء الثلاثة»: the 3 dead, not the wounded), of the side of the people told back
    («الجنديين»: two soldiers, no two civilians)."""
    if cm.claim.kind not in TOLLS or side is not None and cm.claim.party.category != side:
        return False
    return victims is None or cm.claim.kind in victims and victims[cm.claim.kind] in (None, cm.claim.value)


def _told_victims(doc: Document, b: Attribution, pairs: dict[int, str]) -> dict[str, int | None] | None:
    """The kinds of the victims told back at ``b`` with their figure («القتلى الثلاثة»: killed 3), of those
    joined right after the figure («والجريحين»: injured, any figure), and of a definite victim word alone later in
    the sentence («فيما نقل الجريح»: injured 1); None for a count («الحصيلة»)."""
    cues = {m.word_start: m for m in doc.matches_of("casualty_terms") if m.entry.get("role") == "victim"}
    m = cues.get(b.pos)
    if m is None:  # «إن الجنديين كانا في دورية»: two people told back, a toll of two of any kind
        return dict.fromkeys(TOLLS, 2) if b.pos in pairs else None
    toks, k = doc.tokens, doc.token_index(b.pos)
    k += 0 if has_article(m.prefix) else 1  # «جثث الجنود الثمانية»: the figure after the noun in construct
    value = next((q.value for q in doc.layer("numbers") if toks[k + 1].start <= q.start < toks[k + 1].end), None)
    pair = value is None and m.entry.get("number") == "du"  # «الشهيدين والجرحى الثلاثة»: the dual its own count
    kinds = {m.entry.get("kind"): 2 if pair else value}
    j = k + 1 if pair else k + 2
    if j < len(toks) and toks[j].text.startswith(AND) and (joined := cues.get(toks[j].start)) is not None:
        kinds.setdefault(joined.entry.get("kind"), None)
    for later in _later_told(doc, cues, k, toks[k].sentence):  # «انتشلت جثتي القتيلين، فيما نقل الجريح»
        kinds.setdefault(later.entry.get("kind"), _ALONE.get(later.entry.get("number") or ""))
    return kinds


_ALONE = {"sg": 1, "du": 2}  # a definite victim word alone counts itself: «الجريح» one, «الجريحين» two


def _later_told(doc: Document, cues: dict[int, Match], k: int, sentence: int) -> list[Match]:
    """The definite words for victims alone (no figure after them) later in ``sentence`` than token ``k``: the
    other victims of the toll told back in the same breath («وإن الجريح نقل إلى المستشفى»)."""
    toks, out = doc.tokens, []
    numbered: set[int] | None = None  # the tokens a figure starts in, listed once, when a word is met
    for j in range(k + 1, len(toks)):
        if toks[j].sentence != sentence:
            break
        m = cues.get(toks[j].start)
        if m is not None and has_article(m.prefix) and m.entry.get("number") in _ALONE:
            if numbered is None:
                numbered = {doc.token_index(q.start) for q in doc.layer("numbers")}
            if j + 1 not in numbered:
                out.append(m)
    return out
