"""The dead and wounded told only through what is done to them (#10, figure-less claims).

«وتم إسعاف المصابين إلى المستشفى», «ونقل الجرحى إلى مستشفى المدينة», «وقامت فرق الإنقاذ بانتشال
الجثث», «وشيع الأهالي القتلى», «ونقلت سيارات الإسعاف جرحى القصف»: a definite noun (or one in construct) that names the wounded or the dead (casualty_terms.tsv
role ``victim``) right after a word of care, transport, rescue or burial (claim_words.tsv role
``care``: «نقل», «إسعاف», «إخلاء», «معالجة», «استقبل», «انتشال»; roles ``tended`` and ``rescue``: «تشييع»,
«دفن», «تسليم», «إنقاذ», «إجلاء») tells of them as
known.  When no claim of that kind was read anywhere in the article they were never counted: a
figure-less claim of that kind (value null).  When one was, they are those people again, and nothing
is added; a figure right after the noun («المصابين الخمسة») counts them, and a blocker before the
word of care («لا داعي») is left to the blocker.  In an article that reads no claim at all the
sentence or the one before must tell of an event (an event trigger: «من موقع الانفجار»): care alone («تكفلت
الوزارة بعلاج الجرحى») may speak of no event.
"""

from __future__ import annotations

from waqia.core.morphology import definite, has_article
from waqia.stages.claims.context import ClaimIndex, blocker_before, event_words, occurrence
from waqia.stages.claims.party import make_claim, read_party, side_after
from waqia.stages.claims.rules import CARED, ClaimMention

#: the kinds of people a word of care may tell of without a count
KINDS = ("killed", "injured")
#: the claim_words.tsv roles of the words of care: care, burial and handing over (``tended``), rescue,
#: and the words of taking the wounded somewhere (``taken``, shared with claims/restated._taken)
CARE = ("care", "tended", "rescue", "taken")


def cared_for(idx: ClaimIndex, claims: list[ClaimMention]) -> list[ClaimMention]:
    """``claims`` with one figure-less claim of each kind in :data:`KINDS` that no claim counts, for
    the first definite noun of that kind after a word of care (see the module)."""
    told = {cm.claim.kind for cm in claims}
    if told.issuperset(KINDS):
        return list(claims)  # each kind counted already: no cue to look at (#14)
    added: list[ClaimMention] = []
    for ti in sorted(idx.cues):
        m = idx.cues[ti]
        kind = m.entry.get("kind")
        if kind not in KINDS or kind in told or m.entry.get("role") != "victim" or not _cared(idx, ti):
            continue
        if not (has_article(m.prefix) or _of_event(idx, ti)) or not claims and not _event_in(idx, ti):
            continue  # «تكفلت الوزارة بعلاج الجرحى»: care told of no event the article reads
        told.add(kind)
        party, pend = read_party(idx, side_after(idx, ti), require_link=True)
        span = idx.doc.span(m.start, max(m.end, pend))
        claim = make_claim(idx, kind, None, m.start, span, party, vague=idx.doc.span(m.start, m.end).text)
        added.append(ClaimMention(claim, m.start, idx.doc.sentence_of(m.start), CARED, m.entry.get("detail")))
    out = list(claims)
    for cm in added:  # in text order, the claims read before keep theirs
        out.insert(next((n for n, o in enumerate(out) if o.pos > cm.pos), len(out)), cm)
    return out


def _cared(idx: ClaimIndex, ti: int) -> bool:
    """A word of care right before the token ``ti`` in its clause, or before the body in construct with
    it («جثث القتلى») or its subject, one definite word or two in construct («وشيع الأهالي القتلى», «ونقلت
    سيارات الإسعاف الجرحى»), or both; the noun may itself be in construct («جرحى القصف»); no figure
    follows the noun, no claim blocker stands before, and no relative pronoun right before the word of care
    (a relative clause tells what someone does or did, of no one counted here)."""
    nxt, care = ti + 1, ti - 1
    head = idx.cues.get(care)
    if care > 0 and head is not None and head.entry.get("role") == "victim" and not has_article(head.prefix):
        care -= 1  # «انتشال جثث الضحايا», «تشييع جثامين الشهداء»: the bodies of the dead, in construct
    word, to = idx.doc.tokens[care].text, idx.words.get("to", frozenset())
    if care > 0 and definite(word) and care not in idx.cues and not any(word.startswith(w) for w in to):
        care -= 1  # «ونقلت الطواقم الجرحى»: the subject between; not «إليه», whose matching form opens as «ال»
        if care > 0 and not _care_word(idx, care) and care not in idx.cues and care not in idx.quantities \
                and _care_word(idx, care - 1):
            care -= 1  # «وشيع أهالي البلدة», «ونقلت سيارات الإسعاف»: a subject of two words in construct
    which = idx.words.get("which", frozenset())
    if any(idx.doc.tokens[j].text in which and idx.same_clause(j, care) for j in range(max(care - 3, 0), care)):
        return False  # «هيئة الإسعاف التي تتولى نقل المصابين»: what a body does, told of no one
    return ti > 0 and _care_word(idx, care) and idx.same_clause(care, ti) \
        and nxt not in idx.quantities and ti not in idx.quantity_ends and nxt not in idx.quantity_ends \
        and blocker_before(idx, care) is None and blocker_before(idx, ti) is None


def _of_event(idx: ClaimIndex, ti: int) -> bool:
    """The indefinite victim noun at ``ti`` in construct with the event right after it («جرحى القصف», «قتلى
    الانفجار»: an event trigger); «جرحى الحرب», «قتلى الجيش» name no event of the article."""
    nxt = ti + 1
    return nxt < len(idx.doc.tokens) and idx.same_clause(ti, nxt) and idx.doc.tokens[nxt].start in event_words(idx) \
        and definite(idx.doc.tokens[nxt].text)


def _care_word(idx: ClaimIndex, k: int) -> bool:
    """The token ``k`` is a word of care (the roles of :data:`CARE`)."""
    return any(occurrence(idx, k, role) for role in CARE)


def _event_in(idx: ClaimIndex, ti: int) -> bool:
    """An event trigger («الانفجار», «القصف») in the sentence of the token ``ti`` or the one before."""
    sentence = idx.doc.tokens[ti].sentence
    return any(0 <= sentence - idx.doc.sentence_of(m.start) <= 1 for m in idx.doc.matches_of("event_triggers"))

