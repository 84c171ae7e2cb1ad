"""The grid of speaker constructions of the thirty-second round (#10): one casualty sentence each, our own
words, built by combining the reporting verb, the speaker's shape, the speaker's position, the complement
and relays.  Each cell names the figure it gives and the speaker a careful coder writes for it (GUIDELINES
«source»: the name the sentence uses; a relay, a spokesman's body and the like in ``alts``).

Read by tests/test_sources_grid32.py.
"""

from __future__ import annotations

from itertools import cycle
from typing import Any, NamedTuple


class Event(NamedTuple):
    """One casualty event in three forms: a clause after «أن/إن», a verbal noun, a finite sentence."""

    that: str
    noun: str
    said: str


EVENTS = [
    Event("{n} مدنيين قتلوا في قصف مدفعي استهدف بلدة كفرنبل جنوبي إدلب",
          "مقتل {n} مدنيين في قصف مدفعي استهدف بلدة كفرنبل جنوبي إدلب",
          "قتل {n} مدنيين في قصف مدفعي استهدف بلدة كفرنبل جنوبي إدلب"),
    Event("{n} من عناصر الحشد الشعبي قتلوا بهجوم لتنظيم داعش في قضاء الطارمية",
          "مقتل {n} من عناصر الحشد الشعبي بهجوم لتنظيم داعش في قضاء الطارمية",
          "قتل {n} من عناصر الحشد الشعبي بهجوم لتنظيم داعش في قضاء الطارمية"),
    Event("{n} أشخاص أصيبوا بجروح جراء سقوط قذيفة على حي سكني في مدينة تعز",
          "إصابة {n} أشخاص بجروح جراء سقوط قذيفة على حي سكني في مدينة تعز",
          "أصيب {n} أشخاص بجروح جراء سقوط قذيفة على حي سكني في مدينة تعز"),
    Event("{n} جنود صوماليين قتلوا في تفجير استهدف قاعدة عسكرية في إقليم شبيلي السفلى",
          "مقتل {n} جنود صوماليين في تفجير استهدف قاعدة عسكرية في إقليم شبيلي السفلى",
          "قتل {n} جنود صوماليين في تفجير استهدف قاعدة عسكرية في إقليم شبيلي السفلى"),
    Event("{n} فلسطينيين استشهدوا في غارة إسرائيلية على منزل في خان يونس",
          "استشهاد {n} فلسطينيين في غارة إسرائيلية على منزل في خان يونس",
          "استشهد {n} فلسطينيين في غارة إسرائيلية على منزل في خان يونس"),
    Event("{n} جنود ماليين قتلوا في كمين نصبه مسلحون قرب مدينة موبتي",
          "مقتل {n} جنود ماليين في كمين نصبه مسلحون قرب مدينة موبتي",
          "قتل {n} جنود ماليين في كمين نصبه مسلحون قرب مدينة موبتي"),
    Event("{n} مدنيين قتلوا في هجوم لقوات الدعم السريع على قرية قرب مدينة الفاشر",
          "مقتل {n} مدنيين في هجوم لقوات الدعم السريع على قرية قرب مدينة الفاشر",
          "قتل {n} مدنيين في هجوم لقوات الدعم السريع على قرية قرب مدينة الفاشر"),
    Event("{n} مسلحين اعتقلوا خلال مداهمة في مدينة الزاوية غربي طرابلس",
          "اعتقال {n} مسلحين خلال مداهمة في مدينة الزاوية غربي طرابلس",
          "اعتقل {n} مسلحين خلال مداهمة في مدينة الزاوية غربي طرابلس"),
]


class Verb(NamedTuple):
    """A reporting verb: its masculine and feminine perfect, and the complements it takes."""

    key: str
    masc: str
    fem: str
    frames: tuple[str, ...]


# complements: in «إن», an «أن», vn a verbal noun, bian «بأن», bivn «ب» + verbal noun, ilaan «إلى أن»,
# ilavn «إلى» + verbal noun, anvn «عن» + verbal noun, colon «:» and a quote
VERBS = [
    Verb("qala", "قال", "قالت", ("in", "colon")),
    Verb("alan", "أعلن", "أعلنت", ("an", "vn")),
    Verb("afad", "أفاد", "أفادت", ("bian", "bivn")),
    Verb("dhakar", "ذكر", "ذكرت", ("an",)),
    Verb("akkad", "أكد", "أكدت", ("an", "vn")),
    Verb("awdah", "أوضح", "أوضحت", ("an",)),
    Verb("adaf", "أضاف", "أضافت", ("an",)),
    Verb("tabaa", "تابع", "تابعت", ("an", "colon")),
    Verb("lafat", "لفت", "لفتت", ("ilaan",)),
    Verb("ashar", "أشار", "أشارت", ("ilaan", "ilavn")),
    Verb("kashaf", "كشف", "كشفت", ("anvn",)),
    Verb("sarrah", "صرح", "صرحت", ("bian",)),
    Verb("bayyan", "بين", "بينت", ("an",)),
    Verb("awrad", "أورد", "أوردت", ("an",)),
    Verb("rajjah", "رجح", "رجحت", ("an",)),
    Verb("wathaq", "وثق", "وثقت", ("vn",)),
    Verb("ahsa", "أحصى", "أحصت", ("vn",)),
    Verb("zaam", "زعم", "زعمت", ("an",)),
    Verb("aqarr", "أقر", "أقرت", ("bivn",)),
    Verb("itaraf", "اعترف", "اعترفت", ("bivn",)),
    Verb("tahaddath", "تحدث", "تحدثت", ("anvn",)),
    Verb("nawwah", "نوه", "نوهت", ("ilaan",)),
]
# the present of headlines and of running reports
PRESENT = [("qala", "يقول", "تقول", "in"), ("akkad", "يؤكد", "تؤكد", "an"), ("afad", "يفيد", "تفيد", "bivn"),
           ("ashar", "يشير", "تشير", "ilaan"), ("alan", "يعلن", "تعلن", "vn")]


def complement(frame: str, event: Event, n: int) -> str:
    that, noun, said = (form.format(n=n) for form in event)
    return {"in": f"إن {that}", "an": f"أن {that}", "vn": noun, "bian": f"بأن {that}", "bivn": f"ب{noun}",
            "ilaan": f"إلى أن {that}", "ilavn": f"إلى {noun}", "anvn": f"عن {noun}",
            "colon": f": «{said}»"}[frame]


class Speaker(NamedTuple):
    """A speaker's shape: how it is written before the verb's complement, its agreement (m, f, md dual,
    mp plural of men), the name a coder writes and the alternatives."""

    key: str
    text: str
    agree: str
    name: str
    alts: tuple[str, ...] = ()
    fronted: str = ""  # the subject written before its verb, when it differs (an apposition closed by a comma)


SPEAKERS = [
    Speaker("chain", "المديرية العامة للدفاع المدني في محافظة إدلب", "f", "المديرية العامة للدفاع المدني"),
    Speaker("chain2", "وزارة الصحة في حكومة الوحدة الوطنية الليبية", "f", "وزارة الصحة"),
    Speaker("unnamed", "مصدر أمني عراقي رفيع", "m", "مصدر أمني عراقي رفيع"),
    Speaker("unnamed2", "مسؤول عسكري يمني بارز", "m", "مسؤول عسكري يمني"),
    Speaker("dual", "مصدران طبيان", "md", "مصدران طبيان"),
    Speaker("plural", "مصادر محلية", "f", "مصادر محلية"),
    Speaker("titled", "العقيد سامر الحلبي، المتحدث باسم قيادة العمليات المشتركة،", "m", "العقيد سامر الحلبي",
            ("المتحدث باسم قيادة العمليات المشتركة", "قيادة العمليات المشتركة")),
    Speaker("title-first", "المتحدث باسم الجيش الوطني الليبي اللواء فرج الورفلي", "m", "اللواء فرج الورفلي",
            ("المتحدث باسم الجيش الوطني الليبي", "الجيش الوطني الليبي")),
    Speaker("unknown-body", "هيئة تنسيق الإغاثة في جبل مرة", "f", "هيئة تنسيق الإغاثة في جبل مرة"),
    Speaker("unknown-body2", "لجنة متابعة شؤون النازحين في الساحل", "f", "لجنة متابعة شؤون النازحين"),
    Speaker("outlet", "وكالة الأنباء السودانية الرسمية", "f", "وكالة الأنباء السودانية"),
    Speaker("outlet2", "قناة العربية", "f", "قناة العربية"),
    Speaker("office", "محافظ الأنبار", "m", "محافظ الأنبار"),
    Speaker("office2", "رئيس بلدية الخيام", "m", "رئيس بلدية الخيام"),
    Speaker("witness", "شهود عيان", "mp", "شهود عيان"),
    Speaker("relative", "أحد أقارب الضحايا", "m", "أحد أقارب الضحايا"),
]

PEOPLE = {"unnamed", "unnamed2", "dual", "plural", "witness", "relative"}  # no statements, no accounts


def agree(verb_masc: str, verb_fem: str, how: str) -> str:
    """The perfect agreeing with a subject before it (or after it for m and f)."""
    return {"m": verb_masc, "f": verb_fem, "md": verb_masc + "ا", "mp": verb_masc + "وا"}[how]


def before(how: str) -> str:
    """The verb's agreement when the verb comes first: singular for a dual or plural subject."""
    return "m" if how in ("m", "md", "mp") else "f"


def _cell(family: str, key: str, text: str, n: int, name: str | None, alts: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"family": family, "key": key, "text": text, "figures": [[n, name, list(alts)]]}


def verb_cells(events: Any, numbers: Any) -> list[dict[str, Any]]:
    """Axis 1: every verb in each of its complements, masculine and feminine, verb first after «و»."""
    cells = []
    masc, fem = SPEAKERS[2], SPEAKERS[1]
    for verb in VERBS:
        for frame in verb.frames:
            for who in (masc, fem):
                n, ev = next(numbers), next(events)
                form = agree(verb.masc, verb.fem, before(who.agree))
                text = f"و{form} {who.text} {complement(frame, ev, n)}."
                cells.append(_cell("verb", f"{verb.key}-{frame}-{who.agree}", text, n, who.name, who.alts))
    for key, masc_now, fem_now, frame in PRESENT:
        for who in (masc, fem):
            n, ev = next(numbers), next(events)
            form = masc_now if who.agree == "m" else fem_now
            text = f"{form} {who.text} {complement(frame, ev, n)}."
            cells.append(_cell("present", f"{key}-{frame}-{who.agree}", text, n, who.name, who.alts))
    return cells


def shape_cells(events: Any, numbers: Any) -> list[dict[str, Any]]:
    """Axis 2 and 3: every speaker's shape in every position and complement."""
    cells = []
    for who in SPEAKERS:
        first = before(who.agree)
        pron = {"m": "ه", "f": "ها", "md": "هما", "mp": "هم"}[who.agree]
        forms = {
            "first-in": f"و{agree('قال', 'قالت', first)} {who.text} إن {{that}}.",
            "first-vn": f"و{agree('أعلن', 'أعلنت', first)} {who.text} {{noun}}.",
            "statement": f"و{agree('قال', 'قالت', first)} {who.text} في بيان إن {{that}}.",
            "remark": f"و{agree('أكد', 'أكدت', first)} {who.text} في تصريح صحفي أن {{that}}.",
            "account": f"و{agree('أعلن', 'أعلنت', first)} {who.text} عبر حساب{pron} على منصة إكس {{noun}}.",
            "colon": f"و{agree('قال', 'قالت', first)} {who.text}: «{{said}}».",
            "subject-first": f"{who.fronted or who.text} {agree('قال', 'قالت', who.agree)} إن {{that}}.",
            "kana-qad": f"وكان {who.text} قد {agree('أعلن', 'أعلنت', who.agree)} {{noun}}.",
            "wafq": "{said}، وفق " + who.text + ".",
            "bihasab": "{said}، بحسب " + who.text + ".",
            "hasab-ma": "{said}، حسب ما " + agree("أفاد", "أفادت", first) + " " + who.text + ".",
            "wafqan-lima": "{said}، وفقا لما " + agree("ذكره", "ذكرته", first) + " " + who.text + ".",
            "ala-ma": "{said}، على ما " + agree("أفاد", "أفادت", first) + " " + who.text + ".",
            **more_forms(who, first, pron),
        }
        for key, form in forms.items():
            if key in ("statement", "account", "statement-aside", "issued", "in-statement-of", "toll-by") and who.key in PEOPLE \
                    or key in ("issued", "in-statement-of") and who.key.startswith("outlet"):
                continue  # no statement or account of a witness, no statement of an outlet
            n, ev = next(numbers), next(events)
            text = form.format(**{k: v.format(n=n) for k, v in ev._asdict().items()})
            text = text.replace("،،", "،").replace("،.", ".").replace("،:", ":")
            name, alts = ("شهود عيان", (who.name, *who.alts)) if key in RELAYED else (who.name, who.alts)
            cells.append(_cell("shape", f"{who.key}-{key}", text, n, name, alts))
    return cells


RELAYED = {"wafqa-ma-naqal"}  # the speaker relays witnesses: they are the source, the relay an alternative


def more_forms(who: Speaker, first: str, pron: str) -> dict[str, str]:
    """The second batch of positions and complements: asides, fronted attributions, a statement's words."""
    qala = agree("قال", "قالت", first)
    return {
        "min-jihatih": f"من جهت{pron}، {qala} {who.text} إن {{that}}.",
        "adjunct-before": f"و{agree('أعلن', 'أعلنت', first)} صباح اليوم الأحد {who.text} {{noun}}.",
        "comma-in": f"و{qala} {who.text}، إن {{that}}.".replace("،،", "،"),
        "statement-aside": f"و{qala} {who.text}، في بيان {'نشرته' if first == 'f' else 'نشره'} على موقع{pron} الرسمي، إن {{that}}.".replace("،،", "،"),
        "fronted-bihasab": "وبحسب " + who.text + "، فإن {that}.",
        "fronted-wifqan-li": "ووفقا ل" + who.text + "، فقد {said}.",
        "mudifan": f"و{qala} {who.text} إن الهجوم وقع فجرا، مضيفا أن {{that}}.",
        "musheeran": f"و{agree('أكد', 'أكدت', first)} {who.text} أن القصف استمر ساعات، مشيرا إلى {{noun}}.",
        "issued": "وذكر بيان صادر عن " + who.text + " أن {that}.",
        "in-statement-of": "وجاء في بيان ل" + who.text + " أن {that}.",
        "toll-by": "{said}، وفق حصيلة نشرتها " + who.text + ".",
        "anonymous": f"و{qala} {who.text}، الذي طلب عدم الكشف عن هويته، إن {{that}}.".replace("،،", "،"),
        "hadith-li": f"و{agree('أوضح', 'أوضحت', first)} {who.text} في حديث لقناة الجزيرة أن {{that}}.",
        **third_forms(who, first, pron),
    }


def third_forms(who: Speaker, first: str, pron: str) -> dict[str, str]:
    """The third batch: topics, «بدوره», trailing verbs, dates and asides between the speaker and «إن»."""
    qala, akkad = agree("قال", "قالت", first), agree("أكد", "أكدت", first)
    return {
        "amma-fa": f"أما {who.fronted or who.text} ف{agree('قال', 'قالت', who.agree)} إن {{that}}.",
        "bidawrih": f"بدور{pron}، {qala} {who.text} إن {{that}}.",
        "kama": f"كما {agree('أعلن', 'أعلنت', first)} {who.text} {{noun}}.",
        "trailing-qala": "«{said}»، " + qala + " " + who.text + ".",
        "trailing-yaqul": "«{said}»، " + ("يقول" if first == "m" else "تقول") + " " + who.text + ".",
        "hasabama": "{said}، حسبما " + agree("أفاد", "أفادت", first) + " " + who.text + ".",
        "date-after": f"و{qala} {who.text} اليوم الأحد إن {{that}}.",
        "date-aside": f"و{akkad} {who.text}، مساء السبت، أن {{that}}.".replace("،،", "،"),
        "bayan-aside": f"و{akkad} {who.text}، في بيان، أن {{that}}.".replace("،،", "،"),
        "siyaq": f"وفي هذا السياق، {qala} {who.text} إن {{that}}.",
        "muqabil": f"في المقابل، {agree('أعلن', 'أعلنت', first)} {who.text} {{noun}}.",
        "wafqa-ma-naqal": "{said}، وفق ما " + agree("نقله", "نقلته", first) + " " + who.text + " عن شهود عيان.",
    }


RELAYS = [("وكالة رويترز", "f"), ("وكالة فرانس برس", "f"), ("وكالة الأناضول", "f"), ("قناة الحدث", "f"),
          ("موقع العربي الجديد", "m")]
ORIGINS = [("مصدر طبي", "مصدر طبي"), ("مسؤول محلي", "مسؤول محلي"), ("مصادر أمنية", "مصادر أمنية"),
           ("ضابط في الشرطة", "ضابط في الشرطة"), ("الناطق باسم الدفاع المدني", "الناطق باسم الدفاع المدني")]


def relay_cells(events: Any, numbers: Any) -> list[dict[str, Any]]:
    """Axis 5: a figure relayed by an outlet; the original speaker is the source, the relay its alternative."""
    cells = []
    for relay, how in RELAYS:
        naqal = agree("نقل", "نقلت", how)
        dhakar = agree("ذكر", "ذكرت", how)
        for origin, name in ORIGINS:
            forms = {
                "naqal-qawluh": f"و{naqal} {relay} عن {origin} قوله إن {{that}}.",
                "naqal-an": f"و{naqal} {relay} عن {origin} أن {{that}}.",
                "qala-li": f"وقال {origin} ل{relay} إن {{that}}.",
                "naqlan-an": f"و{dhakar} {relay} نقلا عن {origin} أن {{that}}.",
                "tasrih-li": f"وأكد {origin} في تصريح ل{relay} {{noun}}.",
                "bihasab-ma-naqal": "{said}، بحسب ما " + naqal + " " + relay + " عن " + origin + ".",
            }
            for key, form in forms.items():
                n, ev = next(numbers), next(events)
                text = form.format(**{k: v.format(n=n) for k, v in ev._asdict().items()})
                cells.append(_cell("relay", f"{relay.split()[-1]}-{origin.split()[0]}-{key}", text, n, name,
                                   (relay,)))
    return cells


OPENERS = ["وقال {who} إن الهجوم وقع فجرا.", "وأكد {who} أن القصف استمر ساعات."]
GOING_ON = [("adaf", "أضاف", "أضافت", "an"), ("tabaa", "تابع", "تابعت", "an"), ("ashar", "أشار", "أشارت", "ilaan"),
            ("awdah", "أوضح", "أوضحت", "an"), ("lafat", "لفت", "لفتت", "ilaan")]


def continuation_cells(events: Any, numbers: Any) -> list[dict[str, Any]]:
    """Axis 2, the pronoun: a speaker named in one sentence, the figure in the next after «وأضاف» and kin."""
    cells = []
    for i, who in enumerate(SPEAKERS):
        for j, (key, masc, fem, frame) in enumerate(GOING_ON):
            if (i + j) % 2:
                continue
            n, ev = next(numbers), next(events)
            opener = OPENERS[(i + j) // 2 % 2].format(who=who.text)
            if before(who.agree) == "f":
                opener = opener.replace("وقال ", "وقالت ").replace("وأكد ", "وأكدت ")
            text = f"{opener} و{agree(masc, fem, who.agree)} {complement(frame, ev, n)}."
            cells.append(_cell("continuation", f"{who.key}-{key}", text, n, who.name, who.alts))
    return cells


# the fourth batch: whole constructions with their speaker (name, alternatives), each read with two events
SENTENCES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("relay-titled", "ونقلت وكالة رويترز عن العقيد سامر الحلبي، المتحدث باسم قيادة العمليات المشتركة، قوله إن {that}.",
     "العقيد سامر الحلبي", ("وكالة رويترز", "قيادة العمليات المشتركة")),
    ("fem-title", "وقالت الناطقة باسم مفوضية اللاجئين، سلمى الخطيب، إن {that}.", "سلمى الخطيب",
     ("الناطقة باسم مفوضية اللاجئين", "مفوضية اللاجئين")),
    ("wahuwa-aside", "وقال أحمد الجبوري، وهو أحد وجهاء العشيرة، إن {that}.", "أحمد الجبوري", ()),
    ("office-name", "وقال مدير مستشفى ناصر في خان يونس الدكتور نبيل العطار إن {that}.", "الدكتور نبيل العطار",
     ("مدير مستشفى ناصر",)),
    ("persons-plural", "وقال مسؤولون محليون إن {that}.", "مسؤولون محليون", ()),
    ("activists", "وأفاد ناشطون بأن {that}.", "ناشطون", ()),
    ("residents", "وقال سكان في المنطقة إن {that}.", "سكان", ()),
    ("relative-aside", "وذكرت منظمة العفو الدولية، التي تتخذ من لندن مقرا لها، أن {that}.", "منظمة العفو الدولية", ()),
    ("quoted-outlet", 'وذكرت صحيفة "الشرق الأوسط" أن {that}.', "صحيفة الشرق الأوسط", ()),
    ("press-conference", "وقال وزير الداخلية في مؤتمر صحفي عقده في العاصمة إن {that}.", "وزير الداخلية", ()),
    ("khilal", "وأكد محافظ نينوى خلال مؤتمر صحفي {noun}.", "محافظ نينوى", ()),
    ("quoted-told", 'وصرح مسؤول في المجلس المحلي لـ"عنب بلدي" بأن {that}.', "مسؤول في المجلس المحلي", ("عنب بلدي",)),
    ("correspondent", "وأفاد مراسل الجزيرة بأن {that}.", "مراسل الجزيرة", ()),
    ("our-correspondent", "وأفاد مراسلنا بأن {that}.", "مراسلنا", ()),
    ("headline-colon", "الجيش السوداني: {noun}.", "الجيش السوداني", ()),
    ("statement-date", "وأعلنت وزارة الدفاع في بيان اليوم الأحد {noun}.", "وزارة الدفاع", ()),
    ("date-telegram", "وقالت هيئة البث، الأحد، في بيان نشرته على تلغرام، إن {that}.", "هيئة البث", ()),
    ("tasrih-comma-date", "وقال المتحدث باسم الوزارة ماجد الربيعي في تصريح صحفي، اليوم الأحد، إن {that}.",
     "ماجد الربيعي", ("المتحدث باسم الوزارة",)),
    ("kana-title-fem", "وكانت وزيرة الصحة، رنا الحسيني، قد أعلنت {noun}.", "وزيرة الصحة", ("رنا الحسيني",)),
    ("kana-chief", "وكان قائد شرطة المحافظة، اللواء عماد الدليمي، قد أكد أن {that}.", "قائد شرطة المحافظة",
     ("اللواء عماد الدليمي",)),
    ("kana-director", "وكان مدير المستشفى، الطبيب هشام العلي، قد قال إن {that}.", "مدير المستشفى", ("الطبيب هشام العلي",)),
    ("kana-relative-aside", "وكان الجيش، الذي يسيطر على المدينة، قد أعلن {noun}.", "الجيش", ()),
    ("kana-name-title", "وكان علي الشمري، رئيس مجلس الناحية، قد ذكر أن {that}.", "علي الشمري", ("رئيس مجلس الناحية",)),
    ("title-closes-bihasab", "{said}، بحسب الرائد منصور الخزرجي، قائد الفوج الثالث.", "الرائد منصور الخزرجي",
     ("قائد الفوج الثالث",)),
    ("title-closes-fem", "{said}، حسبما أفادت سهام المصري، الناطقة باسم الهلال الأحمر.", "سهام المصري",
     ("الناطقة باسم الهلال الأحمر", "الهلال الأحمر")),
    ("title-closes-kama", "{said}، كما قال المقدم ياسر الدباغ، مدير الشرطة في البلدة.", "المقدم ياسر الدباغ",
     ("مدير الشرطة في البلدة",)),
    ("adjunct-closes-conference", "{said}، قال مدير الصحة في المحافظة في مؤتمر صحفي.", "مدير الصحة", ()),
    ("adjunct-closes-report", "{said}، أوضحت المنظمة الدولية للهجرة في تقرير لها.", "المنظمة الدولية للهجرة", ()),
    ("adjunct-closes-statement", "{said}، أكدت قيادة الشرطة في بيان مقتضب.", "قيادة الشرطة", ()),
    ("passive-relay", "ونقل عن قائد الفرقة قوله إن {that}.", "قائد الفرقة", ()),
    ("afad-bih", "{said}، بحسب ما أفاد به مسؤول في الصليب الأحمر.", "مسؤول في الصليب الأحمر", ()),
    ("ala-lisan", "ونقلت الإذاعة الرسمية على لسان وزير الإعلام أن {that}.", "وزير الإعلام", ("الإذاعة الرسمية",)),
    ("mafaduh", "وأوردت شبكة شام الإخبارية خبرا مفاده أن {that}.", "شبكة شام الإخبارية", ()),
    ("by-phone", "وقال أحد الناجين عبر الهاتف لوكالة الأناضول إن {that}.", "أحد الناجين", ("وكالة الأناضول",)),
    ("fi-hin", "وفي حين أكدت مصادر رسمية أن الهجوم فشل، قال ناشطون إن {that}.", "ناشطون", ()),
    ("innahu-tamma", "وقال مدير الدفاع المدني إنه تم انتشال جثث {n} أشخاص من تحت الأنقاض.", "مدير الدفاع المدني", ()),
    ("annahu-act", "وأعلنت قوات الأمن أنها اعتقلت {n} مطلوبين في حملة دهم بمدينة الموصل.", "قوات الأمن", ()),
    ("alan-an", "وأعلن الجيش الإسرائيلي عن {noun}.", "الجيش الإسرائيلي", ()),
    ("same-statement", "وقال محافظ البصرة إن الانفجار وقع قرب السوق. وأضاف المحافظ، في التصريح ذاته، أن {that}.",
     "محافظ البصرة", ()),
    ("same-source", "وقال مصدر محلي إن الاشتباكات بدأت مساء. {said}، وفقا للمصدر نفسه.", "مصدر محلي", ()),
    ("spokesman-told-comma", 'وقال الناطق باسم الشرطة لـ"العربي الجديد"، إن {that}.', "الناطق باسم الشرطة",
     ("العربي الجديد",)),
    ("qala-anna-headline", "مصدر عسكري لـ\"عنب بلدي\": {noun}.", "مصدر عسكري", ("عنب بلدي",)),
    ("fima-speaker", "{said}، فيما قالت مصادر محلية إن القصف ما زال مستمرا.", None, ()),
    ("issued-by-spokesman", "{said}، بحسب بيان صادر عن الناطق العسكري باسم القوات المسلحة.",
     "الناطق العسكري باسم القوات المسلحة", ("القوات المسلحة",)),
    ("issued-by-head", "وأكد بيان صادر عن رئيس المجلس البلدي أن {that}.", "رئيس المجلس البلدي", ()),
    ("issued-report", "{said}، وفقا لتقرير صادر عن لجنة الإغاثة في الولاية.", "لجنة الإغاثة", ()),
    ("issued-by-officer", "وأوضح بيان صادر عن المقدم فهد الزهراني أن {that}.", "المقدم فهد الزهراني", ()),
    ("issued-by-office", "وذكر بيان صادر عن مكتب المبعوث الأممي أن {that}.", "مكتب المبعوث الأممي", ()),
    ("fi-bayan-lah", "وفي بيان له، قال الجيش الصومالي إن {that}.", "الجيش الصومالي", ()),
    ("bayan-subject", "وأوضح بيان الجيش أن {that}.", "الجيش", ()),
    ("toll-rise", "وقالت وزارة الصحة إن حصيلة الغارة ارتفعت إلى {n} قتلى.", "وزارة الصحة", ()),
    ("number-rose", "وأعلنت لجنة الإنقاذ أن عدد القتلى ارتفع إلى {n}.", "لجنة الإنقاذ", ()),
    ("mudifatan", "وقالت الشرطة إن مسلحين هاجموا الحاجز فجرا، مضيفة أن {that}.", "الشرطة", ()),
    ("tally-owner", "{said}، بحسب إحصائية أعدتها شبكة حقوقية محلية.", "شبكة حقوقية محلية", ()),
    ("tweet", "وكتب المتحدث باسم الحركة على منصة إكس أن {that}.", "المتحدث باسم الحركة", ()),
    ("naa", "ونعت وزارة الداخلية {n} من منتسبيها قتلوا في هجوم على نقطة تفتيش قرب مدينة الرمادي.",
     "وزارة الداخلية", ()),
    ("nashar", "ونشرت الفرقة الرابعة حصيلة تشير إلى {noun}.", "الفرقة الرابعة", ()),
    ("nafa-then", "ونفى مصدر عسكري انسحاب القوات من المدينة، وقال إن {that}.", "مصدر عسكري", ()),
    ("qala-wa-akkad", "وقالت قوات الدفاع الذاتي وأكدت أن {that}.", "قوات الدفاع الذاتي", ()),
    ("yaqul-mid", "ويقول ناشطون في المدينة إن {that}.", "ناشطون", ()),
    ("ablagh", "وأبلغ مسؤول أمني وكالة فرانس برس أن {that}.", "مسؤول أمني", ("وكالة فرانس برس",)),
    ("sources-said-to", "وقالت مصادر طبية لقناة الحدث إن {that}.", "مصادر طبية", ("قناة الحدث",)),
    ("naqlan-end", "{said}، نقلا عن مصادر في الشرطة.", "مصادر في الشرطة", ()),
    ("fima-naqal", "{said}، فيما نقلت وكالة الأناضول عن شهود عيان أن الهجوم وقع فجرا.", None, ()),
]


def sentence_cells(events: Any, numbers: Any) -> list[dict[str, Any]]:
    """The fourth batch: each construction with two events."""
    cells = []
    for key, form, name, alts in SENTENCES:
        for _ in range(2):
            n, ev = next(numbers), next(events)
            text = form.format(n=n, **{k: v.format(n=n) for k, v in ev._asdict().items()})
            cells.append(_cell("sentence", f"{key}-{n}", text, n, name, alts))
    return cells


# the fifth batch: two speakers, or a speaker and the outlet's own voice, in a short report; {a} {b} {c} the figures
# (20 and up, so that no two events share one), each with its speaker (name, alternatives)
Figure = tuple[str, tuple[str, ...]] | None
REPORTS: list[tuple[str, str, tuple[Figure, ...]]] = [
    ("second-speaker-goes-on",
     ("وقالت وزارة الصحة إن {a} شخصا قتلوا في القصف. من جهته، قال مصدر طبي إن {b} شخصا أصيبوا بجروح. "
     "وأضاف المصدر أن {c} من المصابين نقلوا إلى مستشفيات تركيا."),
     (("وزارة الصحة", ()), ("مصدر طبي", ()), ("مصدر طبي", ()))),
    ("agreement-reaches-back",
     ("وأعلنت الشرطة الصومالية مقتل {a} مسلحا في الاشتباكات. وقال شاهد عيان إن {b} مدنيا قتلوا في السوق. "
     "وأضافت أنها اعتقلت {c} مشتبها بهم."),
     (("الشرطة الصومالية", ()), ("شاهد عيان", ()), ("الشرطة الصومالية", ()))),
    ("back-reference-short",
     "وقالت وزارة الصحة الفلسطينية في غزة إن {a} فلسطينيا استشهدوا في الغارات. وأضافت الوزارة أن {b} آخرين أصيبوا.",
     (("وزارة الصحة الفلسطينية", ()), ("وزارة الصحة الفلسطينية", ()))),
    ("the-source-again",
     "وقال مصدر أمني عراقي إن {a} من عناصر الشرطة قتلوا في الهجوم. وأكد المصدر أن القوات اعتقلت {b} من المهاجمين.",
     (("مصدر أمني عراقي", ()), ("مصدر أمني عراقي", ()))),
    ("the-spokesman-again",
     "وقال المتحدث باسم الجيش العقيد خالد المحجوب إن {a} من المسلحين قتلوا. وأكد المتحدث أن {b} جنديا أصيبوا.",
     (("العقيد خالد المحجوب", ("المتحدث باسم الجيش", "الجيش")),
      ("العقيد خالد المحجوب", ("المتحدث باسم الجيش", "الجيش")))),
    ("the-organisation",
     "وقالت منظمة أطباء بلا حدود إن فرقها عالجت {a} جريحا في المستشفى. وأوضحت المنظمة أن {b} منهم أطفال قتلوا لاحقا.",
     (("منظمة أطباء بلا حدود", ()), ("منظمة أطباء بلا حدود", ()))),
    ("relay-then-official",
     "ونقلت وكالة رويترز عن مسؤول محلي قوله إن {a} شخصا قتلوا في الهجوم. وأضاف المسؤول أن {b} آخرين أصيبوا.",
     (("مسؤول محلي", ("وكالة رويترز",)), ("مسؤول محلي", ("وكالة رويترز",)))),
    ("own-voice-after",
     ("وقال الجيش الباكستاني إن {a} مسلحا قتلوا في العملية. وفي حادث منفصل، قتل {b} شخصا في انفجار عبوة ناسفة "
     "في إقليم خيبر بختونخوا."),
     (("الجيش الباكستاني", ()), None)),
    ("kana-earlier",
     "وقال مصدر في الدفاع المدني إن {a} شخصا قتلوا في القصف. وكانت وزارة الصحة قد أعلنت في وقت سابق {noun_b}.",
     (("مصدر في الدفاع المدني", ()), ("وزارة الصحة", ()))),
    ("quote-then-tabaa",
     "وقال قائد الشرطة المحلية: «قتل {a} من المهاجمين». وتابع: «وأصيب {b} من رجالنا بجروح طفيفة».",
     (("قائد الشرطة المحلية", ()), ("قائد الشرطة المحلية", ()))),
    ("two-outlets",
     "وذكرت وكالة الأنباء الليبية أن {a} شخصا قتلوا في الاشتباكات. في المقابل، قالت قناة ليبيا الأحرار إن {b} قتلوا.",
     (("وكالة الأنباء الليبية", ()), ("قناة ليبيا الأحرار", ()))),
    ("confirmation-is-alt",
     "وقال مسؤول في البلدية إن {a} شخصا قتلوا في القصف، وهو ما أكده مصدر طبي.",
     (("مسؤول في البلدية", ("مصدر طبي",)),)),
]


def report_cells(numbers: Any) -> list[dict[str, Any]]:
    """The fifth batch: each short report with its figures read in order."""
    cells = []
    for key, form, speakers in REPORTS:
        values = [20 + next(numbers) * 3 + i for i in range(len(speakers))]
        fill = dict(zip("abc", values, strict=False))
        noun_b = f"مقتل {values[1]} شخصا في القصف" if len(values) > 1 else ""
        text = form.format(noun_b=noun_b, **fill)
        figures = [[v, s[0] if s else None, list(s[1]) if s else []] for v, s in zip(values, speakers, strict=True)]
        cells.append({"family": "report", "key": key, "text": text, "figures": figures})
    return cells


# the sixth batch: more words of trailing attribution, after the figure
TRAILING = {
    "tibqan-li": "{said}، طبقا ل{who}.", "istinadan": "{said}، استنادا إلى {who}.", "wafqan-li": "{said}، وفقا ل{who}.",
    "hasab-qawl": "{said}، حسب قول {who}.", "ala-hadd": "{said}، على حد قول {who}.", "kama-qala": "{said}، كما {qala} {who}.",
    "wafqa-ma-alan": "{said}، وفق ما {alanah} {who}.", "bihasab-ma-awrad": "{said}، بحسب ما {awradah} {who}.",
    "tasrihat": "{said}، بحسب تصريحات {who}.", "bayan-of": "{said}، وفق بيان صادر عن {who}.",
    "then-qala-comma": "{said}، {qala} {who} في تصريح صحفي.",
}


def trailing_cells(events: Any, numbers: Any) -> list[dict[str, Any]]:
    """The sixth batch: a figure then its attribution, for four speakers' shapes."""
    cells = []
    for who in (SPEAKERS[1], SPEAKERS[2], SPEAKERS[6], SPEAKERS[12], SPEAKERS[14]):
        first = before(who.agree)
        verbs = {"qala": agree("قال", "قالت", first), "alanah": agree("أعلنه", "أعلنته", first),
                 "awradah": agree("أورده", "أوردته", first)}
        for key, form in TRAILING.items():
            if key in ("tasrihat", "bayan-of", "then-qala-comma") and who.key in PEOPLE:
                continue
            n, ev = next(numbers), next(events)
            text = form.format(said=ev.said.format(n=n), who=who.text, **verbs).replace("،.", ".").replace("، في", " في")
            cells.append(_cell("trailing", f"{who.key}-{key}", text, n, who.name, who.alts))
    return cells


def cells() -> list[dict[str, Any]]:
    """Every cell of the grid, in a fixed order (the numbers and events cycle)."""
    events, numbers = cycle(EVENTS), cycle(range(3, 10))
    return [*verb_cells(events, numbers), *shape_cells(events, numbers), *relay_cells(events, numbers),
            *continuation_cells(events, numbers), *sentence_cells(events, numbers), *report_cells(numbers),
            *trailing_cells(events, numbers)]
