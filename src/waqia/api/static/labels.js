// Arabic names for the English values of the data: ACLED event types and
// sub-types, date precisions and country codes.  The records keep the English
// (it is the contract); the page shows the Arabic, with the English as a tooltip.

import {el} from "./dom.js";
import {NAMES} from "./outlines.js";

export const EVENT_AR = {
  "Battles": "معارك",
  "Explosions/Remote violence": "تفجيرات وعنف عن بعد",
  "Violence against civilians": "عنف ضد المدنيين",
  "Protests": "احتجاجات",
  "Riots": "أعمال شغب",
  "Strategic developments": "تطورات استراتيجية",
};

export const SUB_AR = {
  "Armed clash": "اشتباك مسلح",
  "Government regains territory": "استعادة الحكومة أرضًا",
  "Non-state actor overtakes territory": "سيطرة جماعة غير حكومية على أرض",
  "Air/drone strike": "غارة جوية أو بمسيّرة",
  "Shelling/artillery/missile attack": "قصف مدفعي أو صاروخي",
  "Remote explosive/landmine/IED": "عبوة ناسفة أو لغم",
  "Suicide bomb": "تفجير انتحاري",
  "Grenade": "قنبلة يدوية",
  "Chemical weapon": "سلاح كيميائي",
  "Attack": "هجوم",
  "Abduction/forced disappearance": "خطف أو إخفاء قسري",
  "Sexual violence": "عنف جنسي",
  "Peaceful protest": "احتجاج سلمي",
  "Protest with intervention": "احتجاج مع تدخل",
  "Excessive force against protesters": "قوة مفرطة ضد محتجين",
  "Violent demonstration": "تظاهرة عنيفة",
  "Mob violence": "عنف جماعي",
  "Agreement": "اتفاق",
  "Arrests": "اعتقالات",
  "Change to group/activity": "تغيّر في جماعة أو نشاط",
  "Disrupted weapons use": "إحباط استخدام سلاح",
  "Headquarters or base established": "إقامة مقر أو قاعدة",
  "Looting/property destruction": "نهب أو تدمير ممتلكات",
  "Non-violent transfer of territory": "انتقال أرض دون عنف",
  "Other": "أخرى",
};

export const PRECISION_AR = {day: "باليوم", range: "مدى أيام", month: "بالشهر", unknown: "غير محدد"};

// Why a place was chosen (a location's `why`, docs/geocoding.md): what decided, and what introduced
// the name.  The English note of the record stays the tooltip.
export const WHY_AR = {
  only_candidate: "الوحيد بهذا الاسم في المعجم الجغرافي",
  country_name: "اسم دولة",
  container: "داخل المكان الذي يضعه فيه النص",
  named_region: "في المنطقة المذكورة قربه",
  near_other_places: "الأقرب إلى أماكن الخبر الأخرى",
  article_country: "في بلد أماكن الخبر",
  outlet_country: "في بلد الوسيلة الإعلامية",
  place_kind: "نوع المكان الذي تطلبه كلمة المكان",
  exact_name: "التهجئة المطابقة",
  population: "الأكبر سكانًا",
  tie: "تساوت القرائن",
  named_before: "المكان نفسه المذكور قبله",
  province_fallback: "المحافظة أو البلد فقط",
  unresolved: "لم يُحدَّد موقعه",
};
export const CUE_AR = {place_word: "كلمة مكان", preposition: "حرف جر", list_item: "ضمن قائمة", none: "دون قرينة"};

/** One short line under a place: «في بلدة» (كلمة مكان) · 3 أماكن بهذا الاسم · الأقرب إلى أماكن الخبر الأخرى; the English note is its tooltip. */
export function whyLine(why) {
  if (!why) return null;
  const cue = why.cue ? `«${why.cue}» (${CUE_AR[why.cue_type] || why.cue_type})` : (CUE_AR[why.cue_type] || "");
  const count = why.candidates ? `${why.candidates} ${why.candidates === 1 ? "مكان" : "أماكن"} بهذا الاسم`
    : "ليس في المعجم";
  return el("small", {class: "why", title: why.note || "", "data-chosen-by": why.chosen_by, dir: "rtl"},
    [cue, count, WHY_AR[why.chosen_by] || why.chosen_by].filter(Boolean).join(" · "));
}

/** An English value shown in Arabic, the English kept as its tooltip: «اشتباك مسلح». */
export function arabic(table, value) {
  if (!value) return el("span", {}, "؟");
  return el("span", {class: "term", title: value, "data-en": value}, table[value] || value);
}

/** «معارك — اشتباك مسلح» for an event or incident. */
export function typeLabel(record) {
  return [arabic(EVENT_AR, record.event_type), " — ", arabic(SUB_AR, record.sub_event_type)];
}

/** A country code as its Arabic name where the page knows it (SY → سوريا). */
export function countryName(code) {
  return (code && NAMES[code]) || code || "";
}
