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
