"""A part of a list whose counted noun is left out (#10): «187 تلميذا من المرحلة الثانوية و125 من المرحلة الابتدائية»,
«40 جنديا من الكتيبة الأولى و25 من الكتيبة الثانية».  The first item is a figure, its noun for people and a «من»
phrase that names no side nor a kind of place (claim_words role ``place_kind``: a split by where, claims/splits.py);
the next is «و», a bare figure and a «من» phrase of its own, the same shape.  The bare figure counts more of the
first item's noun (its side), and the first item's «من» phrase does not end the list.  A figure with its own noun («و25 مدنيا») or with nothing after it is no such part: read as before."""

from __future__ import annotations

from waqia.core.morphology import joined_by_and, without_article
from waqia.output import Party
from waqia.stages.claims.context import ClaimIndex

#: most words of a «من» phrase that describes the people counted («من المرحلة الابتدائية»)
REACH = 3


def phrase_end(idx: ClaimIndex, j: int) -> int | None:
    """The token after the «من» phrase opening at token ``j``: up to :data:`REACH` words in its clause, none of
    them a figure, a noun for people, a casualty word or a word joined by «و»; None when no «من» opens at ``j``."""
    toks, of = idx.doc.tokens, idx.words.get("of", frozenset())
    if j >= len(toks) or toks[j].text not in of or j + 1 < len(toks) \
            and {toks[j + 1].text, without_article(toks[j + 1].text)} & idx.words.get("place_kind", frozenset()):
        return None  # «165 من قرية X و93 من قرية Y», «من الحي الشرقي»: where each share was taken from, a split
    i = j + 1
    while i < min(j + 1 + REACH, len(toks)) and idx.same_clause(i - 1, i) and i not in idx.quantities \
            and i not in idx.people and i not in idx.cues and not joined_by_and(toks[i].text) \
            and toks[i].text not in of and toks[i].text not in idx.words.get("in", ()):
        i += 1
    return i if i > j + 1 else None


def bare(idx: ClaimIndex, k: int) -> bool:
    """The figure at token ``k``, joined by «و», has «من» and a phrase right after it, no noun for people."""
    q = idx.quantities.get(k)
    if q is None or not joined_by_and(idx.doc.tokens[k].text):
        return False
    after = idx.tok(q.end)
    return after not in idx.people and idx.same_clause(k, after) and phrase_end(idx, after) is not None


def past_phrase(idx: ClaimIndex, j: int) -> int:
    """The token where a list goes on at token ``j`` (right after an item's noun): past the item's «من»
    phrase when a bare figure of the same shape follows it there (:func:`bare`), else ``j`` itself."""
    end = phrase_end(idx, j)
    return end if end is not None and idx.same_clause(end - 1, end) and bare(idx, end) else j


def elided_part(idx: ClaimIndex, k: int, last: Party | None, read: tuple[Party, int]) -> tuple[Party, int]:
    """The side and the end (an offset) of the figure at token ``k``: ``read``, the side read after it, or when
    it names none and the figure is bare, the side of the item before it, ``last``, to the end of its phrase."""
    if read[0].span is not None or last is None or last.span is None or not bare(idx, k) or not _after_phrase(idx, k):
        return read  # «12 رهينة و18 من خاطفيهم»: no «من» phrase of the item before, no part of the same shape
    end = phrase_end(idx, idx.tok(idx.quantities[k].end))
    return (last, idx.doc.tokens[end - 1].end) if end is not None else read


def _after_phrase(idx: ClaimIndex, k: int) -> bool:
    """A «من» phrase (:func:`phrase_end`) ends right before token ``k``: the item before has the same shape."""
    return any(phrase_end(idx, j) == k for j in range(k - 2, max(k - 2 - REACH, -1), -1))


def elided_head(idx: ClaimIndex, k: int) -> int | None:
    """The first figure of a list whose last item is the bare figure at token ``k``: a figure, its noun for
    people and a «من» phrase that ends right before ``k``; else None."""
    if not bare(idx, k):
        return None
    for j in range(k - 3, max(k - 4 - REACH, -1), -1):
        q = idx.quantities.get(j)
        noun = idx.people.get(idx.tok(q.end)) if q is not None else None
        if noun is not None and past_phrase(idx, idx.tok(noun.end)) == k and idx.same_clause(j, k):
            return j
    return None
