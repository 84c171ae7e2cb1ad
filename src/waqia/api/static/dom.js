// DOM helpers.  Article text is untrusted: it only ever reaches the page as
// text nodes (textContent), never as HTML, and bidi embedding / override /
// isolate controls are shown as visible markers instead of being obeyed.

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_NAMES = {
  "\u202A": "LRE", "\u202B": "RLE", "\u202C": "PDF", "\u202D": "LRO", "\u202E": "RLO",
  "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
};

/** Build an element: el("td", {class: "x", title: t}, child, "text", ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "value" || (name in node && typeof value !== "string")) node[name] = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : safeText(String(child)));
  }
  return node;
}

/** Text as a fragment of text nodes, with bidi controls made visible and inert. */
export function safeText(text) {
  const frag = document.createDocumentFragment();
  let buf = "";
  for (const ch of text) {
    if (BIDI.test(ch)) {
      if (buf) frag.append(document.createTextNode(buf));
      buf = "";
      frag.append(el("span", {class: "ctl", title: "bidi control " + BIDI_NAMES[ch]}, BIDI_NAMES[ch]));
    } else {
      buf += ch;
    }
  }
  if (buf) frag.append(document.createTextNode(buf));
  return frag;
}

/** A piece of untrusted text isolated from its surroundings (dir=auto, bdi). */
export function iso(text, cls) {
  return el("bdi", {dir: "auto", class: cls || null}, text === null || text === undefined ? "—" : String(text));
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function $(id) {
  return document.getElementById(id);
}

/** Python string offsets count code points; JS strings count UTF-16 units. */
export function codePoints(text) {
  return Array.from(text || "");
}

export const KIND_AR = {
  killed: "قتلى", injured: "جرحى", captured: "أسرى/معتقلون", missing: "مفقودون", participants: "مشاركون",
};
export const CATEGORY_AR = {
  state_forces: "قوات حكومية", armed_group: "جماعة مسلحة", civilians: "مدنيون", unknown: "غير محدد",
};
export const ROLE_AR = {initiator: "المهاجم", target: "المستهدف", other: "طرف آخر"};

/** A figure as written: 40, ~50, 20–99, or the vague words. */
export function figure(c) {
  if (c.value !== null && c.value !== undefined) return (c.approx ? "~" : "") + c.value;
  if (c.low !== null && c.low !== undefined) return c.low + "–" + (c.high ?? "…");
  return c.vague || "?";
}
