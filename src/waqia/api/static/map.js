// The map: country outlines and the resolved places, drawn in SVG from
// coordinates.  No tiles, no network.

import {el, clear} from "./dom.js";
import {OUTLINES, NAMES} from "./outlines.js";
import {svg, measure, overlaps} from "./svg.js";

const SCALE = 10;

/** Places with coordinates from a record or an incident: [{lat, lon, label, country}]. */
export function placesOf(record) {
  const events = record.events || [record];
  const out = [], seen = new Set();
  for (const ev of events) {
    for (const loc of ev.locations || []) {
      const key = `${loc.lat},${loc.lon},${loc.text || loc.name}`;
      if (typeof loc.lat === "number" && typeof loc.lon === "number" && !seen.has(key)) {
        seen.add(key);
        out.push({lat: loc.lat, lon: loc.lon, label: loc.text || loc.name_ar || loc.name || "",
                  name: loc.name || "", country: loc.country});
      }
    }
  }
  return out;
}

function bounds(points, codes) {
  const xs = [], ys = [];
  for (const code of codes) for (const [lon, lat] of OUTLINES[code] || []) { xs.push(lon); ys.push(lat); }
  for (const p of points) { xs.push(p.lon); ys.push(p.lat); }
  if (!xs.length) for (const ring of Object.values(OUTLINES)) for (const [lon, lat] of ring) { xs.push(lon); ys.push(lat); }
  const pad = 0.6;
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

// Where a label may go around its point: above, below, to either side, then further out.
const SPOTS = [[0, -1], [0, 1], [1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1], [0, -2], [0, 2]];

/** A label for one point where it overlaps no point and no label placed before it, inside the
 *  map; null when there is no such spot (the point's tooltip still names it). */
function placeLabel(m, r, taken, frame) {
  const size = r * 3, gap = r * 1.4;
  const width = measure(m.p.label, size) + size * 0.3, height = size * 1.2;
  for (const [dx, dy] of SPOTS) {
    const cx = m.x + dx * (gap + width / 2), cy = m.y + dy * (gap + height / 2);
    const box = {x: cx - width / 2, y: cy - height / 2, w: width, h: height};
    if (box.x < 0 || box.y < 0 || box.x + box.w > frame.w || box.y + box.h > frame.h) continue;
    if (taken.some((t) => overlaps(box, t))) continue;
    taken.push(box);
    return svg("text", {x: cx.toFixed(2), y: (cy + size * 0.35).toFixed(2), "font-size": size.toFixed(2),
                        "text-anchor": "middle"}, m.p.label);
  }
  return null;
}

/** Draw the map of `record`'s places into `container`. */
export function renderMap(container, record) {
  clear(container);
  const points = placesOf(record);
  const codes = new Set(points.map((p) => p.country).filter((c) => OUTLINES[c]));
  if (codes.has("PS")) codes.add("PS_GAZA");
  const [x0, y0, x1, y1] = bounds(points, codes);
  const k = Math.cos(((y0 + y1) / 2) * Math.PI / 180);
  const px = (lon) => ((lon - x0) * k * SCALE).toFixed(2);
  const py = (lat) => ((y1 - lat) * SCALE).toFixed(2);
  const w = (x1 - x0) * k * SCALE, h = (y1 - y0) * SCALE;
  const root = svg("svg", {viewBox: `0 0 ${w.toFixed(1)} ${h.toFixed(1)}`, role: "img",
                           "aria-label": "خريطة الأماكن", class: "map-svg"});
  root.append(svg("rect", {x: 0, y: 0, width: w.toFixed(1), height: h.toFixed(1), class: "sea"}));
  for (const [code, ring] of Object.entries(OUTLINES)) {
    const d = ring.map(([lon, lat], i) => `${i ? "L" : "M"}${px(lon)},${py(lat)}`).join("") + "Z";
    root.append(svg("path", {d, class: codes.has(code) ? "land focus" : "land", "data-country": code},
                    svg("title", {}, NAMES[code] || code)));
  }
  const r = Math.max(w, h) / 90;
  const marks = points.map((p) => ({p, x: +px(p.lon), y: +py(p.lat)}));
  const taken = marks.map((m) => ({x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r}));
  const frame = {w, h};
  for (const m of marks) {
    const g = svg("g", {class: "place"});
    g.append(svg("circle", {cx: m.x.toFixed(2), cy: m.y.toFixed(2), r: r.toFixed(2),
                            "data-lat": m.p.lat, "data-lon": m.p.lon},
                 svg("title", {}, `${m.p.label} ${m.p.name} (${m.p.lat}, ${m.p.lon})`)));
    const label = placeLabel(m, r, taken, frame);
    if (label) g.append(label);
    root.append(g);
  }
  container.append(root);
  if (!points.length) container.append(el("p", {class: "empty"}, "لا إحداثيات للأماكن المقروءة."));
}
