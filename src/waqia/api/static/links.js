// Why each document of an incident joined it (the incident's `links`: per linked
// pair, the later document, the one it is linked to, the score and the weight of
// each feature), and how one source's figures rose (the incident's `series`).
// See docs/incidents.md.

import {el, iso, KIND_AR, CATEGORY_AR} from "./dom.js";

export const FEATURE_AR = {
  place: "المكان", day: "اليوم", type: "النوع", actors: "الأطراف", figures: "الأرقام",
  weekday: "يوم الأسبوع", text: "النص", calendar: "التاريخ",
};

function signed(w) {
  return (w > 0 ? "+" : w < 0 ? "−" : "") + Math.abs(w);
}

function docLink(docId) {
  return el("a", {href: `#/doc/${encodeURIComponent(docId || "")}`}, iso(docId));
}

/** One link: the document it ties to, the score and each feature's weight. */
function linkItem(link, other) {
  const features = Object.entries(link.features || {}).filter(([, w]) => w);
  return el("li", {class: "link"},
    "مرتبط بـ ", docLink(other), ": الدرجة ", el("strong", {}, String(link.score)), " ",
    features.map(([name, w]) => el("span", {class: "chip", title: name, "data-feature": name},
      FEATURE_AR[name] || name, " ", el("span", {dir: "ltr"}, signed(w)))));
}

/** Per document, the links through which it joined the incident (the later document of each pair). */
export function renderLinks(inc) {
  const links = inc.links || [];
  if ((inc.doc_ids || []).length < 2) return el("p", {class: "empty"}, "تقرير واحد فقط.");
  return el("ul", {class: "links", id: "incident-links"}, (inc.doc_ids || []).map((d) => {
    const joined = links.filter((l) => l.doc_id === d);
    const earlier = links.filter((l) => l.linked_to && l.linked_to.doc_id === d).map((l) => l.doc_id);
    return el("li", {"data-doc": d}, docLink(d), joined.length
      ? el("ul", {}, joined.map((l) => linkItem(l, l.linked_to && l.linked_to.doc_id)))
      : el("span", {class: "small"}, " — أول تقرير؛ ارتبط به: ", earlier.map((x) => [docLink(x), " "])));
  }));
}

/** Each source whose figure changed across its reports, in the order reported. */
export function renderSeries(inc) {
  const list = inc.series || [];
  if (!list.length) return el("p", {class: "empty"}, "لم يغيّر أي مصدر أرقامه.");
  return el("ul", {class: "series", id: "incident-series"}, list.map((s) => el("li", {},
    iso(s.source || "دون نسبة"), " — ", KIND_AR[s.kind] || s.kind, " (", CATEGORY_AR[s.party_category] || s.party_category, "): ",
    (s.values || []).map((v, i) => [i ? " ← " : "", el("span", {class: "chip"}, String(v.value), " ",
      el("small", {}, iso(v.published || v.doc_id)))]))));
}
