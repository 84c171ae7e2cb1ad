"""A death phrase split by what it holds: its subject inside it («فارق خمسة مدنيين الحياة»: casualty_terms
detail ``parted``, the verb without its «الحياة»), or its cause before the figure («راح ضحية القصف المدفعي
على البلدة خمسة مدنيين»: detail ``cause``); or a toll's noun left out before its second kind («ارتفع عدد القتلى إلى 55
والجرحى إلى 146»: «عدد» said once for both); «قضى» whose object is a span of time («قضى آلاف النازحين ليلتهم في
العراء»: spent, no death)."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import ARTICLE, has_article, nisba
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.things import next_item

PARTED_REACH = 8  # words from «فارق» to its «الحياة» («فارق أربعة من عناصر الشرطة المحلية الحياة»)
SPENT_REACH = 6  # words from «قضى» to the time it spent («قضى آلاف السكان النازحين ليلتهم»)
CAUSE_REACH = 10  # words from «راح ضحية» to the figure after its cause («الغارة الجوية على المبنى السكني ...»)


def life_after(idx: ClaimIndex, ti: int) -> int | None:
    """The token of «الحياة» (claim_words role ``life``) that closes the verb of parting at token ``ti`` in its
    clause, with its subject between them; None when there is none («بفارق ثلاث نقاط», «فارق السن»)."""
    life = idx.words.get("life", frozenset())
    for k in range(ti + 2, min(ti + 1 + PARTED_REACH, len(idx.doc.tokens))):
        if not idx.same_clause(ti, k):
            return None
        if idx.doc.tokens[k].text in life:
            return k
    return None


def unparted(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """A verb of detail ``parted`` at token ``ti`` that no «الحياة» closes: no death («فارق», a difference)."""
    return m.entry.attrs.get("detail") == "parted" and life_after(idx, ti) is None


def spent(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """A verb of casualty_terms detail ``on`` at token ``ti`` whose object in its clause is a span of time
    (claim_words role ``spent``: «ليلتهم», «ساعات», «أياما») before any «على»: time spent, no death («قضى ملايين
    السكان ليلتهم في الملاجئ», «آلاف النازحين قضوا الليلة في العراء»); «قضى نحبه» and «قضت القوات على 12» stay deaths."""
    if m.entry.attrs.get("detail") != "on":
        return False
    toks, words = idx.doc.tokens, idx.words
    for k in range(idx.tok(m.end - 1) + 1, min(ti + 1 + SPENT_REACH, len(toks))):
        if not idx.same_clause(ti, k) or toks[k].text in words.get("on", ()):
            return False
        if toks[k].text in words.get("spent", ()):
            return not any(toks[k - 1].text in words.get(role, ()) for role in ("during", "in", "since", "after"))
    return False


def split_reach(idx: ClaimIndex, ti: int, m: Match) -> tuple[int, int] | None:
    """Where the victims of a split phrase are looked for, and how far: between «فارق» and its «الحياة»; after
    «راح ضحية» and its cause, up to the figure («راح ضحية الهجوم على الثكنة ثمانية جنود»). None for any
    other cue, and for «راح ضحية» right before its victims («راح ضحية القصف» with none, «راح ضحية 3»)."""
    detail = m.entry.attrs.get("detail")
    if detail == "parted":
        k = life_after(idx, ti)
        return (ti, k - ti - 1) if k is not None else None
    last = idx.tok(m.end - 1)
    nxt = last + 1
    if detail == "cause" and nxt < len(idx.doc.tokens) and idx.same_clause(last, nxt) and nxt not in idx.quantities \
            and nxt not in idx.people:
        return last, CAUSE_REACH  # the cause first: «الغارة الإسرائيلية», «قصف مدفعي»
    return None


def second_toll(idx: ClaimIndex, ti: int) -> int | None:
    """The token of the figure of a victim noun at token ``ti`` that is the second kind of a toll told before it in its
    sentence, «عدد»/«حصيلة» said once («ارتفع عدد القتلى إلى 55 والجرحى إلى 146», «بلغ عدد الشهداء 9 والمصابين 23»):
    the noun opens the next item («و» and the article) right after the first kind's figure, and its own figure follows
    it, after «إلى» or at once. None for any other victim noun («55 قتيلا والجرحى»: a figure after it, no toll)."""
    toks, to = idx.doc.tokens, idx.words.get("to", frozenset())
    named = ti - 1 in idx.cues and not next_item(idx, ti - 1)  # «إلى 12 قتيلا والجرحى»: the first figure's own noun
    first = idx.quantity_ends.get(ti - 2 if named else ti - 1)
    if first is None or not next_item(idx, ti) or ti + 2 >= len(toks):
        return None
    k = ti + 2 if toks[ti + 1].text in to else ti + 1
    if k not in idx.quantities or not idx.same_clause(ti, k):
        return None
    if k == ti + 2 and toks[idx.tok(first.start) - 1].text in to:
        return k  # «ارتفعت حصيلة القصف إلى 12 قتيلا والجرحى إلى 40»: the two figures of one rise
    tolls = (j for j in range(max(ti - 12, 0), ti) if j in idx.cues and idx.cues[j].entry.attrs.get("role") == "toll")
    return k if any(toks[j].sentence == toks[ti].sentence for j in tolls) else None


def adjective_before(idx: ClaimIndex, first: int) -> int:
    """«إن عسكريا عراقيا واحدا أصيب», «إن مدنيا سوريا واحدا قتل»: an adjective of origin between a singular noun for
    people and the word at token ``first`` right before the verb (its number, «واحدا»): one more word to step back
    over to reach the noun (0 when there is none); never a definite noun («الدفاع المدني السوري بأن سقوط»: a body)."""
    person = idx.people.get(first - 2)
    return int(first >= 2 and person is not None and person.entry.get("number") == "sg" and first - 1 not in idx.people
               and not has_article(person.prefix) and not person.entry.key.startswith(ARTICLE)  # «الدفاع المدني السوري»
               and nisba(idx.doc.tokens[first - 1].text) and idx.same_clause(first - 2, first))
