"""Attacks on a side's post: the dead and wounded named by no noun for their side, in a sentence that
tells of a strike or an attack on the post of an armed side (#10).

«هجوم على حاجز للجيش أسفر عن مقتل 5», «استهدف مقرا أمنيا ... 16 ضحية»: the victims of an attack on
a post of the state's forces are its men (state_forces), as a careful coder reads them; «غارات على
مواقع للحوثيين أسفرت عن مقتل 14»: the text does not say whether those killed at an armed group's
post were fighters or civilians, so the toll is of no known side (``unknown``).  The civilian default
(GUIDELINES: people killed are civilians unless the text says otherwise) stays for people named as
people («أشخاص», «مواطنين»), which these rules never touch.

A post is a word of ``claim_words.tsv`` role ``site`` («موقع», «رتل», «مقر», «حاجز») with a force
within :data:`OWNER_REACH` words after it («لقوات النظام», «تابعة للحوثيين») or, right after it, an
adjective of role ``armed_site`` («عسكري», «أمنية»: the state's).  A post the fire came from («قصف
من مواقع الجيش») is the shooter's, not the one hit; a word that is part of a force's name («تنظيم
القاعدة») is no post.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

from waqia.core.morphology import ARTICLE, proclitic_readings, without_article
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.search import search_words, tokens_holding

OWNER_REACH = 4  # words after a post where its force may stand («مواقع تابعة لقوات النظام», «رتل يقل عناصر من الحزب»)
ARMED = ("state_forces", "armed_group")


def attacked_posts(idx: ClaimIndex) -> dict[int, str]:
    """The sentences that name the post of an armed side as what was hit, with the side the
    unnamed victims there take: ``state_forces`` for the state's post, ``unknown`` for an armed
    group's. Read once per document (#14)."""
    if idx.posts is None:
        idx.posts = _attacked_posts(idx)
    return idx.posts


class Posts(Mapping[int, str]):
    """:func:`attacked_posts` of a document, read on the first look-up: a document none of whose
    victims is of no side never asks (#14)."""

    def __init__(self, idx: ClaimIndex) -> None:
        self.idx = idx

    def __getitem__(self, sentence: int) -> str:
        return attacked_posts(self.idx)[sentence]

    def __iter__(self) -> Iterator[int]:
        return iter(attacked_posts(self.idx))

    def __len__(self) -> int:
        return len(attacked_posts(self.idx))


def _attacked_posts(idx: ClaimIndex) -> dict[int, str]:
    sites, of = idx.words.get("site", frozenset()), idx.words["of"]
    if not sites:
        return {}
    organisations = idx.words.get("organisation", frozenset())
    near = idx.words.get("near", frozenset())
    toks = idx.doc.tokens
    # a reading of a word is part of it: only the tokens that hold a site's word are read (#14)
    at = [j for j in tokens_holding(idx.doc, _site_words(sites)) if j < len(toks) and _stems(toks[j].text) & sites]
    if not at:
        return {}
    before = organisations | near
    named = {n for m in idx.people.values() for n in range(idx.tok(m.start), idx.tok(max(m.end - 1, m.start)) + 1)}
    out: dict[int, str] = {}
    for j in at:
        t = toks[j]
        if t.sentence in out or j in named:
            continue  # «تنظيم القاعدة»: a force's name, no post
        if j > 0 and (toks[j - 1].text in of or _stems(toks[j - 1].text) & before):
            continue  # «قصف من مواقع الجيش»: where the fire came from; «لتنظيم "القاعدة"»: a name;
            # «مسجدا داخل مقر للشرطة»: the post places what was hit
        if _finds(idx, j):
            continue  # «عثرت دوريات الشرطة على 17 جثة»: the patrol found the dead, no one hit it
        owner = _owner(idx, j)
        if owner:
            out[t.sentence] = "state_forces" if owner == "state_forces" else "unknown"
    return out


def _finds(idx: ClaimIndex, j: int) -> bool:
    """A verb of finding (role ``found``: «عثرت», «وجدت») within two words before the post at token ``j``
    or four after it, in its clause («عثرت دورية للجيش على», «دوريات الشرطة عثرت على»): the post is the
    finder, the subject of that verb, not what was hit."""
    found, toks = idx.words.get("found", frozenset()), idx.doc.tokens
    return any(_stems(toks[n].text) & found and idx.same_clause(min(n, j), max(n, j))
               for n in range(max(j - 2, 0), min(j + 5, len(toks))))


def _owner(idx: ClaimIndex, j: int) -> str:
    """The side whose post token ``j`` names: the first force of a side within :data:`OWNER_REACH`
    words after it in its clause, or the state's for an adjective of role ``armed_site`` right
    after it; "" when it names none or names civilians."""
    toks, adjectives = idx.doc.tokens, idx.words.get("armed_site", frozenset())
    for n in range(j + 1, min(j + 1 + OWNER_REACH, len(toks))):
        if not idx.same_clause(j, n):
            return ""
        m = idx.people.get(n)
        if m is not None and m.entry.get("category") not in ("", "unknown"):
            return m.entry.get("category") if m.entry.attrs.get("category") in ARMED else ""
        if n == j + 1 and _stems(toks[n].text) & adjectives:  # «مقرا أمنيا»: its adjective, right after it
            return "state_forces"
    return ""


@functools.lru_cache(maxsize=4)
def _site_words(sites: frozenset[str]) -> tuple[str, ...]:
    """The words to search for a site's word in the text («مقر» inside «مقرات»); for one with the
    article, also where it stands after «ل» without its alif (a reading of «لل» restores it)."""
    return search_words(sites | {w[1:] for w in sites if w.startswith(ARTICLE)})


@functools.lru_cache(maxsize=8192)
def _stems(word: str) -> frozenset[str]:
    """The readings of a word without its proclitics («وبمواقع», «للقوات») and article
    (:func:`waqia.core.morphology.proclitic_readings`; cached per written form, #14)."""
    return frozenset(without_article(stem) for _, stem in proclitic_readings(word))
