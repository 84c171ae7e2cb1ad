"""Place mentions: recognised by their patterns, then resolved by :mod:`waqia.stages.places.geocode`.

A name is taken as a place when

- a place word without the article introduces it («بلدة X», «بريفي X الجنوبي», «محاور X وY
  وZ», «مخيم X», «جنوب شرق X», «بالقرب من X»); unknown names count too («البلدة» names none);
- the gazetteer knows it and a cue stands before it (the proclitic ب, a
  preposition such as «في», «من», «قرب»), or it is a big place (a country,
  a province, a city of 100,000) or a name of the bundled gazetteer;
- it continues a list of places («X، وY، وZ», «قرى (X وY)»).

Offsets are those of the NAME only (without proclitics and place words); word lists: ``lang/ar/place_*.tsv``.
>>> from waqia.pipeline import default_pipeline
>>> from waqia.settings import Settings
>>> doc = default_pipeline(Settings()).analyse("قصفت الطائرات بلدة التح بريف إدلب الجنوبي.")
>>> [(doc.text[p.start:p.end], p.kind, p.location.geo_precision) for p in doc.layer("places")]
[('التح', 'town', 1), ('ادلب', 'countryside', 2)]
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document
from waqia.core.morphology import AND, ARTICLE, AT, CONJUNCTIONS, FEMININE, OF, has_article, nisba
from waqia.stages.places.names import NameReader
from waqia.stages.places.patterns import (
    COMMON,
    SEPARATOR,
    VERY_COMMON,
    KnownNames,
    Mention,
    Place,
    commonness,
    cue_forms,
    generic_reading,
    joined,
    known_names,
    land_nouns,
    vocabulary,
    works_nouns,
)
from waqia.stages.places.relations import link_containers, mark_context

if TYPE_CHECKING:
    from waqia.core.context import Context

__all__ = ["Place", "find_places"]


#: what parts the two ends of a road («طريق X - Y», «طريق X-Y»)
_DASHES = frozenset({"-", "–", "—"})
#: place words after which a known name is read even when it is a common word (also «قاعدة بلد»: airport)
_NAMING_KINDS = ("city", "town", "village", "camp", "neighbourhood")


class _Recogniser(NameReader):
    """One pass over a document's tokens, collecting :class:`Mention` objects."""

    def run(self) -> list[Mention]:
        opens = self._openings()
        i, k = 0, 0
        while k < len(opens):
            if opens[k] < i:
                k += 1
                continue
            i = opens[k]
            nxt = self.phrase(i)
            i = nxt if nxt > i else i + 1
        link_containers(self.out, self.ctx.lexicon)
        mark_context(self.out, self.words, self.toks, self.ctx.lexicon)
        return self.out

    def _openings(self) -> list[int]:
        """Where :meth:`phrase` may read: a known name, a place word, a street word («شارع»), a «وادي»."""
        known = self.known.best if isinstance(self.known, KnownNames) else {i for i, _, _ in self.known}
        opening, words = self.words.opening, self.words.words
        # a place word always opens (:meth:`_reads_nothing` returns False for it first): not asked (#14)
        asked = {*known, *(i for i, t in enumerate(self.toks) if t.text in opening),
                 *(last + 1 for last, (first, _m) in self.words.cue_ending.items()
                   if first == last and last + 1 < len(self.toks))}.difference(words)
        return sorted([*words, *(i for i in asked if not self._reads_nothing(i))])

    # --- helpers ---------------------------------------------------------------
    def _cue_before(self, i: int) -> str | None:
        k = i - 1
        title = self.words.cue_ending.get(k - 1)
        if title is not None and title[1].entry.get("role") == "title" and nisba(self.toks[k].text):
            k -= 1  # «العاصمة الصومالية مقديشو»: the capital word is the cue, past its adjective
        hit = self.words.cue_ending.get(k)
        if hit is not None and self.toks[hit[0]].sentence == self.toks[i].sentence:
            return str(hit[1].entry.form)
        return None

    def _coordinated(self, i: int, prefix: str) -> bool:
        """The phrase at token i opens with the conjunction («وفي X», «وبلدة X», «وبX»)."""
        if prefix[:1] in CONJUNCTIONS:
            return True
        hit = self.words.cue_ending.get(i - 1)
        return hit is not None and str(hit[1].prefix)[:1] in CONJUNCTIONS

    def _position(self, m: Mention) -> int:
        """Where ``m`` stands in :attr:`out`: the last one, as a rule (mentions open at
        increasing tokens, so no earlier one equals it); a search of the list otherwise."""
        return len(self.out) - 1 if self.out and self.out[-1] is m else self.out.index(m)

    # --- phrases ---------------------------------------------------------------
    def phrase(self, i: int) -> int:
        """Read a place phrase at token i; return the token after it (or i)."""
        named = max(self._named(i), self._generic(i), self._bare(i))
        if named > i:
            return named
        hit = self.best_at(i)
        word = self.words.words.get(i)
        formal = hit is not None and hit[0] > word[0] - i + 1 if word is not None else False
        if word is not None and not (formal and (word[1].entry.get("role") == "direction" or word[1].entry.get(
                "kind") == "countryside" or self._named_whole(i, word, hit[2] if hit else ""))):
            return self._worded(i, word)
        if hit is None or (word is None and self._is_vocab(i)) or i in self.words.other:
            return i
        n, prefix, key, _exact = hit
        if len(key.replace(" ", "")) < 3 and not getattr(self.ctx.gazetteer, "major_only", True):
            return i
        prep = AT if AT in prefix else self._cue_before(i)
        cont = self._continues(i, prefix)
        level = self._stop_level(key)
        if level == "always" or (level == "cue" and not (prep or cont)):
            return i
        big = self._is_big(key)
        strong_cue = prep == AT or (prep is not None and self._cue_strength(i) == "strong") \
            or prep is None and not prefix and i - 1 in self.words.attacks \
            and not has_article(self.toks[i - 1].text) \
            and (joined(self.doc, self.toks, i - 1, 2) or self._quoted(i))  # «تفجير "X"»: set in quotes
        if not (big or cont or strong_cue) or (not big and commonness(key) >= VERY_COMMON):
            return i  # a very common word («سلسلة», «الثورة») is a place only after a place word
        if not big and (cont and not prep and commonness(key) >= COMMON or self._fixed_word(i, prefix)):
            return i  # «، صباح اليوم», «بواسطة»: a common word, not a further place
        if not (prep or cont) and self._in_person_name(i):
            return i
        head = self.out[-1].list_head if cont else None
        m = self._mention(i, n, prefix, key, preposition=prep, known=True, strong=bool(prep),
                          list_head=head if head is not None else (len(self.out) - 1 if cont else None),
                          coordinated=self._coordinated(i, prefix))
        if cont:
            prev = self.out[-2]
            m.kind, m.precision = prev.kind, prev.precision
            m.needs_support = prev.needs_support and not big
        elif not big:
            m.needs_support = True
        if strong_cue and prep is not None and self._road_between(i):
            m.kind, m.precision = "road", 2  # «الطريق بين X وY»: an end of the road
        if prep is not None and prep in cue_forms(self.ctx.lexicon, "title") or i in self._cities:
            m.kind = "city"  # «العاصمة صنعاء»: the capital is the city, not its province
        return self._after(m, plural=m.kind == "road")  # «بين X وY»: two ends

    def _named(self, i: int, near: str | None = None) -> int:
        """«في شارع الأربعين», «قرب دوار الساعة»: a street or square named with its word, after a
        cue or placed at once by a direction or a place word («ساحة الكرامة وسط المدينة»)."""
        t = self.toks[i].text
        hit = self.words.named.get(t)
        if hit is None or not joined(self.doc, self.toks, i, 2):
            return i
        prefix = hit[0]
        prep = AT if AT in prefix else self._cue_before(i) or near  # «قرب المسجد الأزرق»: a word of nearness
        n = 1
        while n < 3 and joined(self.doc, self.toks, i, n + 1):
            k = i + n
            nxt = self.toks[k].text
            if k in self.words.words or k in self.words.cues or (self._stop_level(nxt) == "always"
                                                                 and not nxt.isdigit() and n > 1):
                break
            n += 1
            if not nxt.isdigit():
                break
        word = self.toks[i + 1].text
        if n == 1 or n == 2 and not word.startswith(ARTICLE) and not self._is_big(word) \
                and commonness(word) >= VERY_COMMON:
            return i  # «ساحة حرب», «ساحة دم»: a common noun describes the square, it names none
        if self._placed_in(i + n):
            self._cities.add(i + n)  # «ساحة التغيير بصنعاء»: the city, not its province
        elif prep is None and not self._continues(i, prefix) and not self._placed_after(i + n) \
                and not (self._struck(i) and self._in_town_after(i + n)):
            return i  # «استهدفت سيارة شارع X في صنعاء»: the object of a verb of violence, its town told
        kind = _named_kinds(self.ctx.lexicon)[hit[1]]
        key = " ".join([t[len(prefix):]] + [tok.text for tok in self.toks[i + 1:i + n]])
        m = self._mention(i, n, prefix, key, kind=kind, precision=1, preposition=prep, strong=True,
                          coordinated=self._coordinated(i, prefix))
        return self._after(m, plural=False)

    def _generic(self, i: int) -> int:
        """«على سوق الثابت», «في وادي الحجير», «بجبل X»: after a preposition, a name that opens
        with a noun for a kind of place is read whole, whether the gazetteer knows it or not;
        a common word or an adjective after the noun names nothing («في عين المكان», «سوق شعبي»)."""
        prefix, stem = generic_reading(self.toks[i].text, self.words.generic)
        prep = (AT if AT in prefix else self._cue_before(i)) if stem and not has_article(prefix) else None
        target = prep is None and stem and not prefix and self._struck(i)
        span = self._unknown(i, first=stem) if (prep is not None or target) \
            and joined(self.doc, self.toks, i, 2) else None
        if span is None or span[0] < 2:
            return i
        second, hit = self.toks[i + 1].text, self.best_at(i)
        land = stem in land_nouns(self.ctx.lexicon) and second.startswith(ARTICLE)  # «جبل الأكراد»
        rest = self.best_at(i + 1)  # «سد الموصل»: the works named after a known place
        after = rest[2] if rest is not None and rest[0] == span[0] - 1 and not rest[1] else None
        works = stem in works_nouns(self.ctx.lexicon) and (after is not None and self._is_big(after) or second.startswith(
            ARTICLE) and (target or self._cue_strength(i) == "strong"))  # «استهدفت غارة جسر الجمهورية»
        if target and after is not None and not works and self._is_big(after):
            return i  # «قصفت مسيرة سوق X»: the market of a known town is read as the town
        if hit is not None and hit[0] > span[0] or not second.startswith(ARTICLE) and nisba(second) \
                and commonness(second) >= COMMON \
                or not (land or works) and self._common_after(i, span[0]):
            return i
        known = hit is not None and hit[0] == span[0]
        key = hit[2] if hit is not None and known else span[1]
        m = self._mention(i, span[0], prefix, key, preposition=prep, known=known, strong=True,
                          coordinated=self._coordinated(i, prefix),
                          named_after=after if not known and stem in works_nouns(self.ctx.lexicon) else None)
        return self._after(m, plural=False)

    def _continues(self, i: int, prefix: str) -> bool:
        """Token i continues a list of places («X، وY», «X وY»)."""
        if not self.out or self.out[-1].last != i - 1 or self.out[-1].sentence != self.toks[i].sentence:
            return False
        gap = self.doc.text[self.toks[i - 1].end:self.toks[i].start]
        return bool(SEPARATOR.match(gap)) and ("،" in gap or "," in gap or prefix.startswith(AND))

    def _worded(self, i: int, word: tuple[int, Any]) -> int:
        """A place word, possibly chained («جنوب شرق مدينة X»), then its name(s)."""
        last, m = word
        entry = m.entry
        if has_article(str(m.prefix)):
            return i  # «القرية», «بالمدينة», «للأحياء»: the place named before, not a new name
        prep = AT if AT in m.prefix else self._cue_before(i)
        kind, precision, role = entry.get("kind"), int(entry.get("precision", "1")), entry.get("role")
        plural, weak = entry.get("number") == "pl", entry.get("strength") == "weak"
        j = last + 1
        while j in self.words.words and self.toks[j].sentence == self.toks[i].sentence:
            formal = self.best_at(j)
            if formal is not None and formal[1] == "" and formal[0] > self.words.words[j][0] - j + 1 \
                    and not (role == "direction" and self.words.words[j][1].entry.get("role") == "word"):
                break  # «محافظة شمال سيناء»: the direction belongs to the name (not «غربي محافظة X»)
            if self.words.words[j][1].prefix.endswith(ARTICLE):  # «قرب البلدة»: named before
                return self.words.words[j][0] + 1
            inner = self.words.words[j][1].entry
            if inner.get("role") == "word":
                kind, role = inner.get("kind"), "word"
                plural, weak = inner.get("number") == "pl", inner.get("strength") == "weak"
            elif inner.get("role") == "direction":
                kind = inner.get("kind")  # «قرى شرق الجزيرة»: the name is the region they lie in
            precision = max(precision, int(inner.get("precision", "1")))
            j = self.words.words[j][0] + 1
        if j in self.words.cues and self.words.cues[j][1].entry.key == OF:
            j += 1
        if j >= len(self.toks) or self.toks[j].sentence != self.toks[i].sentence:
            return j
        if role == "near" and self.toks[j].text in self.words.named:
            return max(self._named(j, near=str(m.entry.form)), j)  # «قرب ساحة X», «قرب المسجد X»
        hit, stem = self._known_at(j), None
        weak = weak and not (kind == "camp" and self._camp_for(j))  # «معسكر زمزم للنازحين»
        span = None if hit is not None and AT in hit[1] else self._unknown(j) if role == "word" and (  # «بلدات بالجليل»
            not weak or self._opens_name(j, plural)) or role in ("near", "word") and self._quoted(j) else None
        stop = self._stop_level(hit[2]) if hit is not None else None
        if hit is not None and not hit[1] and (stop != "always" or kind in _NAMING_KINDS and hit[2] in self.words.continuing) \
                and not (span is not None and self._reads_on(j, hit[0], span[0])):
            n, key = hit[0], hit[2]
        elif span is not None:
            n, key = span
        else:
            return j
        if role == "word" and not weak and hit is not None and self._goes_on(j, n, plural):
            stem, n, key = hit[2], 2, key + " " + self.toks[j + 1].text  # «قضاء طوز خرماتو»: unknown as a whole
        named = (kind in _NAMING_KINDS or kind == "airport" and not nisba(key)) and hit is not None and n == hit[0]
        if not (named or key.startswith(ARTICLE) or self._is_big(key)) and (
                commonness(key) >= VERY_COMMON or hit is None and self._common_adjective(key.split(" ")[0])):
            return j  # «منطقة شعبية», «حاجز عسكري», «قرى صغيرة انتقاما»: a common word describes the place
        mention = self._mention(j, n, "", key, kind=kind, precision=precision, preposition=prep,
                                known=hit is not None and n == hit[0], strong=True,
                                coordinated=self._coordinated(i, str(m.prefix)), stem=stem)
        if mention.known and (role != "word" or weak) and not self._is_big(key):
            mention.needs_support = True
        mention.directed = entry.get("role") == "direction" and kind != entry.get("kind")
        return self._after(mention, plural=plural or role == "word" and kind in ("axis",))

    @staticmethod
    def _common_adjective(key: str) -> bool:
        """«حي سكني», «سوق زراعي»: one indefinite word that is a common adjective of relation, its
        feminine («سكنية») common too, describes the place; a name that ends like one («ليكي») has none."""
        return " " not in key and not key.startswith(ARTICLE) and commonness(key) >= COMMON and (key.endswith(
            FEMININE) or nisba(key) and max(commonness(key + f) for f in FEMININE) >= COMMON)  # «منطقة مكتظة»

    def _after(self, m: Mention, plural: bool) -> int:
        """Adjectives after a name, then further items of a list."""
        j = m.last + 1
        j = self._nisba(m, self._adjectives(m, self._landmark(m, j)))
        while j < len(self.toks) and self.toks[j].sentence == m.sentence:
            gap = self.doc.text[self.toks[j - 1].end:self.toks[j].start]
            tok = self.toks[j].text
            if tok.isdigit() and "(" in gap and j + 1 < len(self.toks) \
                    and ")" in self.doc.text[self.toks[j].end:self.toks[j + 1].start]:
                j += 1  # «X (4) وY (6)»: a count in brackets after an item
                gap, tok = self.doc.text[self.toks[j - 1].end:self.toks[j].start].replace(")", ""), self.toks[j].text
            if tok == AND and j + 1 < len(self.toks) and SEPARATOR.match(gap) \
                    and SEPARATOR.match(self.doc.text[self.toks[j].end:self.toks[j + 1].start]):
                j += 1  # «"X" و"Y"»: a quote parts the conjunction from the name
                gap, tok = "،", self.toks[j].text
            dash = m.kind == "road" and gap.strip() in _DASHES  # «طريق X - Y»: the road's other end
            if not dash and (not SEPARATOR.match(gap) or not ("،" in gap or "," in gap or tok.startswith(AND))):
                break
            if j in self.words.words or j in self.words.cues:
                break
            hit = self.best_at(j)
            head = m.list_head if m.list_head is not None else self._position(m)
            if hit is not None and plural and hit[2].split(" ")[0] in self.words.openers \
                    and (self._unknown(j, True) or (0, ""))[0] > hit[0]:
                hit = None  # «قرى X، وصوامع عين عيسى»: an opener's name goes on past a known word
            if hit is not None and hit[1] in ("", AND) and self._stop_level(hit[2]) != "always":
                n, prefix, key = hit[0], hit[1], hit[2]
                known = True
                if not (plural or self._is_big(key) or '"' in gap) and commonness(key) >= COMMON:
                    break  # «بمدينة X وشهيد», «X، كبرى مدن»: a common word ends the list
            elif plural or m.preposition or dash:
                span = self._unknown(j, strip_conj=True)
                if span is None or not (plural or dash or self._placed_after(j + span[0])) \
                        or self._common_item(span[1], plural):
                    break
                n, key = span
                prefix = AND if tok.startswith(AND) and tok[1:] == key.split(" ")[0] else ""  # «وود X»: «ود X»
                known = False
            else:
                break
            m = self._mention(j, n, prefix, key, kind=m.kind, precision=m.precision,
                              preposition=m.preposition, known=known, strong=True, list_head=head)
            j = self._adjectives(m, m.last + 1)
        return j

    @staticmethod
    def _common_item(key: str, plural: bool) -> bool:
        """An unknown list item that is a common word ends the list: any after a singular, a single
        very common word after a plural («مدينتي X وY، وهو ما»; «قرى X، وعين الماء» goes on)."""
        if not plural:
            return commonness(key) >= COMMON
        return " " not in key and commonness(key) >= VERY_COMMON

    def _placed_in(self, j: int) -> bool:
        """«ساحة التغيير بصنعاء»: a known place with the proclitic ب right after a square's or a
        street's name places it, as a place word would."""
        hit = self.best_at(j) if j < len(self.toks) else None
        return hit is not None and hit[1] == AT and self.toks[j].sentence == self.toks[j - 1].sentence \
            and self.doc.text[self.toks[j - 1].end:self.toks[j].start] == " "

    def _nisba(self, m: Mention, j: int) -> int:
        """«رفح المصرية», «مدينة الأبيض السودانية»: a country's adjective right after the name
        tells the country it is read in."""
        hit = self.words.nisba.get(j)
        if hit is None or self.doc.text[self.toks[j - 1].end:self.toks[j].start] != " ":
            return j
        m.country = str(hit[1].entry.get("country"))
        return hit[0] + 1

    def _adjectives(self, m: Mention, j: int) -> int:
        if 0 < j < len(self.toks) and self.doc.text[self.toks[j - 1].end:self.toks[j].start].strip() in _DASHES:
            return j  # «طريق الدوير-الشرقية»: a name after a dash, not an adjective
        while j in self.words.adjectives or (
                j < len(self.toks) and self.toks[j].text.startswith(AND) and j not in self.words.words
                and self._adjective_after_conj(j)):
            m.precision = max(m.precision, 2)
            j = self.words.adjectives[j][0] + 1 if j in self.words.adjectives else j + 1
        return j

    def _adjective_after_conj(self, j: int) -> bool:
        return self.toks[j].text[1:] in _adjective_keys(self.ctx.lexicon)


@functools.lru_cache(maxsize=4)
def _named_kinds(lexicon: Any) -> dict[str, Any]:
    """Per lexicon, once: the kind of each street word (place_named.tsv), the first entry of a key."""
    kinds: dict[str, Any] = {}
    for e in lexicon.concept("place_named"):
        kinds.setdefault(e.key, e.get("kind"))
    return kinds


@functools.lru_cache(maxsize=4)
def _adjective_keys(lexicon: Any) -> frozenset[str]:
    """Per lexicon, once: the keys of the place adjectives (place_adjectives.tsv)."""
    return frozenset(e.key for e in lexicon.concept("place_adjectives"))


def find_places(doc: Document, ctx: Context) -> Document:
    """Recognise place mentions and resolve them; sets layer ``places``."""
    from waqia.stages.places import geocode
    from waqia.stages.places.roles import mark_named_mentions, mark_roles, text_names

    words, names = vocabulary(doc, ctx), text_names(doc)
    mentions = mark_named_mentions(doc, _Recogniser(doc, ctx, words, known_names(doc, ctx.gazetteer)).run(), names)
    places, warnings = geocode.resolve(doc, mentions, ctx.gazetteer, ctx)
    return doc.add("places", tuple(mark_roles(doc, places, names)), warnings=tuple(warnings))
