// Event cards and the claims table (each source's figures side by side).

import {el, clear, iso, figure, KIND_AR, CATEGORY_AR, ROLE_AR} from "./dom.js";
import {typeLabel, countryName, PRECISION_AR, whyLine} from "./labels.js";

export const NO_SOURCE = "دون نسبة (صوت الخبر)";

function sourceName(c) {
  return (c.source && (c.source.name || c.source.text)) || null;
}

function fatalities(f) {
  if (!f) return "—";
  return `أدنى ${f.low ?? "—"} · أرجح ${f.best ?? "—"} · أعلى ${f.high ?? "—"}`;
}

function row(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function claimRow(c, id) {
  return el("tr", {id},
    el("td", {}, KIND_AR[c.kind] || c.kind),
    el("td", {class: "num"}, figure(c)),
    el("td", {}, c.party && c.party.text ? iso(c.party.text) : "", " ",
       el("small", {}, CATEGORY_AR[(c.party || {}).category] || "")),
    el("td", {}, sourceName(c) ? iso(sourceName(c), "src") : el("small", {}, NO_SOURCE),
       c.source && c.source.relay ? el("small", {}, " عبر ", iso(c.source.relay)) : ""));
}

/** One card per event of a document record. */
export function renderEvents(container, record) {
  clear(container);
  const events = record.events || [];
  if (!events.length) container.append(el("p", {class: "empty"}, "لم يُقرأ أي حدث في هذا النص."));
  events.forEach((ev, i) => {
    const places = (ev.locations || []).map((l) => el("span", {class: "chip"}, iso(l.text || l.name_ar), " ",
      el("small", {}, el("bdi", {dir: "rtl"}, [l.name, l.admin1, countryName(l.country)].filter(Boolean).join("، "))),
      whyLine(l.why)));
    const actors = (ev.actors || []).map((a) => el("span", {class: "chip"}, iso(a.text || a.name),
      el("small", {}, " ", ROLE_AR[a.role] || a.role, "، ", CATEGORY_AR[a.category] || a.category)));
    container.append(el("article", {class: "card", id: `ev-${i}`, "data-event-id": ev.event_id},
      el("h3", {}, typeLabel(ev)),
      el("dl", {},
        row("التاريخ", iso(ev.date || "غير معروف"), " ", el("small", {title: ev.date_precision || ""},
          PRECISION_AR[ev.date_precision] || ev.date_precision || "")),
        row("الأماكن", el("span", {class: "chips"}, places)),
        row("الأطراف", el("span", {class: "chips"}, actors)),
        row("القتلى", fatalities(ev.fatalities)),
        row("المصادر", ...(ev.sources || []).map((s) => el("span", {class: "chip"}, iso(s))))),
      el("table", {class: "claims"},
        el("thead", {}, el("tr", {}, el("th", {}, "النوع"), el("th", {}, "الرقم"),
          el("th", {}, "الطرف"), el("th", {}, "المصدر"))),
        el("tbody", {}, (ev.claims || []).map((c, j) => claimRow(c, `cl-${i}-${j}`))))));
  });
}

/** Claims flattened: [{claim, source, docId}] from a record or an incident. */
export function flatClaims(record) {
  if (record.claims) return record.claims.map((c) => ({c, doc: c.doc_id}));
  return (record.events || []).flatMap((ev) => (ev.claims || []).map((c) => ({c, doc: record.doc_id})));
}

function addFigure(list, c) {
  const same = list.find((x) => x.value !== null && x.value !== undefined && x.value === c.value);
  if (!same) list.push(c);
  else if (same.approx && !c.approx) list.splice(list.indexOf(same), 1, c);
}

/** Rows (kind, party category) by columns (sources): figures side by side.
 *  A figure one source gives both exactly and approximately is shown once, exact. */
export function renderClaimsTable(container, items) {
  clear(container);
  if (!items.length) {
    container.append(el("p", {class: "empty"}, "لا أرقام."));
    return;
  }
  const sources = [...new Set(items.map(({c}) => sourceName(c) || NO_SOURCE))];
  const relays = new Map(sources.map((s) => [s, new Set()]));
  const rows = new Map();
  for (const {c} of items) {
    const key = `${c.kind}|${(c.party || {}).category || "unknown"}`;
    const src = sourceName(c) || NO_SOURCE;
    if (c.source && c.source.relay) relays.get(src).add(c.source.relay);
    if (!rows.has(key)) rows.set(key, new Map());
    const cells = rows.get(key);
    if (!cells.has(src)) cells.set(src, []);
    addFigure(cells.get(src), c);
  }
  const head = el("tr", {}, el("th", {}, "النوع"), el("th", {}, "الطرف"),
    sources.map((s) => el("th", {class: "source-col"}, iso(s, "src-name"),
      [...relays.get(s)].map((r) => el("small", {}, " عبر ", iso(r, "src-relay"))))));
  const body = [...rows.entries()].map(([key, cells]) => {
    const [kind, cat] = key.split("|");
    return el("tr", {}, el("td", {}, KIND_AR[kind] || kind), el("td", {}, CATEGORY_AR[cat] || cat),
      sources.map((s) => el("td", {class: "num"}, (cells.get(s) || []).map((c, i) =>
        [i ? "، " : "", el("span", {class: "fig", "data-kind": kind, "data-party": cat, "data-source": s,
                                   "data-value": String(c.value ?? "")}, figure(c))]))));
  });
  container.append(el("table", {class: "side-by-side", id: "sources-table"},
    el("thead", {}, head), el("tbody", {}, body)));
}
