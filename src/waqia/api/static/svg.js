// SVG helpers shared by the map and the charts: elements built node by node
// (text only through textContent), text measured before it is placed, and
// boxes tested for overlap.  Nothing is fetched: no font, no library.

export const SVG = "http://www.w3.org/2000/svg";

// Bidi controls in article text are obeyed inside SVG text: they are dropped there.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** svg("rect", {x: 1}, child, "text"): an SVG element; strings become text nodes. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c).replace(BIDI, "")));
  }
  return node;
}

let context = null;

/** The width of `text` at `size` (any unit: widths scale with the size), in the page's font. */
export function measure(text, size) {
  if (!context) context = document.createElement("canvas").getContext("2d");
  const family = getComputedStyle(document.body).fontFamily || "sans-serif";
  context.font = `100px ${family}`;
  return context.measureText(String(text).replace(BIDI, "")).width * size / 100;
}

/** Whether two boxes {x, y, w, h} overlap (touching edges do not). */
export function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Eight colours told apart in print and by most colour-blind readers (Okabe–Ito and kin). */
export const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f3c8d", "#6b6b6b"];

/** Round numbers for an axis from 0 to at least `max`: [0, 5, 10, …]. */
export function ticks(max, count = 5) {
  const top = Math.max(1, max);
  const raw = top / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) || 10 * mag;
  const stepInt = Math.max(1, Math.round(step));
  const out = [];
  for (let v = 0; v < top + stepInt; v += stepInt) out.push(v);
  return out;
}
