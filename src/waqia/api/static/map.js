// The map: country outlines and the resolved places, drawn in SVG from
// coordinates.  No tiles, no network.

import {el, clear} from "./dom.js";
import {OUTLINES, NAMES} from "./outlines.js";

const SVG = "http://www.w3.org/2000/svg";
const SCALE = 10;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** Places with coordinates from a record or an incident: [{lat, lon, label, country}]. */
export function placesOf(record) {
  const events = record.events || [record];
  const out = [];
  for (const ev of events) {
    for (const loc of ev.locations || []) {
      if (typeof loc.lat === "number" && typeof loc.lon === "number") {
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
  points.forEach((p) => {
    const g = svg("g", {class: "place"});
    g.append(svg("circle", {cx: px(p.lon), cy: py(p.lat), r: r.toFixed(2), "data-lat": p.lat, "data-lon": p.lon},
                 svg("title", {}, `${p.label} ${p.name} (${p.lat}, ${p.lon})`)));
    const label = svg("text", {x: px(p.lon), y: (py(p.lat) - r * 1.6).toFixed(2),
                               "font-size": (r * 3).toFixed(2), "text-anchor": "middle"});
    label.textContent = p.label.replace(/[\u202A-\u202E\u2066-\u2069]/g, "");
    g.append(label);
    root.append(g);
  });
  container.append(root);
  if (!points.length) container.append(el("p", {class: "empty"}, "لا إحداثيات للأماكن المقروءة."));
}
