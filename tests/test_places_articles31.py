"""Places of our own whole articles (#10, round 31): the 172 articles of sets A to K
(tests/cases/articles30{a..e}.jsonl, articles31{f..k}.jsonl), written for the tests and coded by hand by
``shared/eval/GUIDELINES.md``; each article's set of places (text, country, admin1) is compared as the
scorer compares places (:func:`waqia.evaluation.score.predicted_places`, ``same_place``, admin1 through the
shared aliases table).  An article still read wrong is a strict xfail naming its families."""

from __future__ import annotations

import functools
import json

import pytest

import waqia
from case_files import load, param
from conftest import shared_path
from waqia.evaluation.match import Admin1Matcher, same_place
from waqia.evaluation.score import pair_up, predicted_places

SETS = ("articles30a", "articles30b", "articles30c", "articles30d", "articles30e",
        "articles31f", "articles31g", "articles31h", "articles31i", "articles31j", "articles31k")
ARTICLES = [a for name in SETS for a in load(name)]

UNKNOWN = "a name after a place word the gazetteer lacks («منطقة», «حي», «جبهة», «صحراء», «سلسلة جبال»)"
LONG = "a name of two or more words read short or long («تيزي وزو», «فينوت سلام», «سيدي علي بوسيدي», «أم دخن الجديدة»)"
ISRAEL = "a position in northern Israel that Hezbollah names («موقع المالكية», «ثكنة زرعيت») is not found"
ABROAD = "a place far from the project's countries (Congo, Mozambique, Myanmar, Chad, Mali, Kashmir) has no province"
HOMONYM = "a homonym in another province chosen over the province the article's other places or the text give"
BACKGROUND = "the place of an earlier event, told for background, read as an event place"
HOSPITAL = "where the wounded were taken, or a funeral or prayer was held, read as an event place"
NAMES = "a place word inside a name («الخوذ البيضاء», «شبكة دير الزور 24», «تلغرام», «الساحل») read as a place"
SPEAKER = "the event's own place named only with its speaker («قالت مصادر في مدينة X إن») is left out"
WORD = "a verb or common word after a preposition («تركزت», «اختبأت», «قطاف») read as a place"
REGION = "a region that is no province («إقليم كردستان», «بونتلاند», «قاطع عمليات») read as a place or a province"
ROAD = "the two towns of a road («طريق X - Y») are not found"
DATELINE = "a dateline or a capital where an official spoke read as an event place"
SPELLING = "a province spelt otherwise in the aliases (Murqub, Al Marqab)"

BASE = "where the attackers are based («المجموعات المنتشرة في ريف X») read as an event place"
DUAL = "a dual place word («بولايتي X وY», «قريتي X وY») hides the names after it"
FROM_CITY = "a place told by its direction from a city of another province («X جنوب غربي سبها») takes that city's province"
PROVINCE_SPELT = "a province in a spelling the gazetteer lacks («غلغدود») is given no province"
CAPITAL = "a capital standing for its government («مجموعات تدعمها دمشق») read as a place"
CAUSE = "a place named as the cause fought for («على طريق القدس», «دعما لشعبنا في قطاع غزة») read as an event place"
PLANNED = "the target of a planned attack («كان يخطط لهجمات على مساجد في مدينة X») read as an event place"
SHELLED = "what killed gunmen had been shelling («كانوا يطلقون قذائف الهاون على X») read as the place of their killing"
PLURAL = "a plural place word («بأحياء X وY») hides the names after it"
COUNTRY = "a country opening a paragraph («وفي X المجاورة،») read as a place, its capital told after it left out"
NO_PROVINCE = "a village found and given no province («العديسة»)"
TALKS = "where talks are to resume or captives are held («تستأنف في X», «محتجزا في X») read as an event place"

#: article id -> the families its places still fail on
FAILS: dict[str, tuple[str, ...]] = {
    "a30a_ye_masirah": (UNKNOWN,), "a30a_so_sonna": (HOSPITAL, PROVINCE_SPELT), "a30a_ne_funeral": (DATELINE,),
    "a30a_af_kandahar": (BACKGROUND,), "a30a_lb_nna": (ISRAEL,), "b01": (BASE, BACKGROUND), "b02": (HOMONYM,),
    "b03": (NAMES,), "b05": (UNKNOWN, REGION), "b07": (REGION,), "b09": (UNKNOWN,), "b11": (UNKNOWN,),
    "b12": (FROM_CITY,), "b13": (SPELLING,), "b15": (LONG, DUAL), "c01": (HOSPITAL, UNKNOWN, HOMONYM),
    "c05": (ABROAD,), "c07": (ABROAD, UNKNOWN), "c08": (LONG,),
    "c09": (UNKNOWN,), "c10": (ABROAD, UNKNOWN), "c11": (ABROAD, HOMONYM, UNKNOWN), "c12": (REGION,),
    "c14": (ABROAD, UNKNOWN), "c15": (ABROAD,), "c16": (ABROAD,), "d02": (UNKNOWN,), "d03": (UNKNOWN,),
    "d04": (HOMONYM,), "d05": (WORD,), "d06": (UNKNOWN, HOMONYM), "d08": (ISRAEL, HOMONYM),
    "e16": (CAPITAL,), "f01": (BACKGROUND,), "f02": (HOMONYM,), "f03": (HOMONYM,), "f05": (HOSPITAL,),
    "f07": (UNKNOWN,), "f08": (UNKNOWN, DATELINE), "f13": (LONG,), "f14": (UNKNOWN,),
    "g03": (NAMES,), "g04": (ISRAEL, CAUSE, HOMONYM), "g06": (ROAD,), "g07": (BACKGROUND,),
    "g08": (NAMES, ABROAD), "g10": (PLANNED,), "g11": (NAMES,), "g13": (REGION, UNKNOWN),
    "h02": (NAMES,), "h03": (SPEAKER,), "h04": (NAMES, ROAD, HOMONYM), "h05": (SPEAKER, HOMONYM),
    "h06": (DUAL, LONG), "h11": (LONG, WORD),
    "h14": (SPEAKER, NAMES), "h15": (WORD, ABROAD), "i13": (BACKGROUND,), "i14": (UNKNOWN,),
    "j02": (UNKNOWN,), "j03": (SPEAKER, SHELLED, HOMONYM), "j06": (SPEAKER, HOSPITAL), "j07": (LONG,),
    "j09": (HOMONYM,), "j10": (SPEAKER, LONG), "j11": (UNKNOWN,), "j13": (WORD, COUNTRY),
    "k04": (SPEAKER,), "k05": (HOMONYM,), "k07": (PLURAL, LONG),
    "k08": (LONG, CAUSE), "k10": (NO_PROVINCE,), "k12": (TALKS,),
}


@functools.cache
def _matcher() -> Admin1Matcher:
    path = shared_path("eval", "admin1_aliases.json")
    return Admin1Matcher(json.loads(path.read_text(encoding="utf-8")))


def wrong_places(a: dict) -> tuple[str, ...]:
    """What an article's places get wrong against its coding: missed, extra, another country or province."""
    record = waqia.extract(a["text"], published=a["published"], outlet=a["outlet"])
    pairing = pair_up(a["locations"], predicted_places(record["events"]),
                      lambda g, p: same_place(g["text"], p.get("text") or p.get("name_ar")))
    wrong = [f"missed {g['text']}" for g in pairing.missed] + [f"extra {p.get('text')}" for p in pairing.extra]
    for g, p in pairing.pairs:
        if g.get("country") and p.get("country") != g["country"]:
            wrong.append(f"{g['text']}: country {p.get('country')}")
        if g.get("admin1") and not _matcher().same(g["admin1"], p.get("admin1")):
            wrong.append(f"{g['text']}: admin1 {p.get('admin1')}")
    return tuple(wrong)


def places_set(articles: list[dict], fails: dict[str, tuple[str, ...]], *, size: int, places_at_least: int):
    """The two tests of a set of our own articles' places: the set is whole (its size, its places, every failing
    id one of its articles), and each article's places as coded (strict xfails naming their families)."""

    def test_the_sets_are_whole() -> None:
        assert len(articles) == size and len({a["id"] for a in articles}) == size
        assert sum(len(a["locations"]) for a in articles) >= places_at_least
        assert set(fails) <= {a["id"] for a in articles}

    @pytest.mark.parametrize("index", [param(i, id=a["id"], xfail="; ".join(fails[a["id"]]) if a["id"] in fails
                                             else None) for i, a in enumerate(articles)])
    def test_places_of_our_articles(index: int) -> None:
        assert wrong_places(articles[index]) == ()

    return test_the_sets_are_whole, test_places_of_our_articles


test_the_sets_are_whole, test_places_of_our_articles = places_set(ARTICLES, FAILS, size=172, places_at_least=420)
