// The article with its highlighted spans, linked to the event cards.

import {el, clear, codePoints} from "./dom.js";

export const LABELS = {
  claim: "رقم", party: "طرف", source: "مصدر", place: "مكان", date: "تاريخ",
};

function push(spans, item, kind, ev, target) {
  if (!item || item.start === null || item.start === undefined || item.end === null || item.end === undefined) return;
  if (item.end <= item.start) return;
  spans.push({start: item.start, end: item.end, kind, ev, target});
}

/** Every span of a record: {start, end, kind, ev, target}. */
export function collectSpans(record) {
  const spans = [];
  (record.events || []).forEach((ev, i) => {
    push(spans, ev.date_span, "date", i, `ev-${i}`);
    (ev.locations || []).forEach((loc) => push(spans, loc, "place", i, `ev-${i}`));
    (ev.actors || []).forEach((a) => push(spans, a, "party", i, `ev-${i}`));
    (ev.claims || []).forEach((c, j) => {
      const target = `cl-${i}-${j}`;
      push(spans, c, "claim", i, target);
      push(spans, c.party, "party", i, target);
      push(spans, c.source, "source", i, target);
    });
  });
  return spans;
}

/** Cut [0, n) at every span edge; each piece knows its innermost span. */
export function segments(n, spans) {
  const cuts = new Set([0, n]);
  for (const s of spans) {
    if (s.start < n) cuts.add(Math.max(0, s.start));
    if (s.end <= n) cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const a = edges[k], b = edges[k + 1];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    over.sort((x, y) => (x.end - x.start) - (y.end - y.start));
    out.push({start: a, end: b, spans: over});
  }
  return out;
}

function flash(id) {
  const node = document.getElementById(id);
  if (!node) return;
  node.scrollIntoView({block: "nearest", behavior: "smooth"});
  node.classList.add("flash");
  setTimeout(() => node.classList.remove("flash"), 1200);
}

/** Render `text` into `container` with the record's spans highlighted. */
export function renderArticle(container, text, record) {
  clear(container);
  const cps = codePoints(text);
  const spans = collectSpans(record);
  for (const seg of segments(cps.length, spans)) {
    const piece = cps.slice(seg.start, seg.end).join("");
    if (!seg.spans.length) {
      container.append(el("span", {class: "plain"}, piece));
      continue;
    }
    const top = seg.spans[0];
    const kinds = [...new Set(seg.spans.map((s) => s.kind))];
    container.append(el("mark", {
      class: `hl hl-${top.kind}`, "data-kinds": kinds.join(" "), "data-ev": String(top.ev),
      "data-start": String(seg.start), "data-end": String(seg.end),
      title: kinds.map((k) => LABELS[k]).join("، "), tabindex: "0",
      onclick: () => flash(top.target),
    }, piece));
  }
}

export function renderLegend(container) {
  clear(container);
  for (const [kind, label] of Object.entries(LABELS)) {
    container.append(el("span", {class: `hl hl-${kind}`}, label), " ");
  }
}
