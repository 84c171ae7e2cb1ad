"""Long texts cost time in proportion to their length: no stage may be quadratic.

Compared within one run (a ratio), in this process's CPU time (``time.process_time``), so a busy
machine does not make the test flaky: in CI the clusters of earlier tests may still hold a core.
"""

from __future__ import annotations

import gc
import time

import waqia

SENTENCE = "قتل 3 جنود في هجوم على حاجز للجيش قرب إدلب أمس، وقال مصدر عسكري إن 5 مسلحين قتلوا. "


def _seconds(n: int) -> float:
    text = SENTENCE * n
    best = float("inf")
    for _ in range(3):  # the best of three: a moment of load on a shared machine is not the code
        start = time.process_time()
        waqia.extract(text, published="2024-01-02")
        best = min(best, time.process_time() - start)
    return best


def test_pipeline_time_grows_linearly_with_length() -> None:
    gc.collect()
    gc.freeze()  # the objects earlier tests left are not scanned again by every collection timed here
    try:
        small, large = _seconds(150), _seconds(1200)  # 8 times the text
    finally:
        gc.unfreeze()
    assert large < 8 * small * 2.5, (small, large)  # quadratic work would be about 64 times
