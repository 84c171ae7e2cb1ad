"""Places of our own whole articles (#10, round 33): sets R (Gaza, the West Bank, south Lebanon, Israel, Iran, Yemen),
S (Sudan, South Sudan, Chad, Ethiopia, Somalia), T (tolls revised, contested and denied, from Mogadishu to Cabo
Delgado) and U (Syria's coast, Sweida and north-east, Iraq's Kirkuk, Diyala, Anbar, Duhok, Sinjar; Tripoli),
``tests/cases/articles33{r,s,t,u}.jsonl``, coded by hand by ``shared/eval/GUIDELINES.md`` as the dev gold codes
places (the province that contains an event's place, the city named to point the way, the towns of a road).
Compared as ``tests/test_places_articles31.py`` compares them; an article still read wrong is a strict xfail naming
its families."""

from __future__ import annotations

from case_files import load
from test_places_articles31 import (
    ABROAD,
    BACKGROUND,
    CAPITAL,
    HOMONYM,
    ISRAEL,
    REGION,
    ROAD,
    UNKNOWN,
    places_set,
)
from test_places_articles32 import FACILITY, NO_EVENT, SEA

SETS = ("articles33r", "articles33s", "articles33t", "articles33u")
ARTICLES = [a for name in SETS for a in load(name)]

ORIGIN = "where the dead came from («وأن الثالث من أهالي ولاية X», «القتيلين من أبناء محافظة X»), alone in its sentence, read as an event place"
CURFEW = "where a curfew was imposed after the event («فرض حظر تجول في مدن X وY») read as an event place"
ALIAS = "a place named twice, the second name in brackets («كوباني (عين العرب)»), read as two places"
DAMAGE = "the towns a damage sentence names after the event's («دمار واسع بمدينتي X وY») are not given to the event, which keeps the country"
FAR_PROVINCE = "a far place of a foreign country refused and given the province of another place of that country (Eilat takes Tel Aviv)"
STEM = "a two-word name the gazetteer lacks takes its known first word's province over the region opening its sentence («وفي ريف X، ... قريتي خراب عشك وY»)"
ADJECTIVE = "an adjective or common noun after a place word or a preposition («منطقة مكتظة», «أزقة المخيم», «فصائل درزية», «تجمع للخيام») read as a place"

#: article id -> the families its places still fail on
FAILS: dict[str, tuple[str, ...]] = {
    "r02": (UNKNOWN,), "r07": (ISRAEL, UNKNOWN),
    "r08": (FAR_PROVINCE,), "r09": (DAMAGE, NO_EVENT), "r11": (ISRAEL,),
    "s04": (SEA,), "s06": (BACKGROUND,), "s09": (ABROAD,), "s10": (FACILITY,),
    "s11": (UNKNOWN, REGION, BACKGROUND), "t04": (UNKNOWN,), "t14": (NO_EVENT,),
    "u02": (ADJECTIVE,), "u03": (ROAD,), "u04": (STEM, CAPITAL, ALIAS), "u06": (UNKNOWN, REGION, ORIGIN),
    "u07": (UNKNOWN,), "u10": (CURFEW,), "u12": (FACILITY, UNKNOWN), "u13": (UNKNOWN, HOMONYM),
}


test_the_sets_are_whole, test_places_of_our_articles = places_set(ARTICLES, FAILS, size=56, places_at_least=160)
