"""Whose men a speaker counts (#10): the side a source's name holds («أعلن الحشد الشعبي»,
«قالت وزارة الداخلية»), and members named by their noun alone in that side's own statement.

«أعلنت وزارة الداخلية مقتل 3 عناصر», «قالت الشرطة إن أربعة أفراد قتلوا»: a noun for members of no
side («عناصر», «أفراد», claim_words.tsv role ``members``), one word, counted in a statement whose
speaker is itself a side, names that side's own men when the words of the figure tell what befell
them (a noun or verb of suffering, claim_words.tsv roles ``suffered`` and ``passive``, or the figure
as the subject before its verb) and the sentence names no act of that side («قتلت قواته 5 عناصر»:
the speaker's kill, of no side said; «عناصر إرهابية», «من داعش» name another side and are read so
before this rule is asked).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from waqia.core.document import Document
from waqia.core.morphology import (
    ARTICLE,
    AT,
    LAM,
    LAM_ARTICLE,
    OBLIQUE,
    PLURAL_NOMINATIVE,
    conjoined,
    proclitic_readings,
    without_article,
)
from waqia.output import Party
from waqia.stages.claims.context import ClaimIndex, complementiser
from waqia.stages.claims.rules import ClaimMention, replace_party
from waqia.stages.sources.lookup import source_for

SIDES = ("state_forces", "armed_group")
OWN_KINDS = ("killed", "injured", "missing")  # the speaker's captives are the enemy's men
SPEAKER_ROLES = ("government", "security", "military")  # claim_words.tsv roles of a state's speaker


def speaker_side(doc: Document, source: object) -> str:
    """The category of a named force inside the source's name («هيئة الحشد الشعبي»), or inside the
    name a back-reference stands for («وأضاف المركز»: «المركز الإعلامي لقوات سوريا الديمقراطية»)."""
    for a in doc.layer("actors"):
        if a.start < getattr(source, "end", 0) and a.end > getattr(source, "start", 0):
            return a.category
    named = told_back(doc, source)
    return speaker_side(doc, named) if named is not None else "unknown"


def told_back(doc: Document, source: object) -> object | None:
    """The source a back-reference («وأضاف المصدر») stands for: the last one before it of its head
    that is no back-reference itself."""
    if not getattr(source, "backref", False):
        return None
    earlier = [a.source for a in doc.layer("sources") if a.source.head == getattr(source, "head", None)
               and not a.source.backref and a.source.end <= getattr(source, "start", 0)]
    return earlier[-1] if earlier else None


def speaker_words(idx: ClaimIndex, source: object, roles: tuple[str, ...] = ("government",)) -> str:
    """The state's side, when the words of the source's name hold a word for the government
    («الحكومة», «التابعة لحكومة الوفاق»), or with ``roles`` security and military for its security
    forces («مصدر أمني», «مصادر عسكرية»: a source, not the owner a pronoun stands for, so only for
    members named alone), or name its ministry of defence («وزارة الدفاع»: role ``defence`` right after
    one of role ``ministry``; «الدفاع المدني» is the rescuers)."""
    toks, words = idx.doc.tokens, idx.words
    government = frozenset().union(*(words.get(role, frozenset()) for role in roles))
    start, end = getattr(source, "start", 0), getattr(source, "end", 0)
    for j in range(idx.tok(start), len(toks)):
        if toks[j].start >= end:
            break
        bare = _bare(toks[j].text)
        if bare in government or ARTICLE + bare in government or bare in words.get("defence", ()) and j > 0 \
                and _bare(toks[j - 1].text) in words.get("ministry", ()):
            return "state_forces"
    return "unknown"


def _bare(word: str) -> str:
    """«لحكومة»: the word without a «ل» that is no article."""
    return word[1:] if word.startswith(LAM) and not word.startswith(LAM_ARTICLE) else word


def own_men(idx: ClaimIndex, claims: list[ClaimMention], posts: Mapping[int, str]) -> list[ClaimMention]:
    """Members named by their noun alone, still of no side, counted by a speaker that is a side: that
    side's men (module doc); in or right after a sentence that tells of an attack on a post, the post's
    (``posts``, claims/mixed.py) unless that post is the speaker's own."""
    out = []
    for cm in claims:
        c = cm.claim
        noun = _counted_noun(idx, cm)
        side = _speaking_side(idx, cm) if noun is not None else "unknown"
        if side in SIDES and (_suffered(idx, cm) or _enemy_subject(idx, cm, side)):
            post = posts.get(cm.sentence) or posts.get(cm.sentence - 1)
            if post in (None, side) and (noun == "members" or side == "state_forces"):
                cm = dataclasses.replace(cm, claim=replace_party(c, Party(c.party.span, c.party.name, side)))
        out.append(cm)
    return out


def state_bodies(idx: ClaimIndex, claims: list[ClaimMention]) -> list[ClaimMention]:
    """«3 عناصر من المخابرات», «عنصرين في الاستخبارات», «أفراد المرور»: members named by their noun alone
    and, right after it (past «من» or «في»), a body of the state the lexicon names no force by
    (claim_words.tsv role ``state_body``: read for the side of its men only, so that no statement of the
    service becomes a side of the event) are the state's men."""
    bodies, toks = idx.words.get("state_body", frozenset()), idx.doc.tokens
    out = []
    for cm in claims:
        c = cm.claim
        span = c.party.span
        if bodies and span is not None and c.party.category == "unknown" and c.kind != "participants" \
                and len(span.text.split()) == 1 and members_alone(idx, span.start):
            n = idx.tok(idx.doc.normal_pos(span.start)) + 1
            n += n < len(toks) and (toks[n].text in idx.words["of"] or toks[n].text in idx.words["in"])
            if n < len(toks) and idx.same_clause(n - 1, n) and any(stem in bodies for _, stem in proclitic_readings(toks[n].text)):
                cm = dataclasses.replace(cm, claim=replace_party(c, Party(c.party.span, c.party.name, "state_forces")))
        out.append(cm)
    return out


def _counted_noun(idx: ClaimIndex, cm: ClaimMention) -> str | None:
    """``members`` for a noun for members of no side alone («3 عناصر»), ``fighters`` for «مقاتلين» alone
    (an armed group's by default: a state's speaker counts its own fighters by it, «أعلن الجيش مقتل 4
    مقاتلين»), else None."""
    c = cm.claim
    span = c.party.span
    if span is None or c.kind not in OWN_KINDS or c.source is None or len(span.text.split()) != 1:
        return None
    if not _nothing_said(idx, idx.tok(idx.doc.normal_pos(span.start)) + 1):
        return None  # «عناصر خارجين عن القانون», «عناصر من المهربين»: words that say who they were
    if c.party.category == "unknown" and _word_of(idx, span.start, "members") and members_alone(idx, span.start):
        return "members"
    m = idx.people.get(idx.tok(idx.doc.normal_pos(span.start)))
    if c.party.category == "armed_group" and _word_of(idx, span.start, "fighters") and m is not None \
            and not m.entry.get("name") and "possessive" not in m.entry.get("flags"):
        return "fighters"
    return None


def _nothing_said(idx: ClaimIndex, n: int) -> bool:
    """The word at token ``n``, right after members named alone, says nothing of who they were: the
    clause ends, a casualty word, a word joined by «و», a preposition or a word of time or place
    (claim_words.tsv roles in, near, during, after, since, on, to, time, adverbial; «أن»; the proclitic «ب»),
    or «آخرين»; not an adjective or a verb that describes them, nor «من» but before a body they belong to."""
    toks, words = idx.doc.tokens, idx.words
    if n >= len(toks) or not idx.same_clause(n - 1, n) or n in idx.cues or n in idx.quantities \
            or conjoined(toks[n].text):
        return True  # «مقاتلين اثنين»: their number
    word = toks[n].text
    if word in words["of"]:  # «عناصر من الدورية»: of a body, told by no owner; «من المهربين»: who they were
        return n + 1 < len(toks) and idx.same_clause(n, n + 1) and n + 1 not in idx.people \
            and _body(toks[n + 1].text)
    m = idx.people.get(n)
    if m is not None:
        return m.entry.attrs.get("type") == "other"
    return word.startswith(AT) and len(word) > 3 or complementiser(idx, n) or any(
        word in words.get(role, ()) for role in ("in", "near", "during", "after", "since", "on", "to", "time", "adverbial"))


def _body(word: str) -> bool:
    """A definite noun that is no sound plural («الدورية», «الوحدة», «المرور»): a body or a unit the
    members belong to, of no side the lexicon knows; a sound plural («المهربين», «المتسللين») names
    people, who they were."""
    return word.startswith(ARTICLE) and not word.endswith((PLURAL_NOMINATIVE, OBLIQUE))


def members_alone(idx: ClaimIndex, start: int) -> bool:
    """A noun for members of no side («عناصر», «أفراد») at offset ``start`` of the original text, with no
    owner's pronoun («عناصرها» is told by :func:`waqia.stages.claims.party.make_claim`)."""
    m = idx.people.get(idx.tok(idx.doc.normal_pos(start)))
    return m is not None and m.entry.attrs.get("type") == "person" and m.entry.attrs.get("category") == "unknown" \
        and "possessive" not in m.entry.get("flags") and not m.entry.get("name")


def _word_of(idx: ClaimIndex, start: int, role: str) -> bool:
    """The word at offset ``start`` of the original is one of claim_words.tsv role ``role``: a noun for
    members («عناصر», «العناصر», «وأفراد»: not one for leaders or kin), or for fighters («مقاتلين»)."""
    members = idx.words.get(role, frozenset())
    word = idx.doc.tokens[idx.tok(idx.doc.normal_pos(start))].text
    return any(without_article(stem) in members for _, stem in proclitic_readings(word))


def _suffered(idx: ClaimIndex, cm: ClaimMention) -> bool:
    """The claim's words open on a noun or verb of suffering («مقتل», «بمقتل», «أصيب»), on a verb read as
    the passive where it opens its clause before the figure («قتل 3 عناصر»: claim_words.tsv role
    ``opening_passive``), or on the figure itself, the subject of the verb after it («أربعة أفراد قتلوا»)."""
    span = cm.claim.span
    if span is None:
        return False
    k = idx.tok(idx.doc.normal_pos(span.start))
    cue = idx.cues.get(k)
    if cue is None:
        return k in idx.quantities or k in idx.people
    suffered = idx.words.get("suffered", frozenset()) | idx.words.get("passive", frozenset()) \
        | idx.words.get("occur", frozenset())  # «سقوط»
    stems = {stem for _, stem in proclitic_readings(idx.doc.tokens[k].text)}
    if cue.entry.key in suffered or stems & suffered:
        return True
    # «قتل 3 عناصر، بحسب بيان للجيش»: the verb opens its clause, the figure right after it: the passive
    return bool(stems & idx.words.get("opening_passive", frozenset())) and k + 1 in idx.quantities \
        and (k == 0 or not idx.same_clause(k - 1, k))


def _enemy_subject(idx: ClaimIndex, cm: ClaimMention, side: str) -> bool:
    """The claim's words open on a casualty verb whose subject, right before it in its clause, is a
    side other than the speaker's («قالت الشرطة إن مسلحين قتلوا 3 عناصر»): the speaker's men fell."""
    span = cm.claim.span
    if span is None:
        return False
    k = idx.tok(idx.doc.normal_pos(span.start))
    if k not in idx.cues:
        return False
    for j in range(k - 1, max(k - 4, -1), -1):
        m = idx.people.get(j)
        if not idx.same_clause(j, k):
            return False
        if m is not None:
            category = m.entry.attrs.get("category")
            return category in SIDES and category != side and "possessive" not in m.entry.get("flags")
    return False


def _speaking_side(idx: ClaimIndex, cm: ClaimMention) -> str:
    """The side of the claim's speaker, unless a force of that side other than the speaker is named in
    the claim's sentence (it acts in the event: «في عملية نفذتها قوات الجيش»)."""
    attribution = source_for(idx.doc, cm.pos, cm.sentence)
    source = getattr(attribution, "source", None)
    if source is None:
        return "unknown"
    side = speaker_side(idx.doc, source)
    if side == "unknown":
        side = speaker_words(idx, told_back(idx.doc, source) or source, SPEAKER_ROLES)  # «وأضاف المصدر»: «مصدر أمني»
    if side == "unknown":
        side = _speaker_rank(idx, told_back(idx.doc, source) or source)  # «قال ضابط»
    start, end = getattr(source, "start", 0), getattr(source, "end", 0)
    last = idx.tok(max(end - 1, start)) + 2  # «ضابط في الشرطة»: the force the speaker belongs to is his
    if any(a.sentence == cm.sentence and a.category == side and not (a.end > start and idx.tok(a.start) <= last)
           for a in idx.doc.layer("actors")) or _speaker_acts(idx, cm.sentence):
        return "unknown"
    return side


def _speaker_rank(idx: ClaimIndex, source: object) -> str:
    """The side of a noun for one man of a side that opens the source's name («قال ضابط في الشرطة»,
    «ضابط برتبة عقيد»: a rank of the state's forces)."""
    start = getattr(source, "start", 0)
    m = idx.people.get(idx.tok(start))
    if m is None or m.start != start or m.entry.attrs.get("type") != "person" or m.entry.attrs.get("number") != "sg":
        return "unknown"
    category = m.entry.attrs.get("category") or "unknown"
    return category if category in SIDES else "unknown"


def _speaker_acts(idx: ClaimIndex, sentence: int) -> bool:
    """The sentence tells an act of the speaker's own side: its forces by a pronoun («نفذتها قواته»), a
    raid or a campaign («خلال مداهمة», «عملية أمنية»: claim_words.tsv roles ``own_forces``,
    ``operation``, ``operation_of``), or captives («واعتقال 3 آخرين»): the dead counted with it are the enemy's."""
    doc, words = idx.doc, idx.words
    own, operation = words.get("own_forces", frozenset()) | words.get("operation", frozenset()), \
        words.get("operation_of", frozenset())
    sent = doc.sentences[sentence]
    toks = doc.tokens
    for j in range(doc.token_index(sent.start), len(toks)):
        if toks[j].sentence != sentence:
            break
        cue = idx.cues.get(j)
        if cue is not None and cue.entry.attrs.get("kind") == "captured":
            return True
        stems = {without_article(stem) for _, stem in proclitic_readings(toks[j].text)}
        if stems & own or stems & operation and j + 1 < len(toks) and _security(idx, toks[j + 1].text):
            return True
    return False


def _security(idx: ClaimIndex, word: str) -> bool:
    """«أمنية», «العسكرية»: a word of role ``security`` or ``military``, with the article or without it."""
    security = idx.words.get("security", frozenset()) | idx.words.get("military", frozenset())
    return word in security or ARTICLE + word in security
