"""What the subject-slot reader knows about each word of a document (:mod:`waqia.stages.sources.slot`).

The function words come from ``speaker_words.tsv`` by role; the words of a document are
marked once: where names stop, casualty and event words, statements, outlets, dates,
figures, prepositional phrases, particles spelled like names («علي»), and forces that
begin an object («قوات X», «حركة X»).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from waqia.core.document import Document, Token
from waqia.core.lexicon import Entry, Lexicon
from waqia.core.morphology import (
    ACCUSATIVE,
    ARTICLE,
    FEMININE,
    FEMININE_BOUND,
    LAM,
    MAQSURA,
    NISBA_SINGULAR,
    OF,
    PREPOSITIONS,
    definite,
)
from waqia.core.normalize import key as normalize_key
from waqia.stages.sources.classes import (
    DUAL,
    FORCE_HEAD,
    HOMOGRAPH,
    PHRASE,
    TITLE,
    TOLD,
    classes_of,
    classifier,
)
from waqia.stages.sources.placed import placed_outlets


@dataclass(frozen=True)
class SlotInfo:
    """What the slot reader needs to know about each word of a document."""

    stops: frozenset[int]  # word starts of words that end a name (source_stops.tsv)
    cues: frozenset[int]  # word starts of casualty, event and attribution words
    statements: frozenset[int]  # word starts of statement nouns («بيان», «تصريح»)
    outlets: frozenset[int]  # word starts of outlet names («وكالة», «الأناضول»), clitic ل included
    dates: frozenset[int]  # token indices inside date expressions
    figures: frozenset[int]  # word starts of figures, in digits or in words («12», «ثلاثة»)
    phrases: frozenset[int]  # word starts of prepositional phrases («بمقتل», «لوجود», «بالهجوم»)
    words: dict[str, frozenset[str]]  # speaker_words.tsv: role -> the words (matching form)
    names: frozenset[int] = frozenset()  # token indices of particles that are names here («محمد علي»)
    forces: frozenset[int] = frozenset()  # word starts of a force's name («قوات X») or a definite plural of people
    bodies: frozenset[int] = frozenset()  # token indices of a body's definite name («الشرطة», «الجيش»): no person's name follows
    duals: frozenset[int] = frozenset()  # token indices of a speaker's dual in construct («شاهدا عيان»): a subject, not an object
    told: frozenset[int] = frozenset()  # word starts of «ل» alone or with those told («للصحفيين»)
    victims: frozenset[int] = frozenset()  # word starts of definite nouns of victims («الأسرى»): a genitive in a name
    asides: frozenset[int] = frozenset()  # word starts of «من» before a filler with its pronoun (:func:`asides`)
    ends: dict[int, int] = field(default_factory=dict, init=False, compare=False, repr=False)  # token -> the end of its noun phrase, as read (#14)

    def victims_of(self, doc: Document, k: int, j: int) -> bool:
        """Whether token ``j`` is a definite noun of victims closing the chain of nouns in construct
        that opens at token ``k`` («هيئة شؤون الأسرى»): the name's genitive, not what befell anyone."""
        return doc.tokens[j].start in self.victims and not any(t.text.startswith(ARTICLE) for t in doc.tokens[k:j])


@functools.lru_cache(maxsize=4)
def speaker_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """``speaker_words.tsv`` by role: the function words that bound a speaker's phrase."""
    out: dict[str, set[str]] = {role: set() for role in _ROLES}
    for e in lexicon.concept("speaker_words"):
        for role in e.get("role").split(","):
            if (role.strip() == "governs") != ("possessive" in e.get("flags")) and role.strip() != "saying":
                continue  # «فيه», «عنها» only govern; «في» itself keeps its other roles
            out.setdefault(role.strip(), set()).add(e.key)
    out["tally_bare"] = {w.removeprefix(ARTICLE) for w in out["tally"]}  # derived: a count without its article
    return {role: frozenset(words) for role, words in out.items()}


@functools.lru_cache(maxsize=8192)  # by entry (a lexicon line), not by text: at most the lexicon's size
@functools.lru_cache(maxsize=8192)
def head_of(entry: Entry) -> str:
    """The head a source name is filed under: its family's first word, else its own, without the article;
    read once per entry, not at each of its matches (#14)."""
    first_word = normalize_key(entry.get("family")) or entry.key.split()[0]
    return first_word.removeprefix(ARTICLE)


@functools.lru_cache(maxsize=8192)
def called_of(entry: Entry) -> str:
    """The generic noun a body is told back by though it is not its head (source_names.tsv column
    ``called``: «منظمة» for «الأمم المتحدة»), in matching form; "" for most."""
    return normalize_key(entry.get("called"))


#: the stops of ``source_stops.tsv`` (column ``why``) that never take the article
_PARTICLES = frozenset({"preposition", "complementiser"})

#: kinds of ``source_names.tsv`` that name a body, not a person: no proper name follows them
BODY_KINDS = ("authority", "monitor", "outlet", "document")


@functools.lru_cache(maxsize=4)
def _force_heads(lexicon: Lexicon) -> frozenset[str]:
    """The indefinite first words of the forces' names in ``actor_terms.tsv`` («قوات», «حركة», «جماعة»)."""
    firsts = (e.key.split() for e in lexicon.concept("actor_terms") if e.get("type") == "group")
    return frozenset(w[0] for w in firsts if len(w) > 1 and not w[0].startswith(ARTICLE))


@functools.lru_cache(maxsize=4)
def _person_heads(lexicon: Lexicon) -> frozenset[str]:
    """The one-word indefinite heads of people who speak in ``source_names.tsv`` («شاهد», «مصدر»)."""
    return frozenset(normalize_key(e.key) for e in lexicon.concept("source_names") if e.get("type") == "head"
                     and e.get("kind") in ("unnamed", "official") and " " not in e.key and not e.key.startswith(ARTICLE))


@functools.lru_cache(maxsize=4)
def _person_duals(lexicon: Lexicon) -> frozenset[str]:
    """The words :func:`_dual_construct` can take: a person's head and the last letter of the ending
    («شاهدا»), and any one-word head of a body whose feminine ending is bound before it («وزارتا»,
    «لجنتا»: the dual of «وزارة», «لجنة» in construct)."""
    bodies = (normalize_key(e.key) for e in lexicon.concept("source_names") if e.get("type") == "head"
              and " " not in e.key and not e.key.startswith(ARTICLE))
    bound = frozenset(h[:-1] + normalize_key(FEMININE_BOUND) + ACCUSATIVE for h in bodies
                      if h.endswith(normalize_key(FEMININE[0])))
    return frozenset(head + ACCUSATIVE[-1] for head in _person_heads(lexicon)) | bound


def _dual_construct(doc: Document, i: int, duals: frozenset[str]) -> bool:
    """«شاهدا عيان», «مسؤولا الأمن», «وزارتا الداخلية»: a speaker's head with the dual ending that
    loses its «ن» before the noun it governs; a word in the accusative after it («مصدرا طبيا») makes
    it a singular object."""
    toks = doc.tokens
    word = toks[i].text
    if word not in duals or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.sentence == toks[i].sentence and gap_ok(doc.text[toks[i].end:nxt.start]) \
        and not nxt.text.endswith(ACCUSATIVE) and not nxt.text.isdigit() and len(nxt.text) > 2


_PREFIX = attrgetter("prefix")


@functools.lru_cache(maxsize=256)
def _governing(prefixes: frozenset[str]) -> frozenset[str]:
    """The clitic chains among ``prefixes`` that end in a preposition («ب», «بال», «وبال»): each
    chain is judged once, not at each match (#14)."""
    return frozenset(p for p in prefixes if p and p.removesuffix(ARTICLE)[-1:] in PREPOSITIONS)
_ROLES = ("filler", "particle", "says", "in", "adjunct", "trailing", "was", "already", "told", "in_name", "not_said", "fronts", "tally", "from", "plural", "link", "person_head", "name_part", "body_in", "what", "homograph", "relative", "medium", "saying", "demonstrative", "same", "governs", "calls", "points", "official", "title", "known_as", "named_by", "then", "complement", "contrast", "negation", "title_homograph", "one_of", "withheld", "latest", "another", "plural_end", "negates", "charged", "raised", "toll_object", "domain",
          "fronting", "fronting_that", "rubric", "breaking", "occasion", "declared", "adopts", "ascribed_to", "allowed", "issued")


def object_after_definite(toks: Sequence[Token], ti: int, words: dict[str, frozenset[str]],
                          bare_heads: AbstractSet[int] = frozenset()) -> bool:
    """After a definite word of a name, what cannot go on with it begins the verb's object: a
    definite sound feminine plural (an adjective would agree: «وطالبت الوزارة المنظمات الدولية»)
    or the indefinite head of another name («واتهم الجيش حركة X»: no construct follows a definite word)."""
    if ti == 0 or not definite(toks[ti - 1].text) or toks[ti - 1].text in words["link"]:
        return False
    if toks[ti].start in bare_heads:
        return True
    ends = _endings(words["plural_end"])
    prev, word = toks[ti - 1].text, toks[ti].text
    return bool(ends) and definite(word) and word.endswith(ends) and not prev.endswith(ends)


@functools.lru_cache(maxsize=16)
def _endings(ends: frozenset[str]) -> tuple[str, ...]:
    """``ends`` as the tuple :meth:`str.endswith` takes, made once per set (#14)."""
    return tuple(ends)


def slot_info(doc: Document, lexicon: Lexicon, placed: frozenset[int] | None = None) -> SlotInfo:
    """What the slot reader needs to know of each word; ``placed``: the outlet names that stand for a
    place («ولاية الجزيرة»: :func:`waqia.stages.sources.placed.placed_outlets`), found when not given."""
    toks = doc.tokens
    words = speaker_words(lexicon)
    heads, dual_forms = _force_heads(lexicon), _person_duals(lexicon)
    texts = doc.texts
    classes = classes_of(texts, lexicon, classifier(words, heads, dual_forms))
    marked = list(compress(range(len(classes)), classes))  # each word classified once (#14)
    phrases = {toks[i].start for i in marked if classes[i] & PHRASE}
    statements: set[int] = set()
    outlets: set[int] = set()
    bodies: set[int] = set()
    matches = doc.layer("matches")  # only a clitic chain ending in a preposition makes a phrase
    governing = _governing(frozenset(map(_PREFIX, matches)))
    if governing:
        phrases.update([m.word_start for m in matches if m.prefix in governing])
    forces = {m.word_start for m in doc.matches_of("actor_terms") if m.prefix in ("", ARTICLE) and (
        m.entry.attrs.get("type") == "group" or m.entry.attrs.get("number") == "pl" and doc.text.startswith(ARTICLE, m.word_start))}
    stops = {m.word_start for m in doc.matches_of("source_stops") if not (m.prefix.endswith(ARTICLE) and m.entry.get(
        "why") in _PARTICLES) and m.entry.get("why") != "tally"} | (aside := asides(doc, words, texts))  # a particle takes no article: «العلي» is a surname, no «على»
    cues = {m.word_start for c in ("casualty_terms", "event_triggers") for m in doc.matches_of(c)}  # each a kept tuple
    for m in doc.matches_of("attribution"):
        (statements if m.entry.attrs.get("type") == "statement" else cues).add(m.word_start)
    placed = placed_outlets(doc, lexicon) if placed is None else placed  # «ولاية الجزيرة»: a place, no outlet
    for m in doc.matches_of("source_names"):
        kind = m.entry.get("kind") if m.word_start not in placed else "place"
        if kind in BODY_KINDS and (m.prefix.endswith(ARTICLE) or m.entry.key.startswith(ARTICLE)):
            bodies.add(doc.token_index(max(m.end - 1, m.start)))
        if kind == "outlet":  # every word of an outlet's name («فرانس برس»), the first with its clitics
            outlets.update(t.start for t in toks[doc.token_index(m.word_start):doc.token_index(m.end - 1) + 1])
    forces.update(toks[i].start for i in marked if classes[i] & FORCE_HEAD and i + 1 < len(toks)
                  and toks[i + 1].text.startswith(ARTICLE))  # «حركة الشباب»
    dates: set[int] = set()
    for d in doc.layer("dates"):
        a, b = doc.token_index(d.start), doc.token_index(max(d.end - 1, d.start))
        dates.update(range(a, b + 1))
    figures = frozenset(q.start for q in doc.layer("numbers"))
    info = SlotInfo(frozenset(stops), frozenset(cues), frozenset(statements), frozenset(outlets),
                    frozenset(dates), figures, frozenset(phrases - outlets), words)
    names = frozenset(i for i in marked if classes[i] & HOMOGRAPH and _name_here(doc, i, info)
                      or classes[i] & TITLE and _title_here(doc, i, info))
    stops -= {toks[i].start for i in names}  # source_stops.tsv lists the particle too
    duals = frozenset(i for i in marked if classes[i] & DUAL and _dual_construct(doc, i, dual_forms))
    told = frozenset(toks[i].start for i in marked if classes[i] & TOLD)
    return SlotInfo(frozenset(stops) if names else info.stops, info.cues, info.statements, info.outlets, info.dates,
                    info.figures, info.phrases, words, names, frozenset(forces), frozenset(bodies), duals, told, genitive_victims(doc),
                    frozenset(aside))


def genitive_victims(doc: Document) -> frozenset[int]:
    """Word starts of definite nouns of victims right after an indefinite noun that is no casualty or
    event word: a genitive that may close a name («نادي الأسير», «رابطة أهالي المفقودين»)."""
    toks, out = doc.tokens, set()
    found = [m for m in doc.matches_of("casualty_terms") if m.entry.attrs.get("role") == "victim" and m.prefix.endswith(ARTICLE)]
    if not found:
        return frozenset()  # no definite noun of victims: no look at the words before (#14)
    cues = {m.word_start for c in ("casualty_terms", "event_triggers") for m in doc.matches_of(c)}
    for m in found:
        k = doc.token_index(m.word_start)
        if k > 0 and toks[k - 1].sentence == toks[k].sentence and toks[k - 1].start not in cues \
                and not toks[k - 1].text.startswith(ARTICLE) and not toks[k - 1].text.isdigit():
            out.add(m.word_start)
    return frozenset(out)


def _name_here(doc: Document, i: int, info: SlotInfo, end_only: bool = False) -> bool:
    """A particle spelled like a name («على»/«علي») is the name where the particle cannot stand.

    Written with the dotless final letter it is the preposition.  Otherwise it is a name
    after another word of a name when nothing follows that a preposition could govern
    («قال محمد علي إن», «محمد علي، وهو ضابط»), right after «أبو» or «بن» (role ``kunya``:
    «أبو علي العسكري»), or at the head of a subject when an
    indefinite word follows («وقال علي حسن إن»); «أكد علي أن» stays the particle.
    """
    toks, text = doc.tokens, doc.text
    if not end_only and doc.original_text(toks[i].start, toks[i].end).endswith(MAQSURA):
        return False
    sent = toks[i].sentence
    prev = toks[i - 1] if i > 0 and toks[i - 1].sentence == sent and gap_ok(text[toks[i - 1].end:toks[i].start]) else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == sent else None
    closed = nxt is None or not gap_ok(text[toks[i].end:nxt.start]) or nxt.text in info.words["says"] \
        or nxt.text.startswith(LAM) or i + 1 in info.dates
    if end_only:
        return closed
    if prev is not None and prev.text in info.words["kunya"]:
        return True  # «أبو علي العسكري»: after «أبو» or «بن» a name, never a preposition
    if prev is None or prev.start in info.cues or prev.text in info.words["filler"] or i - 1 in info.dates:
        if closed or nxt is None or nxt.text in info.words["particle"] or figure(nxt, info) or nxt.start in info.cues \
                or nxt.start in info.stops:
            return False
        # «علي حسن», or a family name «علي الحسيني» that the speech follows at once
        return not nxt.text.startswith(ARTICLE) or nxt.text.endswith(NISBA_SINGULAR) and _name_here(doc, i + 1, info, end_only=True)
    inside = nxt is not None and not closed and not nxt.text.startswith(ARTICLE) and nxt.text not in info.words["particle"] \
        and not figure(nxt, info) and _name_here(doc, i + 1, info, end_only=True)  # «محمد علي محمود، أحد سكان»
    return (closed or inside) and prev.text not in info.words["particle"] and not figure(prev, info) \
        and not prev.text.startswith(ARTICLE)  # «وأكد المصدر علي أن»: a noun, then the particle


def _title_here(doc: Document, i: int, info: SlotInfo) -> bool:
    """«والي» (governor) spelled like «وإلى»: the title right after a reporting verb, written with
    the dotted final letter («وقال والي الخرطوم إن»); «وإلى» cannot follow a verb of saying."""
    if doc.original_text(doc.tokens[i].start, doc.tokens[i].end).endswith(MAQSURA) or i == 0:
        return False
    prev = doc.tokens[i - 1]
    return prev.sentence == doc.tokens[i].sentence and prev.start in info.cues \
        and gap_ok(doc.text[prev.end:doc.tokens[i].start])


def figure(tok: Token, info: SlotInfo) -> bool:
    """A figure in digits or in words at ``tok``."""
    return tok.text.isdigit() or tok.start in info.figures


def asides(doc: Document, words: dict[str, frozenset[str]], texts: list[str] | None = None) -> set[int]:
    """Word starts of «من» before a filler with its pronoun («من جهته», «ناشطون من جانبهم»): an aside
    after the speaker's name, where the name ends. ``texts``: the tokens' texts, when already listed."""
    toks, fillers, out = doc.tokens, words["filler"], set()
    texts = doc.texts if texts is None else texts
    j, n = -1, len(texts) - 1
    while (j := _next_of(texts, j + 1)) < n:  # each «من» found by list.index, not a test at every word (#14)
        if texts[j + 1] in fillers and toks[j + 1].sentence == toks[j].sentence:
            out.add(toks[j].start)
    return out


def _next_of(texts: list[str], j: int) -> int:
    """The index of the next «من» from ``j`` on, or ``len(texts)``."""
    try:
        return texts.index(OF, j)
    except ValueError:
        return len(texts)


def gap_ok(gap: str) -> bool:
    """Nothing but spaces and quotes between two words."""
    return not gap.strip(' "\'')  # what is left when the spaces and quotes are taken off both ends


def epithets_only(doc: Document, head_end: int, end: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the words of a name after its head («الأممية» in «المنظمة الأممية») only describe
    the body (speaker_words.tsv role ``epithet``)."""
    first, last = doc.token_index(head_end), doc.token_index(max(end - 1, head_end))
    return all(t.text in words["epithet"] for t in doc.tokens[first:last + 1])


def past_adverb(doc: Document, k: int, words: dict[str, frozenset[str]]) -> int:
    """Token ``k``, or the adverb right after it in its sentence («وهو ما أعلنته الوزارة أيضا.»)."""
    toks = doc.tokens
    nxt = k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence and toks[k + 1].text in words["adverb"]
    return k + 1 if nxt else k
