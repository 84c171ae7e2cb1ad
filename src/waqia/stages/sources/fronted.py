"""A speaker of a fronted clause: «وفي حين تقول الحكومة إنها تسيطر على المدينة، قتل 12 مدنيا في قصف».

A sentence opened by a conjunction of time or contrast with its verb right after it («وفيما أكدت
الوزارة أن ...،», «وفي حين تقول X ...،», «وبينما قالت X ...،», «وعندما»; «وبعد أن أعلن X ...،», «ومنذ أن»:
speaker_words.tsv roles ``fronting`` and ``fronting_that``) puts a subordinate clause first; its comma
closes it, and the main clause after it is the outlet's own account (or another speaker's, named in
it). When the verb of that clause reports, its speaker covers what it said up to the comma and no
further; an aside set off by commas between the speaker and its «إن» («فيما قالت الحركة، التي تقاتل في
المنطقة، إن ...») closes no clause. A fronted clause that itself tells a figure («وفي حين قال الجيش إن 5 من جنوده قتلوا، ...»)
is left as it was: what follows its comma may still be told in the same breath; so is a clause
whose comma «و» follows («فيما قالت الفصائل إنها ...، وقتلت 7 جنود»): it goes on, no main clause opens.

Used by :mod:`waqia.stages.sources.stage`; :func:`waqia.stages.sources.lookup.source_for` reads the reach.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import AND, CONJUNCTIONS
from waqia.stages.sources.complement import COMMAS
from waqia.stages.sources.mentions import SourceMention
from waqia.stages.sources.naming import slot_mention
from waqia.stages.sources.words import SlotInfo

#: how many characters a sentence's conjunction, «في» and «أن» may take before the verb («وفي حين », «وبعد أن »)
_OPENING = 16


def fronted_reach(doc: Document, m: Match, src: SourceMention, info: SlotInfo, kind: str) -> int:
    """The comma closing the fronted clause whose reporting verb (``kind`` «verb») is at ``m`` (its
    subject ``src``), when that clause tells no figure; 0 when the verb opens no such clause
    («وفيما أكدت الوزارة أن ...، قتل 4»: the main clause is not hers)."""
    if kind != "verb" or src.sentence >= len(doc.sentences):
        return 0
    sent = doc.sentences[src.sentence]
    if not sent.start < m.start <= sent.start + _OPENING:
        return 0  # not the verb of an opening conjunction (or its subject in another sentence): no look (#14)
    toks = doc.tokens
    v = doc.token_index(m.start)
    first = doc.token_index(sent.start)
    if not 0 < v - first <= 3:
        return 0  # the verb comes right after the conjunction, its «أن» or «في حين»
    opener = _opener(doc, first, v, info)
    if opener is None or opener + 1 != v:
        return 0
    start = _said_from(doc, max(src.end, m.end), sent.end, info)
    comma = min((i for i in (doc.text.find(c, start, sent.end) for c in COMMAS) if i >= 0), default=-1)
    if comma < 0 or any(start <= q.start < comma for q in doc.layer("numbers")):
        return 0
    after = doc.token_index(comma + 1)
    if after < len(toks) and toks[after].start > comma and toks[after].text.startswith(AND):
        return 0  # «...، وقتلت 7 جنود»: «و» goes on with the clause, no main clause opens
    return comma


def _said_from(doc: Document, start: int, end: int, info: SlotInfo) -> int:
    """Where what the fronted verb said begins: at its «أن» or «إن» (speaker_words role ``complement``) right after
    an aside set off by two commas after its subject («فيما قالت الحركة، التي تقاتل في المنطقة، إن ...»: the
    aside's comma closes no clause); else ``start``, right after the verb and its subject."""
    text = doc.text
    opened = min((i for i in (text.find(c, start, end) for c in COMMAS) if i >= 0), default=-1)
    if opened < 0 or text[start:opened].strip():
        return start  # the aside opens right after the subject
    closed = min((i for i in (text.find(c, opened + 1, end) for c in COMMAS) if i >= 0), default=-1)
    k = doc.token_index(closed + 1) if closed >= 0 else len(doc.tokens)
    if k >= len(doc.tokens) or doc.tokens[k].text not in info.words["complement"]:
        return start
    return doc.tokens[k].start


def _opener(doc: Document, first: int, v: int, info: SlotInfo) -> int | None:
    """The token right before the fronted clause's verb: the conjunction opening the sentence
    («وفيما», «وبينما», «حين» after «في»), or the «أن» after «بعد», «منذ»; None when there is none."""
    toks = doc.tokens
    for k in range(first, min(first + 2, v)):
        word = _bare(toks[k].text)
        if k > first and _bare(toks[first].text) not in info.words["in"]:
            return None  # only «في» may come before it («وفي حين»)
        if word in info.words["fronting"]:
            return k
        if word in info.words["fronting_that"] and k + 1 < v and toks[k + 1].text in info.words["complement"]:
            return k + 1
    return None


def _bare(word: str) -> str:
    """The word without the «و» that opens a sentence («وفيما»: «فيما»)."""
    return word[len(AND):] if word.startswith(AND) and len(word) > len(AND) + 1 else word


#: words between the topic particle «أما» and the verb its «ف» opens («أما وحدات X المتحالفة مع الحزب فقالت»)
TOPIC_REACH = 10


def _answers(word: str) -> bool:
    """Whether ``word`` opens with the «ف» that answers «أما» (a conjunction, not «و»)."""
    return bool(word) and word[0] in CONJUNCTIONS and not word.startswith(AND)


def topic_subject(doc: Document, m: Match, info: SlotInfo) -> tuple[int, int] | None:
    """«أما الجيش فقال إن ...», «وأما وحدات X المتحالفة مع الحزب فقالت في بيان إن ...»: a reporting verb at ``m``
    whose «ف» answers a topic «أما» (speaker_words role ``topic``) in its sentence within :data:`TOPIC_REACH`
    words before: the tokens of its subject, from the word after «أما» to the first word that ends a name
    (a particle, a word a name stops at) or the verb; None otherwise."""
    toks, topic = doc.tokens, info.words.get("topic", frozenset())
    v, sent = doc.token_index(m.start), doc.sentence_of(m.start)
    if not _answers(m.prefix):  # «فقال», «فقد أكد»: the «ف» on the verb or on its «قد»
        if not (v > 0 and _answers(toks[v - 1].text) and toks[v - 1].text[1:] in info.words["already"]):
            return None
        v -= 1
    for k in range(v - 1, max(v - TOPIC_REACH, 0) - 1, -1):
        if doc.sentence_of(toks[k].start) != sent:
            return None
        if toks[k].text.removeprefix(AND) in topic:
            last = next((j - 1 for j in range(k + 2, v) if toks[j].text in info.words["particle"]
                         or toks[j].start in info.stops), v - 1)
            return (k + 1, last) if k + 1 < v else None
    return None


def topic_speaker(doc: Document, m: Match, mentions: list[SourceMention], recent: dict[str, SourceMention],
                  info: SlotInfo) -> SourceMention | None:
    """The speaker of :func:`topic_subject` («أما X فقالت»), named as any subject is; None with no topic."""
    topic = topic_subject(doc, m, info)
    return slot_mention(doc, topic[0], topic[1], mentions, recent, info) if topic is not None else None
