// The incidents list with its filters, and one incident's view.

import {el, clear, iso, figure, KIND_AR, CATEGORY_AR} from "./dom.js";
import {get, query} from "./api.js";
import {renderClaimsTable, flatClaims} from "./cards.js";
import {renderMap} from "./map.js";
import {renderLinks, renderSeries} from "./links.js";
import {typeLabel, countryName} from "./labels.js";
import {timelineDays, sourceTotals, incidentComparison} from "./chartdata.js";
import {timelineChart, barChart, colours} from "./charts.js";

function filters(form) {
  const data = Object.fromEntries(new FormData(form).entries());
  if (data.country) data.country = data.country.toUpperCase();
  return data;
}

function place(inc) {
  const loc = (inc.locations || [])[0];
  return loc ? iso([loc.text || loc.name_ar || loc.name, loc.admin1, countryName(loc.country)].filter(Boolean).join("، ")) : "—";
}

/** The timeline of the listed incidents and each source's total, as SVG charts. */
function renderCharts(incidents) {
  const timeline = clear(document.getElementById("incident-timeline"));
  const comparison = clear(document.getElementById("source-comparison"));
  const days = timelineDays(incidents);
  const totals = sourceTotals(incidents);
  const colour = colours(totals.map((t) => t.source));
  if (!days.length) timeline.append(el("p", {class: "empty"}, "لا حوادث مؤرخة باليوم."));
  else timeline.append(timelineChart(days, colour, Math.max(480, timeline.clientWidth - 12)));
  if (!totals.length) comparison.append(el("p", {class: "empty"}, "لا أرقام للقتلى."));
  else comparison.append(barChart(totals, colour, {width: Math.max(360, comparison.clientWidth - 12),
    label: "مجموع القتلى حسب المصدر",
    unit: "لكل جهة رقمها الأخير في كل حادثة، مجموعًا على الحوادث المعروضة."}));
}

/** Fetch and list the incidents matching the filter form. */
export async function showIncidents(form, container) {
  const q = query(filters(form));
  for (const fmt of ["csv", "geojson"]) {
    const link = document.getElementById(`export-${fmt}`);
    if (link) link.href = `/v1/export${q ? q + "&" : "?"}format=${fmt}`;
  }
  clear(container).append(el("p", {}, "…"));
  const data = await get(`/v1/incidents${q}`);
  clear(container);
  renderCharts(data.incidents);
  if (!data.incidents.length) {
    container.append(el("p", {class: "empty"}, "لا حوادث تطابق التصفية."));
    return;
  }
  container.append(el("table", {class: "incidents", id: "incident-table"},
    el("thead", {}, el("tr", {}, ["التاريخ", "النوع", "المكان", "القتلى (أدنى–أعلى)", "المقالات", "المصادر"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, data.incidents.map((inc) => {
      const f = inc.fatalities || {};
      return el("tr", {},
        el("td", {}, el("a", {href: `#/incident/${encodeURIComponent(inc.incident_id)}`}, inc.date || "?")),
        el("td", {}, typeLabel(inc)),
        el("td", {}, place(inc)),
        el("td", {class: "num"}, `${f.best ?? "—"} (${f.low ?? "—"}–${f.high ?? "—"})`),
        el("td", {class: "num"}, String((inc.doc_ids || []).length)),
        el("td", {}, (inc.sources || []).map((s) => el("span", {class: "chip"}, iso(s)))));
    }))));
}

function disagreements(list) {
  if (!list || !list.length) return el("p", {class: "empty"}, "لا خلاف بين المصادر.");
  return el("table", {class: "disagreements"},
    el("thead", {}, el("tr", {}, el("th", {}, "النوع"), el("th", {}, "الطرف"), el("th", {}, "ما قالته المصادر"))),
    el("tbody", {}, list.map((d) => el("tr", {},
      el("td", {}, KIND_AR[d.kind] || d.kind), el("td", {}, CATEGORY_AR[d.party_category] || d.party_category),
      el("td", {}, (d.values || []).map((v) => el("span", {class: "chip"},
        figure({value: v.value}), " — ", iso(v.source || "دون نسبة"), " ",
        el("a", {href: `#/doc/${encodeURIComponent(v.doc_id || "")}`, class: "small"}, "↗"))))))));
}

/** Per kind, each source's figure in one incident as bars (earlier figures of its series as ticks). */
function comparison(inc) {
  const kinds = ["killed", "injured"].map((k) => [k, incidentComparison(inc, k)]).filter(([, rows]) => rows.length);
  if (!kinds.length) return el("p", {class: "empty"}, "لا أرقام.");
  const colour = colours([...new Set(kinds.flatMap(([, rows]) => rows.map((r) => r.source)))]);
  return kinds.map(([k, rows]) => el("div", {"data-kind": k}, el("h4", {}, KIND_AR[k]),
    barChart(rows, colour, {label: KIND_AR[k], unit: rows.some((r) => r.earlier.length)
      ? "الخط الرفيع: رقم سابق للمصدر نفسه." : ""})));
}

function placeChips(inc) {
  return el("p", {class: "chips", id: "incident-places"}, (inc.locations || []).map((l) => el("span", {class: "chip"},
    iso(l.text || l.name_ar || l.name), " ",
    el("small", {}, el("bdi", {dir: "rtl"}, [l.admin1, countryName(l.country)].filter(Boolean).join("، "))))));
}

/** One incident: its articles, sources, disagreements and low/best/high. */
export async function showIncident(id, container) {
  clear(container).append(el("p", {}, "…"));
  const inc = await get(`/v1/incidents/${encodeURIComponent(id)}`);
  const f = inc.fatalities || {};
  const map = el("div", {class: "map", id: "incident-map"});
  const claims = el("div", {});
  clear(container).append(
    el("h2", {}, typeLabel(inc), " · ", iso(inc.date || "؟")),
    el("p", {class: "fatalities"}, `القتلى: أدنى ${f.low ?? "—"} · أرجح ${f.best ?? "—"} · أعلى ${f.high ?? "—"}`),
    el("h3", {}, "الخلاصة"), el("p", {class: "notes", id: "incident-notes-ar"}, iso(inc.notes_ar || "")),
    el("p", {class: "notes", id: "incident-notes", dir: "ltr", lang: "en"}, inc.notes || ""),
    el("h3", {}, "الأماكن"), placeChips(inc),
    map,
    el("h3", {}, "المقالات"), el("ul", {}, (inc.doc_ids || []).map((d) =>
      el("li", {}, el("a", {href: `#/doc/${encodeURIComponent(d)}`}, iso(d))))),
    el("h3", {}, "المصادر"), el("p", {}, (inc.sources || []).map((s) => el("span", {class: "chip"}, iso(s)))),
    el("h3", {}, "الخلافات"), disagreements(inc.disagreements),
    el("h3", {}, "مقارنة المصادر"), el("div", {id: "incident-comparison"}, comparison(inc)),
    el("h3", {}, "تطور الأرقام"), renderSeries(inc),
    el("h3", {}, "لماذا اجتمعت المقالات"), renderLinks(inc),
    el("h3", {}, "الأرقام حسب المصدر"), claims);
  renderMap(map, inc);
  renderClaimsTable(claims, flatClaims(inc));
}
