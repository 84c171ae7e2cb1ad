"""Reading the words of one place name: where an unknown name ends, when a name goes on
past a shorter one the gazetteer knows, which words cannot be names (stop words, common
words with their proclitics, a person's first name), and which names are big enough to be
read without a cue.  :class:`waqia.stages.places.stage._Recogniser` reads phrases with these.
Word lists: ``lang/ar/place_stop.tsv``, ``place_openers.tsv``, ``person_names.tsv``, ``place_for.tsv``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document
from waqia.core.morphology import (
    AND,
    ARTICLE,
    AT,
    FEMININE,
    FEMININE_BOUND,
    LAM,
    WORD_ENDINGS,
    has_article,
    nisba,
)
from waqia.core.normalize import key as norm_key
from waqia.geo.build.writer import strip_article
from waqia.stages.places.patterns import (
    COMMON,
    VERY_COMMON,
    KnownNames,
    Mention,
    Words,
    best_known,
    commonness,
    cue_forms,
    generic_reading,
    joined,
    known_upto,
    name_words,
    part_of_named,
    spelt_otherwise,
    word_variants,
)

if TYPE_CHECKING:
    from waqia.core.context import Context


_OPEN_QUOTES = ('"', "«", "“", "”")
_CLOSE_QUOTES = ('"', "»", "”", "“")
#: readings of a name that are divisions: «ولاية X», «مديرية X» name the division X, the place word dropped
_DIVISIONS = ("country", "admin1", "admin2", "admin3")


def _inflects_common(word: str) -> bool:
    """«مركبتين», «بيانين»: a dual, plural or possessed form of a common word (the endings of the
    ``inflect`` patterns of ``tables/morphology.tsv``, the feminine ending restored before «ت»)."""
    for suffix in WORD_ENDINGS:
        stem = word[:-len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        bound = stem[:-1] if stem.endswith(FEMININE_BOUND) else stem
        if any(commonness(w) >= COMMON for w in (stem, *(bound + f for f in FEMININE))):
            return True
    return False


class NameReader:
    """The words of names in one document (the base of the phrase reader)."""

    def __init__(self, doc: Document, ctx: Context, words: Words,
                 known: dict[tuple[int, int, str], tuple[str, bool]]):
        self.doc, self.ctx, self.words, self.known = doc, ctx, words, known
        self.toks = doc.tokens
        self.out: list[Mention] = []
        self._big: dict[str, bool] = {}
        self._cities: set[int] = set()  # tokens of names read as the city a street lies in
        self._for: set[int] | None = None  # tokens of the words that say whom a camp is for (once asked)
        self._appositions: set[int] | None = None  # tokens of «وهي», «وهو» (once asked)
        self._in_cues = cue_forms(ctx.lexicon, "in")  # «في»: asked before every phrase (#14)
        #: :func:`best_known` at a token: the known names' own look-up (C code, no Python frame, #14)
        self.best_at: Callable[[int], tuple[int, str, str, bool] | None] = known.best.get \
            if isinstance(known, KnownNames) else functools.partial(best_known, known)

    def _mention(self, i: int, n: int, prefix: str, key: str, **kw: Any) -> Mention:
        t0, t1 = self.toks[i], self.toks[i + n - 1]
        m = Mention(i, i + n - 1, t0.start + len(prefix), t1.end, key, t0.sentence, **kw)
        if m.known and n > 1 and i + n - 1 in self.words.adjectives:  # «الناقورة الجنوبية»
            shorter = known_upto(self.known, i, n - 1)
            m.short = shorter[2] if shorter is not None and shorter[0] == n - 1 else None
        self.out.append(m)
        return m

    def _after(self, m: Mention, plural: bool) -> int:
        """Adjectives after a name, then further items of a list (the phrase reader's)."""
        raise NotImplementedError

    def _stop_level(self, key: str) -> str | None:
        return self.words.stop.get(key) or self.words.stop.get(strip_article(key))

    def _is_vocab(self, i: int) -> bool:
        w = self.words
        return i in w.words or i in w.cues or i in w.adjectives or i in w.context

    def _reads_nothing(self, i: int) -> bool:
        """The phrase reader returns at once at token i, with nothing read, when no place word,
        street word, noun for a kind of place nor «في» before it opens there, and no known name
        does, another word list reads it (a cue, an adjective, a word of context, another concept)
        or its one-word name is a very common word and no big place: then it is no opening of
        :meth:`~waqia.stages.places.stage._Recogniser._openings` (asked once per token, #14). A street
        word or a word read as a noun for a kind of place is written as one of ``Words.opening``: a
        word that is none needs neither looked up (#14)."""
        w = self.words
        t = self.toks[i].text
        if i in w.words or t in w.opening and (t in w.named or generic_reading(t, w.generic)[1]) \
                or i and self.toks[i - 1].text.removeprefix(AND) in self._in_cues:
            return False
        hit = self.best_at(i)
        if hit is None or i in w.cues or i in w.adjectives or i in w.context or i in w.other:
            return True
        return " " not in hit[2] and commonness(hit[2]) >= VERY_COMMON and not self._is_big(hit[2])

    def _is_big(self, key: str) -> bool:
        """A name read without a cue: a country, a province, a place of the hand-written
        gazetteer, or a city of 100,000 whose name is no common word («وان» is Van)."""
        g = self.ctx.gazetteer
        if g is None:
            return False
        if key not in self._big:
            major = getattr(g, "major", None)
            self._big[key] = bool(major(key)) if major is not None else False
            if not self._big[key] and commonness(key) < COMMON:
                self._big[key] = any(c.big and not c.loose and norm_key(c.name_ar) == key
                                     for c in g.candidates(key))
        return self._big[key]

    def _road_between(self, i: int) -> bool:
        """«على الطريق العام بين X وY»: «بين» after a road word (past up to two words that describe the road,
        no punctuation) names the two ends of that road: places the gazetteer knows are read after it, and
        :func:`roles.mark_roles` keeps them unless they lie far apart (a highway)."""
        hit = self.words.cue_ending.get(i - 1)
        if hit is None or hit[1].entry.get("role") != "between":
            return False
        for k in range(hit[0] - 1, max(hit[0] - 4, -1), -1):
            gap = self.doc.text[self.toks[k].end:self.toks[k + 1].start]
            if self.toks[k].sentence != self.toks[i].sentence or not gap.isspace():
                return False
            word = self.words.words.get(k)
            if word is not None:
                return bool(word[1].entry.get("kind") == "road")
        return False

    def _quoted(self, j: int) -> bool:
        """Token j opens a one-word name set in quotes («محيط "X" بتعز»): the quotes mark a name."""
        before = self.doc.text[self.toks[j - 1].end:self.toks[j].start] if j else ""
        after = self.doc.text[self.toks[j].end:self.toks[j + 1].start] if j + 1 < len(self.toks) else ""
        return any(q in before for q in _OPEN_QUOTES) and any(q in after for q in _CLOSE_QUOTES)

    def _fixed_word(self, i: int, prefix: str) -> bool:
        """«بواسطة», «بجوار»: the word as written, proclitic and all, is itself a common word."""
        return AT in prefix and commonness(self.toks[i].text) >= VERY_COMMON

    def _in_person_name(self, i: int) -> bool:
        """«عبد الفتاح عدن حسن», «محمد بن سلمان»: a place name inside a person's name."""
        links, openers, _ = name_words(self.ctx.lexicon)
        if joined(self.doc, self.toks, i, 2) and self.toks[i + 1].text.startswith(openers):
            return True  # «عمران عبدالله»: a first name before the father's
        if i == 0 or self.doc.text[self.toks[i - 1].end:self.toks[i].start] != " ":
            return False
        prev = self.toks[i - 1].text
        before = self.toks[i - 2].text if i >= 2 else ""
        return prev in links or prev.startswith(openers) or before.startswith(openers)

    def _opens_name(self, j: int, plural: bool) -> bool:
        """After a generic plural or dual («منطقتي», «مناطق») an unknown name is read when it is
        no common word, read with or without its proclitics («مناطق هاكورك ومتينا», not «مناطق
        خفض التصعيد», «بمستوطنات»), nor an adjective that agrees with the plural («مدن سودانية»);
        after a weak singular («جبهة», «قاعدة») when it is a rare word of no other word list that
        inflects no common word («جبهة الحشا», not «جبهة القتال»)."""
        word = self.toks[j].text
        adjective = not word.startswith(ARTICLE) and (word.endswith(FEMININE) or nisba(word))
        if not plural:  # «جبهة مريس», «قاعدة التاجي»: a rare word, no inflection of a common one
            return not adjective and j not in self.words.other and not self._is_vocab(j) \
                and all(commonness(w) < COMMON and not _inflects_common(w) for _p, w in word_variants(word))
        return not adjective and all(commonness(w) < (COMMON if p else VERY_COMMON)
                                     for p, w in word_variants(word))

    def _camp_for(self, j: int) -> bool:
        """«معسكر زمزم للنازحين»: a word of ``place_for.tsv`` within three words after token j, in its
        sentence, says whom the camp named at j is for."""
        if self._for is None:
            starts = {t.start: k for k, t in enumerate(self.toks)}
            self._for = {starts[m.word_start] for m in self.doc.matches_of("place_for") if m.word_start in starts}
        return any(k in self._for and self.toks[k].sentence == self.toks[j].sentence for k in range(j + 1, j + 4))

    def _known_at(self, i: int) -> tuple[int, str, str, bool] | None:
        """The longest known name at token i; a reading matched only loosely (without its
        article) does not run over a place word («الباب شرقي حلب» is «الباب»)."""
        hit = self.best_at(i)
        while hit is not None and not hit[3] and hit[0] > 1 and \
                any(k in self.words.words for k in range(i + 1, i + hit[0])):
            hit = known_upto(self.known, i, hit[0] - 1)
        return hit

    def _reads_on(self, i: int, known: int, unknown: int) -> bool:
        """After a place word the name goes on past a shorter known name when it opens
        with a common first word («تل X», «عين X»), goes on with a word that only
        ends names («النصر الثانية»), or a small place's name goes on with a definite word
        that is no adjective («قرية الجنيد الحلة», not «قرية X الحدودية»)."""
        if unknown <= known:
            return False
        rest = [t.text for t in self.toks[i + known:i + unknown]]
        second = len(rest) == 1 and rest[0].startswith(ARTICLE) and not nisba(rest[0]) \
            and not self._is_big(" ".join(t.text for t in self.toks[i:i + known]))
        return self.toks[i].text in self.words.openers or all(w in self.words.continuing for w in rest) or second

    def _goes_on(self, j: int, n: int, plural: bool = False) -> bool:
        """After a place word, a known one-word name without the article goes on with a rare second word without the
        article that is part of no other concept, when the name then ends at a stop, a place word, a preposition or,
        in a list, «و» («قضاء طوز خرماتو جنوبي X», «قريتي خراب عشك وY»; not «مدينة X بسيارته قرب Y»)."""
        k = j + 2
        if n != 1 or self.toks[j].text.startswith(ARTICLE) or not joined(self.doc, self.toks, j, 2):
            return False
        nxt = self.toks[j + 1].text
        if nxt.startswith((ARTICLE, AND)) or self._is_vocab(j + 1) or j + 1 in self.words.other \
                or (self.best_at(j + 1) or (0, ""))[1] \
                or self._stop_level(nxt) or not re.fullmatch(r"[\u0621-\u064a]{2,}", nxt) \
                or commonness(nxt) >= COMMON:
            return False
        return k >= len(self.toks) or not joined(self.doc, self.toks, j + 1, 2) \
            or k in self.words.words or k in self.words.cues or plural and self.toks[k].text.startswith(AND)

    def _bare(self, i: int) -> int:
        """«في كانداجي»: a rare word right after a separate «في» (a cue of role ``in``), in a sentence that tells an event
        (an event word or a verb of violence in it), is an unknown place: the gazetteer does not know
        it, no word list reads it, it has no article, and no reading of it with or without its
        proclitics is a common word.  Its province comes from the article (``geocode``)."""
        t = self.toks[i].text
        cue = self.toks[i - 1].text if i else ""
        if cue.removeprefix(AND) not in self._in_cues or not joined(self.doc, self.toks, i - 1, 2) \
                or t.startswith(ARTICLE) or part_of_named(self.doc, self.toks, self.words, i):
            return i
        told, known = self._told_a_place(i), (self.best_at(i) or (0,))[0]
        if told and known < told:
            return self._after(self._mention(i, told, "", " ".join(x.text for x in self.toks[i:i + told]),
                                             preposition=cue.removeprefix(AND), strong=True, bare=True), plural=False)
        if known and t not in self.words.openers:
            return i  # a known name read whole (below, n would be 1): no unknown name is sought (#14)
        span = self._unknown(i)
        n, key = span if span is not None and t in self.words.openers and span[0] > 1 else (1, t)
        if known >= n or any(  # «في بولو مريري»: a first word that goes on
                commonness(w) >= COMMON or _inflects_common(w) for _p, w in word_variants(key.split()[-1])):
            return i
        sentence = self.toks[i].sentence
        if not any(self.toks[k].sentence == sentence for k in self.words.attacks | self.words.violent):
            return i
        worded = {last for last, _e in self.words.words.values()}
        if span is None or any(self.toks[k + 1].text == t for k in worded if k + 1 < len(self.toks)):
            return i  # «في منطقة X» elsewhere in the article: that reading places it
        m = self._mention(i, n, "", key, preposition=cue.removeprefix(AND), known=False, strong=True,
                          coordinated=cue.startswith(AND), bare=True)
        return self._after(m, plural=False)

    def _told_a_place(self, i: int) -> int:
        """«في بالا بولوك، وهي منطقة معزولة»: the words from token i to a comma (three at most, none of
        another word list) are a name when an apposition (``place_apposition.tsv``) and a place word
        without the article follow the comma; their number, or 0."""
        if self._appositions is None:
            starts = {m.word_start for m in self.doc.matches_of("place_apposition")}
            self._appositions = {k for k, t in enumerate(self.toks) if t.start in starts} if starts else set()
        after = self._appositions
        for n in range(1, 4):
            k = i + n
            if k + 1 >= len(self.toks) or self._is_vocab(k - 1) or k - 1 in self.words.other \
                    or self.toks[k].sentence != self.toks[i].sentence:
                return 0
            gap = self.doc.text[self.toks[k - 1].end:self.toks[k].start]
            if gap.strip() in ("،", ","):
                word = self.words.words.get(k + 1)
                return n if k in after and word is not None and not has_article(str(word[1].prefix)) else 0
            if gap != " ":
                return 0
        return 0

    def _named_whole(self, i: int, word: tuple[int, Any], key: str) -> bool:
        """«في المنطقة الخضراء»: a definite place word opens a name the gazetteer knows whole, unless a
        word of direction follows it («المنطقة الجنوبية» describes a region, it names none); any place
        word opens the name of a big place known whole («مدينة الصدر» of Baghdad, not a village «الصدر»)."""
        if has_article(str(word[1].prefix)) and word[0] + 1 not in self.words.adjectives:
            return True
        g = self.ctx.gazetteer
        if g is None or " " not in key or not any(
                c.big and c.kind not in _DIVISIONS and not c.loose and norm_key(c.name_ar) == key
                for c in g.candidates(key)):
            return False  # «ولاية بورنو», «مديرية القاهرة»: a division, whose place word the press drops
        self._big[key] = True  # the place word and its name are one big name, though common words
        return True

    def _landmark(self, m: Mention, j: int) -> int:
        """«منطقة الباب الشرقي»: a masculine adjective of direction after a feminine place word agrees
        with the name, a common noun with the article («الباب», the gate): they name a landmark together,
        not a part of a place the noun would name (al-Bab of Aleppo); «بريف الرقة الشمالي» is no such."""
        word = self.words.words.get(m.first - 1)
        if m.first != m.last or j not in self.words.adjectives or not m.key.startswith(ARTICLE) \
                or word is None or not self.toks[m.first - 1].text.endswith(FEMININE) \
                or self.toks[j].text.endswith(FEMININE) or commonness(m.key) < VERY_COMMON:
            return j
        last = self.words.adjectives[j][0]
        m.key = " ".join([m.key] + [norm_key(t.text) for t in self.toks[j:last + 1]])
        m.last, m.end, m.known = last, self.toks[last].end, False
        return last + 1

    def _struck(self, i: int) -> bool:
        """Token i is the object of a verb of violence, its subject between («استهدفت غارة جسر X»,
        «دمرت الطائرات سد X»), or follows a word that reports an attack («قصف جسر X»), with no
        place word, cue or other word list between."""
        if i - 1 in self.words.attacks and not has_article(self.toks[i - 1].text):
            return joined(self.doc, self.toks, i - 1, 2)
        verb = next((k for k in range(i - 1, i - 4, -1) if k in self.words.violent), None)
        return verb is not None and joined(self.doc, self.toks, verb, i - verb + 1) \
            and not any(k in self.words.words or k in self.words.cues for k in range(verb + 1, i))

    def _cue_strength(self, i: int) -> str:
        """A cue's strength (place_cues.tsv); «على» after a word that reports an event names its
        target («غارة على X», «هجوم على X»): where it happened, as strong as «في»."""
        hit = self.words.cue_ending.get(i - 1)
        if hit is None:
            return "weak"
        if hit[1].entry.get("role") == "on" and hit[0] - 1 in self.words.attacks or self._road_between(i):
            return "strong"
        return str(hit[1].entry.get("strength", "weak"))

    def _placed_after(self, j: int) -> bool:
        """«في X وY غرب محافظة Z»: a direction or place word right after a list marks it
        as a list of places, so an unknown last item is read too."""
        return j < len(self.toks) and j in self.words.words and self.doc.text[self.toks[j - 1].end:self.toks[j].start] == " "

    def _in_town_after(self, j: int) -> bool:
        """Token j puts what comes before it in a town: «في صنعاء», «في مدينة X» (a cue, then a known
        name or a place word), «بصنعاء»."""
        if j + 1 < len(self.toks) and j in self.words.cues and self.toks[j + 1].sentence == self.toks[j].sentence:
            return self.best_at(j + 1) is not None or j + 1 in self.words.words
        return self._in_place_after(j)

    def _common_after(self, i: int, n: int) -> bool:
        """The words after the noun for a kind of place at token i are a common phrase («سوق العمل»);
        a noun other word lists read too («سوق»: dates, events) names a place only before a rare word."""
        common = commonness(" ".join(t.text for t in self.toks[i + 1:i + n]))
        if i in self.words.other and common < VERY_COMMON and self._in_place_after(i + n):
            return False  # «في سوق الهال بمدينة حماة»: the city it lies in tells a market's name
        return common >= (COMMON if i in self.words.other else VERY_COMMON)

    def _in_place_after(self, j: int) -> bool:
        """Token j puts what comes before it in a place: «بمدينة X» (a place word after «ب»), «بحماة»
        (a known name after «ب»)."""
        if j >= len(self.toks) or self.toks[j].sentence != self.toks[j - 1].sentence:
            return False
        word, known = self.words.words.get(j), self.best_at(j)
        return word is not None and AT in str(word[1].prefix) or known is not None and AT in known[1]

    def _only_clitic(self, i: int) -> bool:
        """Other word lists read token i only past a proclitic («باب» read as «ب» + «آب»): an opener
        written whole («باب توما») is still read as the first word of a name."""
        tok = self.toks[i]
        return all(m.start > tok.start for c in self.doc.concepts() if not c.startswith("place_")
                   for m in self.doc.matches_of(c) if m.word_start == tok.start)

    def _unknown(self, i: int, strip_conj: bool = False, first: str | None = None) -> tuple[int, str] | None:
        """An unknown name at token i (its first word ``first`` without proclitics): (length, key); None when
        the word cannot be a name.  A noun for a kind of place opening it («في سوق الغنم») is read anyway."""
        t = first or self.toks[i].text
        if strip_conj and t.startswith(AND) and t not in self.words.openers \
                and (len(t) > 3 or t[1:] in self.words.openers):
            t = t[1:]
        opener = t in self.words.openers and joined(self.doc, self.toks, i, 2)
        if self._is_vocab(i) or i in self.words.other and not (opener and (first or self._only_clitic(i))) or t.isdigit() \
                or len(t) < 2 or not re.match(r"[\u0600-\u06ff]", t):
            return None
        if "always" in (self._stop_level(t), t[:1] in (AT, LAM) and self._stop_level(t[1:])) and not opener:
            return None  # «لهذه المناسبة»: a function word with its proclitic names nothing
        words = [t]
        while len(words) < 3 and joined(self.doc, self.toks, i, len(words) + 1):
            nxt = self.toks[i + len(words)].text
            k = i + len(words)
            after_opener = words[-1] in self.words.openers
            second = len(words) == 1 and nxt in self.words.continuing  # «قرية X الجبل»
            if self._is_vocab(k) and not (after_opener and spelt_otherwise(self.doc, self.words, k)) or k in \
                    self.words.nisba or self._stop_level(nxt) and not after_opener and not second or nxt.isdigit() \
                    and words[0] not in self.words.named:  # «أولاد علي»: a name, not the cue «على»
                break
            construct = len(words) == 1 and words[0].endswith(FEMININE) and len(words[0]) > 3 \
                and not words[0].startswith(ARTICLE) \
                and not nxt.startswith((AND, AT, LAM))  # «استراحة صقر», not «المشيرفة وصوامع», «العزيبة تعرضت»
            if words[-1] in self.words.openers or (nxt.startswith(ARTICLE) and len(words) == 1) or construct:
                words.append(nxt)
            else:
                break
        return len(words), " ".join(words)
