"""A toll split by place or by day (#10): «قتل 4 أشخاص في حلب و2 في إدلب» is two claims, each of
an event of its own (GUIDELINES), the second figure bare and of the first one's side."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import ACCUSATIVE, joined_by_and
from waqia.output import Party
from waqia.stages.claims.context import ClaimIndex, date_tokens
from waqia.stages.claims.party import read_party
from waqia.stages.numbers.stage import Quantity

#: how many words after a total the comma that closes its clause may stand
PLACE_REACH = 6
#: how many words after the place of a figure the next share of a split may begin («في حي بابا عمرو بحمص جراء
#: القصف المدفعي، واثني عشر في جبل الزاوية»)
SHARE_REACH = 12

#: a share of a split: value, low, high, party, end of its phrase
Share = tuple[int | None, int | None, int | None, Party, int]


def split_by_where(idx: ClaimIndex, party: Party, end: int, used: set[int], stop: int | None,
                   total: int | None = None) -> list[Share]:
    """«قتل 4 أشخاص في حلب و2 في إدلب», «5 مدنيين الجمعة و3 آخرون السبت»: after a figure's place or
    day, a bare figure joined by «و» and followed by a place or day of its own is its own event's
    toll (GUIDELINES: a split by place or by day), of its own side or the side ``party`` of the figure whose phrase
    ends at ``end``: (value, low, high, party, end) of each; so is a figure of another side named after it
    («اعتقلت الشرطة 8 أشخاص من قرية الوادي و3 من عناصر الحركة»)."""
    toks, dates, where = idx.doc.tokens, date_tokens(idx), idx.words["in"]
    j = _past_verb(idx, idx.tok(end))
    after_comma = _places_after_comma(idx, party, j, total, used)
    if after_comma:
        return after_comma
    if j >= len(toks) or not (toks[j].text in where or j in dates or from_place(idx, j)):
        return []
    for n in range(j + 1, min(j + SHARE_REACH, len(toks))):
        if not (idx.same_clause(j, n) or joined_by_and(toks[n].text) and comma_only(idx, n)
                and idx.same_clause(j, n - 1)) or n in idx.cues or n in idx.people:
            return []  # «في قصف على إدلب، و3 في قصف على حلب»: a comma before «و» still splits
        q = idx.quantities.get(n)
        if q is None or not joined_by_and(toks[n].text):
            continue
        p2, e2 = read_party(idx, idx.tok(q.end), stop=stop)
        after = idx.tok(e2) if p2.span is not None else idx.tok(q.end)  # «وخمسة عشر في إدلب»: past every word of it
        placed = after < len(toks) and (toks[after].text in where or after in dates or from_place(idx, after)) \
            and idx.same_clause(n, after)
        if n in used or not placed and (p2.span is None or p2.category in ("unknown", party.category)):
            return []  # «8 أشخاص من قرية الوادي و3 من عناصر الحركة»: another side's part, a claim of its own
        used.add(n)
        side = p2 if p2.category != "unknown" else Party(p2.span, party.name, party.category)
        return [(q.value, q.low, q.high, side, max(e2, q.end))]
    return []


def _past_verb(idx: ClaimIndex, j: int) -> int:
    """«أن 15 من الضحايا قتلوا في القرية و8 في البلدة المجاورة»: a casualty verb right after a fronted figure
    (token ``j``, in its clause) stands between the figure and its place; the place is read after the verb."""
    cue = idx.cues.get(j)
    if cue is None or j == 0 or not idx.same_clause(j - 1, j) or cue.entry.attrs.get("role") not in ("act", "post"):
        return j
    n = idx.tok(cue.end - 1) + 1
    return n if n < len(idx.doc.tokens) and idx.same_clause(j, n) else j


def _places_after_comma(idx: ClaimIndex, party: Party, j: int, total: int | None, used: set[int]) -> list[Share]:
    """«قتل 5 أشخاص في القصف، اثنان في المدينة وثلاثة في الريف»: after the comma that closes the
    clause of a total (from token ``j``), bare figures each with a place of its own, joined by «و»
    and adding up to the total: each its own event's toll, of the total's side."""
    toks, where = idx.doc.tokens, idx.words["in"]
    k = next((n for n in range(j, min(j + PLACE_REACH, len(toks))) if n in idx.quantities or n in idx.cues
              or toks[n].sentence != toks[j].sentence or n > 0 and not idx.same_clause(n - 1, n)), None)
    if total is None or k is None or k not in idx.quantities or k in used or not comma_only(idx, k):
        return []
    shares: list[Share] = []
    firsts: list[int] = []
    while k is not None and k in idx.quantities:
        q = idx.quantities[k]
        at = idx.tok(q.end)
        if at >= len(toks) or not (toks[at].text in where or from_place(idx, at)) or not idx.same_clause(k, at):
            return []
        shares.append((q.value, q.low, q.high, party, q.end))
        firsts.append(k)
        k = next((n for n in range(at + 1, min(at + 5, len(toks))) if joined_by_and(toks[n].text)
                  and n in idx.quantities and idx.same_clause(at, n)), None)
    if len(shares) < 2 or sum(share[0] or 0 for share in shares) != total or used.intersection(firsts):
        return []
    used.update(firsts)
    return shares


def from_place(idx: ClaimIndex, j: int) -> bool:
    """«من قرية», «من مخيم»: «من» at token ``j`` and a kind of place after it (claim_words role
    ``place_kind``): where a share of a split was taken from, no partitive («3 من الجنود»)."""
    toks = idx.doc.tokens
    return j + 1 < len(toks) and toks[j].text in idx.words.get("of", ()) \
        and toks[j + 1].text in idx.words.get("place_kind", ())


def comma_only(idx: ClaimIndex, j: int) -> bool:
    """«قتل ضابط واثنان آخران، وخمسة من عناصر التنظيم»: a comma before «و» still lists."""
    toks = idx.doc.tokens
    return toks[j].sentence == toks[j - 1].sentence and idx.doc.text[toks[j - 1].end:toks[j].start].strip() in ("،", ",")


def past_wounds(idx: ClaimIndex, m: Match, j: int) -> int:
    """«إصابة جندي بجروح متوسطة وآخر بجروح طفيفة»: after a wounded part, the words of its wounds
    (a casualty word of the kind of ``m`` that follows its victims, and one adjective) up to a part
    joined by «و»; ``j`` itself when none stand there."""
    cue = idx.cues.get(j)
    if cue is None or cue.entry.attrs.get("role") != "post" or cue.entry.get("kind") != m.entry.get("kind"):
        return j
    toks, n = idx.doc.tokens, idx.tok(cue.end - 1) + 1
    if n < len(toks) and not joined_by_and(toks[n].text) and not _counted(idx, n) and n not in idx.cues:
        n += 1  # «متوسطة», «طفيفة»: how bad
    if n < len(toks) and joined_by_and(toks[n].text) and idx.same_clause(j, n) and _counted(idx, n):
        return n
    return j


def _counted(idx: ClaimIndex, n: int) -> bool:
    """A noun for people or a figure at token ``n`` (looked up, no union of the maps built: #14)."""
    return n in idx.people or n in idx.quantities


def shares_count(idx: ClaimIndex, q: Quantity | None, j: int) -> bool:
    """«قتل نحو 40 جنديا ومتطوعا»: a singular noun in the accusative joined by «و» at token ``j``
    to the singular noun a figure above ten counts is counted by that figure too (both its
    tamyiz), no one more; «40 جنديا وضابط» (not accusative) is one more."""
    if q is None or q.value is None or q.value <= 10:
        return False
    noun, other = idx.people.get(idx.tok(q.end)), idx.people.get(j)
    return noun is not None and other is not None \
        and noun.entry.attrs.get("number") == "sg" and other.entry.attrs.get("number") == "sg" \
        and j not in idx.quantities and idx.doc.tokens[j].text.endswith(ACCUSATIVE)


def two_forces(a: Party, b: Party) -> bool:
    """«5 من عناصر حركة الشباب و3 من مقاتلي تنظيم داعش»: parts of armed groups that each name their
    own force by its name (a canonical name, not the words of the text), and not the same one, are two
    parties, each a claim; «5 من عناصر الحركة و3 مسلحين آخرين» adds up (a noun names no force)."""
    if a.category != "armed_group" or b.category != "armed_group" or a.name == b.name:
        return False
    return _names_force(a) and _names_force(b)


def _names_force(p: Party) -> bool:
    """The party is named by a canonical name, not by the words of the text."""
    return p.span is not None and p.name is not None and p.name != p.span.text
