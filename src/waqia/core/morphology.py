"""Arabic morphology the matcher and every stage share: proclitics, the article,
nisba endings, attached pronouns and the inflections of lexicon entries.

The affixes themselves are language data (``lang/ar/tables/morphology.tsv``);
this module says how they combine.  Every function reads a word in the matching
form (``waqia.core.normalize``: no harakat, ة as ه, ى as ي).

>>> nisba("السوريين"), nisba("الحديديه"), nisba("وزير")
(True, True, False)
>>> definite("الجيش"), definite("جيش"), without_article("الجيش")
(True, False, 'جيش')
>>> sorted(p for p in PREFIXES if len(p) == 1)
['ب', 'ف', 'ك', 'ل', 'و']
"""

from __future__ import annotations

import csv
import functools
import io
import re
from importlib import resources


def _read() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str], ...]]]:
    body = resources.files("waqia.lang.ar.tables").joinpath("morphology.tsv").read_text(encoding="utf-8")
    roles: dict[str, list[str]] = {}
    patterns: dict[str, list[tuple[str, str]]] = {}
    rows = csv.reader(io.StringIO(body), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        if not row or row[0].startswith("#") or row[0] == "form":
            continue
        form, role = row[0].strip(), row[1].strip()
        if role == "inflection":
            suffix, number = ("" if form == "-" else form), row[3].strip()
            patterns.setdefault(row[2].strip(), []).append((suffix, "" if number == "-" else number))
        else:
            roles.setdefault(role, []).append(form)
    return ({r: tuple(f) for r, f in roles.items()}, {p: tuple(s) for p, s in patterns.items()})


_ROLES, _PATTERNS = _read()

ARTICLE: str = _ROLES["article"][0]
LAM_ARTICLE: str = _ROLES["lam_article"][0]
CONJUNCTIONS: tuple[str, ...] = _ROLES["conjunction"]
#: the conjunction that joins the items of a list
AND: str = _ROLES["and"][0]
#: the preposition of place, and its proclitic («في بغداد», «ببغداد»)
IN: str = _ROLES["in"][0]
AT: str = _ROLES["at"][0]
#: the partitive preposition («3 من الجنود»)
OF: str = _ROLES["of"][0]
#: alif maqsura as the original text writes it (the matching form has ي)
MAQSURA: str = _ROLES["maqsura"][0]
#: the ending of a sound masculine plural in the nominative: a subject («مسلحون»), not an object
PLURAL_NOMINATIVE: str = _ROLES["plural_nominative"][0]
DUAL_NOMINATIVE: str = _ROLES["dual_nominative"][0]
#: the ending of a sound masculine plural or a dual in the accusative or genitive («مدنيين»: both, unvowelled)
OBLIQUE: str = _ROLES["oblique"][0]
PREPOSITIONS: tuple[str, ...] = _ROLES["preposition"]
#: the letter of «ل» (whose article is written «لل»)
LAM: str = LAM_ARTICLE[0]
#: every proclitic chain of a noun: conjunction? preposition? article? (ل + ال is written لل)
PREFIXES: frozenset[str] = frozenset(
    c + p + a for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS) for a in ("", ARTICLE)
    if not (p == LAM and a == ARTICLE)
) | frozenset(c + LAM_ARTICLE for c in ("", *CONJUNCTIONS))
#: the proclitics a verb can carry
VERB_PREFIXES: frozenset[str] = frozenset(_ROLES["verb"])
#: prefixes before an article-initial entry written with the article elided (ل + ال = لل)
LAM_PREFIXES: frozenset[str] = frozenset(c + LAM for c in ("", *CONJUNCTIONS))
#: proclitics before a name without its article, longest first: conjunction + preposition,
#: then a conjunction, then a preposition
NAME_PREFIXES: tuple[str, ...] = tuple(
    [c + p for c in CONJUNCTIONS for p in PREPOSITIONS] + list(CONJUNCTIONS) + list(PREPOSITIONS))
NISBA_ENDINGS: tuple[str, ...] = _ROLES["nisba"]
NISBA_ACCUSATIVE: tuple[str, ...] = _ROLES["nisba_accusative"]
NISBA_SINGULAR: tuple[str, ...] = _ROLES["nisba_singular"]
ACCUSATIVE: str = _ROLES["accusative"][0]
#: a preposition fused with the article: «بال», «كال», «لل»
PREPOSITION_ARTICLES: tuple[str, ...] = tuple(p + ARTICLE for p in PREPOSITIONS if p != LAM) + (LAM_ARTICLE,)
PRONOUNS: tuple[str, ...] = _ROLES["pronoun"]
#: the pronouns of «her» and «them», which no noun ends with by itself (unlike «ه», the feminine)
LONG_PRONOUNS: tuple[str, ...] = tuple(p for p in PRONOUNS if len(p) > 1)
#: the pronouns of «them» («عناصرهم»): only these stand for a plural noun of people before them
PEOPLE_PRONOUNS: tuple[str, ...] = _ROLES["pronoun_people"]
#: the attached pronoun of «we» («مراسلتنا»): a word ending so is no indefinite accusative
OUR: str = _ROLES["our"][0]
#: the feminine ending as written and as matched (ة, ه)
FEMININE: tuple[str, ...] = _ROLES["feminine"]
FEMININE_BOUND: str = _ROLES["feminine_bound"][0]
#: the ending of a past verb of «they», whose alif drops before an attached pronoun («نقلوه»)
VERB_PLURAL: str = _ROLES["verb_plural"][0]
#: the ending of a past verb of «they two» («قتلا», «قضيا»)
VERB_DUAL: str = _ROLES["verb_dual"][0]
#: a past verb of «she» with the pronoun «her» («أوردتها»): a clause about a feminine noun before it
VERB_HER: str = _ROLES["verb_her"][0]
#: endings of a verb or participle that agrees with a plural subject, and with a feminine one
AGREES_PLURAL: tuple[str, ...] = _ROLES["agrees_plural"]
AGREES_FEMININE: tuple[str, ...] = _ROLES["agrees_feminine"]
#: what each ``inflect`` pattern of a lexicon entry adds: (suffix, grammatical number or "")
PRESENT_FEMININE: str = _ROLES["present_feminine"][0]
#: the last letter of a defective verb («قضى», «يقضي»), which the endings of its persons replace
WEAK_FINAL: tuple[str, ...] = _ROLES["weak_final"]
INFLECTIONS: dict[str, tuple[tuple[str, str], ...]] = {p: s for p, s in _PATTERNS.items() if p != "feminine"}
_FEMININE_FORMS = _PATTERNS["feminine"]
#: the endings of the ``inflect`` patterns of one word; a construct's dual («عنصري دعم») ends so only before its
#: genitive, so its «ي» makes no word by itself another one's inflection (places/names.py: «بولو مريري»)
WORD_ENDINGS: frozenset[str] = frozenset(
    s for p, forms in _PATTERNS.items() if p not in ("feminine", "construct_dual") for s, _ in forms if s)


#: the letters that stand for a root's in a verbal noun's shape («فعل»); the alif with a hamza below that
#: begins the verbal noun of form IV («إطلاق»), and a bare alif at the start of a shape may be written with
_ROOT = frozenset(_ROLES["root"][0])
_HAMZA_BELOW: str = _ROLES["hamza_below"][0]
_TASHKEEL = re.compile("[\u064b-\u0652\u0640]")


def _shape(pattern: str) -> re.Pattern[str]:
    """A verbal noun's shape as a pattern: each root letter any one letter, the rest as written, a bare alif
    at the start written with a hamza below too («إستهداف»), a closing feminine ending as either letter."""
    out = []
    for i, c in enumerate(pattern):
        if c in _ROOT:
            out.append(r"[^\W\d_]")
        elif i == 0 and c == _ALIF:
            out.append("[" + _ALIF + _HAMZA_BELOW + "]")
        elif i == len(pattern) - 1 and c in FEMININE:
            out.append("[" + "".join(FEMININE) + "]")
        else:
            out.append(re.escape(c))
    return re.compile("".join(out))


_ALIF: str = ARTICLE[0]
#: the shapes of ``verbal_noun`` rows, and those a participle has too (``verbal_noun_adjective``)
_VERBAL_NOUNS = tuple(_shape(p) for p in _ROLES["verbal_noun"])
_VERBAL_ADJECTIVES = tuple(_shape(p) for p in _ROLES["verbal_noun_adjective"])
#: the nisba endings as the original writes them («التركية»: no «تفعيل»)
_NISBA_WRITTEN = NISBA_ENDINGS + tuple(e[:-1] + FEMININE[0] for e in NISBA_ENDINGS if e.endswith(FEMININE[1]))


#: every shape as the matching form writes it (a hamza below read as a bare alif), with the article or
#: without, in one pattern: the cheap test a word of the matching form passes before its original is read (#14)
_MATCHING_SHAPES = re.compile("(?:" + ARTICLE + ")?(?:" + "|".join(
    _shape(p.replace(_HAMZA_BELOW, _ALIF)).pattern for p in (*_ROLES["verbal_noun"], *_ROLES["verbal_noun_adjective"])) + ")")


@functools.lru_cache(maxsize=8192)
def verbal_shaped(word: str) -> bool:
    """Whether a word of the matching form, with its article or without, may be a verbal noun of
    :func:`verbal_noun` (read the original to know)."""
    return _MATCHING_SHAPES.fullmatch(word) is not None


def verbal_noun(written: str, definite_too: bool = False) -> bool:
    """Whether a word as the original writes it, its clitics and article left out, has the shape of a
    verbal noun of the derived forms («إلقاء», «العثور»: «عثور», «تنفيذ»); ``definite_too``: the word had
    the article, so a shape a participle shares («المعارضة») is an adjective, no verbal noun."""
    word = _TASHKEEL.sub("", written)
    shapes = _VERBAL_NOUNS if definite_too else _VERBAL_NOUNS + _VERBAL_ADJECTIVES
    return not word.endswith(_NISBA_WRITTEN) and any(p.fullmatch(word) for p in shapes)


#: a fatha, and the marks that may stand beside it on the letter before the oblique ending (shadda, sukun)
_FATHA = "\u064e"
_BESIDE_FATHA = re.compile("[\u0651\u0652]")


def vowelled_dual(written: str) -> bool:
    """Whether a word as the original writes it ends in the oblique ending («ين») with a fatha on the
    letter before it («مقاومَين», «مدنيَّين»): a dual, where the sound plural has a kasra («مقاومِين»);
    unvowelled the two are written alike."""
    word = _BESIDE_FATHA.sub("", written)
    return word.endswith(_FATHA + OBLIQUE)


def definite(word: str) -> bool:
    """Whether ``word`` carries the article (clitics already removed)."""
    return word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1


def without_article(word: str) -> str:
    """``word`` without its article (when :func:`definite`; written out: the gazetteer calls this often)."""
    return word[_ART:] if word.startswith(ARTICLE) and len(word) > _ART + 1 else word


_ART = len(ARTICLE)


def has_article(prefix: str) -> bool:
    """Whether a proclitic chain ends in the article («وال», «بال», «لل»)."""
    return prefix.endswith((ARTICLE, LAM_ARTICLE))


def joined_by_and(word: str) -> bool:
    """Whether ``word`` opens with «و», the conjunction of a list."""
    return word.startswith(AND)


def conjoined(word: str) -> bool:
    """Whether ``word`` opens with a conjunction («و», «ف»): a word joined to the one before."""
    return word.startswith(CONJUNCTIONS)


def nisba(word: str) -> bool:
    """An adjective of origin or relation («سوريين», «المصري», «الحديدية», «مصريا»)."""
    w = without_article(word)
    return len(w) > 3 and w.endswith(NISBA_ENDINGS + NISBA_ACCUSATIVE)


def inflect(form: str, pattern: str) -> list[tuple[str, str]]:
    """Every form of ``form`` that ``pattern`` names, with its number; the entry itself first.

    The adjectives after a noun agree with it (same definiteness, no proclitic
    preposition): «غارة جوية» is also «غارتين جويتين», but «غارات جوية» (an
    inanimate plural takes a feminine singular adjective) and «قذائف الهاون» (a
    construct) keep their second word.

    >>> [f for f, _ in inflect("أعلن", "verb")]
    ['أعلن', 'أعلنت', 'أعلنوا', 'أعلنا', 'أعلنتا']
    >>> [f for f, _ in inflect("يعلن", "present")]
    ['يعلن', 'يعلنون', 'يعلنان', 'تعلن', 'تعلنان']
    >>> inflect("وزارة", "noun")
    [('وزارة', 'sg'), ('وزارتان', 'du'), ('وزارتين', 'du'), ('وزارتا', 'du'), ('وزارات', 'pl')]
    >>> inflect("مدني", "person")[3]
    ('مدنيين', 'pl')
    >>> [f for f, n in inflect("غارة جوية", "noun") if n == "du"][:2]
    ['غارتان جويتان', 'غارتين جويتين']
    >>> [f for f, _ in inflect("خزان وقود", "construct")]
    ['خزان وقود', 'خزان الوقود', 'خزان وقودين', 'خزان الوقودين']
    >>> [f for f, _ in inflect("قضى", "defective")]
    ['قضى', 'قضت', 'قضوا', 'قضيا', 'قضتا']
    >>> [f for f, _ in inflect("يقضي", "defective_present")]
    ['يقضي', 'يقضون', 'يقضيان', 'تقضي', 'تقضيان']
    """
    words = form.split()
    head, rest = words[0], words[1:]
    if pattern.startswith("defective"):  # «قضى»: «قضت», «قضوا»; a verb of no weak final has none
        heads = [(head[:-1] + s if s else head, n) for s, n in INFLECTIONS[pattern]
                 if head.endswith(WEAK_FINAL) or not s]
        if pattern != "defective":  # the present of «she»: «تقضي», «تقضيان»
            heads += [(PRESENT_FEMININE + f[1:], n) for f, n in heads if not f.endswith(PLURAL_NOMINATIVE)]
        return list(dict.fromkeys((" ".join([f, *rest]), n) for f, n in heads))
    if pattern == "clitics":  # «خطيرة»: «الخطيرة», «بالخطيرة», «وخطيرة»: a word looked up by itself, not scanned
        return [(form, "")] + [(p + form, "") for p in sorted(PREFIXES) if p]
    if pattern in ("pronouns", "object"):  # «ليلته»: «ليلتها», «ليلتهم», «ليلتهما»
        return _pronouns(words, pattern)
    if pattern.startswith("construct"):  # «أسطوانة الغاز» of «أسطوانة غاز»; the dual «عنصرا دعم» of «عنصر دعم»
        return _construct(words) if pattern == "construct" else _construct_dual(words)
    if pattern == "present":  # «يعلن»: «تعلن», «يعلنون», «يعلنان», «تعلنان»
        heads = [(head + s, n) for s, n in INFLECTIONS[pattern]]
        heads += [(PRESENT_FEMININE + f[1:], n) for f, n in heads if not f.endswith(PLURAL_NOMINATIVE)]
        return list(dict.fromkeys((" ".join([f, *rest]), n) for f, n in heads))
    if pattern not in ("noun", "person"):
        # «زوجة» + «ه» is «زوجته»; a word ending in a plain «ه» («نبه») keeps it
        stem = head[:-1] + FEMININE_BOUND if pattern == "possessed" and head.endswith(FEMININE[0]) else head
        forms = [(stem + s if s else head, s, n) for s, n in INFLECTIONS[pattern]]
        return list(dict.fromkeys((" ".join([f, *rest]), n) for f, _, n in forms))
    out = []
    feminine = head.endswith(FEMININE)
    table = _FEMININE_FORMS if feminine else INFLECTIONS[pattern]
    for suffix, number in table:
        word = head[:-1] + (suffix or head[-1]) if feminine else head + suffix
        agreeing, agrees = [], True
        for adj in rest:  # the adjectives right after the noun; a genitive or a phrase ends them
            agrees = agrees and _adjective(adj, feminine, definite(head))
            agreeing.append(_agree(adj, suffix, number, feminine) if agrees else adj)
        out.append((" ".join([word, *agreeing]), number))
    return list(dict.fromkeys(out))


def _pronouns(words: list[str], pattern: str = "pronouns") -> list[tuple[str, str]]:
    """A first word written with an attached pronoun of the third person («ليلته», «أمهم»), then with each
    other one; a word of no such pronoun has no other form.

    >>> [f for f, _ in inflect("ليلته", "pronouns")]
    ['ليلته', 'ليلتها', 'ليلتهم', 'ليلتهما']
    >>> [f for f, _ in inflect("أمهم", "pronouns")]
    ['أمهم', 'أمه', 'أمها', 'أمهما']
    """
    head, rest = words[0], words[1:]
    numbers = dict(INFLECTIONS[pattern])  # of pattern object, who is counted: «مقتله» one, «مقتلهما» two, «مقتلهم» many
    own = next((s for s in sorted(numbers, key=len, reverse=True) if head.endswith(s) and len(head) > len(s) + 1), "")
    heads = [(head, numbers.get(own, ""))] + ([(head[:-len(own)] + s, n) for s, n in numbers.items()] if own else [])
    return list(dict.fromkeys((" ".join([h, *rest]), n) for h, n in heads))


def _construct(words: list[str]) -> list[tuple[str, str]]:
    """A construct phrase with its genitive as written, with the article or without it, and the genitive's
    dual with and without it («انهيار سد»: «انهيار السد», «انهيار سدين», «انهيار السدين»)."""
    if len(words) == 1:
        return [(words[0], "")]
    last = words[-1]
    bare = without_article(last) if definite(last) else last
    dual = (bare[:-1] + FEMININE_BOUND if bare.endswith(FEMININE) else bare) + OBLIQUE
    genitives = [last, without_article(last) if definite(last) else ARTICLE + bare, dual, ARTICLE + dual]
    return [(" ".join([*words[:-1], g]), "") for g in genitives]


def _construct_dual(words: list[str]) -> list[tuple[str, str]]:
    """The head of a construct phrase in the singular and in the dual, which drops its «ن» before the
    genitive: «ا» in the nominative, «ي» outside it; the genitive and what follows it kept as written.

    >>> inflect("عنصر دعم", "construct_dual")
    [('عنصر دعم', 'sg'), ('عنصرا دعم', 'du'), ('عنصري دعم', 'du')]
    >>> [f for f, _ in inflect("عون من الأمن", "construct_dual")][1:]
    ['عونا من الأمن', 'عوني من الأمن']
    >>> [f for f, _ in inflect("دورية شرطة", "construct_dual")][1:]
    ['دوريتا شرطة', 'دوريتي شرطة']
    """
    head, rest = words[0], words[1:]
    stem = head[:-1] + FEMININE_BOUND if head.endswith(FEMININE) else head
    return [(" ".join([stem + s if s else head, *rest]), n) for s, n in INFLECTIONS["construct_dual"]]


def _adjective(word: str, feminine: bool, head_definite: bool) -> bool:
    """Whether ``word`` reads as an adjective of the noun before it: the same definiteness, no
    proclitic preposition, and the form of one (a feminine ending after a feminine noun, a nisba
    after a masculine one).  «رجل أمن» is a construct: «أمن» does not agree."""
    if definite(word) != head_definite or word[:1] in PREPOSITIONS:
        return False
    return word.endswith(FEMININE) if feminine else word.endswith(NISBA_SINGULAR)


def _agree(adj: str, suffix: str, number: str, feminine: bool) -> str:
    """An adjective after an inflected noun, in the noun's number where Arabic makes it agree."""
    if not suffix or number == "pl":
        return adj  # the entry itself, or a plural (a feminine singular adjective after things)
    return adj[:-1] + suffix if feminine else adj + suffix  # «ناسفتين», «انتحاريين»


@functools.lru_cache(maxsize=65536)
def proclitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """``(prefix, stem)`` readings of one word: as written, then without each proclitic chain of
    :data:`NAME_PREFIXES` that leaves two letters or more («وبمواقع»: («وب», «مواقع»)); «لل» is read
    as «ل» + «ال»."""
    out = [("", word)]
    for p in NAME_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p):]
            if p.endswith(LAM) and stem.startswith(LAM):
                out.append((p, ARTICLE[0] + stem))  # لل = ل + ال
            out.append((p, stem))
    return tuple(out)
