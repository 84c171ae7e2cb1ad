// The review loop: a coder corrects the reading and saves it.  The saved
// review is stored beside the machine reading, which is never changed; each
// item says whether it is the machine's, edited (with the machine's values
// kept), added or deleted.

import {el, clear, iso, KIND_AR, CATEGORY_AR} from "./dom.js";
import {post} from "./api.js";
import {EVENT_AR, SUB_AR} from "./labels.js";

const EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians",
  "Protests", "Riots", "Strategic developments"];
const SUB_TYPES = ["Armed clash", "Government regains territory", "Non-state actor overtakes territory",
  "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
  "Grenade", "Chemical weapon", "Attack", "Abduction/forced disappearance", "Sexual violence",
  "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
  "Violent demonstration", "Mob violence", "Agreement", "Arrests", "Change to group/activity",
  "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
  "Non-violent transfer of territory", "Other"];
const STATUS_AR = {machine: "آلي", edited: "مصحَّح", added: "مضاف", deleted: "محذوف"};
const FIELDS = {
  claim: ["kind", "value", "approx", "party_category", "source"],
  location: ["text", "country", "admin1"],
  event: ["event_type", "sub_event_type", "date"],
};

const LABELS = {...KIND_AR, ...CATEGORY_AR};
let state = null;

function touch(item, kind) {
  if (item.status === "machine") {
    item.machine = Object.fromEntries(FIELDS[kind].map((f) => [f, item[f] ?? null]));
    item.status = "edited";
  }
}

function setter(item, kind, field, convert) {
  return (e) => {
    const raw = e.target.type === "checkbox" ? e.target.checked : e.target.value;
    touch(item, kind);
    item[field] = convert ? convert(raw) : raw;
    render();
  };
}

const orNull = (v) => (v === "" ? null : v);
const toInt = (v) => (v === "" ? null : Math.max(0, parseInt(v, 10)));
const upper = (v) => (v === "" ? null : v.toUpperCase());

function select(options, value, onchange, labels) {
  return el("select", {onchange}, options.map((o) =>
    el("option", {value: o, selected: o === value}, labels ? labels[o] || o : o)));
}

function badge(item, kind) {
  const parts = [el("span", {class: `badge status-${item.status}`}, STATUS_AR[item.status] || item.status)];
  if (item.status === "edited" && item.machine) {
    const show = (v) => (v === null || v === undefined || v === "" ? "—" : v === true ? "✓" : v === false ? "✗" : v);
    const was = FIELDS[kind].filter((f) => f in item.machine && item.machine[f] !== item[f])
      .map((f) => show(LABELS[item.machine[f]] ?? item.machine[f]));
    if (was.length) parts.push(el("small", {class: "was"}, "آليًا: ", iso(was.join(" · "))));
  }
  return parts;
}

function toggle(item, list) {
  return el("button", {type: "button", class: "small", onclick: () => {
    if (item.status === "added") list.splice(list.indexOf(item), 1);
    else if (item.status === "deleted") item.status = item.machine ? "edited" : "machine";
    else item.status = "deleted";
    render();
  }}, item.status === "deleted" ? "استرجاع" : "حذف");
}

function claimRow(c, list) {
  return el("tr", {class: `rv-claim status-${c.status}`},
    el("td", {}, select(Object.keys(KIND_AR), c.kind, setter(c, "claim", "kind"), KIND_AR)),
    el("td", {}, el("input", {type: "number", min: "0", class: "rv-value", value: c.value ?? "",
                              onchange: setter(c, "claim", "value", toInt)})),
    el("td", {}, el("label", {}, el("input", {type: "checkbox", checked: !!c.approx,
                                              onchange: setter(c, "claim", "approx")}), " تقريبي")),
    el("td", {}, select(Object.keys(CATEGORY_AR), c.party_category, setter(c, "claim", "party_category"), CATEGORY_AR)),
    el("td", {}, el("input", {dir: "auto", class: "rv-source", value: c.source ?? "",
                              placeholder: "دون نسبة", onchange: setter(c, "claim", "source", orNull)})),
    el("td", {}, badge(c, "claim")), el("td", {}, toggle(c, list)));
}

function placeRow(p, list) {
  return el("tr", {class: `rv-place status-${p.status}`},
    el("td", {}, el("input", {dir: "auto", value: p.text ?? "", class: "rv-place-text",
                              onchange: setter(p, "location", "text")})),
    el("td", {}, el("input", {dir: "ltr", maxlength: "2", size: "3", value: p.country ?? "",
                              placeholder: "SY", onchange: setter(p, "location", "country", upper)})),
    el("td", {}, el("input", {dir: "ltr", value: p.admin1 ?? "", placeholder: "Idlib",
                              onchange: setter(p, "location", "admin1", orNull)})),
    el("td", {}, badge(p, "location")), el("td", {}, toggle(p, list)));
}

function eventBlock(ev, i) {
  const events = state.review.events;
  const sub = ev.sub_event_type || "";
  const subs = SUB_TYPES.includes(sub) ? SUB_TYPES : [sub, ...SUB_TYPES];  // "" (none) or one not in the list
  return el("fieldset", {class: `rv-event status-${ev.status}`},
    el("legend", {}, `الحدث ${i + 1} `, badge(ev, "event"), " ", toggle(ev, events)),
    el("div", {class: "rv-row"},
      el("label", {}, "النوع ", select(EVENT_TYPES, ev.event_type, setter(ev, "event", "event_type"), EVENT_AR)),
      el("label", {}, "النوع الفرعي ", select(subs, ev.sub_event_type, setter(ev, "event", "sub_event_type", orNull),
        SUB_AR)),
      el("label", {}, "التاريخ ", el("input", {type: "date", value: ev.date ?? "",
        onchange: setter(ev, "event", "date", orNull)}))),
    el("table", {class: "rv-claims"}, el("tbody", {}, ev.claims.map((c) => claimRow(c, ev.claims)))),
    el("button", {type: "button", class: "small add-claim", onclick: () => {
      ev.claims.push({kind: "killed", value: null, approx: false, party_category: "unknown", source: null,
                      source_alt: [], status: "added"});
      render();
    }}, "+ رقم"),
    el("table", {class: "rv-places"}, el("tbody", {}, ev.locations.map((p) => placeRow(p, ev.locations)))),
    el("button", {type: "button", class: "small", onclick: () => {
      ev.locations.push({text: "?", country: null, admin1: null, status: "added"});
      render();
    }}, "+ مكان"));
}

function banner(info) {
  if (!info.corrected) return el("p", {class: "review-state"}, "القراءة الآلية، لم تُراجَع بعد.");
  return el("p", {class: "review-state corrected", id: "review-banner"},
    "قراءة مصحَّحة، حفظها ", iso(info.author), " ", iso(info.saved_at || ""),
    ` (${info.corrections} تصحيح). القراءة الآلية محفوظة كما هي أعلاه.`);
}

async function save(status) {
  const author = document.getElementById("review-author").value.trim();
  if (!author) {
    status.textContent = "اكتب اسم المراجِع قبل الحفظ.";
    return;
  }
  try {
    await post(`/v1/documents/${encodeURIComponent(state.docId)}/corrections`, {author, review: state.review});
    state.onSaved();
  } catch (e) {
    status.textContent = "تعذّر الحفظ: " + e.message;
  }
}

function render() {
  const {container, review, info} = state;
  clear(container);
  const status = el("p", {class: "error", id: "review-error"});
  container.append(banner(info),
    el("label", {}, el("input", {type: "checkbox", checked: review.relevant, id: "review-relevant",
      onchange: (e) => { review.relevant = e.target.checked; }}), " الخبر يروي حدثًا"),
    ...review.events.map((ev, i) => eventBlock(ev, i)),
    el("button", {type: "button", class: "small", onclick: () => {
      review.events.push({event_id: null, event_type: "Battles", sub_event_type: "Armed clash", date: null,
                          status: "added", locations: [], actors: [], claims: []});
      render();
    }}, "+ حدث"),
    el("label", {class: "wide"}, "ملاحظة", el("textarea", {dir: "auto", rows: "2", value: review.note ?? "",
      oninput: (e) => { review.note = e.target.value || null; }})),
    el("div", {class: "actions"},
      el("label", {}, "المراجِع ", el("input", {id: "review-author", dir: "auto",
        value: localStorage.getItem("waqia-author") || "",
        onchange: (e) => localStorage.setItem("waqia-author", e.target.value)})),
      el("button", {type: "button", id: "save-review", onclick: () => save(status)}, "احفظ التصحيح")),
    status);
}

/** Show the review editor for a stored document (info: GET /v1/documents/{id}/review). */
export function renderReview(container, docId, info, onSaved) {
  state = {container, docId, info, review: structuredClone(info.review), onSaved};
  render();
}
