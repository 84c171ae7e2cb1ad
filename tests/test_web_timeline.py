"""The incidents timeline and the per-source comparison, drawn in SVG by the page's own script.

Opens ``#/incidents`` in headless Chromium over a store of invented reports,
checks the timeline (one day slot per day, a low–high band and a best mark,
each source's points), the per-source bars, Arabic labels in place of the
English ones, separated place chips and map labels that do not overlap;
saves screenshots under the test's temporary directory and, when
``WAQIA_ARTIFACTS`` names a folder, there too.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_store_fixtures import actor, claim, event, loc, record
from test_web_browser import Server, assert_local, browser, open_page  # noqa: F401  (browser: a fixture)
from waqia.api import create_app
from waqia.settings import Settings
from waqia.store import Store

STATIC = Path(__file__).resolve().parents[1] / "src" / "waqia" / "api" / "static"

# Invented towns, close together (their map labels would collide) and one far away.
WARD = loc("تل الورد", "SY", "Idlib", 35.80, 36.60)
SAFSAF = loc("عين الصفصاف", "SY", "Idlib", 35.82, 36.63)
HAWR = loc("خربة الحور", "SY", "Idlib", 35.79, 36.64)
MINA = loc("رأس المينا", "SY", "Latakia", 35.50, 35.80)
HEALTH, OBSERVERS, DEFENCE = "مديرية الصحة", "شبكة الرصد", "الدفاع المدني"


def _reports() -> list[tuple[dict[str, Any], str]]:
    """Five invented reports of three incidents on three days, with rising and rival tolls."""
    shelling, clash = ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash")
    return [
        (record("a1", [event("e1", *shelling, "2022-04-02", [WARD, SAFSAF, HAWR],
                             [claim("killed", 4, source=HEALTH), claim("injured", 11, source=HEALTH)])],
                "2022-04-02"), "قصف على تل الورد وعين الصفصاف وخربة الحور"),
        (record("a2", [event("e1", *shelling, "2022-04-02", [WARD, SAFSAF, HAWR],
                             [claim("killed", 7, source=HEALTH), claim("killed", 10, source=OBSERVERS)])],
                "2022-04-03", outlet="other.example"), "ارتفاع حصيلة القصف على تل الورد"),
        (record("b1", [event("e1", *clash, "2022-04-05", [MINA],
                             [claim("killed", 6, "armed_group", source=OBSERVERS)],
                             [actor("كتيبة الساحل")])], "2022-04-05"), "اشتباك قرب رأس المينا"),
        (record("c1", [event("e1", "Violence against civilians", "Attack", "2022-04-09", [MINA],
                             [claim("killed", 2, source=DEFENCE, approx=True)])], "2022-04-09"),
         "هجوم على مدنيين في رأس المينا"),
    ]


def _store(tmp_path: Path) -> Store:
    store = Store.open(f"sqlite:///{tmp_path}/timeline.db")
    for rec, text in _reports():
        store.ingest(rec, text=text)
    return store


def _save(page: Any, tmp_path: Path, name: str, selector: str | None = None) -> Path:
    """A screenshot under tmp_path, copied to $WAQIA_ARTIFACTS when set."""
    path = tmp_path / name
    if selector:
        page.locator(selector).screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=True)
    if os.environ.get("WAQIA_ARTIFACTS"):
        folder = Path(os.environ["WAQIA_ARTIFACTS"])
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / name)
    return path


def _boxes(page: Any, selector: str) -> list[dict[str, float]]:
    return page.evaluate("""(sel) => [...document.querySelectorAll(sel)]
        .filter((n) => getComputedStyle(n).display !== 'none')
        .map((n) => { const r = n.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}; })""",
                         selector)


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def _no_overlaps(boxes: list[dict[str, float]]) -> bool:
    return not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def _check_timeline(page: Any) -> None:
    """The incidents view: the timeline, the per-source bars and the list's Arabic types."""
    page.wait_for_selector("#incident-timeline svg .day")
    timeline = page.locator("#incident-timeline svg")
    assert timeline.locator(".day").count() == 8  # 2 to 9 April, one slot per day
    assert timeline.locator(".day[data-day='2022-04-02'] .band").get_attribute("data-low") == "7"
    assert timeline.locator(".day[data-day='2022-04-02'] .band").get_attribute("data-high") == "10"
    assert timeline.locator(".day[data-day='2022-04-02'] .best").get_attribute("data-value") == "7"
    assert timeline.locator(".day[data-day='2022-04-04'] .band").count() == 0
    points = timeline.locator(".source-point[data-day='2022-04-02']")
    assert sorted(points.evaluate_all("ns => ns.map((n) => n.dataset.value)")) == ["10", "7"]
    legend = page.locator("#incident-timeline .legend-item").all_inner_texts()
    assert {HEALTH, OBSERVERS, DEFENCE} <= {t.strip() for t in legend}
    dots = page.locator("#incident-timeline .legend-item circle").evaluate_all(
        "ns => ns.map((n) => n.getAttribute('fill'))")
    assert len(set(dots)) == 3, "each source has its own colour in the legend"
    first, last = (timeline.locator(f".day[data-day='{d}']").bounding_box() for d in ("2022-04-02", "2022-04-09"))
    assert first["x"] > last["x"], "time runs right to left on this right-to-left page"
    bars = page.locator("#source-comparison svg .bar")
    assert bars.evaluate_all("ns => ns.map((n) => [n.dataset.source, n.dataset.value])") == [
        [OBSERVERS, "16"], [HEALTH, "7"], [DEFENCE, "2"]]
    assert _no_overlaps(_boxes(page, "#incident-timeline svg text"))
    table = page.inner_text("#incident-table")
    assert "Battles" not in table and "اشتباك مسلح" in table


def _check_incident(page: Any) -> None:
    """One incident: map labels and place chips apart, the sources' bars, an Arabic heading."""
    page.wait_for_selector("#incident-map svg circle")
    assert page.locator("#incident-map svg circle").count() == 3
    labels = _boxes(page, "#incident-map svg text")
    assert len(labels) == 3 and _no_overlaps(labels)
    chips = _boxes(page, "#incident-places .chip")
    assert len(chips) == 3 and _no_overlaps(chips)
    assert all(abs(a["x"] - b["x"] - b["w"]) > 2 and abs(b["x"] - a["x"] - a["w"]) > 2
               for a, b in itertools.pairwise(chips) if abs(a["y"] - b["y"]) < 1), "chips touch"
    killed = page.locator("#incident-comparison [data-kind=killed] svg .bar")
    assert killed.evaluate_all("ns => ns.map((n) => n.dataset.value)") == ["10", "7"]
    assert page.locator("#incident-comparison [data-kind=killed] svg .earlier").get_attribute("data-value") == "4"
    heading = page.inner_text("#incident h2")
    assert "Explosions" not in heading and "قصف" in heading


@pytest.mark.browser
def test_web_timeline_charts_and_screenshot(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    store = _store(tmp_path)
    requests: list[str] = []
    errors: list[str] = []
    with Server(create_app(Settings(), store=store)) as base:
        page = open_page(browser, requests)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base + "/#/incidents")
        _check_timeline(page)
        _save(page, tmp_path, "waqia-timeline.png", "#incident-charts")
        _save(page, tmp_path, "waqia-incidents.png")
        page.locator("#incident-table tbody a", has_text="2022-04-02").click()
        _check_incident(page)
        _save(page, tmp_path, "waqia-incident.png")
        page.close()
    store.close()
    assert not errors, errors  # a Content-Security-Policy refusal is reported here
    assert (tmp_path / "waqia-timeline.png").stat().st_size > 5_000
    assert_local(requests)


@pytest.mark.parametrize("path", sorted(STATIC.glob("*.[jc]s*")), ids=lambda p: p.name)
def test_web_timeline_scripts_load_nothing_from_elsewhere(path: Path) -> None:
    """The charts are the page's own code: no address outside the server, no import but ./x.js."""
    text = path.read_text(encoding="utf-8").replace("http://www.w3.org/2000/svg", "")
    assert "http://" not in text and "https://" not in text and "//cdn" not in text
    imports = re.findall(r'^import .* from "([^"]+)";', text, flags=re.MULTILINE)
    assert all(re.fullmatch(r"\./[a-z]+\.js", i) and (STATIC / i[2:]).exists() for i in imports), imports
