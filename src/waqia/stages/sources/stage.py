"""Who said it: source names, reporting verbs, relays and back-references.

The stage finds two things:

* source mentions: a head from ``source_names.tsv`` («وزارة», «مصدر», «المرصد
  السوري لحقوق الإنسان», «سانا») and the words completing it, up to a word
  from ``source_stops.tsv`` or punctuation («وزارة الدفاع الروسية»);
* attributions: a reporting verb, preposition, relay verb or statement noun
  from ``attribution.tsv`` tied to the source mention it governs.

A definite head alone («الوزارة», «المركز», «المصدر») is a back-reference: its ``name`` is
the last full source with the same head.  A continuing verb without a subject («وأضاف أن»)
keeps the last source.  «نقلت وكالة X عن Y» makes Y the source and X the relay.

The claims stage asks :func:`source_for` which attribution covers a position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from waqia.core.document import COMMAS, Document
from waqia.core.lexicon import Lexicon, Match, longest
from waqia.core.morphology import AND, ARTICLE, LAM, LAM_ARTICLE, NISBA_ENDINGS, has_article
from waqia.stages.sources.addressee import outlet_told
from waqia.stages.sources.adjunct import statement_adjunct
from waqia.stages.sources.agreement import agreeing, gender_of, gives_gender, lemmas
from waqia.stages.sources.antecedent import antecedent, counted_after
from waqia.stages.sources.apposed import closing_aside, closing_title, was_apposed
from waqia.stages.sources.backward import confirms_count, of_that, past_count, that_after_speaker, this_what
from waqia.stages.sources.claimed import ACT, act_of, cut_before
from waqia.stages.sources.complement import not_reporting, speech_between, subject_follows
from waqia.stages.sources.coordinated import coordinated_reach
from waqia.stages.sources.embedded import teller
from waqia.stages.sources.fronted import fronted_reach, topic_speaker
from waqia.stages.sources.headed import headed
from waqia.stages.sources.mentions import (
    Attribution,
    SourceMention,
    mention_after,
    quote_closed,
    speaker_before,
)
from waqia.stages.sources.naming import (
    MAX_NAME_TOKENS,
    carries_people,
    is_tally,
    known_slot,
    made_definite,
    named_only,
    nominative,
    relay_owned,
    relayed,
    relayed_by,
    same_source,
    shortens,
    slot_mention,
    tally_owner,
    told_as,
)
from waqia.stages.sources.objects import after_object, main_subject
from waqia.stages.sources.opening import colon_speakers, opening_subject, tail_speakers
from waqia.stages.sources.placed import placed_outlets, places_told_back
from waqia.stages.sources.possessed import possessors_told_back
from waqia.stages.sources.published import said_in, statement_speaker
from waqia.stages.sources.purpose import purpose_subject
from waqia.stages.sources.referent import refer_back
from waqia.stages.sources.slot import (
    MAX_SUBJECT_TOKENS,
    SlotInfo,
    fronted_subject,
    says_after,
    slot_info,
    speaker_words,
    subject_after,
    subject_before,
    told_after,
)
from waqia.stages.sources.statements import (
    goes_on,
    issued_by,
    issued_here,
    prep_source,
    statement_subject,
    through_medium,
)
from waqia.stages.sources.tally import count_told_by, tally_speakers
from waqia.stages.sources.tollback import tolls_told_back
from waqia.stages.sources.verbal import object_after_name
from waqia.stages.sources.words import _force_heads, called_of, epithets_only, head_of

if TYPE_CHECKING:
    from waqia.core.context import Context

_GAP_OK = re.compile(r"^[ \t]*\"?[ \t]*$")


def find_sources(doc: Document, ctx: Context) -> Document:
    """Find source mentions and attributions; layers ``source_mentions`` and ``sources``."""
    stops = {m.start for m in doc.matches_of("source_stops")}
    info = slot_info(doc, ctx.lexicon, placed := placed_outlets(doc, ctx.lexicon))  # «ولاية الجزيرة»: no outlet
    heads = [m for m in doc.matches_of("source_names") if m.word_start not in placed]
    told = {m.word_start for m in heads if m.entry.attrs.get("kind") == "outlet"
            and m.prefix.startswith(LAM)}  # «للأناضول»: who was told ends the speaker's name
    words = speaker_words(ctx.lexicon)
    stops |= told | info.told | info.asides  # «من جانبهم»: found once, by the slot reader (#14)
    claimed = _claimed_words(doc, info.victims)
    mentions = _mentions(doc, heads, stops, words, claimed)
    groups = [m for m in doc.matches_of("actor_terms") if m.entry.attrs.get("type") == "group"]  # Entry.get's dict, no call
    group_mentions = headed(doc, _mentions(doc, groups, stops, words, claimed), _force_heads(ctx.lexicon))  # «جماعة X»
    speakers = [g for g in group_mentions if not any(x.start <= g.start < x.end for x in mentions)]  # not inside a name
    phrases: list[tuple[int, int]] = []
    attributions = colon_speakers(doc, sorted([*mentions, *speakers], key=attrgetter("start")), _attributions(
        doc, ctx.lexicon, list(doc.matches_of("attribution")), mentions, speakers, phrases, info), info)
    attributions = tally_speakers(doc, mentions, info, tail_speakers(doc, mentions, info.outlets, attributions))
    named = sorted([*mentions, *group_mentions], key=attrgetter("start"))
    attributions = places_told_back(doc, refer_back(doc, attributions, named, info), ctx.lexicon)
    attributions = coordinated_reach(doc, possessors_told_back(doc, attributions, named, info), info)  # «باسمها»; «، فيما ... وفق X»
    attributions = tolls_told_back(doc, attributions, info)  # «وأعلنت الوزارة هذه الحصيلة»: the lead's toll, told back
    return doc.add("source_mentions", tuple(mentions)).add("sources", tuple(attributions)) \
        .add("speaker_phrases", tuple(phrases))


def _mentions(doc: Document, heads: list[Match], stops: set[int], words: dict[str, frozenset[str]],
              claimed_events: tuple[set[int], set[int]]) -> list[SourceMention]:
    out, last_by_head = [], {}  # type: list[SourceMention], dict[str, SourceMention]
    names_by_head: dict[str, set[str]] = {}  # every name given to a head: an epithet tells back only one
    text, toks, (claimed, events) = doc.text, doc.tokens, claimed_events
    head_starts, bare_heads = _head_starts(heads)
    outlets = {m.word_start for m in heads if m.entry.attrs.get("kind") == "outlet"}
    person_heads, body_in, link, n = words["person_head"], words["body_in"], words["link"], len(toks)
    for m in longest(heads):
        start = m.start - len(ARTICLE) if m.prefix.endswith(ARTICLE) else \
            m.start - len(LAM_ARTICLE) + 1 if m.prefix.endswith(LAM_ARTICLE) else m.start
        head = head_of(m.entry)
        end, ti, extra, after_bism = m.end, doc.token_index(m.end), 0, False
        definite = has_article(m.prefix) or m.entry.key.startswith(ARTICLE)
        person = not definite and head in person_heads  # «مصدر في الشرطة» may follow
        while extra < MAX_NAME_TOKENS and ti < n:
            tok = toks[ti]
            spaced = (gap := text[end:tok.start]) == " " or _GAP_OK.match(gap) is not None  # one space: no regex (#14)
            if person and tok.text in body_in and ti + 1 < n \
                    and (toks[ti + 1].text.startswith(ARTICLE) or toks[ti + 1].start in head_starts) and spaced:
                end, ti, extra = toks[ti + 1].end, ti + 2, extra + 2  # «مصدر في الشرطة»
                continue
            if not spaced or tok.start in stops or tok.text.isdigit() \
                    or extra and tok.start in outlets and outlet_told(doc, ti, outlets, m):
                break
            first_of_indefinite = extra == 0 and not definite and tok.start not in claimed
            if not (after_bism or first_of_indefinite or tok.start in head_starts
                    or _name_part(tok.text, words, toks[ti - 1].text if extra else "")) \
                    or tok.start in events and not after_bism \
                    or toks[ti - 1].text.startswith(ARTICLE) and object_after_name(doc, ti, words, bare_heads, m):
                break  # «حركة الشباب التفجير»: an event word is what the name did; the verbal noun asked last (#14)
            after_bism, end = tok.text in link, tok.end
            ti += 1
            extra += 1
        sentence = doc.sentence_of(m.start)
        canonical, kind = m.entry.attrs.get("canonical"), m.entry.attrs.get("type")
        end = quote_closed(text, start, end)
        full = doc.original_text(start, end)
        elided = m.entry.key.startswith(ARTICLE) and not doc.text.startswith(ARTICLE, m.start)
        if (m.prefix.endswith(LAM_ARTICLE) or elided) and full.startswith(LAM):
            full = ARTICLE[0] + full  # «للقيادة الأمريكية»: the name is «القيادة الأمريكية»
        same = same_source(doc, ti, True, head, out, last_by_head, words) if definite and extra == 0 else None
        if same is not None:  # «بحسب المصدر ذاته»: the last source of that head, or the last one named
            mention = SourceMention(start, end, head, same.name, True, sentence)
        elif kind == "name" and canonical:  # «مراسلنا» after «مراسل X» (the head of its family): that reporter
            back = last_by_head.get(head) if m.entry.get("family") and extra == 0 else None
            mention = SourceMention(start, end, head, back.name if back else canonical if extra == 0 else full, back is not None, sentence)
        elif (last := last_by_head.get(head)) is not None and (ref := _told_back(  # no name of the head yet: none told back
                doc, (m.end, end if extra else m.end), full, definite, last, names_by_head.get(head, set()), words)) is not None:
            mention = SourceMention(start, end, head, ref.name, True, sentence)
        else:
            mention = SourceMention(start, end, head, full, False, sentence)
        keys, called = [head] if not mention.backref and (extra > 0 or kind == "name") else [], called_of(m.entry)
        for key in [*keys, called] if called and not mention.backref else keys:
            last_by_head[key] = mention  # «المنظمة» after «الأمم المتحدة» (source_names.tsv column ``called``)
            names_by_head.setdefault(key, set()).add(mention.name)
        if m.prefix.startswith(LAM) and not m.prefix.startswith(LAM_ARTICLE):  # the addressee (no dataclasses.replace: #14)
            mention = SourceMention(mention.start, mention.end, head, mention.name, mention.backref, sentence, True)
        out.append(mention)
    return out


def _told_back(doc: Document, span: tuple[int, int], full: str, definite: bool, ref: SourceMention | None,
               names: set[str], words: dict[str, frozenset[str]]) -> SourceMention | None:
    """The name of the head told back: «الوزارة»; «المنظمة الأممية» when one «منظمة» was named; the
    start of a fuller name («المتحدث باسم الشرطة» after «المتحدث باسم الشرطة السودانية»); an indefinite
    name made definite («المصدر الأمني» after «مصدر أمني مسؤول»); never one followed by «آخر»."""
    k = doc.token_index(span[1])
    if k < len(doc.tokens) and doc.tokens[k].text in words["another"]:
        return None  # «مصدر أمني آخر»: a source of its own
    return ref if ref is not None and (definite and (span[1] == span[0] or len(names) == 1 and epithets_only(
        doc, span[0], span[1], words)) or shortens(full, ref.name) or definite and made_definite(full, ref.name)) else None


def _head_starts(heads: list[Match]) -> tuple[set[int], set[int]]:
    """Where the heads of names start (not after «ل»: «لوكالة» is the addressee), and where the
    heads that open a name with no clitic start («حركة», «وزارة»)."""
    return ({m.word_start for m in heads if not m.prefix.startswith(LAM)},
            {m.word_start for m in heads if m.entry.attrs.get("type") == "head" and not m.prefix})


def _claimed_words(doc: Document, victims: frozenset[int]) -> tuple[set[int], set[int]]:
    """Word starts a name does not take in as its first indefinite word (attribution, casualty,
    event and stop words, dates, figures), and those of event and casualty words but the genitives
    ``victims`` (:func:`genitive_victims`, found once by the slot reader, #14)."""
    events = {m.word_start for c in ("event_triggers", "casualty_terms") for m in doc.matches_of(c)}  # each a kept tuple
    claimed = events | {m.word_start for c in ("attribution", "source_stops") for m in doc.matches_of(c)}
    claimed |= {d.start for d in doc.layer("dates")} | {q.start for q in doc.layer("numbers")}
    return claimed, events - victims  # «هيئة شؤون الأسرى»: the genitive goes on with the name


def _name_part(word: str, words: dict[str, frozenset[str]], before: str = "") -> bool:
    """Words that continue a source name: definite nouns, nisba adjectives, «باسم» (speaker_words.tsv
    roles ``link`` and ``name_part``), and a definite noun with «و» after one with «لل» (``before``, the
    word before it in the name): «المركز الوطني للبحوث والدراسات», the two nouns of one preposition."""
    return word.startswith((ARTICLE, LAM_ARTICLE)) or word.endswith(NISBA_ENDINGS) or word in words["link"] \
        or word in words["name_part"] or before.startswith(LAM_ARTICLE) and word.startswith(AND + ARTICLE)


def _attributions(doc: Document, lexicon: Lexicon, triggers: list[Match], mentions: list[SourceMention],
                  speakers: Sequence[SourceMention] = (),
                  speaker_phrases: list[tuple[int, int]] | None = None, info: SlotInfo | None = None) -> list[Attribution]:
    """Tie each trigger to its source.

    A reporting verb's source is its grammatical subject (:mod:`waqia.stages.sources.slot`), known to
    the lexicon or not; only a verb whose subject slot is empty goes on with an earlier speaker that agrees.
    """
    out: list[Attribution] = []
    phrases = speaker_phrases if speaker_phrases is not None else []
    info = info or slot_info(doc, lexicon)
    recent: dict[str, SourceMention] = {}
    statements = {doc.token_index(m.start) for m in triggers if m.entry.attrs.get("type") == "statement"}
    openers = [*mentions, *speakers]
    verb_lemmas = lemmas(lexicon)
    for m in longest(triggers):
        kind = m.entry.get("type")
        v = doc.token_index(m.start)
        if _reports_nothing(doc, m, v, info):
            continue
        sent = doc.sentence_of(m.start)
        relay = None
        src: SourceMention | None = None
        if kind == "relay":
            relay, speaker = relayed(doc, m, mentions, info, out[-1].source if out and out[-1].sentence == sent else None)
            relay, speaker, kind = told_as(doc, m, mentions, info, relay, speaker)  # «وفق ما نقل X»: X spoke
            if speaker is None and (named_only(m) or carries_people(doc, relay, info)):
                continue
            if speaker is None and v > 0 and not info.statements.isdisjoint(t.start for t in doc.tokens[max(v - 2, 0):v]):
                continue  # «في بيان نقلته وكالة الأنباء», «في مؤتمر صحفي نقلته قناة X»: it carried, said nothing
            src, relay = (relay_owned(doc, speaker, relay), relay) if speaker else (relay, None)
        elif kind in ("verb", "continue"):
            src, relay = _verb_source(doc, m, info, mentions, recent, phrases, statements, openers, out, verb_lemmas)
        elif kind in ("prep", "quoting"):
            src = prep_source(doc, m, info, mentions, recent, out)
        elif kind == "statement":
            src, relay = statement_speaker(doc, m, v, info, mentions, out)
        if src is None:
            continue
        if kind == "verb" and (outer := teller(doc, m.start, src, out, info)) is not None:
            src, relay = outer.source, outer.relay  # «وأوضح المدير أن الوزارة أعلنت»: the director's account
        if kind == "verb" and "possessive" in m.entry.get("flags") and (_nothing_said_after(doc, src, info) or this_what(doc, v, info)):
            kind = "that" if v - doc.token_index(doc.sentences[sent].start) <= 2 else "trailing"  # «هذا ما أكده X»
        elif kind in ("verb", "continue") and _trails(doc, m.start, src, info):
            kind = "that" if this_what(doc, v, info) else "trailing"  # «...، كما قال مصدر أمني.»: what came before
        elif kind in ("verb", "statement", "prep", "quoting", "relay") and of_that(doc, v, info, kind) \
                or kind in ("verb", "relay") and that_after_speaker(doc, v, relay if kind == "relay" and relay else src, info):
            kind = "that"  # «وأكد ذلك مصدر طبي», «وذكرت الوزارة ذلك»: the source of the sentence before
        elif kind == "verb" and (count := confirms_count(doc, v, src, info)) is not None:
            kind, src = "that", cut_before(doc, src, count)  # «وأكد مصدر طبي الحصيلة»: the same
        elif kind == "verb" and (act := act_of(doc, m, src, info)) is not None:
            kind, src = ACT, cut_before(doc, src, act)  # «أعلنت حركة X مسؤوليتها عن الهجوم»: an act, no figure
        if relay is None:  # «قالت مصادر لوكالة X»; «أوردت قناة X عن مصادر أن»: the sources, through X
            src, relay = relayed_by(doc, m, src, mentions, info)
        if kind == "continue" and relay is None and out and out[-1].relay is not None \
                and out[-1].source.name == src.name and out[-1].sentence == sent:
            relay = out[-1].relay  # «نقلت X عن الوزارة ...، وأضافت الوزارة»: still through X
        gender = gender_of(m.entry.form, verb_lemmas.get(m.entry.line, "")) if gives_gender(doc, m, src, sent, info, kind) else ""
        out.append(Attribution(m.start, m.end, kind, sent, src, relay, gender, fronted_reach(doc, m, src, info, kind)))
    return out


def _reports_nothing(doc: Document, m: Match, v: int, info: SlotInfo) -> bool:
    """A verb form that reports nothing: after a negating noun («طلب عدم ذكر اسمه»), or right after
    a relative pronoun with no pronoun back to its antecedent («المسؤول، الذي تحدث شريطة عدم الكشف
    عن هويته،»: the clause tells about the speaker); with one («التي أعلنتها الوزارة») the verb's
    subject follows and speaks."""
    if not_reporting(doc, m, info):
        return True  # «اشتباكات بين الجيش والمسلحين»: the preposition, not «بيّن»; «حمل السلاح»
    if v == 0:
        return False
    before = doc.tokens[v - 1].text
    if m.entry.attrs.get("type") == "statement" and (statement_adjunct(doc, v, info) or issued_here(doc, v, info)):
        return False  # «جاء ذلك في بيان للوزارة»: the ministry's statement told the sentence before; «في بيان أصدرته X»
    says = v + 1 < len(doc.tokens) and doc.tokens[v + 1].text in info.words["says"] \
        or before in info.words["relative"] and counted_after(doc, v)  # «الذي قالت إنه», «الذي وثق مقتل 20»
    return before in info.words["not_said"] or before in info.words["negation"] \
        or before in info.words["relative"] and not says \
        and m.entry.attrs.get("type") in ("verb", "continue") and doc.tokens[v].end == m.end \
        and "possessive" not in m.entry.get("flags")


def _verb_source(doc: Document, m: Match, info: SlotInfo, mentions: list[SourceMention],
                 recent: dict[str, SourceMention], phrases: list[tuple[int, int]], statements: set[int],
                 openers: list[SourceMention], out: list[Attribution],
                 lemmas: dict[int, str]) -> tuple[SourceMention | None, SourceMention | None]:
    """The source (and the told outlet) of a reporting verb or a continuation verb."""
    kind, sent = m.entry.get("type"), doc.sentence_of(m.start)
    if (said := said_in(doc, doc.token_index(m.start), info, out)) is not None:
        return said.source, said.relay  # «ونشرت X بيانا لـY قالت فيه إن»: Y, through X
    if kind == "verb" and (told := past_count(doc, doc.token_index(m.start), mentions, info)
                           or topic_speaker(doc, m, mentions, recent, info)) is not None:
        return told, None  # «وأعلنت هذه الحصيلة وزارة الصحة»: the name after the count; «أما X فقالت»: X
    src: SourceMention | None = None
    relay: SourceMention | None = None
    # a subject before the verb («أن مصادر رسمية قد أكدت») leaves it an object; a participle («مضيفا») has none
    rejected = False  # words after the verb that are not its subject: no earlier speaker stands in for it
    slot = (subject_before(doc, m.start, info) or was_apposed(doc, m.start, info)) if kind == "verb" else None
    if slot is None and kind == "verb" and m.entry.attrs.get("inflect") == "present":  # «عادت الوزارة لتعلن»
        slot = purpose_subject(doc, m.start, m.prefix, info) or fronted_subject(doc, m.start, info)
    if slot is None and m.entry.attrs.get("inflect") != "participle":
        slot = subject_after(doc, m.end, info)
        if slot is not None and not says_after(doc, slot.last, info) and not subject_follows(doc, m, slot.last, info) \
                and closing_title(doc, slot.last, info) == slot.last:  # «حسبما أفاد العقيد X، المتحدث باسم Y.»
            # «أعلنت حالة التأهب»: the verb's object, not its subject; after a known name
            # («أعلنت السلطات حالة الطوارئ») the object starts where that name ends
            slot = known_slot(mentions, doc, slot)
            rejected = slot is None
        elif slot is None and kind == "verb" and not m.prefix.startswith(AND) \
                and says_after(doc, doc.token_index(m.start), info):  # «X وأعلنت عن»: «و» goes on a clause
            slot = fronted_subject(doc, m.start, info, MAX_SUBJECT_TOKENS)  # «مصدر أمني رفيع قال إن»: said at once
    if slot is not None:
        phrases.append((doc.tokens[slot.first].start, doc.tokens[slot.last].end))
        owner = tally_owner(doc, slot, mentions, info)
        if owner is None and is_tally(doc, slot.first, info):
            return None, None  # «وتفيد التقديرات الأولية بأن»: a count of no one's says nothing
        src = owner or slot_mention(doc, slot.first, slot.last, mentions, recent, info)
        src = nominative(src) if slot.accusative else src
        if slot.addressee is not None:
            relay = slot_mention(doc, slot.addressee[0], slot.addressee[1], mentions, {}, info)
    elif statements & set(range(doc.token_index(m.end), doc.token_index(m.end) + 2)):
        src = mention_after(doc, m.end, mentions, 5) or issued_by(doc, doc.token_index(m.end), info, mentions)  # «أورد بيان صادر عن الوزارة أن»
        if src is not None and src.addressee and out and out[-1].sentence == sent and out[-1].kind in ("verb", "that"):
            src = out[-1].source  # «ونفى X الأرقام، وقال في تصريح لوكالة Y إن»: Y was told, X goes on speaking
        elif src is not None and (speech_between(doc, m.end, src.start, info) or through_medium(doc, src, info)):
            src = None  # «وأضاف البيان أن الجيش»: a name inside what was said; «بيان تلي عبر التلفزيون»: a channel
    if src is None and kind == "verb":
        src = speaker_before(doc, m.start, mentions, 3) or antecedent(doc, m.start, mentions, info)
    if src is None and slot is None and out and out[-1].kind == ACT and out[-1].sentence == sent:
        src = out[-1].source  # «أعلنت X مسؤوليتها عن الهجوم، وأكدت مقتل 4»: the claimant goes on
    if src is None and slot is None and goes_on(doc, m, info) and not any(a.sentence == sent for a in out):
        # «وتبنت حركة X الهجوم ...، زاعمة أن», «...، وقال إنه»: the subject of the sentence's opening verb
        src = opening_subject(doc, sent, openers, m.start)
    if src is None and slot is None:  # «نعت صفحات موالية ثلاثة عسكريين قالت إنهم»: the sentence's speaker goes on
        src = out[-1].source if out and out[-1].sentence == sent and after_object(doc, m.start, info) \
            else main_subject(doc, m.start, info, mentions, recent)
    if src is None and slot is None and out and statement_subject(doc, m.end, info):
        src = out[-1].source  # «وأضاف البيان أن»: the statement speaks for whoever issued it
    if src is None and slot is None and not rejected:  # «وكانت الحصيلة التي أعلنها X قد أشارت»: X's count
        src = count_told_by(doc, m.start, out, info) or agreeing(out, m.entry.form, sent, info.words["plural"],
                                                                 lemmas.get(m.entry.line, ""))
    return src, relay


def _nothing_said_after(doc: Document, src: SourceMention, info: SlotInfo) -> bool:
    """Whether the sentence ends after the speaker (and who was told): a verb with an object pronoun
    there («وهو ما أكده مصدر طبي.») points back to what was said before it."""
    toks = doc.tokens
    last = told_after(doc, doc.token_index(max(src.end - 1, src.start)), info)
    return last + 1 >= len(toks) or toks[last + 1].sentence != toks[last].sentence


def _trails(doc: Document, verb_start: int, src: SourceMention, info: SlotInfo) -> bool:
    """«كما قال X» with nothing said after it, or «...، قال X.» closing its sentence: the
    attribution of what precedes."""
    v = doc.token_index(verb_start)
    if v == 0:
        return False
    toks = doc.tokens
    last = doc.token_index(max(src.end - 1, src.start))
    told_end = closing_aside(doc, doc.token_index(src.start), told_after(doc, last, info), info)  # «...، يقول القائد لوكالة الأنباء.»
    while told_end + 1 < len(toks) and told_end + 1 in info.dates and toks[told_end + 1].sentence == toks[v].sentence:
        told_end += 1  # «...، وفق ما أعلنت الحكومة مساء الجمعة.»: a date closes nothing off
    closes = told_end + 1 >= len(toks) or toks[told_end + 1].sentence != toks[v].sentence
    if toks[v - 1].text not in info.words["trailing"]:
        gap = doc.text[toks[v - 1].end:toks[v].start]
        if '"' in gap and not closes and told_end + 1 < len(toks):  # «"..."، قال X لوكالة Y، طالبا عدم ...»
            closes = not COMMAS.isdisjoint(doc.text[toks[told_end].end:toks[told_end + 1].start]) \
                or not says_after(doc, told_end, info)  # «"..."، يقول أحد الناجين لمراسلنا في المخيم.»
        return closes and toks[v - 1].sentence == toks[v].sentence and not COMMAS.isdisjoint(gap) \
            and not toks[v].text.startswith(AND)
    return closes or not says_after(doc, last, info) and toks[last + 1].start not in info.cues
