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

import re
from collections.abc import Iterator

from waqia.core.document import COMMAS, Document
from waqia.core.morphology import AND
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.words import SlotInfo

#: a comma, Arabic or Latin
_COMMA = re.compile("[،,]")
#: the kinds of attribution whose subject speaks what follows
_SPEAKS = frozenset(("verb", "continue", "relay", "statement"))
#: the kinds of attribution placed after what they attribute
_CLOSES = frozenset(("prep", "quoting", "trailing"))


def coordinated_reach(doc: Document, attributions: list[Attribution], info: SlotInfo) -> list[Attribution]:
    """``attributions`` with the reach of a speaker cut at the comma of a coordinated clause that a
    later attribution of the same sentence closes, a figure between them."""
    out = attributions
    occasions = _occasion_commas(doc, info)
    for i, a in enumerate(attributions):
        if a.kind not in _SPEAKS or a.reach or a.sentence >= len(doc.sentences):
            continue
        nxt = attributions[i + 1] if i + 1 < len(attributions) and attributions[i + 1].sentence == a.sentence else None
        start, end = max(a.end, a.source.end), nxt.pos if nxt is not None else doc.sentences[a.sentence].end
        comma = _clause_comma(doc, start, end, info) if nxt is not None and nxt.kind in _CLOSES \
            else next((c for c in occasions if start < c < end and not any(start < q < c for q in info.figures)), 0) \
            if occasions else 0  # most articles: no «، وذلك» and a word of occasion (#14)
        if comma and any(comma < q < end for q in info.figures):
            out = out if out is not attributions else list(attributions)
            out[i] = Attribution(a.pos, a.end, a.kind, a.sentence, a.source, a.relay, a.gender, comma)
    return out


def _clause_comma(doc: Document, start: int, end: int, info: SlotInfo) -> int:
    """The last comma between ``start`` and ``end`` that a conjunction of contrast or time follows
    («، فيما», «، بينما», «، في حين», «، لكن»); 0 when there is none."""
    toks = doc.tokens
    found = 0
    for i in _commas(doc.text, start, end):
        k = doc.token_index(i + 1)
        if k >= len(toks) or toks[k].start >= end:
            break
        joined = toks[k].text.startswith(AND) and toks[k].text.removeprefix(AND) in info.words["already"] and k + 1 < len(toks)
        k += joined  # «، وقد قتل 4 ...»: the verb after «وقد» opens the clause as in «، وقتل 4»
        word = toks[k].text.removeprefix(AND) if len(toks[k].text) > len(AND) + 2 else toks[k].text
        if word in info.words["fronting"] or word in info.words["contrast"] \
                or word in info.words["in"] and k + 1 < len(toks) and toks[k + 1].text in info.words["fronting"] \
                or (joined or word != toks[k].text) and toks[k].start in info.cues and not any(start < q < i for q in info.figures):
            found = i  # «، وقتل 20 ...», «، وقد قتل 20» too, when the speaker's words before the comma told no figure
    return found


def _occasion_commas(doc: Document, info: SlotInfo) -> list[int]:
    """The commas that «وذلك» and a word of occasion follow («، وذلك بعد/غداة/إثر/عقب/في أعقاب تفجير
    أودى بحياة 30»): what follows is the outlet's account of the occasion. Found once per article by
    the words they open with, not per speaker (#14)."""
    toks, text, out = doc.tokens, doc.text, []
    for word in (AND + d for d in info.words["demonstrative"]):
        at = text.find(word)
        while at >= 0:
            k = doc.token_index(at)
            if 0 < k < len(toks) - 2 and toks[k].start == at and toks[k].text == word:
                gap = text[toks[k - 1].end:at]
                nxt = toks[k + 1].text if toks[k + 1].text not in info.words["in"] else toks[k + 2].text
                if nxt in info.words["occasion"] and not COMMAS.isdisjoint(gap):
                    out.append(toks[k - 1].end + next(n for n, ch in enumerate(gap) if ch in COMMAS))
            at = text.find(word, at + len(word))
    return sorted(out)


def _commas(text: str, start: int, end: int) -> Iterator[int]:
    """Where the commas between ``start`` and ``end`` stand, the text not copied (#14)."""
    return (m.start() for m in _COMMA.finditer(text, start, end))
