"""The means of an attack named beside its word (``event_triggers_means.tsv``).

«قصف الطيران منزلا», «قصفت الميليشيا السجن باستخدام الطائرات المسيرة», «طائرات
أطلقت عددا من الصواريخ»: a shelling word told with an aircraft in its clause
reports an air or drone strike, as does «هجوم» followed by one («هجوم بطائرة
بدون طيار»).
"""

from __future__ import annotations

from waqia.core.document import Document

#: how many words apart an aircraft and the event word may stand
REACH = 6
#: punctuation that ends a clause
CLAUSE_BREAKS = "،,؛;.:"


def means_near(doc: Document, pos: int, end: int, means: str, *, before: bool = True) -> bool:
    """An entry of ``means`` within :data:`REACH` words of the word at ``[pos, end)``, in its clause
    (after it only, unless ``before``)."""
    first, last = doc.token_index(pos), doc.token_index(max(end - 1, pos))
    for m in doc.layer("matches"):
        if m.concept != "event_triggers_means" or m.entry.get("means") != means:
            continue
        if m.start >= end:
            gap, words = doc.text[end:m.start], doc.token_index(m.start) - last
        elif before and m.end <= pos:
            gap, words = doc.text[m.end:pos], first - doc.token_index(max(m.end - 1, m.start))
        else:
            continue
        if words <= REACH and not any(ch in CLAUSE_BREAKS or ch == "\n" for ch in gap):
            return True
    return False
