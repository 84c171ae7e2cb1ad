// What the charts draw, computed from the incident records of GET /v1/incidents:
// each source's figure in an incident, the days of a timeline, per-source totals.
// A source's figure follows docs/incidents.md: one total per report (a figure for
// all parties when it is at least the sum of the per-party ones, else the sum),
// and of a source's reports the latest (the incident's doc_ids are in order).

export const UNSOURCED = "دون نسبة";

function sourceOf(c) {
  return (c.source && (c.source.name || c.source.text)) || UNSOURCED;
}

function reportTotal(claims) {
  const whole = [], parts = new Map();
  for (const c of claims) {
    const cat = (c.party && c.party.category) || "unknown";
    if (cat === "unknown") whole.push(c.value);
    else parts.set(cat, Math.max(parts.get(cat) ?? 0, c.value));
  }
  const sum = [...parts.values()].reduce((a, b) => a + b, 0);
  const top = whole.length ? Math.max(...whole) : null;
  return top !== null && top >= sum ? top : sum;
}

/** Map source -> its figure of `kind` in one incident (its latest report's total). */
export function sourceFigures(inc, kind = "killed") {
  const order = new Map((inc.doc_ids || []).map((d, i) => [d, i]));
  const reports = new Map();
  for (const c of inc.claims || []) {
    if (c.kind !== kind || typeof c.value !== "number") continue;
    const key = JSON.stringify([sourceOf(c), c.doc_id ?? ""]);
    if (!reports.has(key)) reports.set(key, []);
    reports.get(key).push(c);
  }
  const latest = new Map();
  for (const [key, claims] of reports) {
    const [source, doc] = JSON.parse(key);
    const when = order.get(doc) ?? -1;
    const value = reportTotal(claims);
    const old = latest.get(source);
    if (!old || when > old.when || (when === old.when && value > old.value)) latest.set(source, {when, value});
  }
  return new Map([...latest].map(([s, v]) => [s, v.value]));
}

function addDays(day, n) {
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every day from the first incident's to the last one's (at most `limit`), each with the
 *  summed low / best / high of its incidents and each source's summed figure. */
export function timelineDays(incidents, limit = 366) {
  const dated = incidents.filter((inc) => /^\d{4}-\d{2}-\d{2}$/.test(inc.date || ""));
  if (!dated.length) return [];
  const sorted = dated.map((inc) => inc.date).sort();
  const days = [];
  for (let d = sorted[0]; d <= sorted[sorted.length - 1] && days.length < limit; d = addDays(d, 1)) {
    days.push({day: d, count: 0, low: null, best: null, high: null, sources: new Map()});
  }
  const byDay = new Map(days.map((d) => [d.day, d]));
  for (const inc of dated) {
    const slot = byDay.get(inc.date);
    if (!slot) continue;
    slot.count += 1;
    const f = inc.fatalities || {};
    for (const k of ["low", "best", "high"]) {
      if (typeof f[k] === "number") slot[k] = (slot[k] ?? 0) + f[k];
    }
    for (const [s, v] of sourceFigures(inc)) slot.sources.set(s, (slot.sources.get(s) ?? 0) + v);
  }
  return days;
}

/** [{source, value, incidents}] over a list of incidents, largest total first. */
export function sourceTotals(incidents, kind = "killed") {
  const totals = new Map();
  for (const inc of incidents) {
    for (const [s, v] of sourceFigures(inc, kind)) {
      const t = totals.get(s) || {source: s, value: 0, incidents: 0};
      t.value += v;
      t.incidents += 1;
      totals.set(s, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.value - a.value || a.source.localeCompare(b.source));
}

/** Each source's figures in one incident, per kind: [{source, value, earlier: [values]}]. */
export function incidentComparison(inc, kind = "killed") {
  const earlier = new Map();
  for (const s of inc.series || []) {
    if (s.kind !== kind) continue;
    const name = s.source || UNSOURCED;
    earlier.set(name, [...(earlier.get(name) || []), ...(s.values || []).slice(0, -1).map((v) => v.value)]);
  }
  return [...sourceFigures(inc, kind)].map(([source, value]) => ({source, value, earlier: earlier.get(source) || []}))
    .sort((a, b) => b.value - a.value || a.source.localeCompare(b.source));
}
