"""A figure's side, read from the words after it, and the claim record built from a figure.

The side is the strongest force or people noun in the phrase after a figure («جندي تابع
لقوات النظام»): a named force outweighs a noun for people, a force that a generic noun
belongs to names its side («رجال شرطة»), and a possessive («من عناصرها») belongs to the
force named last before it, or to the speaker.
"""

from __future__ import annotations

from waqia.core.document import Document, Span
from waqia.core.lexicon import Match
from waqia.core.morphology import (
    FEMININE,
    conjoined,
    definite,
    joined_by_and,
    nisba,
    without_article,
)
from waqia.output import Claim, Party, Source
from waqia.stages.claims.conjuncts import counted_part, especially, generic_of, new_clause
from waqia.stages.claims.context import ClaimIndex, circumstance, date_tokens
from waqia.stages.claims.owners import (
    kin,
    last_force,
    owner_side,
    people_inside,
    possessive,
    prison_guards,
    referent,
    suspected,
)
from waqia.stages.claims.speakers import speaker_side, speaker_words
from waqia.stages.claims.targets import attacked_posts
from waqia.stages.sources.lookup import source_for
from waqia.stages.sources.mentions import Attribution

PARTY_WINDOW = 6  # tokens read after a figure for its party
REFERENT = 8  # tokens before «وكبدتهم» where the force it refers to may stand (a place phrase between)


def read_party(idx: ClaimIndex, k: int, stop: int | None = None, require_link: bool = False,
               item: bool = False) -> tuple[Party, int]:
    """The side named in the words from token ``k`` (``item``: an item of a list, after a comma too);
    returns it and where it ends."""
    toks = idx.doc.tokens
    limit = min(k + PARTY_WINDOW, len(toks), stop if stop is not None else len(toks))
    best: Match | None = None
    first: Match | None = None
    kinds: set[str] = set()
    groups: set[str] = set()
    both_sides = quoted = weak = False
    listed: set[str] = set()
    end = toks[k - 1].end if 0 < k <= len(toks) else 0
    j = k
    early = _before_side(idx, k, item)
    if early is not None:
        return early
    while j < limit:
        if _ends_side(idx, k, j, first, require_link):
            break
        m = idx.people.get(j)
        if m is None and first is not None and _quoted_organisation(idx, j):
            quoted = True  # «عنصر من تنظيم "حراس الدين"»: members of a group named in quotes
            close = idx.doc.text.find('"', toks[j + 1].start)
            end = close + 1 if 0 <= close < toks[min(j + 8, len(toks) - 1)].end else end
            break
        if m is None and j > k and first is not None and new_clause(idx, j, end):
            break  # «أشخاص وأحرقوا ...», «مهاجمين فاجأوا أفراد»: a new clause, not more of the side
        if m is not None:
            if first is None or j > k and (joined_by_and(toks[j].text) or _opens_list(idx, j, m)):
                listed.add(_item_side(idx, _named(idx, m)))  # «من الجنود والمدنيين»: a list
            if _named(idx, m) is not m:  # «ميليشيا الحشد الشعبي»: the name, not the kind, tells the side
                first, j = first or m, idx.tok(m.end - 1) + 1
                continue
            first, ranks = first or m, _in_ranks(idx, m)  # «14 شخصا في صفوف المسلحين»: the ranks name the side
            both_sides = both_sides or int(m.entry.get("strength") or 0) >= 9
            if m.entry.attrs.get("category") not in ("unknown", "") and not ranks and not generic_of(idx, m):
                (groups if m.entry.attrs.get("type") == "group" else kinds).add(m.entry.get("category"))
            if best is None or weak or _strength(m) > _strength(best):
                best, weak = m, ranks
            end = m.end
            j = idx.tok(m.end - 1) + 1
            while j < limit and (nisba(toks[j].text) or _kind_adjective(idx, j)) and idx.same_clause(j - 1, j) and (
                    j not in idx.people or _agrees(idx, j)):
                end = toks[j].end  # «جنود سوريين»: the side's adjectives belong to it
                if m is best and best.entry.attrs.get("category") in ("unknown", ""):
                    kind = _kind_adjective(idx, j)  # «7 عناصر تكفيرية», «عنصرين إرهابيين»: the adjective's side
                    kinds.add(kind or "unknown")
                j += 1
            continue
        j += 1
    if first is None or best is None:
        return Party(None, None, "unknown"), end
    span = idx.doc.span(first.start, end)
    category = _category(best, groups, quoted, suspected(idx, best, end))
    if (category == "unknown" or generic_of(idx, best)) and len(kinds - {"unknown"}) == 1 and not groups:
        category = next(iter(kinds - {"unknown"}))
    if len(kinds - {"unknown"}) > 1 and not groups or len(groups) > 1 or both_sides or len(listed - {"unknown"}) > 1:
        category = "unknown"  # «من الجنود والمدنيين»: a toll of both sides
    return Party(span, best.entry.get("name") or span.text, category), end


def listed_victims(idx: ClaimIndex, ti: int) -> int:
    """«قتلى وجرحى من الطرفين»: the last victim noun of a list joined by «و» from token ``ti``;
    the side after the list is every item's; a noun of two words («خسائر بشرية») ends at its last."""
    last = _cue_end(idx, ti)
    while last + 1 < len(idx.doc.tokens) and joined_by_and(idx.doc.tokens[last + 1].text) \
            and idx.same_clause(last, last + 1):
        nxt = last + 1
        q = idx.quantities.get(nxt)
        if q is not None:  # «3 قتلى و5 جرحى من قوات النظام»: a counted item of the list
            nxt = idx.tok(max(q.end - 1, q.start)) + 1
            if not idx.same_clause(nxt - 1, nxt):
                break
        if nxt not in idx.cues or idx.cues[nxt].entry.attrs.get("role") != "victim":
            break
        last = _cue_end(idx, nxt)
    return last


def _cue_end(idx: ClaimIndex, ti: int) -> int:
    """The last token of the casualty word at token ``ti``."""
    return idx.tok(idx.cues[ti].end - 1) if ti in idx.cues else ti


def side_after(idx: ClaimIndex, last: int) -> int:
    """Where the side of the victims named by the victim noun at token ``last`` begins: right after
    it, or after a verb that tells them fall («الجرحى سقطوا في صفوف الجيش», casualty_terms.tsv role
    ``post``) in its clause."""
    nxt = idx.cues.get(last + 1)
    if nxt is not None and nxt.entry.attrs.get("role") == "post" and idx.same_clause(last, last + 1) \
            and idx.tok(nxt.end - 1) == last + 1:
        return last + 2
    toks = idx.doc.tokens
    if last + 2 < len(toks) and toks[last + 1].text in idx.words["between"] and last + 2 in idx.people \
            and idx.same_clause(last, last + 2):
        return last + 2  # «قتلى وجرحى بين الجنود»: among them, their side
    return especially(idx, last + 1)  # «خسائر في الأرواح، خصوصا في صفوف الدرك»


def _agrees(idx: ClaimIndex, j: int) -> bool:
    """«عناصر الأمن الفلسطيني»: a noun of origin after a noun, in its definiteness and not joined by
    «و», is its adjective, not more people."""
    toks, m = idx.doc.tokens, idx.people[j]
    return m.entry.attrs.get("type") == "person" and idx.tok(m.end - 1) == j and not joined_by_and(toks[j].text) \
        and definite(toks[j].text) == definite(toks[j - 1].text)


def _kind_adjective(idx: ClaimIndex, j: int) -> str | None:
    """The side an adjective at token ``j`` names after a noun of no side: a person noun of a side
    that agrees («عنصرين إرهابيين»), or the feminine of one after a plural of things' agreement
    («عناصر تكفيرية», «عناصر حوثية»: actor_terms.tsv singulars of inflect ``person``)."""
    m = idx.people.get(j)
    if m is not None:
        return m.entry.get("category") if m.entry.attrs.get("type") == "person" and _agrees(idx, j) \
            and m.entry.attrs.get("category") not in ("unknown", "civilians") else None
    word = idx.doc.tokens[j].text
    if not word.endswith(FEMININE) or definite(word) != definite(idx.doc.tokens[j - 1].text):
        return None
    return idx.kinds.get(without_article(word)[:-1])


def _named(idx: ClaimIndex, m: Match) -> Match:
    """The force a word for a kind of force names when a name follows it at once («ميليشيا الحشد
    الشعبي», actor_terms.tsv flag ``kind``): the named one; else ``m`` itself."""
    after = idx.tok(m.end - 1) + 1
    nxt = idx.people.get(after)
    if m.entry.attrs.get("type") == "group" and "kind" in m.entry.get("flags") and nxt is not None \
            and nxt.entry.attrs.get("type") == "group" and "kind" not in nxt.entry.get("flags") \
            and not joined_by_and(idx.doc.tokens[after].text):
        return nxt
    return m


def _category(best: Match, groups: set[str], quoted: bool, suspects: bool = False) -> str:
    """The side of the strongest noun of a phrase (``groups``: the categories of the forces it
    names; ``quoted``: an organisation named in quotes; ``suspects``: people of no kind suspected of a
    wrong, «أشخاص يشتبه في تورطهم بالهجوم»)."""
    category = best.entry.get("category") or "unknown"
    if suspects and not groups and category == "civilians":
        category = "armed_group"
    if quoted and not groups and category == "unknown":
        category = "armed_group"
    if len(groups) == 1 and best.entry.attrs.get("type") == "person" and _strength(best) <= 1:
        category = next(iter(groups))  # «رجال شرطة», «عنصر من الأمن»: the force says whose men they are
    if "victims_civilians" in best.entry.get("flags"):
        category = "civilians"  # «أصيب ثلاثة مستوطنين»: settlers hurt are civilians, though they raid as a side
    return category


def _quoted_organisation(idx: ClaimIndex, j: int) -> bool:
    """A word for an organisation right before a quoted name («تنظيم "حراس الدين"», claim_words.tsv
    role ``organisation``): the name is one of an armed group the lexicon may not know."""
    toks = idx.doc.tokens
    return toks[j].text in idx.words.get("organisation", frozenset()) and j + 1 < len(toks) \
        and '"' in idx.doc.text[toks[j].end:toks[j + 1].start]


def inflicted_on(idx: ClaimIndex, ti: int) -> Party | None:
    """The side a loss at token ``ti`` was inflicted on, named before it: the last force between a
    verb of inflicting or suffering and the loss («كبدت الفصائل قوات النظام خسائر», «تكبد الجيش
    خسائر»), or, after an object pronoun or with no subject named, the force named last before the
    verb, at most :data:`REFERENT` words before it in its sentence («هاجمت الفصائل مواقع قوات النظام
    وكبدتها خسائر»); farther back it may be the subject of another verb."""
    toks, words = idx.doc.tokens, idx.words
    inflict, pronoun, suffer = (words.get(r, frozenset()) for r in ("inflict", "inflict:pronoun", "suffer"))
    verbs = inflict | pronoun | suffer  # once, not twice a word (#14)
    for v in range(ti - 1, max(ti - 7, -1), -1):
        if not idx.same_clause(v, ti):
            return None
        word = toks[v].text[1:] if conjoined(toks[v].text) and toks[v].text not in verbs else toks[v].text
        if word in verbs:
            named = last_force(idx, v + 1, ti)
            if named is None and (word in pronoun or word in suffer):
                opening = idx.doc.token_index(idx.doc.sentences[toks[v].sentence].start)
                named = last_force(idx, max(v - REFERENT, opening), v)
            return named
    return None


def _ends_side(idx: ClaimIndex, k: int, j: int, first: Match | None, require_link: bool) -> bool:
    """Whether the side's words from token ``k`` end before token ``j``: a clause break, a stop word
    (unless it names the force of members named before), another figure or casualty word, or (with
    ``require_link``) no «من»/«في» or people noun right after the figure."""
    toks = idx.doc.tokens
    if j > k and (not idx.same_clause(j - 1, j) and not _fell_after_comma(idx, j, first) or j in idx.quantities or counted_part(idx, j)
                  or j in idx.cues and not _fell_among(idx, j, first)
                  or circumstance(idx, j) or idx.blockers.get(j) == "majority"):
        return True  # «شخصا معظمهم من المدنيين»: most of them is no more of the side (#10)
    if idx.party_stops.get(j, "side") != "side" and not _affiliation(idx, first, j, require_link):
        return True
    return require_link and j == k and toks[j].text not in idx.words["of"] and toks[j].text not in idx.words["in"] \
        and j not in idx.people


def _in_ranks(idx: ClaimIndex, m: Match) -> bool:
    """A noun for people of no kind (actor_terms flag ``generic``: «أشخاص») followed by «في صفوف» /
    «وسط» (party_stops.tsv why ``side``), at once or after a verb of falling: the side they fell in is
    named after it, the noun says nothing of it."""
    j = idx.tok(m.end - 1) + 1
    if "generic" not in m.entry.get("flags").split() or j >= len(idx.doc.tokens):
        return False
    return idx.party_stops.get(j) == "side" and idx.same_clause(j - 1, j) or j in idx.cues and _fell_among(idx, j, m)


def _fell_among(idx: ClaimIndex, j: int, first: Match | None) -> bool:
    """«12 شخصا سقطوا في صفوف الشرطة»: a verb of falling (casualty_terms.tsv role ``post``) right after
    the people noun ``first``, then «في صفوف» (party_stops.tsv why ``side``): the side follows it."""
    cue = idx.cues[j]
    return first is not None and idx.tok(first.end - 1) == j - 1 and cue.entry.attrs.get("role") == "post" \
        and idx.tok(cue.end - 1) == j and idx.party_stops.get(j + 1) == "side" and idx.same_clause(j, j + 1)


def _fell_after_comma(idx: ClaimIndex, j: int, first: Match | None) -> bool:
    """«قتل 8 أشخاص، سقطوا في صفوف القوات الحكومية، في كمين»: the verb of falling set off by a comma
    after the people noun still names the ranks they fell in."""
    gap = idx.doc.text[idx.doc.tokens[j - 1].end:idx.doc.tokens[j].start].strip()
    return gap in ("،", ",") and j in idx.cues and _fell_among(idx, j, first)


def _before_side(idx: ClaimIndex, k: int, item: bool) -> tuple[Party, int] | None:
    """What the first word of the side's phrase settles at once: a clause break before it names no
    side; «منهم» with no figure after it, the people named before («مقتل 12 منهم»), and so does a vague
    figure that ends in «منهم» (number_words.tsv: «قتل عدد منهم»)."""
    toks = idx.doc.tokens
    if not 0 < k < len(toks):
        return None
    if not item and k - 1 in idx.quantity_ends and toks[k - 1].text in idx.words.get("them", ()):
        named = referent(idx, k - 1)
        if named is not None:
            return named, toks[k - 1].end
    if not item and not idx.same_clause(k - 1, k) and k - 1 not in date_tokens(idx):
        return Party(None, None, "unknown"), toks[k - 1].end
    if toks[k].text in idx.words.get("them", ()) and k + 1 not in idx.quantities:
        named = referent(idx, k)
        if named is not None:
            return named, toks[k].end
    return None


def _opens_list(idx: ClaimIndex, j: int, m: Match) -> bool:
    """«أشخاص من العسكريين والمدنيين»: the noun ``m`` at token ``j``, right after «من», is the first
    item of a list whose next item («والمدنيين») follows it at once (#10)."""
    toks, after = idx.doc.tokens, idx.tok(m.end - 1) + 1
    return toks[j - 1].text in idx.words["of"] and after in idx.people and joined_by_and(toks[after].text) \
        and idx.same_clause(j, after)


def _item_side(idx: ClaimIndex, m: Match) -> str:
    """The side of one item of a list: its noun's, or for members of no side («وعناصر القوات
    الأمنية») the force right after them."""
    category = m.entry.get("category") or "unknown"
    if category == "unknown" and m.entry.attrs.get("type") == "person":
        force = idx.people.get(idx.tok(m.end - 1) + 1)
        if force is not None and force.entry.attrs.get("type") == "group":
            return force.entry.get("category") or "unknown"
    return category


def _strength(m: Match) -> int:
    s = int(m.entry.get("strength") or 0)
    return s if m.entry.attrs.get("category") != "unknown" else -1


def make_claim(idx: ClaimIndex, kind: str, value: int | None, pos: int, span: Span, party: Party, *,
          low: int | None = None, high: int | None = None, approx: bool = False,
          vague: str | None = None) -> Claim:
    doc = idx.doc
    sent = doc.sentences[doc.sentence_of(pos)]
    ev = doc.norm.original_span(sent.start, sent.end)  # its offsets only: no copy of the sentence's text (#14)
    attribution = source_for(doc, pos, sent.index)
    source = source_of(doc, attribution)
    if value is not None and low is None and high is None:
        low = high = value
    if kind == "participants" and party.category == "civilians" and party.span is not None:
        party = Party(party.span, party.name, _as_side(idx, party))  # «مئات المستوطنين هاجموا»: attackers
    if party.category in ("unknown", "armed_group") and possessive(idx, party) and party.span is not None:
        party = _owned(idx, party, pos, sent.index, attribution)
    elif party.category == "state_forces" and _own_soldiers(idx, party, pos, sent.index, attribution):
        party = Party(party.span, party.name, "armed_group")
    elif party.category == "unknown" and kin(idx, party):
        party = Party(party.span, party.name, "civilians")  # «مقتل ابنها»: a family's son, of no force
    return Claim(kind, value, low, high, approx or value is None and vague is not None and _tens(idx, vague),
                 party, source, ev, span, vague)


def source_of(doc: Document, attribution: Attribution | None) -> Source | None:
    """The claim's source an attribution gives: its speaker's span and name, and its relay's name."""
    if attribution is None:
        return None
    s, relay = attribution.source, attribution.relay
    return Source(doc.span(s.start, s.end), " ".join(s.name.split()), " ".join(relay.name.split()) if relay else None)


def _owned(idx: ClaimIndex, party: Party, pos: int, sentence: int, attribution: object) -> Party:
    """The side of a possessed noun of no side or an armed one («قتل أكثر من مئة من عناصرها», «نعى حزب
    الله 4 من عناصره»): the force named last before it, else the post attacked, a prison, the speaker."""
    assert party.span is not None
    side = owner_side(idx, max(pos, idx.doc.normal_pos(party.span.start)), sentence, party.span, alike=True)
    if side == "unknown":  # «هاجموا نقطة أمنية ... مقتل اثنين من أفرادها»: the post's men
        side = attacked_posts(idx).get(sentence, "unknown")
    if side == "unknown" and prison_guards(idx, party.span):  # «هاجموا سجنا ... من حراسه»
        side = "state_forces"
    if side == "unknown" and attribution is not None:
        side = speaker_side(idx.doc, getattr(attribution, "source", None))
    if side == "unknown" and attribution is not None:
        side = speaker_words(idx, getattr(attribution, "source", None))  # «التابعة لحكومة الوفاق», «الحركة»
    if party.category == "unknown" or side == "state_forces":  # «اثنين من مقاتليها» of the army
        return Party(party.span, party.name, side)
    return party


def _own_soldiers(idx: ClaimIndex, party: Party, pos: int, sentence: int, attribution: object) -> bool:
    """«أعلنت قوات الدعم السريع مقتل 4 من جنودها»: an armed group that speaks of its own soldiers or
    officers, named last before them («... هاجمت قاعدة للجيش وقتلت 10 من جنودها» are the army's)."""
    if attribution is None or party.span is None or not possessive(idx, party) \
            or speaker_side(idx.doc, getattr(attribution, "source", None)) != "armed_group":
        return False
    return owner_side(idx, max(pos, idx.doc.normal_pos(party.span.start)), sentence, party.span) == "armed_group"


def _as_side(idx: ClaimIndex, party: Party) -> str:
    """The side of a noun counted as attackers: settlers hurt are civilians, settlers who attack are
    the side their noun names (actor_terms.tsv flag ``victims_civilians``)."""
    if party.span is None:
        return party.category
    for _, _, p in people_inside(idx, party.span):
        if "victims_civilians" in p.entry.get("flags"):
            return p.entry.get("category") or "unknown"
    return party.category


def _tens(idx: ClaimIndex, vague: str) -> bool:
    """«عشرات»: a vague figure of tens is approximate."""
    return any(stem in vague for stem in idx.words["tens"])


def _affiliation(idx: ClaimIndex, member: Match | None, j: int, victim: bool = False) -> bool:
    """«16 عنصرا في قوة رديفة للجيش», «عنصر في الحشد»: after a noun for members of no side,
    «في» followed by a force (or a word for an organisation before a quoted name) names the force
    they belong to, not where they were; so after a victim noun (``victim``: «قتيل في الجماعة المسلحة»), which names members of no side too."""
    if member is None and not victim or j + 1 >= len(idx.doc.tokens):
        return False
    if idx.doc.tokens[j].text not in idx.words["in"] or not idx.same_clause(j, j + 1):
        return False
    nxt = idx.people.get(j + 1)
    if nxt is not None and nxt.entry.attrs.get("type") == "group" or nxt is None and _quoted_organisation(idx, j + 1):
        return True  # «عنصر في جماعة "أنصار السنة"»: a group named in quotes
    # «في قوة رديفة للجيش»: a unit, then the force it belongs to
    toks = idx.doc.tokens
    return toks[j + 1].text in idx.words.get("force", ()) and any(
        idx.people.get(n) is not None and idx.people[n].entry.attrs.get("type") == "group" and idx.same_clause(j, n)
        for n in range(j + 2, min(j + 5, len(toks))))

