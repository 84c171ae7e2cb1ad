"""A verb of saying inside another speaker's account: «وأوضح المدير أن وزارة الصحة أعلنت مقتل 8».

The subject placed before the embedded verb («أن X أعلن», «أن X قد أكد», «أن X كان قد أعلن») is
what the outer speaker told of X; the figure is the outer speaker's account, as the annotators
code it: the outer speaker is the source. An outlet telling what a body said («ذكرت وكالة سبأ أن
وزارة الدفاع أعلنت») only relays it (GUIDELINES: the original speaker is the source), and the
outlet's own voice («يذكر أن X أعلن») has no speaker to keep: there the embedded subject speaks.

A verb of saying inside a quotation of another speaker («وأضاف المتحدث: "أكدت لنا فرق الإسعاف أن 7
قتلوا"», «"الجيش أعلن مقتل 4"») is likewise part of the quoted speaker's words: the figure is his.

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.words import SlotInfo

#: attributions whose speaker gives an account that a later verb of the sentence may sit in
_ACCOUNTS = ("verb", "continue")


def outer_speaker(doc: Document, verb_start: int, src: SourceMention, out: list[Attribution],
                  info: SlotInfo) -> Attribution | None:
    """The attribution of the account a verb at ``verb_start`` with its subject ``src`` placed
    before it sits in: an earlier reporting verb of the same sentence whose complementiser stands
    right before ``src``, whose speaker is no outlet; None when there is none."""
    sent = doc.sentence_of(verb_start)
    if src.sentence != sent or src.end > verb_start or not out:
        return None
    prev = out[-1]
    if prev.sentence != sent or prev.kind not in _ACCOUNTS or prev.end > src.start \
            or prev.source.start in info.outlets or prev.source.name == src.name:
        return None
    k = doc.token_index(src.start)  # the complementiser right before the subject («لكن مسعفا قال»: a clause of its own)
    if k < 2 or doc.tokens[k - 1].start < prev.end or doc.tokens[k - 1].text not in info.words["complement"]:
        return None
    return None if doc.tokens[k - 2].text in info.words["contrast"] else prev  # «إلا أن شهودا قالوا»: against it


def quoting_speaker(doc: Document, verb_start: int, out: list[Attribution], info: SlotInfo) -> Attribution | None:
    """The attribution whose quotation, opened after it in the same sentence, the verb at
    ``verb_start`` stands in: an odd count of quotation marks between them (the marks around the speaker's own
    name not counted); no outlet's (a quotation
    opened sentences before is not followed: quotation marks left unclosed across sentences mislead)."""
    if not out:
        return None
    prev = out[-1]
    if prev.kind not in _ACCOUNTS or prev.end > verb_start or prev.source.start in info.outlets \
            or doc.text.find('"', prev.end, verb_start) < 0 or prev.sentence != doc.sentence_of(verb_start):
        return None
    start = max(prev.end, prev.source.end)
    if doc.text.startswith('"', start) and doc.text.startswith('"', prev.source.start - 1):
        start += 1  # «أعلن "الجيش الوطني" مقتل ...، فيما قالت X»: the quote that closes the speaker's name opens nothing
    return prev if start < verb_start and doc.text.count('"', start, verb_start) % 2 == 1 else None


def teller(doc: Document, verb_start: int, src: SourceMention, out: list[Attribution], info: SlotInfo) -> Attribution | None:
    """The speaker who tells what the verb at ``verb_start`` (its subject ``src``) said: the one whose
    account after «أن» or whose quotation it stands in; None when it tells for itself."""
    return outer_speaker(doc, verb_start, src, out, info) or quoting_speaker(doc, verb_start, out, info)
