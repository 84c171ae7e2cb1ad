"""When a predicted fact is the same as a gold one: the comparisons ``waqia evaluate`` uses.

These follow the gold guidelines (``shared/eval/GUIDELINES.md``) and agree,
comparison by comparison, with ``shared/eval/score.py``, so that our figures
are the yardstick's.  They are deliberately loose about spelling and strict
about content:

* Arabic text is compared in a *key* form: NFKC, no harakat or tatweel,
  alef / ya / ta marbuta / hamza carriers folded, punctuation gone, lowercase.
* a **source** matches when the two names share most of their words
  (one inside the other, or a Jaccard overlap of at least a half), with the
  article and a few filler words left out;
* a **place** matches when its name, without words for the kind of place
  («مدينة», «ريف», directions), is the same up to one leading clitic;
* an **admin1** matches when both names lead to the same first-level division
  in an aliases table (``--admin1-aliases``), else by Arabic key or by close
  Latin spelling.

The word lists live in ``data/evaluate_words.tsv``.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

#: harakat, Quranic marks and tatweel
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
#: letters folded to one form: alef with hamza or madda, alef maqsura, ta marbuta, hamza carriers
_FOLD = str.maketrans({"\u0625": "\u0627", "\u0623": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                       "\u0649": "\u064a", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064a"})
_ARABIC = re.compile("[\u0600-\u06ff]")
_AL = "\u0627\u0644"                      # the article
_AL_AFTER = ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0641\u0627\u0644")  # w-al, b-al, f-al
_LIL = "\u0644\u0644"                     # li + al
_ONE_LETTER_CLITICS = "\u0648\u0628\u0641\u0644"  # w b f l
_ADMIN_WORDS = re.compile(r"\b(governorate|province|muhafazat|wilayat|state|district|region)\b")
_LATIN_ARTICLE = re.compile(r"\b(al|el|ad|ar|as|ash|az|an)[- ]")


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """The evaluator's word lists by name (``place``, ``source``), from ``data/evaluate_words.tsv``.

    >>> sorted(word_lists())
    ['place', 'source']
    """
    body = resources.files("waqia.lang.ar.tables").joinpath("evaluate_words.tsv").read_text(encoding="utf-8")
    lists: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(body), delimiter="\t"):
        lists.setdefault(row["list"], set()).add(row["form"])
    return {name: frozenset(words) for name, words in lists.items()}


def key(text: str | None) -> str:
    """The comparison form of Arabic (or any) text.

    >>> key("قُتِلَ، في «إدلب»!") == key("قتل في ادلب")
    True
    """
    s = _MARKS.sub("", unicodedata.normalize("NFKC", text or "")).translate(_FOLD)
    return " ".join(re.sub(r"[^\w\s]", " ", s).split()).lower()


def _bare(word: str) -> str:
    if word.startswith(_AL) and len(word) > 3:
        return word[2:]
    if word.startswith(_LIL) and len(word) > 4:
        return word[2:]
    if word.startswith(_AL_AFTER) and len(word) > 4:
        return word[3:]
    return word


def words(text: str | None, leave_out: Iterable[str] = ()) -> set[str]:
    """The words of ``text`` in key form without a leading article, less ``leave_out``.

    >>> words("وزارة الدفاع") == words("الدفاع وزارة")
    True
    """
    skip = frozenset(leave_out)
    return {w for w in map(_bare, key(text).split()) if w not in skip}


def _overlap(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a or len(a & b) / len(a | b) >= 0.5)


def same_source(gold: str | None, alternatives: Sequence[str] | None, pred: Mapping[str, Any] | None) -> bool:
    """Whether a predicted source (``{"text", "name"}`` or None) is the gold source or one of its alternatives.

    A claim in the article's own voice (no gold source) matches only a claim without a source.

    >>> same_source("وزارة الدفاع الروسية", [], {"text": "الوزارة", "name": "وزارة الدفاع الروسية"})
    True
    >>> same_source(None, [], None), same_source("مصدر طبي", [], None)
    (True, False)
    """
    if not gold:
        return not pred or not (pred.get("text") or pred.get("name"))
    if not pred:
        return False
    stop = word_lists()["source"]
    for name in [gold, *(alternatives or [])]:
        theirs = words(name, stop)
        for said in (pred.get("text"), pred.get("name")):
            if _overlap(theirs, words(said, stop)):
                return True
    return False


def place_key(text: str | None) -> str:
    """A place name without the words for the kind of place or direction.

    >>> place_key("ريف إدلب الجنوبي") == key("إدلب")
    True
    """
    kinds = word_lists()["place"]
    return " ".join(w for w in key(text).split() if w not in kinds)


def same_place(gold: str | None, pred: str | None) -> bool:
    """Whether two place names are the same place, up to one leading clitic or article.

    >>> same_place("مدينة حلب", "بحلب"), same_place("حلب", "حمص")
    (True, False)
    """
    g, p = place_key(gold), place_key(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    for longer, shorter in ((g, p), (p, g)):
        if longer[0] in _ONE_LETTER_CLITICS and longer[1:] == shorter:
            return True
        if longer.startswith(_AL) and longer[2:] == shorter:
            return True
    return False


def latin_key(name: str | None) -> str:
    """A Latin province name without administrative words, articles, spaces or punctuation.

    >>> latin_key("Al-Hasakah Governorate")
    'hasakah'
    """
    s = _ADMIN_WORDS.sub(" ", (name or "").lower())
    return re.sub(r"[^a-z]", "", _LATIN_ARTICLE.sub("", s))


def spellings(name: str) -> list[str]:
    """A label and the variants packed into it.

    >>> spellings("Homs (Hims)")
    ['Homs (Hims)', 'Homs', 'Hims']
    """
    return [name, *(part.strip() for part in re.split(r"[()/,;|]", name) if part.strip())]


class Admin1Matcher:
    """Compares first-level divisions, through an aliases table when it knows both names.

    ``aliases`` maps a spelling key (``place_key`` of an Arabic name,
    ``latin_key`` of a Latin one) to the ids of the divisions it names.

    >>> m = Admin1Matcher({"idlib": ["SY:1"], "idleb": ["SY:1"]})
    >>> m.same("Idlib", "Idleb Governorate"), m.same("Idlib", None)
    (True, None)
    >>> Admin1Matcher().same("Aleppo", "Halab")
    False
    """

    def __init__(self, aliases: Mapping[str, Sequence[str]] | None = None):
        self.aliases = aliases or {}

    def ids(self, name: str) -> set[str]:
        found: set[str] = set()
        for s in spellings(name):
            found.update(self.aliases.get(place_key(s) if _ARABIC.search(s) else latin_key(s), ()))
        return found

    def same(self, gold: str | list[str] | None, pred: str | None) -> bool | None:
        """True or False, or None when either side names no division."""
        if not gold or not pred:
            return None
        golds = gold if isinstance(gold, list) else [gold]
        gold_ids = set().union(*(self.ids(g) for g in golds))
        pred_ids = self.ids(pred)
        if gold_ids and pred_ids:
            return bool(gold_ids & pred_ids)
        theirs = [s for g in golds for s in spellings(g)]
        return any(_same_spelling(g, p) for g in theirs for p in spellings(pred))


def _same_spelling(gold: str, pred: str) -> bool:
    if _ARABIC.search(gold) or _ARABIC.search(pred):
        return place_key(gold) == place_key(pred)
    return difflib.SequenceMatcher(None, latin_key(gold), latin_key(pred)).ratio() >= 0.75
