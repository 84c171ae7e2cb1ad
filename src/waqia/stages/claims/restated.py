"""Figures that count again victims already counted (issue #10, fourteenth round of the claims).

«بينهم» right before a figure is read by :func:`waqia.stages.claims.context.blocked`; these are
the parts and states of a toll told in other words, after a figure of the same kind:

* «إنقاذ 14 شخصا من تحت الأنقاض»: a word of rescue before a figure of the missing: those found
  alive (no whole needed);
* «وما زال 12 مصابا في حالة حرجة», «لم يبق من الجرحى سوى 23 مصابا»: those of a toll still in a
  state (claim_words.tsv role ``still``: «زال», «يزال», «سوى») within three words before the figure;
* «5 منهم في حالة حرجة», «منها 4 إصابات خطيرة», «4 من المصابين حالتهم خطيرة»: the wounded of a toll
  told by the gravity of their wounds (role ``grave``), a part of it (GUIDELINES: «بينهم 20 في حالة
  خطيرة» is no claim);
* «وأصيب 4 جنود ...، وتوفي أحد الجرحى», «إصابة أحد العسكريين متوسطة»: «أحد» before a definite
  plural, after a larger figure of its kind and side in its sentence or the one before (up to three
  sentences back before a casualty word: «كما أكدت الوزارة أن أحد الشهيدين مسعف»): one of them;
* «وتم التعرف على 9 جثث منهم», «تسليم 7 جثث إلى ذويها», «تشييع 5 من الضحايا»: the dead of a toll
  identified, handed over or buried (role ``tended``) within three words before the figure, a part
  of it told by what was done with them, when the toll is told in the same voice (or the part in the
  outlet's): «قال أحد السكان إنه دفن 143 جثة بنفسه» is his count;
* «أن بين الجرحى ثلاثة مسعفين», «ومن بين القتلى أربعة أطفال»: «بين» (claim_words.tsv role ``between``) and
  a definite word for the victims of the figure's kind right before it: some of those counted, unless the part
  names a side that no whole of its kind has
  («قتل 12 شخصا ... بين القتلى أربعة جنود»: a breakdown by side is a claim of its own);
* «وقال شقيق أحد المخطوفين», «والدة أحد المعتقلين»: «أحد» before a definite plural in construct after a
  noun of kinship (claim_words.tsv role ``kin``) names a relative of one of them, whatever was told
  before: no count of victims.
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import conjoined, definite, has_article
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.rules import ClaimMention

#: words before a figure of bodies where a verb of finding may stand in its clause
#: («عثرت خلال الساعات الماضية على 17 جثة»)
FOUND_REACH = 8

#: sentences back where «أحد» before a casualty word («أحد الشهيدين», «أحد الجرحى») still finds the toll it is one of,
#: past another side's figure between («وكان الجيش قد أعلن ...»); «أحد» before any other plural reaches one sentence
ONE_OF_REACH = 3


def restated(idx: ClaimIndex, out: list[ClaimMention], claim: Claim) -> bool:
    """The figure of ``claim`` counts again some victims of a figure of its kind before it in ``out``."""
    if claim.value is None or claim.span is None:
        return False
    k = idx.tok(idx.doc.normal_pos(claim.span.start))
    if claim.kind == "missing" and _rescued(idx, k) or claim.value == 1 and _kin_of_one(idx, k):
        return True
    wholes = [o.claim for o in out if o.claim.kind == claim.kind and o.claim.value is not None
              and o.claim.value > claim.value]
    if not wholes:  # «ارتفاع الحصيلة إلى 292 بينهم 177 ...», then «115 شهيدا تم تسليمهم ... و177 شهيدا غير واضحي المعالم»
        return claim.kind == "killed" and _bodies(idx, k) and _whole_with_subset(idx, out, k, claim.value)
    side = claim.party.category
    voice = claim.source.name if claim.source is not None else None
    reach = ONE_OF_REACH if claim.value == 1 and _of_the_counted(idx, k) else 1  # «أحد الشهيدين» tells them back
    if claim.value == 1 and _one_of(idx, k) and any(
            o.claim in wholes and o.sentence >= idx.doc.tokens[k].sentence - reach
            and (side == "unknown" or o.claim.party.category in (side, "unknown"))
            and (voice is None or o.claim.source is None or voice in o.claim.source.name or o.claim.source.name in voice
                 or _of_the_counted(idx, k)) for o in out):
        return True  # «أصيب 4 جنود ...، وتوفي أحد الجرحى», «إصابة أحد العسكريين متوسطة»: one of those counted
        # (by the same voice, a spokesman within his body's name: another speaker's «إصابة أحد جنوده» after a
        # ministry's toll is its own)
    if _part_of_told(idx, k, claim.kind) and any(claim.party.span is None or side in ("unknown", w.party.category)
                                                 for w in wholes):
        return True  # «أن بين الجرحى ثلاثة مسعفين»: some of those counted
    if claim.kind == "injured" and _grave_part(idx, k) and any(side == "unknown" or w.party.category in (side, "unknown")
                                                             for w in wholes):
        return True  # «وأصيب 30 آخرون ...، 5 منهم في حالة حرجة»: «آخرون» (or the part) takes its side later
    here = idx.doc.tokens[k].sentence
    if claim.kind == "injured" and _grave_share(idx, k) and any(o.sentence == here and o.claim in wholes for o in out):
        return True  # «أصيب 20 شخصا، 5 بجروح خطيرة و15 بجروح طفيفة»
    if side != "unknown" and not any(w.party.category == side for w in wholes):
        return False  # another side's figure is its own claim
    told = [o for o in out if o.claim in wholes and (voice is None or o.claim.source is not None and o.claim.source.name == voice)]
    # «دفن 143 جثة» (another voice): his count; so «وصلت المستشفى 3 جثث واضحة المعالم» from its director
    return _still(idx, k) or claim.kind == "killed" and bool(told) and (_tended(idx, k) or _bodies(idx, k)) \
        or claim.kind == "injured" and bool(told) and _taken(idx, k)  # «ونقل 12 جريحا منهم إلى مستشفى»


def _one_of(idx: ClaimIndex, k: int) -> bool:
    """The figure at token ``k`` (or right after its act word) is «أحد» or «إحدى» before a definite
    plural (a partitive quantity, numbers stage): one of people named before, not a count of its own."""
    return any(q is not None and q.partitive and idx.same_clause(k, j)
               for j in (k, k + 1) for q in (idx.quantities.get(j),))


def _kin_of_one(idx: ClaimIndex, k: int) -> bool:
    """«قريب أحد الضحايا»: the partitive «أحد» at token ``k`` (or right after it) has a noun of kinship
    (role ``kin``) right before it in its clause."""
    return any(_one_of(idx, j) and j > 0 and _word(idx, j - 1, "kin") and idx.same_clause(j - 1, j)
               for j in (k, k + 1) if j in idx.quantities)


def _of_the_counted(idx: ClaimIndex, k: int) -> bool:
    """The partitive «أحد» at token ``k`` (or right after it) takes a casualty word («أحد المصابين», «أحد الجرحى»):
    one of those counted, whoever tells it («أحد جنوده» is not, from another voice)."""
    return any(q is not None and q.partitive and idx.tok(q.end - 1) + 1 in idx.cues
               for j in (k, k + 1) for q in (idx.quantities.get(j),))


def _word(idx: ClaimIndex, j: int, role: str) -> bool:
    word, words = idx.doc.tokens[j].text, idx.words.get(role, frozenset())
    return word in words or conjoined(word) and word[1:] in words


def _still(idx: ClaimIndex, k: int) -> bool:
    """A word of a state kept («زال», «يزال», «سوى»: role ``still``) within three words before the
    figure at token ``k`` in its clause."""
    return any(_word(idx, j, "still") and idx.same_clause(j, k) for j in range(max(k - 3, 0), k))


def _grave_part(idx: ClaimIndex, k: int) -> bool:
    """The figure at token ``k`` is tied to those counted before by a partitive («منهم», «منها»,
    «بينهم» right before or after it: role ``among``; or «من» and a casualty word of the wounded
    after it: «4 من المصابين»), and a word of the gravity of wounds («خطيرة», «حرجة»: role
    ``grave``) stands within six words after it in its clause: a part of the wounded by their state.
    «من» and the wounded with the article need no such word: «خطورة إصابة ثلاثة من الجرحى», «نقل 4 من
    المصابين إلى العاصمة» count some of those told before, whatever is said of them."""
    toks = idx.doc.tokens
    after = [j for j in range(k + 1, min(k + 4, len(toks))) if idx.same_clause(k, j)]
    if any(toks[j].text in idx.words.get("of", ()) and j + 1 in idx.cues and idx.cues[j + 1].entry.get("kind") == "injured"
           and has_article(idx.cues[j + 1].prefix) for j in after):
        return True  # «خطورة إصابة ثلاثة من الجرحى», «نقل 4 من المصابين»: some of the wounded told before
    linked = any(_among(idx, j) for j in (k - 1, k - 2) if j >= 0 and idx.same_clause(j, k)) or any(_among(idx, j) for j in after)
    return linked and any(_word(idx, j, "grave") and idx.same_clause(k, j) for j in range(k + 1, min(k + 7, len(toks))))


def _part_of_told(idx: ClaimIndex, k: int, kind: str) -> bool:
    """The figure at token ``k`` counts some of the victims of ``kind`` told before: «بين» and a definite word
    for them right before it («أن بين الجرحى ثلاثة من عناصر الإسعاف», «ومن بين القتلى أربعة أطفال»).
    «ستة من القتلى» is left a count of its own: it also splits a toll by place («ستة من القتلى في X وأربعة في Y»)."""
    toks = idx.doc.tokens
    if k < 2 or toks[k - 2].text not in idx.words.get("between", ()) or not idx.same_clause(k - 2, k):
        return False
    told = idx.cues.get(k - 1)
    return told is not None and told.entry.get("kind") == kind and has_article(told.prefix)


def _grave_share(idx: ClaimIndex, k: int) -> bool:
    """«5 بجروح خطيرة و15 بجروح طفيفة» after the toll of the wounded: the figure at token ``k`` (or
    right after it) names no people and no verb of its own before it, and a word of gravity (role
    ``grave``) follows it at once or after one word: the toll shared out by the gravity of wounds."""
    toks = idx.doc.tokens
    f = k if k in idx.quantities else k + 1
    if f not in idx.quantities or f + 1 >= len(toks) or f + 1 in idx.people:
        return False
    if any(j in idx.cues and idx.cues[j].entry.attrs.get("role") == "act" and idx.same_clause(j, f)
           for j in (f - 1, f - 2) if j >= 0):
        return False  # «وأصيب 5 بجروح خطيرة»: a verb of its own, a toll of its own
    return any(_word(idx, j, "grave") and idx.same_clause(f, j) for j in (f + 1, f + 2) if j < len(toks))


def _among(idx: ClaimIndex, j: int) -> bool:
    """Token ``j`` is a partitive: «منها», «بينهم» (role ``among``) or «منهم» (role ``them``)."""
    return _word(idx, j, "among") or _word(idx, j, "them")


def _tended(idx: ClaimIndex, k: int) -> bool:
    """A word of what is done with the dead (identified, handed over, buried: role ``tended``)
    within three words before the figure at token ``k`` in its clause."""
    return any(_word(idx, j, "tended") and idx.same_clause(j, k) for j in range(max(k - 3, 0), k))


def _bodies(idx: ClaimIndex, k: int) -> bool:
    """«12 جثة متفحمة», «60 قتيلا غير واضحي المعالم», «110 شهداء تم تسليمهم»: the figure at token ``k`` counts
    bodies or the dead by a victim noun of the dead right after it, and a word of the state of the bodies or of
    what was done with them (roles ``bodies``, ``tended``) stands within five words after that noun in its
    clause; no word of finding (role ``found``: «عثر على 4 جثث مجهولة الهوية», «عثرت خلال الساعات الماضية على 17
    جثة») within :data:`FOUND_REACH` words before it."""
    q = idx.quantities.get(k)
    noun = idx.tok(q.end) if q is not None else k + 1
    cue = idx.cues.get(noun)
    if cue is None or cue.entry.attrs.get("role") != "victim" or cue.entry.attrs.get("kind") != "killed":
        return False
    if any(_word(idx, j, "found") and idx.same_clause(j, k) for j in range(max(k - FOUND_REACH, 0), k)):
        return False
    return any((_word(idx, j, "bodies") or _word(idx, j, "tended")) and idx.same_clause(noun, j)
               for j in range(noun + 1, min(noun + 6, len(idx.doc.tokens))))


def _whole_with_subset(idx: ClaimIndex, out: list[ClaimMention], k: int, value: int) -> bool:
    """A larger figure before token ``k`` in the text, followed by a word of subset («292 بينهم 177»): a toll
    told with its parts, whether or not a casualty word counts it; not a figure of another kind in ``out``
    («بإصابة 40 بينهم 10 أطفال»: the wounded, no whole of the dead)."""
    doc = idx.doc
    other = [(doc.normal_pos(o.claim.span.start), doc.normal_pos(o.claim.span.end)) for o in out
             if o.claim.kind != "killed" and o.claim.span is not None]
    return any(q.value is not None and q.value > value and not any(a <= q.start < b for a, b in other)
               and any(idx.blockers.get(s) == "subset" for s in (e + 1, e + 2))
               for e, q in idx.quantity_ends.items() if e < k)


def _taken(idx: ClaimIndex, k: int) -> bool:
    """«ونقل 12 جريحا منهم إلى المستشفى», «واستقبل مستشفى الشفاء 15 جريحا»: a verb of carrying or receiving
    the wounded (role ``taken``) within four words before the figure at token ``k`` in its clause: those of
    a toll of the wounded told before, counted by where they were taken."""
    return any(_word(idx, j, "taken") and idx.same_clause(j, k) for j in range(max(k - 4, 0), k))


def _rescued(idx: ClaimIndex, k: int) -> bool:
    """«إنقاذ 14 شخصا من تحت الأنقاض»: a word of rescue (role ``rescue``) within three words before the
    figure at token ``k`` in its clause: those found alive, no one missing."""
    return any(_word(idx, j, "rescue") and idx.same_clause(j, k) for j in range(max(k - 3, 0), k))


def qualifying(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«القتلى الثلاثة والجريحين»: a figure with the article right before a definite victim word at token ``ti``
    qualifies the noun before it (the dead told back); it counts no victims of the word after it."""
    return ti > 0 and has_article(m.prefix) and definite(idx.doc.tokens[ti - 1].text) and ti - 1 in idx.quantity_ends
