"""Which attribution covers a figure: the look-up the claims stage asks of the sources stage."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from waqia.core.document import Document, Sentence
from waqia.core.morphology import OUR
from waqia.stages.sources.claimed import ACT
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.tollback import TOLL_BACK

_last: tuple[tuple[Attribution, ...], list[int]] = ((), [])


def _sentences(attributions: tuple[Attribution, ...]) -> list[int]:
    """The sentence of each attribution, kept for the (immutable) layer last asked about."""
    global _last
    if _last[0] is not attributions:
        _last = (attributions, [a.sentence for a in attributions])
    return _last[1]


def source_for(doc: Document, pos: int, sentence: int) -> Attribution | None:
    """The attribution that covers a claim at normalised ``pos`` in ``sentence``.

    The nearest attribution before the claim in the same sentence wins; a
    speaker verb beats a preposition, which then becomes the relay.  Failing
    that, an attribution after the claim in the same sentence («... بحسب X»).
    """
    attributions = doc.layer("sources")
    if len(attributions) > 16:  # attributions are in text order: take their sentence's slice
        sentences = _sentences(attributions)
        attributions = attributions[bisect.bisect_left(sentences, sentence):bisect.bisect_right(sentences, sentence)]
    same = [a for a in attributions if a.sentence == sentence and a.kind not in (ACT, TOLL_BACK)]  # a claimed act tells no figure
    before = [a for a in same if (a.pos < pos or a.pos == pos and a.kind == "verb")  # «نعت الوزارة 3 من منتسبيها»
              and not 0 < a.reach < pos]  # «وفيما أكدت الوزارة أن ...، قتل 4»: the main clause is not hers
    after = [a for a in same if a.pos > pos]
    trailing = [a for a in after if a.kind in ("prep", "quoting", "trailing")]
    if before:
        speakers = [a for a in before if a.kind in ("verb", "continue", "relay", "statement", "that")]
        quoting = [a for a in before if a.kind == "quoting"] or [
            a for a in after[:1] if a.kind == "quoting"]  # «أوردت القناة أن ...، نقلا عن مصادر طبية»
        if speakers and quoting and quoting[-1].pos > speakers[-1].pos:  # «ذكرت الوكالة نقلا عن الخلية»
            q = quoting[-1]
            return Attribution(q.pos, q.end, "relay", sentence, q.source, speakers[-1].source)
        preps = [a for a in same if a.kind in ("prep", "quoting")]
        if speakers and preps and speakers[-1].relay is None and preps[-1].source is not speakers[-1].source:
            return Attribution(speakers[-1].pos, speakers[-1].end, speakers[-1].kind, sentence,
                               speakers[-1].source, preps[-1].source)
        if not speakers and trailing and _closes_earlier(doc, before[-1], sentence):
            return _quoted_on(trailing[0], after)  # «قتل 8، بحسب X، وأصيب 14، وفق Y»: 14 is Y's
        return speakers[-1] if speakers else before[-1]
    if trailing:
        return _quoted_on(trailing[0], after)
    return _speech_going_on(doc, sentence)


def _closes_earlier(doc: Document, prep: Attribution, sentence: int) -> bool:
    """Whether a preposition of attribution comes after a figure of its sentence: it attributes what
    precedes it, not what follows («قتل 8 مدنيين، بحسب الدفاع المدني، وأصيب 14 ...»)."""
    return _figure_between(doc, doc.sentences[sentence].start, prep.pos)


def _figure_between(doc: Document, start: int, end: int) -> bool:
    """Whether a figure stands between normalised ``start`` and ``end``."""
    return any(start <= q.start < end for q in doc.layer("numbers"))


def _quoted_on(first: Attribution, after: list[Attribution]) -> Attribution:
    """«...، وفق ما أفادت قناة X نقلا عن مصادر أمنية»: a trailing source that quotes another
    relays it; the one quoted is the source."""
    rest = [a for a in after if a.pos > first.pos]
    quoting = next((n for n, a in enumerate(rest) if a.kind == "quoting"), None)
    if quoting is None or first.kind == "quoting" or any(a.source.name != first.source.name for a in rest[:quoting]):
        return first
    q = rest[quoting]
    return Attribution(first.pos, first.end, first.kind, first.sentence, q.source, first.source)


def _speech_going_on(doc: Document, sentence: int) -> Attribution | None:
    """A sentence inside a quotation opened earlier («قال X: "... . ... "»), or followed by
    a sentence that only names its source («وفقا لـX.»), or opening a quotation that the next
    sentence closes with its speaker («"... . ..."، قال X»), is that speaker's."""
    attributions = doc.layer("sources")
    sentences = _sentences(attributions)
    text = doc.text
    item = _first_item(doc, sentence)  # «:\n- 15 قتيلا ...\n- 9 قتلى ...»: each line of a list after the colon
    attributions = attributions[bisect.bisect_left(sentences, min(item, sentence) - 3):
                                bisect.bisect_right(sentences, sentence + 1)]
    if item < sentence and not any(item <= a.sentence <= sentence for a in attributions):
        return _speech_going_on(doc, item)
    start = doc.sentences[sentence].start
    earlier = [a for a in attributions if sentence - 3 <= a.sentence < sentence
               and a.kind in ("verb", "continue", "relay")]
    if earlier and text.count('"', earlier[-1].end, start) % 2 == 1 and not _closed_before(text, start):
        return earlier[-1]
    last = earlier[-1] if earlier else None
    if last is not None and last.sentence == sentence - 1 and ":" in text[last.end:start] \
            and not any(a.sentence == sentence for a in attributions) and not _quote_closed(text, last.end, start):
        return last  # «وقال X في بيان: ...» then a sentence of what the statement told
    if last is not None and not any(a.sentence == sentence for a in attributions) and _first_person(doc, sentence):
        return last  # «... . كما أصيب 2 من جنودنا»: «we» of a side is no outlet's voice, the speaker's words go on
    if sentence + 1 < len(doc.sentences):
        nxt = doc.sentences[sentence + 1]
        alone = [a for a in attributions if a.sentence == sentence + 1 and a.kind in ("prep", "quoting")]
        closes = [a for a in attributions if a.sentence == sentence + 1 and a.kind == "trailing"]
        if alone and doc.token_index(alone[0].pos) <= doc.token_index(nxt.start) + 1:
            if len(text[nxt.start:nxt.end].split()) <= 6 or closes:
                return alone[0]  # «وفقا لـX.», «وفق ما أفاد مصدر أمني في الشرطة لوكالة Y.»: no more than its source
            if (named := _only_its_source(doc, nxt, attributions, sentence + 1)) is not None:
                return named  # «حسب ما نقلته وكالة X عن مصدر أمني.»: the source, through X
        that = [a for a in attributions if a.sentence == sentence + 1 and a.kind == "that"]
        if that:  # «وأكد ذلك مصدر طبي»: the next sentence names who said this one; «نقلا عن Y» after it: Y's
            return _quoted_on(that[0], [a for a in attributions if a.sentence == sentence + 1])
        closing = [a for a in attributions if a.sentence == sentence + 1 and a.kind in ("trailing", "verb")]
        quoted = text[start:closing[0].pos] if closing else ""
        if quoted.count('"') == 2 and quoted.lstrip().startswith('"') and quoted.rstrip(" ،,").endswith('"'):
            return closing[0]  # «"... قتلوا 5 ... . ... "، قال X»: a quotation its speaker closes a sentence later
    return None


def _only_its_source(doc: Document, nxt: Sentence, attributions: Sequence[Attribution], sentence: int) -> Attribution | None:
    """The attribution of a sentence that is nothing but a preposition and its source, relayed or not
    («حسبما نقلت وكالة X عن مسؤولين عسكريين.»): one whose source ends the sentence and that tells no figure."""
    own = [a for a in attributions if a.sentence == sentence]
    ends = [a for a in own if not doc.text[a.source.end:nxt.end].strip(" .!؟?\n\"")]
    if not ends or _figure_between(doc, nxt.start, nxt.end):
        return None
    relayed = [a for a in ends if a.relay is not None]
    return (relayed or ends)[-1]


#: marks that open the lines of a list («- 15 قتيلا في ...»)
_ITEM_MARKS = frozenset("-–—•*·")


def _first_item(doc: Document, sentence: int) -> int:
    """The first of the run of list lines that ``sentence`` closes, each opened by the same mark
    on a line of its own; ``sentence`` itself when it is no later line of a list."""
    text, first = doc.text, sentence

    def mark(n: int) -> str:
        s = doc.sentences[n]
        i = _skip_back(text, s.start, str.isspace)
        line = text[s.start:s.end].lstrip()
        return line[0] if line and line[0] in _ITEM_MARKS and (i == 0 or "\n" in text[i:s.start]) else ""

    own = mark(sentence)
    if not own:
        return _first_line(doc, sentence)
    while first > 0 and mark(first - 1) == own:
        first -= 1
    return first


#: the most words of a line of a list without marks
_LINE_WORDS = 12


def _first_line(doc: Document, sentence: int) -> int:
    """The first of a run of short lines without marks that a colon opens, each a sentence on a line of
    its own («أسفر الهجوم عن:\nمقتل 4 ...\nإصابة 6 ...\nمقتل 3 ...»), when ``sentence``
    is one of them; ``sentence`` itself otherwise."""
    text, n = doc.text, sentence
    while n > 0:
        s = doc.sentences[n]
        i = _skip_back(text, s.start, str.isspace)
        if "\n" not in text[i:s.start] or len(text[s.start:s.end].split()) > _LINE_WORDS:
            return sentence
        if text[i - 1] == ":":
            return n
        n -= 1
    return sentence


def _first_person(doc: Document, sentence: int) -> bool:
    """Whether the sentence names a side's people with the pronoun of «we» («جنودنا», «مقاتلينا»)."""
    s = doc.sentences[sentence]
    return any(s.start <= m.start < s.end and m.entry.key.endswith(OUR) and doc.text.startswith(OUR, m.end - len(OUR))
               for m in doc.matches_of("actor_terms"))


def _closed_before(text: str, start: int) -> bool:
    """Whether the sentence before the one at ``start`` ended with a closing quote and this one
    opens none: an odd count of quotes since the speaker is then a quotation over, not one open
    («قال: ... القوات". وأسفرت المداهمات»: its opening quote was never written)."""
    i = _skip_back(text, _skip_back(text, _skip_back(text, start, str.isspace), ".!?؟".__contains__), str.isspace)
    return i > 0 and text[i - 1] == '"' and not _opens_quote(text, start)


def _skip_back(text: str, i: int, skip: Callable[[str], bool]) -> int:
    """Where the run of characters that ``skip`` holds of, ending at ``i``, starts: what
    ``text[:i].rstrip(...)`` keeps, without copying the text before ``i`` (#14)."""
    while i > 0 and skip(text[i - 1]):
        i -= 1
    return i


def _opens_quote(text: str, start: int) -> bool:
    """``text[start:].lstrip().startswith('"')`` without copying the rest of the text (#14)."""
    i, n = start, len(text)
    while i < n and text[i].isspace():
        i += 1
    return i < n and text[i] == '"'


def _quote_closed(text: str, end: int, start: int) -> bool:
    """Whether what followed the colon after a speaker was one quotation, opened right after the
    colon and closed at the end of its sentence, before the sentence at ``start``, which opens no
    quotation of its own («وقال أحد السكان: "...". وقتل 9»: the outlet's voice again, not the one
    quoted); quoted words inside the speech («قال البيان: إن "الميليشيا" ...») close nothing, nor
    does a closing quote alone (a statement read out after the colon: what follows may still be it)."""
    said = text[text.index(":", end, start) + 1:start].strip()
    return said.startswith('"') and said.count('"') == 2 and said.rstrip(".").endswith('"') \
        and not _opens_quote(text, start)
