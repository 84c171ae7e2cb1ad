"""A statement of one that another published: «ونشرت وكالة سبأ بيانا لوزارة الدفاع قالت فيه إن»,
«وبثت القناة بيانا للقوات المسلحة جاء فيه أن». The statement's owner, named after «ل», speaks; the
one who published or broadcast it relays (GUIDELINES «source»: the original speaker, the relay in
``source_alt``).

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import ACCUSATIVE, ARTICLE
from waqia.stages.sources.backward import came_in, owner_after_lam
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.slot import SlotInfo
from waqia.stages.sources.statements import issuer, owned, statement_source

Speaker = tuple[SourceMention | None, SourceMention | None]


def statement_speaker(doc: Document, m: Match, v: int, info: SlotInfo, mentions: list[SourceMention],
                      out: list[Attribution]) -> Speaker:
    """The source and relay of the statement noun at token ``v``: an indefinite statement that a
    subject published with its owner after «ل» is the owner's, through the publisher; «البيان» told
    back after «وجاء في» with no owner after it, the last speaker's, who issued it; any other,
    :func:`statement_source`'s, with no relay."""
    toks = doc.tokens
    tok = toks[v]
    if out and tok.text.startswith(ARTICLE) and came_in(doc, v, info) and not owned(doc, v, info):
        return out[-1].source, out[-1].relay  # «أصدرت الشرطة بيانا ... وجاء في البيان:»
    if not tok.text.startswith(ARTICLE) and tok.text.endswith(ACCUSATIVE) and v + 1 < len(toks) \
            and toks[v + 1].start not in info.told:
        owner = owner_after_lam(doc, v + 1, info)
        publisher = issuer(doc, v, info, mentions) if owner is not None else None
        if owner is not None and publisher is not None:
            return owner, publisher
    return statement_source(doc, m, v, info, mentions), None


def said_in(doc: Document, v: int, info: SlotInfo, out: list[Attribution]) -> Attribution | None:
    """«... بيانا لوزارة الدفاع قالت فيه إن»: a verb with «فيه» after it, right after the statement
    and its owner, with no subject of its own: what the statement said, the statement's speaker."""
    toks = doc.tokens
    if not out or out[-1].kind != "statement" or v + 1 >= len(toks) or toks[v + 1].text not in info.words["governs"]:
        return None
    last = out[-1]
    return last if last.relay is not None and last.sentence == toks[v].sentence \
        and doc.token_index(last.source.end - 1) == v - 1 else None
