"""Victims said to be of more than one side: a toll of people is then of no one side.

«قتل 12 شخصا في الهجوم. وبين الضحايا مدنيون وجنود»: the sentence about who the victims
were («بين الضحايا ...», «من بين القتلى ...», «أغلبية القتلى جنود») names soldiers among
them, so «أشخاص» (civilians unless the text says otherwise, GUIDELINES) were not all
civilians, and the toll told before belongs to no one side.  «وبين الضحايا أطفال» keeps
them civilians; «من بين الضحايا مدنيون» (a noun naming the category, flag ``category``)
sets them against the rest, as «منهم 6 مدنيين» does.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Set as AbstractSet

from waqia.core.lexicon import Lexicon
from waqia.core.morphology import ACCUSATIVE, PREPOSITIONS, conjoined, has_article
from waqia.core.normalize import key as norm_key
from waqia.output import Party
from waqia.stages.claims.cared import cared_for
from waqia.stages.claims.context import ClaimIndex, complementiser
from waqia.stages.claims.crews import crew_sides
from waqia.stages.claims.mixed_totals import (
    opening_subsets,
    past_side,
    same_side_parts,
    side_read,
    the_civilians,
)
from waqia.stages.claims.rules import (
    BOTH_SIDES,
    ClaimMention,
    default_civilians,
    drop_increments,
    drop_subsumed,
    echoed_sides,
    inherit_parties,
    replace_party,
)
from waqia.stages.claims.search import search_words, tokens_holding
from waqia.stages.claims.speakers import members_alone, own_men, state_bodies
from waqia.stages.claims.targets import Posts
from waqia.stages.claims.told_shares import share_sides
from waqia.stages.claims.uncounted import opens_subject

REACH = 5  # sentences before the one about the victims whose tolls it speaks of
VICTIM_KINDS = ("killed", "injured", "missing")


@functools.lru_cache(maxsize=4)
def _people_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From ``actor_terms.tsv``, once per lexicon (#14): the words for «others» («آخرين»), those and
    the generic nouns for people («أشخاص»), and the ordinals («ثالث»)."""
    terms = lexicon.concept("actor_terms")
    others = frozenset(e.key for e in terms if e.get("type") == "other" and not e.get("name"))
    generic = others | {e.key for e in terms if "generic" in e.get("flags")}
    ordinals = frozenset(e.key for e in terms if "ordinal" in e.get("flags"))
    return others, generic, ordinals


def settle_sides(idx: ClaimIndex, claims: list[ClaimMention], lexicon: Lexicon) -> list[ClaimMention]:
    """The rules over a document's claims once read, in order: civilians by default, «آخرين» takes
    the side before, mixed victims, figureless mentions and steps towards a toll dropped."""
    others, generic, ordinals = _people_words(lexicon)
    posts = Posts(idx)
    claims = military_care(idx, cared_for(idx, claims))  # «نقل الجرحى»: the wounded told as known, never counted
    claims = crew_sides(idx, own_men(idx, state_bodies(idx, claims), posts))  # before the default: «وإصابة اثنين»
    claims = inherit_parties(_post_men(idx, default_civilians(claims, posts), posts), others,
                             lambda cm: _ordinal_after(idx, cm, ordinals))
    claims = echoed_sides([_lone_others(idx, cm, claims[:n], others) for n, cm in enumerate(claims)])
    claims = [cm for cm in claims if not _ordinal_alone(cm, ordinals)]
    claims = same_side_parts(idx, mixed_victims(idx, claims, generic), REACH)
    return drop_increments(drop_subsumed(claims, lambda o, cm: _whereas_between(idx, cm, o)))


def _whereas_between(idx: ClaimIndex, a: ClaimMention, b: ClaimMention) -> bool:
    """«وإصابة آخرين، فيما أصيب مقاتلان من مجلس منبج العسكري»: a clause of contrast (claim_words flag ``whereas``)
    opens in their sentence between the mention ``a`` and the figure ``b`` after it, told of other victims in the same
    voice («قتلى وجرحى، فيما أفاد مسعفون بمقتل 5»: another account of the same, the figure stands for the mention)."""
    whereas = idx.words.get("whereas", frozenset())
    voices = {c.claim.source.name if c.claim.source is not None else None for c in (a, b)}
    if not whereas or a.sentence != b.sentence or b.pos <= a.pos or len(voices) > 1:
        return False
    toks = idx.doc.tokens
    return any(toks[k].text in whereas for k in range(idx.tok(a.pos) + 1, idx.tok(b.pos)))


def _post_men(idx: ClaimIndex, claims: list[ClaimMention], posts: Posts) -> list[ClaimMention]:
    """«أسفر الهجوم على نقطة أمنية عن مقتل 4 عناصر»: members of no side named by their noun alone (a
    person noun of no side, one word, no owner) in a sentence that tells of an attack on the post of a
    side, or right after one, are the post's men: the side ``posts`` gives (claims/targets.py), as for
    victims of no noun."""
    out = []
    for cm in claims:
        c = cm.claim
        if c.party.category == "unknown" and c.party.span is not None and c.kind != "participants" \
                and len(c.party.span.text.split()) == 1 and members_alone(idx, c.party.span.start):
            side = posts.get(cm.sentence) or posts.get(cm.sentence - 1, "unknown")  # «هاجموا نقطة أمنية. وقتل 3 عناصر»
            if side != "unknown":
                cm = dataclasses.replace(cm, claim=replace_party(c, Party(c.party.span, c.party.name, side)))
        out.append(cm)
    return out


def _lone_others(idx: ClaimIndex, cm: ClaimMention, before: list[ClaimMention], others: AbstractSet[str]) -> ClaimMention:
    """«قتلوا عن طريق الخطأ وأصيب كثيرون آخرون»: «آخرون» as the noun of a vague figure or of a casualty
    word right before it, with no claim before it in its sentence or the one before to take a side from,
    are more people of no kind: civilians by default, as «أشخاص» are («لموظفين آخرين» is the noun's);
    so is «آخرون» as the subject of «لقي» or after «أن» («ولقي آخرون حتفهم», «أن آخرين أصيبوا»:
    claims/uncounted.py)."""
    c = cm.claim
    if c.value is not None or c.party.category != "unknown" or c.party.name == BOTH_SIDES or c.party.span is None \
            or c.kind == "participants" or norm_key(c.party.span.text.split()[0]) not in others:
        return cm
    k = idx.tok(idx.doc.normal_pos(c.party.span.start))
    if k == 0 or k - 1 not in idx.cues and k - 1 not in idx.quantity_ends and not opens_subject(idx, k) \
            or any(0 <= cm.sentence - o.sentence <= 1 for o in before):
        return cm
    return dataclasses.replace(cm, claim=replace_party(c, Party(c.party.span, c.party.name, "civilians")))


def _ordinal_after(idx: ClaimIndex, cm: ClaimMention, ordinals: AbstractSet[str]) -> bool:
    """The noun of the victims has an ordinal after it («عنصرا رابعا»): one more of those counted before."""
    span = cm.claim.party.span
    k = idx.tok(idx.doc.normal_pos(span.end - 1)) + 1 if span is not None else len(idx.doc.tokens)  # of the original
    if k >= len(idx.doc.tokens) or not idx.same_clause(k - 1, k):
        return False
    key = norm_key(idx.doc.tokens[k].text)
    return key in ordinals or key.endswith(ACCUSATIVE) and key[:-len(ACCUSATIVE)] in ordinals


def _ordinal_alone(cm: ClaimMention, ordinals: AbstractSet[str]) -> bool:
    """«وأصيب ثالث» is one more of a figure before it in its sentence; with none to take a side
    from («خامس»), it is no count of victims."""
    span = cm.claim.party.span
    return span is not None and cm.claim.party.category == "unknown" and bool(span.text.split()) \
        and norm_key(span.text.split()[0]) in ordinals


def military_care(idx: ClaimIndex, claims: list[ClaimMention]) -> list[ClaimMention]:
    """The dead and wounded of no named side taken to a military hospital («نقلوا إلى مستشفى
    العريش العسكري», claim_words.tsv roles ``hospital`` and ``military``) are soldiers."""
    if not any(_sideless(cm) for cm in claims):
        return claims  # no toll of no side: no hospital to look for (#14)
    sentences = _military_hospitals(idx)
    out = []
    for cm in claims:
        c = cm.claim
        if cm.sentence in sentences and _sideless(cm):
            cm = dataclasses.replace(cm, claim=replace_party(c, Party(None, None, "state_forces")))
        out.append(cm)
    return out


def _sideless(cm: ClaimMention) -> bool:
    c = cm.claim
    return c.party.span is None and c.party.category == "unknown" and c.kind in ("killed", "injured")


def _military_hospitals(idx: ClaimIndex) -> set[int]:
    """The sentences with a word for a hospital and, within three words after it, «العسكري»."""
    toks, hospital, military = idx.doc.tokens, idx.words.get("hospital", frozenset()), \
        idx.words.get("military", frozenset())
    # only the tokens that hold a word for a hospital are read (#14)
    return {toks[j].sentence for j in tokens_holding(idx.doc, search_words(hospital))
            if j < len(toks) and _bare(toks[j].text) in hospital
            and any(toks[n].text in military and toks[n].sentence == toks[j].sentence
                    for n in range(j + 1, min(j + 4, len(toks))))}


def _bare(word: str) -> str:
    """«إلى المستشفى» / «لمستشفى»: the word without a proclitic «ل» or «و»."""
    return word[1:] if (word[:1] in PREPOSITIONS or conjoined(word)) and len(word) > 4 else word


def mixed_victims(idx: ClaimIndex, claims: list[ClaimMention], generic: AbstractSet[str]) -> list[ClaimMention]:
    """Tolls of people of no named side become ``unknown`` when a sentence at most
    :data:`REACH` sentences after them says the victims included another side (``generic``:
    the words for people of no kind and «آخرين», actor_terms.tsv)."""
    said = _said_mixed(idx)
    if not said:
        return claims
    out = []
    for cm in claims:
        c = cm.claim
        hit = next((side for s, side in said if cm.sentence <= s <= cm.sentence + REACH), None)
        if hit and c.kind in VICTIM_KINDS and c.party.category == "civilians" and _generic(cm, generic):
            cm = dataclasses.replace(cm, claim=replace_party(c, Party(c.party.span, c.party.name, hit)))
        out.append(cm)
    return out


def _said_mixed(idx: ClaimIndex) -> list[tuple[int, str]]:
    """The sentence of each phrase «بين الضحايا X» / «أغلبية القتلى X» / «القتلى هم X» / «إن القتلى من X» whose X
    names a side other than people of no kind, with the side it gives the toll: ``unknown``, or
    with «جميع» (claim_words.tsv role ``all``: «جميع القتلى من الجنود», «القتلى كلهم جنود») the
    one side X names."""
    toks = idx.doc.tokens
    out = []
    everyone = idx.words.get("all", frozenset())
    for ti, m in idx.cues.items():
        if m.entry.attrs.get("role") != "victim" or not has_article(m.prefix) or ti == 0:
            continue
        before = _unjoined(toks[ti - 1].text)
        heads = idx.words["between"] | idx.words.get("most", frozenset())
        after = _unjoined(toks[ti + 1].text) if ti + 1 < len(toks) else ""
        they = after in idx.words.get("they", ()) or after in everyone  # «والقتلى هم ...», «القتلى جميعهم»
        they = they or after in idx.words["of"] and complementiser(idx, ti - 1)  # «إن القتلى من مقاتلي الطرفين»
        whole = before in everyone or they  # «القتلى هم جنود»: who they all were
        if before not in heads and not whole and not they:
            continue
        sides = share_sides(idx, ti) or _names_another_side(idx, ti + 1 + they)  # «القتلى هم 11 من X، و9 من Y»
        if sides:
            out.append((toks[ti].sentence, next(iter(sides)) if whole and len(sides) == 1 else "unknown"))
    # «قتل 8 أشخاص في انفجار. وكان بينهم 3 جنود»: a sentence that opens on «بينهم» (#10)
    return out + [(toks[b].sentence, "unknown") for b in opening_subsets(idx) if _names_another_side(idx, b + 1)]


def _names_another_side(idx: ClaimIndex, k: int) -> set[str]:
    """The indefinite nouns for people right after token ``k - 1`` (a list of them joined by «و»)
    name a side other than civilians, or the category «مدنيون» itself."""
    toks = idx.doc.tokens
    j, found, sides = k, False, set()
    while j < min(k + 8, len(toks)) and idx.same_clause(k - 1, j):
        m = idx.people.get(j)
        if m is None:
            j += 1
            continue
        civilians = the_civilians(idx, j, m)  # «وغالبية القتلى من المدنيين»
        if m.entry.attrs.get("type") != "person" and not civilians \
                or has_article(m.prefix) and toks[j - 1].text not in idx.words["of"]:
            return set()  # «بين القتلى المدنيين»: an adjective, «the civilian dead», not who they were
        category = side_read(idx, j)  # «جنود»; «عناصر من الشرطة», «4 من عناصرها»: read after it
        sides.add(category or "unknown")
        if category in ("state_forces", "armed_group") or "category" in (m.entry.get("flags") or "") or civilians:
            found = True
        j = past_side(idx, j, m)  # «عناصر الفصائل»: past the force that names their side
        if j < len(toks) and j not in idx.people and j not in idx.quantities and not _joined(toks[j].text):
            break
    return sides if found else set()


def _unjoined(word: str) -> str:
    """«وبين», «وجميع»: the word without the conjunction before it."""
    return word[1:] if conjoined(word) and len(word) > 2 else word


def _joined(word: str) -> bool:
    return conjoined(word) and len(word) > 2


def _generic(cm: ClaimMention, generic: AbstractSet[str]) -> bool:
    """A side by default (no words for it), «آخرين» or a noun for people of no kind («أشخاص»)."""
    span = cm.claim.party.span
    if span is None:
        return True
    words = span.text.split()
    return bool(words) and norm_key(words[0]) in generic
