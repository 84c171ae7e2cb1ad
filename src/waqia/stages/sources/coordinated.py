"""A clause of contrast or time after a speaker's words that names its own source (#10).

«وقالت الشرطة إن المهاجمين فروا، فيما قتل 4 من المارة وفق شهود»: after the comma a conjunction of
contrast or time («فيما», «بينما», «في حين», «لكن»: speaker_words.tsv roles ``fronting`` and
``contrast``) opens a clause of its own, and the preposition of attribution that closes it («وفق»,
«بحسب», «وفقا لـ», «حسب ما أفادت») names the source of its figure (so does a clause opened by «و» and
a verb of the event, «، وقتل 20 ...», when the speaker's words before the comma told no figure): the speaker before the comma
covers what it said up to the comma and no further (its ``reach``, read by
:func:`waqia.stages.sources.lookup.source_for`). With no source after the figure the speaker keeps it,
as before (the twelfth round's strict xfails); a figure before the comma stays the speaker's.

So for a clause of occasion after the speaker's words, with no source of its own: «قال الوزير إن القوات
في حالة تأهب، وذلك إثر تفجير أوقع 9 قتلى» (speaker_words.tsv roles ``demonstrative`` and ``occasion``)
tells the toll in the outlet's voice, when the speaker's words before the comma told no figure.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import AND
from waqia.stages.sources.complement import COMMAS
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.words import SlotInfo

#: the kinds of attribution whose subject speaks what follows
_SPEAKS = frozenset(("verb", "continue", "relay", "statement"))
#: the kinds of attribution placed after what they attribute
_CLOSES = frozenset(("prep", "quoting", "trailing"))


def coordinated_reach(doc: Document, attributions: list[Attribution], info: SlotInfo) -> list[Attribution]:
    """``attributions`` with the reach of a speaker cut at the comma of a coordinated clause that a
    later attribution of the same sentence closes, a figure between them."""
    out = attributions
    for i, a in enumerate(attributions):
        if a.kind not in _SPEAKS or a.reach or a.sentence >= len(doc.sentences):
            continue
        nxt = attributions[i + 1] if i + 1 < len(attributions) and attributions[i + 1].sentence == a.sentence else None
        start, end = max(a.end, a.source.end), nxt.pos if nxt is not None else doc.sentences[a.sentence].end
        comma = _clause_comma(doc, start, end, info) if nxt is not None and nxt.kind in _CLOSES \
            else _occasion_comma(doc, start, end, info)
        if comma and any(comma < q < end for q in info.figures):
            out = out if out is not attributions else list(attributions)
            out[i] = Attribution(a.pos, a.end, a.kind, a.sentence, a.source, a.relay, a.gender, comma)
    return out


def _clause_comma(doc: Document, start: int, end: int, info: SlotInfo) -> int:
    """The last comma between ``start`` and ``end`` that a conjunction of contrast or time follows
    («، فيما», «، بينما», «، في حين», «، لكن»); 0 when there is none."""
    toks, text = doc.tokens, doc.text
    found = 0
    for i in range(start, end):
        if text[i] not in COMMAS:
            continue
        k = doc.token_index(i + 1)
        if k >= len(toks) or toks[k].start >= end:
            break
        word = toks[k].text.removeprefix(AND) if len(toks[k].text) > len(AND) + 2 else toks[k].text
        if word in info.words["fronting"] or word in info.words["contrast"] \
                or word in info.words["in"] and k + 1 < len(toks) and toks[k + 1].text in info.words["fronting"] \
                or word != toks[k].text and toks[k].start in info.cues and not any(start < q < i for q in info.figures):
            found = i  # «، وقتل 20 ...» too, when the speaker's words before the comma told no figure
    return found


def _occasion_comma(doc: Document, start: int, end: int, info: SlotInfo) -> int:
    """The first comma between ``start`` and ``end`` that «وذلك» and a word of occasion follow
    («، وذلك بعد/غداة/إثر/عقب/في أعقاب تفجير أودى بحياة 30»), the speaker's words before it telling no
    figure: what follows is the outlet's account of the occasion; 0 when there is none."""
    toks, text = doc.tokens, doc.text
    for i in range(start, end):
        if text[i] not in COMMAS:
            continue
        if any(start < q < i for q in info.figures):
            return 0
        k = doc.token_index(i + 1)
        if k + 2 >= len(toks) or toks[k].start >= end or not toks[k].text.startswith(AND) \
                or toks[k].text.removeprefix(AND) not in info.words["demonstrative"]:
            continue
        word = toks[k + 1].text if toks[k + 1].text not in info.words["in"] else toks[k + 2].text
        if word in info.words["occasion"]:
            return i
    return 0
