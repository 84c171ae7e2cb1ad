// Charts in plain SVG, drawn by this script (no library, no CDN).  The page is
// right to left: time runs from right (earliest) to left (latest), the value
// axis stands on the right, bars grow leftwards from the names on the right.

import {el, iso} from "./dom.js";
import {svg, measure, ticks, PALETTE} from "./svg.js";

const FONT = 13;
const DATE = new Intl.DateTimeFormat("ar-u-nu-latn", {day: "numeric", month: "short", timeZone: "UTC"});

/** One colour per source, the same in every chart of the page. */
export function colours(sources) {
  return new Map(sources.map((s, i) => [s, PALETTE[Math.min(i, PALETTE.length - 1)]]));
}

function dayLabel(day) {
  return DATE.format(new Date(day + "T00:00:00Z"));
}

function valueAxis(root, box, max, y) {
  for (const v of ticks(max)) {
    root.append(svg("line", {x1: box.left, x2: box.right, y1: y(v), y2: y(v), class: "grid"}),
      svg("text", {x: box.right + 6, y: y(v) + FONT / 3, class: "tick", direction: "ltr",
                   "text-anchor": "start", "font-size": FONT}, String(v)));
  }
}

// Date labels under the slots, every `step` days so that no two touch.
function dateAxis(root, days, box, x, slot) {
  const widest = Math.max(...days.map((d) => measure(dayLabel(d.day), FONT))) + 10;
  const step = Math.max(1, Math.ceil(widest / slot));
  days.forEach((d, i) => {
    if (i % step) return;
    root.append(svg("text", {x: x(i), y: box.bottom + FONT + 6, class: "tick date", "text-anchor": "middle",
                             "font-size": FONT}, dayLabel(d.day)));
  });
}

function daySlot(d, i, geo, colour) {
  const {x, y, slot, box} = geo;
  const g = svg("g", {class: "day", "data-day": d.day, "data-count": d.count});
  g.append(svg("rect", {x: x(i) - slot / 2, y: box.top, width: slot, height: box.bottom - box.top, class: "slot"},
               svg("title", {}, `${d.day}: ${d.count} حادثة`)));
  if (d.high === null) return g;
  const w = Math.max(3, Math.min(slot * 0.5, 28));
  g.append(svg("rect", {x: x(i) - w / 2, y: y(d.high), width: w, height: Math.max(2, y(d.low) - y(d.high)),
                        class: "band", "data-low": d.low, "data-high": d.high},
               svg("title", {}, `${d.day}: أدنى ${d.low} · أعلى ${d.high}`)),
           svg("line", {x1: x(i) - w / 2 - 3, x2: x(i) + w / 2 + 3, y1: y(d.best), y2: y(d.best),
                        class: "best", "data-value": d.best}, svg("title", {}, `${d.day}: أرجح ${d.best}`)));
  const sources = [...d.sources];
  sources.forEach(([s, v], k) => {
    const dx = sources.length > 1 ? (k / (sources.length - 1) - 0.5) * Math.min(slot * 0.7, 40) : 0;
    g.append(svg("circle", {cx: x(i) - dx, cy: y(v), r: 4.5, fill: colour.get(s), class: "source-point",
                            "data-day": d.day, "data-source": s, "data-value": v}, svg("title", {}, `${s}: ${v}`)));
  });
  return g;
}

// A colour dot as SVG: the page's Content-Security-Policy forbids inline style attributes.
function swatch(colour) {
  return svg("svg", {width: 12, height: 12, viewBox: "0 0 12 12", class: "swatch-dot", "aria-hidden": "true"},
             svg("circle", {cx: 6, cy: 6, r: 5.5, fill: colour}));
}

function legend(colour, extra) {
  return el("div", {class: "chart-legend"}, extra,
    [...colour].map(([s, c]) => el("span", {class: "legend-item"},
      swatch(c), iso(s))));
}

/** The timeline: per day, the incidents' summed low–high (a band), best (a bar) and each source's figure (dots). */
export function timelineChart(days, colour, width = 900) {
  const height = 280;
  const box = {left: 16, right: width - 48, top: 16, bottom: height - 34};
  const max = Math.max(1, ...days.map((d) => Math.max(d.high ?? 0, ...d.sources.values())));
  const top = ticks(max).at(-1);
  const slot = (box.right - box.left) / days.length;
  const x = (i) => box.right - (i + 0.5) * slot;
  const y = (v) => box.bottom - (v / top) * (box.bottom - box.top);
  const root = svg("svg", {viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "chart timeline",
                           "aria-label": "القتلى حسب اليوم والمصدر"});
  valueAxis(root, box, max, y);
  days.forEach((d, i) => root.append(daySlot(d, i, {x, y, slot, box}, colour)));
  root.append(svg("line", {x1: box.left, x2: box.right, y1: box.bottom, y2: box.bottom, class: "axis"}));
  dateAxis(root, days, box, x, slot);
  const span = el("p", {class: "small meta"}, "من ", el("bdi", {dir: "ltr"}, days[0].day), " إلى ", el("bdi", {dir: "ltr"}, days.at(-1).day),
    " · الأقدم إلى اليمين · لكل يوم مجموع حوادثه");
  return el("div", {class: "chart-box"}, root, span, legend(colour, [
    el("span", {class: "legend-item"}, el("span", {class: "swatch band"}), "المدى (أدنى–أعلى)"),
    el("span", {class: "legend-item"}, el("span", {class: "swatch best"}), "الأرجح")]));
}

function clip(text, size, room) {
  let s = String(text);
  while (s.length > 1 && measure(s, size) > room) s = s.slice(0, -2) + "…";
  return s;
}

/** Horizontal bars, one per row {source, value, incidents?, earlier?}: names on the right, bars leftwards. */
export function barChart(rows, colour, {width = 640, label = "", unit = ""} = {}) {
  const rowH = 28, height = rows.length * rowH + 12;
  const names = Math.min(width * 0.4, Math.max(...rows.map((r) => measure(r.source, FONT))) + 12);
  const right = width - names - 8, left = 56;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value, ...(r.earlier || []))));
  const len = (v) => (v / max) * (right - left);
  const root = svg("svg", {viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "chart bars",
                           "aria-label": label});
  rows.forEach((r, i) => {
    const y = 6 + i * rowH, mid = y + rowH / 2;
    root.append(svg("text", {x: width - 4, y: mid + FONT / 3, direction: "rtl", "text-anchor": "start",
                             "font-size": FONT, class: "name"}, clip(r.source, FONT, names - 12), svg("title", {}, r.source)),
      svg("rect", {x: right - len(r.value), y: y + 5, width: Math.max(1, len(r.value)), height: rowH - 10,
                   fill: colour.get(r.source) || PALETTE[PALETTE.length - 1], class: "bar",
                   "data-source": r.source, "data-value": r.value},
                   svg("title", {}, `${r.source}: ${r.value}`, r.incidents ? ` (حوادث: ${r.incidents})` : "")),
      svg("text", {x: right - len(r.value) - 6, y: mid + FONT / 3, direction: "ltr", "text-anchor": "end",
                   "font-size": FONT, class: "value"}, String(r.value)));
    for (const v of r.earlier || []) {
      root.append(svg("line", {x1: right - len(v), x2: right - len(v), y1: y + 2, y2: y + rowH - 2, class: "earlier",
                               "data-value": v}, svg("title", {}, `رقم سابق: ${v}`)));
    }
  });
  root.append(svg("line", {x1: right, x2: right, y1: 2, y2: height - 2, class: "axis"}));
  return el("div", {class: "chart-box"}, root, unit ? el("p", {class: "small meta"}, unit) : null);
}
