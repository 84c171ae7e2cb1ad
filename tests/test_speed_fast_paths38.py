"""The fast path of the speed pass speed38 (#14) gives what the plain way gives: the normalised position of an
original one (``OffsetMap.to_normal``) is found in the original positions of the map's points summed once, on
first use, and kept with the map, not summed again on every call; the map's value (equality, hash, repr) is
the same with the sums kept as without.
"""

from __future__ import annotations

import bisect
import random

from waqia.core.normalize import OffsetMap, normalize

#: sentences of our own, written with what moves offsets: short vowels and shadda, the tatweel, the
#: presentation forms of lam-alef (one character that becomes two), a mark at the very end and at the start
_SENTENCES = (
    "قُتِلَ ثلاثةُ مدنيين وأُصيب خمسةٌ آخرون في قصفٍ على القرية",
    "أعلنــت الشرطـة مقتـــل شخصين",
    "\ufefb أحد يعرف عدد الضحايا \ufef7ن القصف استمر",
    "سقطت قذيفة على السوق\u0651",
    "\u064eهاجم مسلحون نقطة تفتيش",
    "plain text with no mark at all",
    "",
)
_PIECES = ("قتل", "جندي", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640", "\ufefb", "\ufef5", " ", "،", "12", "x")


def _plain(offsets: OffsetMap, pos: int) -> int:
    """``to_normal`` as it was written before: the original positions of the points summed on each call."""
    originals = [p + s for p, s in zip(offsets.points, offsets.shifts, strict=True)]
    k = bisect.bisect_right(originals, pos) - 1
    return pos - (offsets.shifts[k] if k >= 0 else 0)


def _texts() -> list[str]:
    rng = random.Random(38)
    made = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    return [*_SENTENCES, *made]


def test_a_position_is_made_normal_as_the_plain_sum_makes_it() -> None:
    moved = 0
    for text in _texts():
        offsets = normalize(text).offsets
        moved += bool(offsets.points)
        for _ in range(2):  # the first call sums the points, the second reads the sums kept
            for pos in range(len(text) + 2):
                assert offsets.to_normal(pos) == _plain(offsets, pos), (text, pos)
    assert moved > 200  # most generated texts move offsets: the fast path is read, not only the identity map


def test_the_kept_sums_are_no_part_of_the_map() -> None:
    for text in _SENTENCES[:5]:
        offsets = normalize(text).offsets
        fresh = OffsetMap(offsets.points, offsets.shifts, offsets.original_length)
        offsets.to_normal(len(text) // 2)
        assert offsets.points and offsets == fresh and hash(offsets) == hash(fresh) and repr(offsets) == repr(fresh)


def test_maps_of_different_texts_keep_their_own_sums() -> None:
    one, two = normalize(_SENTENCES[0]).offsets, normalize(_SENTENCES[1]).offsets
    assert one.to_normal(20) == _plain(one, 20) and two.to_normal(20) == _plain(two, 20)
    assert one.to_normal(30) == _plain(one, 30) and two.to_normal(12) == _plain(two, 12)
