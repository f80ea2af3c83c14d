import distance from 'damerau-levenshtein';
import { analyze, gluedConcepts, type Token } from './analyze.js';
import { GIVEN_NAMES } from './given-names.js';
import { type CompiledLexicon, type ConceptKind, DEMONYM, findConcepts, isCountry } from './lexicon.js';
import { askedMeasure, type MeasureKind, unitKinds, unitsOf } from './measures.js';
import { rememberedPer } from './memo.js';
import { normalize, usAsCountry, wordSet, words } from './normalize.js';
import {
  HOW_MEASURES,
  KIND_NOUNS,
  MEASURE_NOUNS,
  NAME_WORDS,
  opensRelative,
  type QuestionType,
  unglue,
  WHO_AR,
} from './question-type.js';
import { REPORTING } from './speakers.js';
import { deepStem, stem } from './stem.js';
import { isStopword } from './stopwords.js';
import type { Lang, Statement } from './types.js';

const AR_DAYS = 'الخميس|الثلثاء|الثلاثاء|الاثنين|الإثنين|الأربعاء|الجمعة|السبت|الأحد';
const AR_MONTHS =
  'يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|' +
  'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|' +
  // The Maghreb's (not ماي, May, which is also water in the Gulf).
  'جانفي|فيفري|أفريل|افريل|جوان|جويلية|أوت';
const AR_PERIODS = 'الشهر|الأسبوع|الاسبوع|العام|السنة|الصيف|الشتاء|الربيع|الخريف';
const AR_DAYPARTS = 'صباح|مساء|ظهر|ظهيرة|فجر|ليلة|ليل|عصر|منتصف ليل';
/** Alternatives with their final alef's tanween written before it or after it ("ليلًا", "ليلاً") or not at all. */
const withTanween = (alternatives: string) => alternatives.replace(/ا(?=\||$)/gu, '\\p{M}?ا\\p{M}?');
const AR_SPANS = withTanween(
  'يومين|أسبوعين|اسبوعين|شهرين|عامين|سنتين|ساعتين|أيام|يوما|يوم|أسابيع|أسبوع|اسبوع|أشهر|شهور|شهرا|سنوات|أعوام|عاما|ساعة|ساعات|دقيقة|دقائق',
);
const AR_ORDINALS = 'الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي|العشرين|الثلاثين';
const AR_CLOCK = withTanween('صباحا|مساء|ظهرا|عصرا|ليلا|فجرا');
/** The hours of a clock, as news writes them before صباحا / مساء ("الخامسة والنصف صباحا"). */
const AR_HOURS =
  'الحادية عشرة|الثانية عشرة|الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة';
/** An hour of the clock with its part of the day: "الخامسة والنصف صباحاً", "العاشرة ليلا". */
const AR_HOUR = `(?:${AR_HOURS})(?:\\s+و(?:النصف|الربع|الثلث|\\S+\\s+(?:دقيقة|دقائق)))?\\s+(?:${AR_CLOCK})\\p{M}?`;
/** A word, without the punctuation after it. */
const W = '[^\\s.،,؛:]+';
/** "الساعة" and the hour it reads, in words, in figures or as one word ("الساعة العاشرة", "الساعة 5:42"). */
const AR_CLOCK_HOUR = `الساعة\\s+(?:${AR_HOURS}|\\d{1,2}:\\d{2}|${W})`;
/** A month's other name after a slash or a space ("أيلول/سبتمبر", "ديسمبر/كانون الأول", "أكتوبر تشرين الأول"). */
const AR_MONTH_OTHER =
  '(?:\\s*/\\s*\\p{L}+(?:\\s+(?:الأول|الثاني))?|\\s+(?:(?:كانون|تشرين)\\s+(?:الأول|الثاني)|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول))?';
/**
 * After an hour, "after midnight", the day it falls on with its date, and the clock it is told by ("الثانية والنصف
 * بعد منتصف الليل", "الثالثة من فجر السبت 14 سبتمبر", "مساءً بتوقيت سيول").
 */
const AR_HOUR_TAIL = `(?:\\s+بعد\\s+منتصف\\s+الليل)?(?:\\s+(?:من\\s+)?(?:${AR_DAYPARTS})\\s+(?:يوم\\s+)?(?:${AR_DAYS})(?:\\s+\\d{1,2}\\s+(?:${AR_MONTHS})${AR_MONTH_OTHER})?)?(?:\\s+(?:بتوقيت|بالتوقيت)\\s+${W})?`;
/** Decades, as in "عشرينيات القرن الماضي" (the 1920s), in either spelling. */
const AR_DECADES = ['عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين']
  .map((d) => `${d}يات|${d}ات`)
  .join('|');
/** Prepositions before a day, a date or an hour: the answer to "when?" is the whole phrase ("في الشهر الماضي"). */
const AR_TIME_PREPOSITIONS =
  'منذ|حتى|بحلول|قبل|بعد|في|عند|نحو|قرابة|حوالي|حوالى|اعتبارا\\s+من|اعتباراً\\s+من|ابتداء\\s+من|ابتداءً\\s+من';
/** A time placed before or after the report's ("المقبل", "الماضي"). */
const AR_RELATIVE =
  'المقبل|المقبلة|القادم|القادمة|الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|الجاري|الجارية|نفسه|نفسها|ذاته|ذاتها';
/** A date in words: "التاسع من شباط", "الحادي عشر من شهر مايو". */
const AR_ORDINAL_DATE = `(?:${AR_ORDINALS})(?:\\s+(?:عشر|والعشرين))?\\s+من\\s+(?:شهر\\s+)?(?:${AR_MONTHS})${AR_MONTH_OTHER}(?:\\s+(?:عام\\s+)?\\d{4})?`;
/** "يوم الخميس الماضي، الموافق 12 أيلول/سبتمبر": the date a day falls on. */
const AR_CORRESPONDING = new RegExp(
  `^،?\\s+الموافق\\s+(?:\\d{1,2}\\s+(?:${AR_MONTHS})${AR_MONTH_OTHER}(?:\\s+\\d{4})?|${AR_ORDINAL_DATE})(?![\\p{L}\\p{M}])`,
  'u',
);
/** "صباح الخميس عند الساعة العاشرة": the hour of the clock told right after a day. */
const AR_THEN_HOUR = new RegExp(
  `^،?\\s+(?:(?:عند|في|نحو|حوالي|حوالى|قرابة)\\s+)?${AR_CLOCK_HOUR}(?:\\s+و(?:النصف|الربع|الثلث))?(?:\\s+(?:${AR_CLOCK})\\p{M}?)?(?![\\p{L}\\p{M}])`,
  'u',
);
/**
 * A time with the preposition that says which side of it is meant ("منذ منتصف ليل السبت", "حتى يوم الخميس", "بحلول
 * ...") and the word placing it before or after the report ("يوم الخميس المقبل"), around all of AR_WHEN's forms at
 * once (around each, they made the pattern several times larger).
 */
const aroundTime = (forms: string) =>
  `(?<![\\p{L}\\p{M}])[وفبل]?(?:(?:${AR_TIME_PREPOSITIONS})\\s+)?(?:${forms})(?:\\s+(?:${AR_RELATIVE}))?(?![\\p{L}\\p{M}])`;
/** A day, a date, a month or year, or a time relative to the report ("الشهر الماضي", "بحلول عام 2027"). */
const AR_WHEN = new RegExp(
  aroundTime(
    [
      // "صباح الأحد التاسع من شباط", "يوم الأحد 14 أيلول/سبتمبر": a day with its date, in words or in figures.
      `(?:(?:${AR_DAYPARTS})\\s+)?(?:يوم\\s+)?(?:${AR_DAYS})\\s+(?:${AR_ORDINAL_DATE}|\\d{1,2}\\s+(?:${AR_MONTHS})${AR_MONTH_OTHER}(?:\\s+\\d{4})?)`,
      `(?:${AR_DAYPARTS})\\s+(?:يوم\\s+)?(?:${AR_DAYS})`,
      `(?:(?:حتى|قبل|بعد|مع)\\s+)?(?:نهاية|بداية|منتصف|مطلع|أواخر|أوائل)\\s+(?:(?:${AR_PERIODS})\\s+${W}|(?:شهر\\s+)?(?:${AR_MONTHS})${AR_MONTH_OTHER}|(?:عام|العام)\\s+${W})`,
      // Not "بعد يوم الخميس": a day named after يوم is that day, not a span of one.
      // "قبل أكثر من عامين", "قبل نحو خمسة ملايين سنة": roughly, and a count in two words.
      `(?:غضون|في\\s+غضون|بعد|قبل|منذ)\\s+(?:(?:(?:أكثر|أقل)\\s+من|نحو|قرابة|حوالي)\\s+)?(?:${W}\\s+){0,2}?(?:${AR_SPANS}|سنة)(?!\\s+(?:${AR_DAYS}))`,
      `(?:(?:${AR_DAYPARTS}|${AR_PERIODS})\\s+)?${AR_ORDINAL_DATE}`,
      // "بين الساعة التاسعة والحادية عشرة صباحاً", "من الساعة السادسة صباحاً حتى الثانية ظهراً": an hour or a range.
      `(?:(?:بين|من)\\s+)?${AR_CLOCK_HOUR}(?:\\s+(?:${AR_CLOCK})\\p{M}?)?(?:\\s+(?:و|(?:حتى|إلى|الى)\\s+(?:الساعة\\s+)?)(?:${AR_HOURS}|${W})(?:\\s+(?:دقيقة|دقائق))?(?:\\s+(?:${AR_CLOCK})\\p{M}?)?)?${AR_HOUR_TAIL}`,
      // "من الخامسة والنصف صباحا حتى منتصف الليل": an hour, or a range of hours.
      `(?:من\\s+)?${AR_HOUR}(?:\\s+(?:حتى|إلى|الى)\\s+(?:منتصف\\s+الليل|${AR_HOUR}))?${AR_HOUR_TAIL}`,
      // "يوم 16 مارس/آذار": a day of the month with its month.
      `يوم\\s+\\d{1,2}\\s+(?:${AR_MONTHS})(?:\\s*/\\s*${W})?(?:\\s+\\d{4})?`,
      `يوم\\s+${W}`,
      `(?:اليوم\\s+)?(?:${AR_DAYS})(?:\\s*\\(\\d+[^)]*\\d{4}\\))?`,
      `(?:${AR_PERIODS})\\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الفائت|الفائتة|المنصرم|المنصرمة|الجاري|الجارية)`,
      `\\(\\d+[^)]*\\d{4}\\)`,
      `\\d{1,2}\\s+(?:${AR_MONTHS})(?:\\s*/\\s*\\S+)?(?:\\s+\\d{4})?`,
      `(?:شهر\\s+)?(?:${AR_MONTHS})${AR_MONTH_OTHER}(?:\\s+(?:من\\s+)?(?:عام\\s+)?\\d{4}|\\s+من\\s+العام\\s+\\S+)?`,
      // "ربيع عام 2022", "في الربع الأول من عام 2026": a season or quarter of a year.
      `(?:(?:ربيع|صيف|خريف|شتاء|الربع\\s+(?:الأول|الثاني|الثالث|الرابع|الأخير)\\s+من)\\s+)?(?:بحلول|منذ|حتى|قبل|بعد)?\\s*(?:عام|سنة)\\s+\\d{4}`,
      `(?:بحلول|منذ|حتى|في)\\s+\\d{4}`,
      `أمس|غدا|البارحة`,
      // "في وقت سابق من ذلك الشهر", "في وقت لاحق من اليوم نفسه": earlier or later than a time already told.
      `وقت\\s+(?:سابق|لاحق)(?:\\s+من\\s+(?:(?:ذلك|هذا|هذه|تلك)\\s+)?(?:${AR_PERIODS}|اليوم))?`,
      // A decade or part of a century ("في عشرينيات القرن الماضي", "في الثمانينيات", "مطلع القرن العشرين").
      `(?:ال)?(?:${AR_DECADES})(?:\\s+(?:من\\s+)?القرن\\s+(?:الماضي|الحالي|${W}(?:\\s+عشر)?))?`,
      `(?:مطلع|بداية|منتصف|نهاية|أواخر|أوائل)\\s+القرن\\s+(?:الماضي|الحالي|${W}(?:\\s+عشر)?)`,
      // A minute of a match or a count ("في الدقيقة 58").
      `(?:في\\s+)?الدقيقة\\s+\\d+`,
    ]
      .map((p) => `(?:${p})`)
      .join('|'),
  ),
  'u',
);
const AR_WHEN_WHOLE = new RegExp(`^(?:${AR_WHEN.source})$`, 'u');
/** A time without the "and" glued to it ("وفي الشهر الماضي": في الشهر الماضي), where the rest is a time too (not فبراير). */
const withoutConjunction = (time: string) =>
  /^[وف]/u.test(time) && AR_WHEN_WHOLE.test(time.slice(1)) ? time.slice(1) : time;
/** A span of one, counted with "واحد" ("خلال شهر واحد"): without it, "خلال عام 2027" is a year. */
const AR_ONE_SPAN = 'شهر|عام|سنة|أسبوع|يوم|ساعة';
/** Spans with the article before their count and "next" ("خلال الأشهر الستة المقبلة"). */
const AR_NEXT_SPANS = 'الأيام|الأسابيع|الأشهر|الشهور|السنوات|الأعوام|الساعات|الدقائق';
/**
 * "خلال أسبوعين", "خلال 30 يوما", "خلال شهر واحد", "خلال الأشهر الستة المقبلة": a span within which something happens
 * (see shortAnswer).
 */
const AR_WITHIN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:و|ف)?(خلال\\s+(?:(?:${W}\\s+)?(?:${AR_SPANS})|(?:${AR_ONE_SPAN})\\s+(?:واحد|واحدة)|(?:${AR_NEXT_SPANS})\\s+(?:${W}\\s+){1,2}?(?:${AR_RELATIVE})))(?![\\p{L}\\p{M}])`,
  'u',
);
/**
 * How long something lasts or will ("لمدة أسبوعين على الأقل", "يكفي لأسبوع واحد فقط", "لا يكفي لأكثر من أربعة أيام",
 * "for two weeks"): what "until when?" asks (see asksUntilWhen).
 */
const AR_DURATION = new RegExp(
  `(?<![\\p{L}\\p{M}])[وف]?((?:(?:لمدة|طيلة|طوال)\\s+|ل)(?:(?:أكثر|أقل)\\s+من\\s+|نحو\\s+)?(?:${W}\\s+)?(?:${AR_SPANS})(?:\\s+(?:واحد|واحدة|على\\s+الأقل))?)(?![\\p{L}\\p{M}])`,
  'u',
);
/**
 * A span after a verb of lasting, a word or two between ("يستمر الإغلاق ثلاثة أسابيع على الأقل"); not "في ظل" (amid).
 */
const AR_LASTING = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<!في\\s)(?:[وف]?[ايتس]?[يت]?(?:ستمر|تواصل|بقى|ظل|دوم)(?:ت|وا|ون)?)(?:\\s+${W}){0,2}?\\s+((?:${W}\\s+)?(?:${AR_SPANS})(?:\\s+(?:أخرى|إضافية|إضافيا))?(?:\\s+على\\s+الأقل)?)(?![\\p{L}\\p{M}])`,
  'u',
);
/** Up to what something lasts ("حتى انتهاء أعمال التدعيم بالكامل"), not "even" ("حتى في", "حتى الآن"). */
const AR_UNTIL =
  /(?<![\p{L}\p{M}])(حتى\s+(?!(?:في|على|من|لو|إن|ان|الآن|الان)(?![\p{L}\p{M}]))[^\s.،,؛:"«»]+(?:\s+[^\s.،,؛:"«»]+){0,4})/u;
const EN_DURATION =
  /\bfor\s+(?:(?:at least|more than|about|nearly|up to|another)\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\b/i;

/** The sentence says how long something lasts (see AR_DURATION). */
export function givesDuration(text: string, translation?: string): boolean {
  return AR_DURATION.test(text) || (translation !== undefined && EN_DURATION.test(translation));
}

/**
 * A length of time: a span counted or in the dual ("خمس ساعات", "96 ثانية", "يومين", "الساعات الثماني والأربعين"),
 * how long something lasts (see AR_DURATION), or up to when ("حتى صيف العام المقبل"). What "how long?" asks.
 */
const AR_SPAN_LENGTH = new RegExp(
  [
    // Not "يوم السبت", a day named after يوم.
    `(?<![\\p{L}\\p{M}])[وفبل]?(?:${AR_SPANS}|${withTanween('ثانية|ثوان|ثواني')})(?!\\s+(?:${AR_DAYS}))(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])[وفبل]?(?:${AR_NEXT_SPANS})(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])[وف]?(?:لمدة|طيلة|طوال)\\s+(?:شهر|يوم|عام|سنة|أسبوع|ساعة|دقيقة)(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])[وف]?(?:حتى|لغاية|لحين)\\s+(?:نهاية|بداية|منتصف|مطلع|أواخر|أوائل|صيف|شتاء|ربيع|خريف|${AR_PERIODS})(?![\\p{L}\\p{M}])`,
  ].join('|'),
  'u',
);

/** The sentence says how long something lasts or took (see AR_SPAN_LENGTH). */
export function givesLength(text: string, translation?: string): boolean {
  return AR_SPAN_LENGTH.test(text) || givesDuration(text, translation);
}

/**
 * Nouns of a length of time a "how long" question asks for, normalized: "كم من الوقت", "كم المدة". A span it counts
 * ("كم يوما") is its counted noun (see countedNoun).
 */
export const LENGTH_NOUNS: ReadonlySet<string> = wordSet('وقت الوقت مدة المدة فترة الفترة');
/** Nouns of a length of time asked with "what" ("ما المدة ...؟", "ما مهلة ...؟"), normalized. */
export const LENGTH_ASKED: ReadonlySet<string> = wordSet('مدة المدة مهلة المهلة فترة الفترة');
/** Verbs of lasting, taking time or waiting ("كم دامت", "شكد راح تطول", "قديش لازم يضل"), normalized. */
const LASTING = wordSet(
  'دام دامت يدوم تدوم استمر استمرت يستمر تستمر سيستمر ستستمر استغرق استغرقت يستغرق تستغرق سيستغرق ستستغرق',
  'طال طالت يطول تطول سيطول ستطول ظل ظلت يظل تظل سيظل ستظل بقي بقيت يبقى تبقى سيبقى ستبقى',
  // Not "يُنتظر أن" (is expected to).
  'انتظر انتظرت انتظروا ينتظرون',
);
/** A verb of lasting (see LASTING), with a Levantine or Egyptian ب before it ("بتظل") or not. */
const isLasting = (word: string) => LASTING.has(word.replace(/^ب(?=[يت]\p{L}{2})/u, ''));
/** Words that may stand between "كم" and a verb of lasting: "شكد راح تطول" (كم ذهب تطول), "كم كانت ستستمر". */
const BEFORE_LASTING = wordSet('كان كانت كانوا يجب لازم ذهب راح سوف قد');

/**
 * "كم يوم ...؟", "كم من الوقت ...؟", "كم دامت ...؟", "شكد راح تطول ...؟" (read كم): how long something lasts or took,
 * which a length of time answers (see givesLength), not any number.
 */
export function asksHowLong(tokens: readonly Token[]): boolean {
  // "ما المدة المقررة للحملة؟", "ما هي مهلة ...؟": the length itself asked.
  const what = tokens.findIndex((t) => t.word === 'ما');
  const noun = tokens[what + 1]?.word === 'هي' ? tokens[what + 2] : tokens[what + 1];
  if (what >= 0 && what <= 1 && LENGTH_ASKED.has(noun?.word ?? '')) return true;
  const at = tokens.findIndex((t) => t.word === 'كم');
  if (at < 0) return false;
  const next = tokens[at + 1]?.word === 'من' ? tokens[at + 2] : tokens[at + 1];
  if (LENGTH_NOUNS.has(next?.word ?? '')) return true;
  for (let i = at + 1; i < tokens.length && i <= at + 3; i++) {
    const w = (tokens[i] as Token).word;
    if (isLasting(w)) return true;
    if (!BEFORE_LASTING.has(w)) return false;
  }
  return false;
}

/** Spans a length of time is counted in (normalized), the dual ones counting two by themselves. */
const SPAN_UNITS = wordSet(
  'يوم يوما أيام ساعة ساعات أسبوع أسابيع شهر أشهر شهور شهرا سنة سنوات عام أعوام عاما دقيقة دقائق ثانية ثوان ثواني',
);
const DUAL_SPANS = wordSet('يومين يومي ساعتين أسبوعين شهرين سنتين عامين دقيقتين');

/**
 * The length of time a sentence gives, for "how long?": how long something lasts ("لمدة أسبوعين"), a span counted
 * ("96 ثانية", "خمس ساعات كاملة") or in the dual ("بعد عامين"), or up to when ("حتى صيف العام المقبل"); or null.
 */
function lengthOf(text: string, lex: CompiledLexicon): string | null {
  const d = AR_DURATION.exec(text);
  if (d?.[1]) return clean(d[1]);
  const ws = rawWords(text, lex);
  // The number before it from its first word ("ستة وثمانية أسابيع").
  const isNumber = (x: RawWord | undefined) => {
    const f = bareForm(x);
    return /^و?\d+(?:[.,]\d+)?$/u.test(f) || NUMBER_WORDS.has(f) || NUMBER_WORDS.has(f.replace(/^و/u, ''));
  };
  const unit = (x: RawWord | undefined) => bareForm(x).replace(/^[وفبل](?=\p{L}{3})/u, '');
  for (const [i, w] of ws.entries()) {
    let first: number;
    const span = SPAN_UNITS.has(unit(w));
    // "لمدة شهر على الأقل": one span, after a word of duration.
    if (span && FOR_SPAN.has(bareForm(ws[i - 1])) && !closes(ws[i - 1])) {
      const least = !closes(w) && bareForm(ws[i + 1]) === 'علي' && bareForm(ws[i + 2]) === 'الاقل';
      return clean(textOf(ws, i - 1, least ? i + 2 : i));
    }
    // "ساعة كاملة", "يوما واحدا", "نصف ساعة": one span, or a part of one.
    const whole = !closes(w) && WHOLE.has(bareForm(ws[i + 1]));
    if (DUAL_SPANS.has(unit(w))) first = i;
    else if (span && whole) {
      first = i;
      if (PARTS.has(bareForm(ws[i - 1])) && !closes(ws[i - 1])) first = i - 1;
      const run = quantityPhrase(ws, first);
      return clean(textOf(ws, run.start, i + 1));
    } else if (span && PARTS.has(bareForm(ws[i - 1])) && !closes(ws[i - 1])) first = i - 1;
    else if (span && isNumber(ws[i - 1]) && !closes(ws[i - 1])) {
      first = i - 1;
      while (first > 0 && isNumber(ws[first - 1]) && !closes(ws[first - 1])) first--;
    } else continue;
    // With what qualifies it ("قرابة خمس ساعات", "أكثر من ساعتين") and a half after it ("ونصف الساعة").
    const run = quantityPhrase(ws, first);
    let end = Math.max(run.end, i);
    if (!closes(ws[end]) && bareForm(ws[end + 1]) === 'ونصف') {
      end++;
      if (!closes(ws[end]) && SPAN_UNITS.has(bareForm(ws[end + 1]).replace(/^ال/u, ''))) end++;
    }
    return clean(textOf(ws, run.start, end));
  }
  // "خلال الساعات الثماني والأربعين المقبلة": the span within which, counted after its noun.
  const within = AR_WITHIN.exec(text);
  if (within?.[1] && !AR_ORDINAL_BEFORE.test(text.slice(0, within.index))) return clean(within[1]);
  // Up to a time named within a few words ("حتى صيف العام المقبل"), or opening with a part of a period ("حتى نهاية
  // الربع الثاني من العام"), to the end of the phrase.
  const until = /(?<![\p{L}\p{M}])(?:حتى|لغاية|لحين)\s/u.exec(text);
  const rest = until ? text.slice(until.index) : '';
  const m = AR_WHEN.exec(rest);
  if (m && rest.slice(0, m.index).trim().split(/\s+/u).length <= 3) return clean(rest.slice(0, m.index + m[0].length));
  const part = /^\S+\s+(?:نهاية|بداية|منتصف|مطلع|أواخر|أوائل)\s+[^.،,؛:]+/u.exec(rest);
  return part ? clean(part[0].split(/\s+/u).slice(0, 6).join(' ')) : null;
}
/** Words of duration before a span ("لمدة شهر"), normalized. */
const FOR_SPAN = wordSet('لمدة مدة طيلة طوال');
/** Words after a span that make it one ("ساعة كاملة"), normalized. */
const WHOLE = wordSet('كاملة كامل كاملا واحدة واحد واحدا');
/** Parts of a span ("نصف ساعة"), normalized. */
const PARTS = wordSet('نصف ربع ثلث');

/** "إلى متى ...؟", "حتى متى", "لحد إمتى", "until when": how long something lasts, which a span answers. */
export function asksUntilWhen(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (UNTIL.has(t.word) && WHEN_WORDS.has(tokens[i + 1]?.word ?? '')) ||
      (t.word === 'until' && tokens[i + 1]?.word === 'when'),
  );
}
const UNTIL = wordSet('إلى الى حتى لحد لغاية لين');
const WHEN_WORDS = wordSet('متى إمتى امتى ايمتى إيمتى');

/** An ordinal or "times" right before: "الثالثة خلال 12 شهرا" counts within the span, it is no time. */
const AR_ORDINAL_BEFORE =
  /(?:الأول|الأولى|الثاني|الثانية|الثالث|الثالثة|الرابع|الرابعة|الخامس|الخامسة|مرة|مرات|مرتين)\s*$/u;
const EN_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The English counterparts: a day, a date, a month or year, a time relative to the report. */
const EN_WHEN = new RegExp(
  [
    `(?:on\\s+)?(?:${EN_DAYS})(?:\\s*\\([^)]*\\))?`,
    `(?:[Ll]ast|[Nn]ext|[Ee]arlier (?:this|that)|[Ll]ater (?:this|that))\\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)`,
    `\\d{1,2} (?:${EN_MONTHS})(?: \\d{4})?`,
    `(?:${EN_MONTHS})(?: \\d{1,2})?(?:,? \\d{4})?`,
    `(?:in|by|since|until|before|after) \\d{4}`,
    `[Yy]esterday|[Tt]omorrow`,
    // "in the 1920s", "the early 20th century".
    `(?:in\\s+)?(?:the\\s+)?(?:early\\s+|mid-?|late\\s+)?(?:1[5-9]|20)\\d0s\\b`,
    `(?:in\\s+)?(?:the\\s+)?(?:early|mid|late|turn of the)\\s+(?:1[5-9]|2[01])(?:st|nd|rd|th)\\s+century`,
  ]
    .map((p) => `\\b(?:${p})`)
    .join('|'),
);
/** A clause of time rather than a time: "متى أحس أن ...", "كلما ...", "whenever he feels ...". */
const AR_WHEN_CLAUSE = /(?<![\p{L}\p{M}])(?:كلما|متى|بمجرد)\s+[^.،,؛:"«»]{3,60}/u;
const EN_WHEN_CLAUSE = /\b(?:whenever|as soon as)\s+[^.,;:"]{3,60}/i;

/** The sentence gives a time: a day, date, month, year or a time relative to the report (see AR_WHEN, EN_WHEN). */
export function givesTime(text: string, translation?: string): boolean {
  // A condition of time ("متى أحس أن عرشه على وشك الزوال", "whenever he feels ...") says when too.
  return (
    AR_WHEN.test(text) ||
    AR_WHEN_CLAUSE.test(text) ||
    (translation !== undefined && (EN_WHEN.test(translation) || EN_WHEN_CLAUSE.test(translation)))
  );
}

/** A day: a weekday, a day of a month, yesterday or tomorrow (what "on which day" asks for, not an hour). */
const AR_DAY = new RegExp(
  `(?<![\\p{L}\\p{M}])[وفبل]?(?:${AR_DAYS}|أمس|غدا|البارحة|\\d{1,2}\\s+(?:${AR_MONTHS})|(?:${AR_ORDINALS})(?:\\s+(?:عشر|والعشرين))?\\s+من\\s+(?:شهر\\s+)?(?:${AR_MONTHS}))(?![\\p{L}\\p{M}])`,
  'u',
);
const EN_DAY = new RegExp(
  `\\b(?:${EN_DAYS}|[Yy]esterday|[Tt]omorrow|\\d{1,2} (?:${EN_MONTHS})|(?:${EN_MONTHS}) \\d{1,2}\\b)`,
);

/** The sentence names a day (see AR_DAY, EN_DAY). */
export function givesDay(text: string, translation?: string): boolean {
  return AR_DAY.test(text) || (translation !== undefined && EN_DAY.test(translation));
}

/** A date: a day of a month ("14 يوليو", "الرابع عشر من تموز", "July 14"), or a month with its year ("يوليو 2016"). */
const AR_DATE = new RegExp(
  `(?<![\\p{L}\\p{M}])[وفبل]?(?:\\d{1,2}\\s+(?:${AR_MONTHS})|(?:${AR_ORDINALS})(?:\\s+(?:عشر|والعشرين))?\\s+من\\s+(?:شهر\\s+)?(?:${AR_MONTHS})|(?:${AR_MONTHS})\\s+(?:من\\s+)?(?:عام\\s+)?\\d{4})(?![\\p{L}\\p{M}])`,
  'u',
);
const EN_DATE = new RegExp(`\\b(?:\\d{1,2} (?:${EN_MONTHS})|(?:${EN_MONTHS}) \\d{1,2}\\b|(?:${EN_MONTHS}),? \\d{4})`);

/** The sentence gives a date (see AR_DATE, EN_DATE): what "on what date", "ما تاريخ" asks for, not a weekday alone. */
export function givesDate(text: string, translation?: string): boolean {
  return AR_DATE.test(text) || (translation !== undefined && EN_DATE.test(translation));
}

/** An hour of the clock: "الساعة الرابعة", "نحو الرابعة وعشرين دقيقة صباحاً", "at 4 a.m.". */
const AR_CLOCK_GIVEN = new RegExp(
  `(?<![\\p{L}\\p{M}])[وفبل]?(?:الساعة\\s+\\S+|${AR_HOUR}|(?:${AR_HOURS})\\s+(?:و\\S+\\s+)?(?:دقيقة\\s+)?(?:${AR_CLOCK}))(?![\\p{L}\\p{M}])`,
  'u',
);
const EN_CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)/i;
/** A part of the day: "فجر الثلاثاء", "ليلا", "at dawn". */
const AR_DAYPART_GIVEN = new RegExp(
  `(?<![\\p{L}\\p{M}])[وفبل]?(?:${AR_DAYPARTS}|${AR_CLOCK}|الظهر|منتصف\\s+الليل)(?![\\p{L}\\p{M}])`,
  'u',
);
const EN_DAYPART = /\b(?:noon|midnight|dawn|dusk|at night|in the (?:morning|afternoon|evening))\b/i;

/** The sentence gives an hour of the clock (see AR_CLOCK_GIVEN, EN_CLOCK): what "what time" asks for first. */
export function givesClock(text: string, translation?: string): boolean {
  return AR_CLOCK_GIVEN.test(text) || (translation !== undefined && EN_CLOCK.test(translation));
}

/** The sentence gives an hour or a part of the day (what "في أي ساعة", "what time" asks for, not a day alone). */
export function givesHour(text: string, translation?: string): boolean {
  return (
    givesClock(text, translation) ||
    AR_DAYPART_GIVEN.test(text) ||
    (translation !== undefined && EN_DAYPART.test(translation))
  );
}

/**
 * "How many times": an ordinal, up to the next punctuation ("الثانية ... والثالثة خلال 12 شهرا"), or a count of times
 * ("مرتين", "three times").
 */
const AR_TIMES_COUNTED = '(?:مرتين|مرتان|(?:\\d+|\\p{L}+) مرات)';
const EN_TIMES_COUNTED = '(?:twice|(?:\\d+|three|four|five|several|many) times)';
const AR_TIMES = new RegExp(`((?:ال)?(?:ثانية|ثالثة|رابعة|خامسة)[^.،,؛\\-–]{0,60}|${AR_TIMES_COUNTED})`, 'u');
const EN_TIMES = new RegExp(
  `\\b((?:his |her |its )?(?:second|third|fourth|fifth)\\b[^.,;\\-–]{0,60}|${EN_TIMES_COUNTED})`,
  'i',
);

/**
 * Of ordinals given one after the other ("his second to the Russian capital this year and his third in 12
 * months", "الثانية ... هذا العام والثالثة خلال 12 شهرا"), the one whose words the question has ("in the last 12
 * months"); all of them where it names none of theirs.
 */
function ordinalAsked(times: string, tokens: readonly Token[], lex: CompiledLexicon): string {
  const parts = times.split(
    /\s+and\s+(?=(?:his |her |its )?(?:second|third|fourth|fifth)\b)|\s+و(?=(?:ال)?(?:ثانية|ثالثة|رابعة|خامسة))/iu,
  );
  if (parts.length < 2) return times;
  // The span each ordinal is counted in ("this year", "in 12 months") tells them apart, not the place visited.
  const spanOf = (ts: readonly { concepts: ReadonlySet<string> | readonly string[] }[]) =>
    new Set(ts.flatMap((w) => [...w.concepts].filter((c) => kindOf(lex, c) === 'time')));
  const asked = spanOf(tokens);
  const each = parts.map((p) => [...spanOf(rawWords(p, lex))].filter((c) => asked.has(c)));
  const shared = (c: string) => each.every((cs) => cs.includes(c));
  const own = each.map((cs) => cs.filter((c) => !shared(c)).length);
  const best = Math.max(...own);
  return best > 0 && own.filter((n) => n === best).length === 1 ? (parts[own.indexOf(best)] as string) : times;
}

/** A count of times, not an ordinal: "مرتين", "ثلاث مرات", "twice", "three times". */
const AR_COUNT_TIMES = new RegExp(`(?<![\\p{L}\\p{M}])${AR_TIMES_COUNTED}(?![\\p{L}\\p{M}])`, 'u');
const EN_COUNT_TIMES = new RegExp(`\\b${EN_TIMES_COUNTED}\\b`, 'i');

/** The sentence says how many times something happened (see AR_COUNT_TIMES): "bombed twice", not "his third visit". */
export function countsTimes(text: string, translation?: string): boolean {
  return AR_COUNT_TIMES.test(text) || (translation !== undefined && EN_COUNT_TIMES.test(translation));
}

/** The sentence says how many times, or which time (see AR_TIMES, EN_TIMES): "bombed twice", "his third visit". */
export function givesTimes(text: string, translation?: string): boolean {
  return AR_TIMES.test(text) || (translation !== undefined && EN_TIMES.test(translation));
}

/** Words that introduce a place ("to Moscow", "في السعودية"): a place after one is where something is or goes. */
const PREPOSITIONS = new Set(
  [
    'in',
    'to',
    'at',
    'near',
    'into',
    'inside',
    'from',
    'toward',
    'towards',
    'في',
    'إلى',
    'الى',
    'قرب',
    'داخل',
    'نحو',
    'outside',
    'أمام',
    'خارج',
    'عند',
    'وسط',
    'قبالة',
  ].map(normalize),
);
/** Short words that may sit inside a name or title ("Secretary of State", "المتحدث باسم الوزارة"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'باسم', 'مع', 'on', 'with', 'and', 'و'].map(normalize));

const PLACE: ReadonlySet<ConceptKind> = new Set(['place']);
const PERSON: ReadonlySet<ConceptKind> = new Set(['person']);
const TITLE: ReadonlySet<ConceptKind> = new Set(['role', 'org', 'place']);
const ROLE: ReadonlySet<ConceptKind> = new Set(['role']);
/** The lexicon's concept of an owner ("صاحب", "مالك"): a title of whoever is named after it. */
const OWNER = '#gen_owner';
const ORG: ReadonlySet<ConceptKind> = new Set(['org']);
/** Kinds of one person: a name or a title. */
const WHO_ONE: ReadonlySet<ConceptKind> = new Set(['person', 'role']);
/** Words that introduce the doer after a verbal noun or a passive ("from", "by", "من"). */
const AGENT_MARKERS = new Set(['from', 'by', 'من']);
const AGENT_MARKER_BONUS = 3;
/** Who does something: people, bodies, and countries acting as one ("Russia bombed ..."). */
export const WHO_KINDS: ReadonlySet<ConceptKind> = new Set(['person', 'role', 'org', 'place']);

/** One whitespace-separated word of a sentence as written, with the lexicon concepts that cover it. */
interface RawWord {
  raw: string;
  /** Normalized word forms inside it ("Syria's" -> syria, s). */
  forms: string[];
  concepts: Set<string>;
  /** The word without the punctuation around it, normalized (see bareForm); computed once, when first asked. */
  bare?: string;
}

/** Sentences already split, per lexicon: an article's sentences are few and asked about again and again. */
const SPLIT_CACHE_MAX = 2000;
const splitRemembered = rememberedPer(SPLIT_CACHE_MAX, (lex: CompiledLexicon, text: string) => splitWords(text, lex));

/** splitWords, remembered per lexicon and text (the result is only read). */
const rawWords = (text: string, lex: CompiledLexicon): RawWord[] => splitRemembered(lex, text);

/** Splits a sentence into its written words and finds the lexicon's concepts in them (multi-word aliases too). */
function splitWords(text: string, lex: CompiledLexicon): RawWord[] {
  const out: RawWord[] = text
    .split(/\s+/)
    .filter((raw) => raw !== '')
    .map((raw) => ({ raw, forms: words(normalize(raw)), concepts: new Set<string>() }));
  const flat = out.flatMap((w, i) => w.forms.map((form) => ({ form, i })));
  const stems = flat.map((f) => stem(f.form));
  const stop = flat.map((f, k) => isStopword(f.form) || isStopword(stems[k] as string));
  const found = findConcepts(
    stems,
    lex,
    flat.map((f) => f.form),
    stop,
  );
  found.forEach((concepts, k) => {
    // "بهجوم شرطي روسي": a glued preposition is read off a word of no concept, as the index does (see analyze).
    const own = concepts.length > 0 || stop[k] ? concepts : gluedConcepts(stems[k] as string, lex);
    for (const c of own) out[(flat[k] as { i: number }).i]?.concepts.add(c);
  });
  inferPlaces(out, lex);
  inferNames(out, lex);
  return out;
}

/** A definite Arabic word, with a glued و / ف / ب / ل before its ال ("القروية", "بالتنمية", "للدولة"). */
const DEFINITE = /^(?:[وفبل]?ال|لل)\p{L}{2,}$/u;

/** The concept given to a person's name the lexicon does not know, read from where it stands (see inferNames). */
export const INFERRED_NAME = '#~name';
/** Words that join a first name to the rest of it ("كريم بن عيسى"), or open a family name of two ("منى عبد الحميد"). */
const NAME_JOINERS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'بو', 'عبد'].map(normalize));
const endsWithComma = (w: RawWord | undefined) => /[،,]$/u.test(w?.raw ?? '');
/** Prepositions within a title's phrase ("الباحثة في معهد بحوث النخيل", "النائب عن دائرة النخيل"), normalized. */
const TITLE_PREPOSITIONS = wordSet('في عن لدى');
/** A content word: one word, not a stop word written or stemmed ("وقال" is قال). */
const contentWord = (w: RawWord | undefined): w is RawWord =>
  w !== undefined &&
  w.forms.length === 1 &&
  !isStopword(w.forms[0] as string) &&
  // A function word with something glued to it ("وهو"); a definite word is none, whatever its stem ("الهنائي").
  (!isStopword(stem(w.forms[0] as string)) || /^ال\p{L}{3,}/u.test(w.forms[0] as string));
const plain = (w: RawWord | undefined) => contentWord(w) && w.concepts.size === 0;

/**
 * Names of people the lexicon does not know (any plain article's), read from Arabic news style: a title, then
 * the words that qualify it (definite words, bodies, places, "of"; a comma before an apposition), then a word the
 * lexicon does not know and that is not definite (the first name), and the rest of the name: a definite family name
 * the lexicon does not know either, or a joiner and the next word ("وقال مدرب الفريق مراد بوزيد", "كاتبة الدولة
 * المكلفة بالتنمية، سعاد العلوي،", "الحكم الدولي كريم بن عيسى"). Marked with INFERRED_NAME, of kind person.
 */
function inferNames(ws: RawWord[], lex: CompiledLexicon): void {
  for (let i = 0; i < ws.length; i++) {
    if (![...(ws[i] as RawWord).concepts].some((c) => kindOf(lex, c) === 'role')) continue;
    let j = i + 1;
    while (j < ws.length && j - i <= 6) {
      const w = ws[j] as RawWord;
      const form = bareForm(w);
      const qualifies = isKind(w, TITLE, lex, new Set()) || isConnector(w) || DEFINITE.test(form);
      if (!qualifies || (endsPhrase(w) && !endsWithComma(w))) break;
      j++;
    }
    const first = ws[j];
    const form = bareForm(first);
    // "رئيس غرفة تجارة وصناعة بيرون سمير الخطيب": a title's own words go on up to a given name a few words later.
    // "الدكتور حازم الشربيني، رئيس قسم ...": an unknown word and the next closed by a comma are the name, and the
    // title after the comma is his, not a later one opening another name. A definite rank after the comma opens
    // the name ("محافظ رأس المنارة، اللواء عادل الشمري").
    const closed =
      first !== undefined &&
      plain(first) &&
      !endsPhrase(first) &&
      endsWithComma(ws[j + 1]) &&
      !DEFINITE.test(bareForm(ws[j + 2]));
    if (first && !GIVEN_NAMES.has(form) && !closed) {
      const span = ws.slice(j + 1, i + 8);
      const ends = span.findIndex((w) => (endsPhrase(w) && !endsWithComma(w)) || SAYING.has(bareForm(w)));
      const within = ends < 0 ? span : span.slice(0, ends);
      // "أستاذة علم السكان في الجامعة الوطنية الدكتورة هالة يوسف": a later title opens the name.
      if (within.some((w) => isKind(w, ROLE, lex, new Set()))) continue;
      const later = within.findIndex(
        (w, k) => GIVEN_NAMES.has(bareForm(w)) && !isStopword(bareForm(w)) && familyName(ws[j + k + 2], lex),
      );
      // Not right after the first word: "الدكتورة هالة يوسف" is her name and her father's.
      if (later >= 1) {
        i = markName(ws, j + 1 + later, lex);
        continue;
      }
    }
    // A common given name may also be a word of the lexicon (وليد، فؤاد); a verbal noun of the form تفعيل is an
    // action after a body, not a name ("أعلنت النيابة توقيف رجل", "أعلن المحافظ تشكيل لجنة").
    // So is a common word before a family name no lexicon knows, after the words of the title ("رئيس الاتحاد العام
    // للمزارعين عودة الرواشدة"; not "محافظ جبل الريحان", where the title goes on).
    const next = ws[j + 1];
    const given =
      (GIVEN_NAMES.has(form) && familyName(first, lex)) ||
      (j > i + 1 &&
        familyName(first, lex) &&
        !endsPhrase(first) &&
        !/^[يتن]/u.test(form) &&
        plain(next) &&
        /^ال\p{L}{3,}/u.test(bareForm(next)));
    // Nor is a plural verb ("الأطباء المقيمين يعملون أكثر ...", "قالوا").
    // Nor a verb in the future ("الأسر ستزيد").
    const action =
      (/^ت\p{L}{2}ي\p{L}$/u.test(form) ||
        PLURAL_VERB.test(form) ||
        /^س[يتن]\p{L}{3,}$/u.test(form) ||
        // Nor a purpose ("برئاسة وزير الداخلية لمتابعة تداعيات العاصفة", "لتقييم", "لإجراء").
        (GLUED_VERBAL_NOUN.test(form) && form.startsWith('ل'))) &&
      !GIVEN_NAMES.has(form);
    if (!first || !(given || (plain(first) && !action)) || form.length < 3 || /^ال/u.test(form) || j === i + 1 + 6) {
      i = appositionName(ws, i) ?? i;
      continue;
    }
    // In English a name is written with a capital ("the Secretary of State thinks ..." names no one).
    if (/^[a-z]/.test(first.raw.replace(TRIM, ''))) continue;
    // "الكأس لقائد الفريق": a known word behind a glued preposition is that word, not a name (بوزيد is one).
    const unglued = form.replace(/^[لب](?=\p{L}{3})/u, '');
    if (unglued !== form && (lex.aliasWords.has(unglued) || isStopword(unglued) || lex.dialect.has(unglued))) continue;
    if (endsPhrase(ws[j - 1]) && !endsWithComma(ws[j - 1])) continue;
    i = markName(ws, j, lex);
  }
  // "قال الصياد محمد العياري", "وأكد محمد العياري": a common given name opens a name wherever it stands.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as RawWord;
    // A given name that is also a common word (سلمى / سلمي "peaceful", سامي "high") is a name before a family name.
    const named =
      familyName(w, lex) && !endsPhrase(w) && /^ال/u.test(bareForm(ws[i + 1])) && familyName(ws[i + 1], lex);
    // "أبو سليم الحوراني": a kunya opens a name, with the name after it.
    const kunya =
      KUNYA.has(bareForm(w)) && !endsPhrase(w) && (plain(ws[i + 1]) || GIVEN_NAMES.has(bareForm(ws[i + 1])));
    if (kunya && !w.concepts.has(INFERRED_NAME)) {
      w.concepts.add(INFERRED_NAME);
      i = markName(ws, i + 1, lex);
      continue;
    }
    if (w.concepts.has(INFERRED_NAME) || !(plain(w) || named)) continue;
    const form = bareForm(w);
    const compound = `${form} ${bareForm(ws[i + 1])}`;
    if (GIVEN_NAMES.has(compound) && !endsPhrase(w)) {
      (ws[i + 1] as RawWord).concepts.add(INFERRED_NAME);
      w.concepts.add(INFERRED_NAME);
      i = markName(ws, i + 1, lex);
    } else if (GIVEN_NAMES.has(form) || (form.startsWith('و') && givenAfterAnd(form.slice(1), lex))) {
      i = markName(ws, i, lex);
    }
  }
}

/** The words of a kunya ("أبو سليم", "أم محمد"), normalized. */
const KUNYA = wordSet('أبو أم');
/** A plural verb ("يعملون", "قالوا"): never a name. */
const PLURAL_VERB = /^[يت]\p{L}{2,}ون$|^\p{L}{2,}وا$/u;

/**
 * A name set off by commas after a title that words of its own lengthen ("وقال رئيس نقابة سائقي النقل الثقيل، حمدان
 * العبيدي، إن ..."): the title's phrase ends with a comma within seven words, one to four words follow up to the next
 * comma, and the first of them that is not a definite rank (العميد، الدكتور) is a word the lexicon does not know or
 * a given name. Marks them and returns the index of the last; undefined when there is no such apposition.
 */
function appositionName(ws: RawWord[], i: number): number | undefined {
  const open = ws.slice(i, i + 8).findIndex((w) => endsWithComma(w)) + i;
  if (open < i || ws.slice(i, open).some((w) => endsPhrase(w))) return undefined;
  const close = ws.slice(open + 1, open + 5).findIndex((w) => endsWithComma(w)) + open + 1;
  if (close <= open || ws.slice(open + 1, close).some((w) => endsPhrase(w))) return undefined;
  let start = open + 1;
  while (start < close && DEFINITE.test(bareForm(ws[start])) && !plain(ws[start])) start++;
  const form = bareForm(ws[start]);
  if (/^ال/u.test(form) || form.length < 3 || PLURAL_VERB.test(form) || !(plain(ws[start]) || GIVEN_NAMES.has(form)))
    return undefined;
  for (let k = start; k <= close; k++) (ws[k] as RawWord).concepts.add(INFERRED_NAME);
  return close;
}

/** "ومحمد": a given name after a glued "and", unless the rest is a word of its own (a stop word, a lexicon alias). */
const givenAfterAnd = (rest: string, lex: CompiledLexicon) =>
  GIVEN_NAMES.has(rest) && !isStopword(rest) && !lex.aliasWords.has(rest);

/** A verbal noun behind a glued ل or ب (لمتابعة، لتقييم، لإجراء، بتزويد): what is done, never a name. */
const GLUED_VERBAL_NOUN = /^[لب](?:م\p{L}ا\p{L}{2}ه|ت\p{L}{2}ي\p{L}|ا\p{L}{2}ا\p{L})$/u;

/**
 * A word that can be a family name: one the lexicon does not know, or knows only as a common noun (الحربي is also
 * "military"), but no stop word and nothing naming a person, title, body, place or time.
 */
const familyName = (w: RawWord | undefined, lex: CompiledLexicon) =>
  contentWord(w) &&
  // "وطالبت منصور بتزويد المستشفى": منصور is named, بتزويد is what she asked for.
  !GLUED_VERBAL_NOUN.test(bareForm(w)) &&
  ([...w.concepts].every((c) => kindOf(lex, c) === 'topic') ||
    // A family name from a place (الحلبي، المصري): the nisba of a place the lexicon knows.
    (/^ال\p{L}{2,}ي$/u.test(bareForm(w)) &&
      [...w.concepts].every((c) => ['topic', 'place'].includes(kindOf(lex, c) ?? ''))));

/** The concept given to a place the lexicon does not know (see inferPlaces). */
const INFERRED_PLACE = '#~place';
/** Nouns that a place's name follows ("مدينة الفيحاء", "بمدينة المهدية", "حي الصفا"); normalized. */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  ['مدينة', 'منطقة', 'حي', 'قرية', 'بلدة', 'محافظة', 'ولاية', 'إقليم', 'ضاحية', 'جزيرة', 'مقاطعة', 'دوار'].map(
    normalize,
  ),
);

/**
 * Places the lexicon does not know, read from Arabic news style: an indefinite place noun (a city, a district, a
 * village ...) and the name after it, definite ("مدينة الفيحاء") or not ("مدينة وهران"), but not an adjective
 * ("منطقة فاصلة", "مدينة ساحلية", though "وادي النخيل" is a name; "المنطقة الحدودية" is definite). The noun and the name are marked as one place.
 */
function inferPlaces(ws: RawWord[], lex: CompiledLexicon): void {
  for (let i = 0; i + 1 < ws.length; i++) {
    const head = ws[i] as RawWord;
    const form = bareForm(head).replace(/^(?:[وف]?[بل]|[وف])(?=\p{L}{2,})/u, '');
    if (!PLACE_HEADS.has(form) || endsPhrase(head) || head.concepts.has(INFERRED_PLACE)) continue;
    const name = ws[i + 1] as RawWord;
    const nameForm = bareForm(name);
    const definite = /^ال/u.test(nameForm);
    const construct = !endsPhrase(name) && /^ال/u.test(bareForm(ws[i + 2]));
    const adjective = !definite && /[هي]$/u.test(nameForm) && !construct;
    // "بجهة فاس": a place the lexicon knows; the noun before it belongs to it.
    if (isKind(name, PLACE, lex, new Set())) {
      head.concepts.add(INFERRED_PLACE);
      continue;
    }
    if (nameForm.length < 3 || adjective || !familyName(name, lex)) continue;
    head.concepts.add(INFERRED_PLACE);
    name.concepts.add(INFERRED_PLACE);
    // "مدينة وادي النخيل", "جهة فاس مكناس": a name of two words.
    const more = ws[i + 2];
    const second = !definite && !endsPhrase(name) && familyName(more, lex) && (construct || plain(more));
    if (second && bareForm(more).length >= 3) (more as RawWord).concepts.add(INFERRED_PLACE);
    i++;
  }
}

/** Verbs that report speech, as news writes them (normalized, with a glued و / ف). */
const SAYING: ReadonlySet<string> = new Set(
  [
    ...[
      'قال',
      'قالت',
      'أضاف',
      'أضافت',
      'أكد',
      'أكدت',
      'أوضح',
      'أوضحت',
      'صرح',
      'صرحت',
      'أعلن',
      'أعلنت',
      'أفاد',
      'أفادت',
    ],
    ...['أشار', 'أشارت', 'حذر', 'حذرت', 'نفى', 'نفت', 'علق', 'علقت', 'شدد', 'شددت', 'لفت', 'لفتت', 'كشف', 'كشفت'],
    ...['اعتبر', 'اعتبرت', 'رأى', 'رأت', 'تابع', 'تابعت', 'أردف', 'أردفت', 'رد', 'ردت'],
    ...['روى', 'روت', 'رجح', 'رجحت'],
    ...['ذكر', 'ذكرت', 'طالب', 'طالبت', 'دعا', 'دعت', 'توقع', 'توقعت', 'تعهد', 'تعهدت', 'وعد', 'وعدت'],
    ...['أعرب', 'أعربت', 'اعترف', 'اعترفت', 'أقر', 'أقرت', 'انتقد', 'انتقدت', 'استبعد', 'استبعدت'],
    ...['اقترح', 'اقترحت', 'أوصى', 'أوصت', 'نصح', 'نصحت', 'ناشد', 'ناشدت', 'تساءل', 'تساءلت', 'اتهم', 'اتهمت'],
    // The present, as news writes a view held ("ويرى الخبير ... أن", "وتقول الجمعية إن").
    ...['يقول', 'تقول', 'يرى', 'ترى', 'يؤكد', 'تؤكد', 'يعتبر', 'تعتبر', 'يوضح', 'توضح', 'يشير', 'تشير'],
  ]
    .flatMap((v) => [v, `و${v}`, `ف${v}`])
    .map(normalize),
);
/** English verbs that report speech (see SAYING). */
const SAYING_EN: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'tell', 'added', 'stated', 'reported']);

/** Words of answering or reacting, besides the verbs of saying ("ردا على", "in response to", "وصفته", "condemned"). */
const REACTING = wordSet(
  'رد ردا ردت يرد ترد ردة ردود وصف وصفت وصفته وصفه ندد نددت دان دانت أدان أدانت',
  'response responded responds respond reaction reacted react described describes condemned denied warned',
  // Welcoming, praising, denouncing: "ورحبت وزارة البيئة بالحكم" is where the ministry's reaction is given.
  'رحب رحبت رحبوا يرحب ترحب استنكر استنكرت شجب شجبت أشاد أشادت احتج احتجت',
  'welcomed welcomes praised hailed denounced protested criticized criticised',
  // Taking a stance: "حلفاؤنا ... يؤيدون وجهة النظر هذه" is where the allies' stance is given.
  'يؤيد يؤيدون تؤيد أيد أيدت أيدوا يعارض يعارضون تعارض عارض عارضت عارضوا يرفض يرفضون ترفض رفض رفضت رفضوا',
  'supports support supported oppose opposes opposed rejects rejected',
  // Holding a view: "ما يعتبره الكرملين أنشطة غير مبررة" is where the Kremlin's stance is given.
  'يعتبر يعتبره يعتبرها تعتبر تعتبره تعتبرها يعتبرون يعتبرونه regards considers',
);

/** A word (normalized) that reports speech or a reaction ("قال", "وأكدت", "said", "ردا", "responded"). */
export const voicesWord = (w: string) =>
  SAYING.has(w) || SAYING_EN.has(w) || REACTING.has(w) || (/^[وف]/u.test(w) && REACTING.has(w.slice(1)));
/** Words before what a deed is done to or where ("the attack on the camp", "الهجوم على المعسكر"). */
const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'over', 'على', 'ضد', 'فوق'].map(normalize));

/** The word at `i` is what a quantity up to `reach` words before counts: "123 people", "12 more people" (reach 2). */
const countedAt = (ws: readonly RawWord[], i: number, reach = 2) =>
  (i > 0 && isQuantityWord(ws, i - 1)) || (reach > 1 && i > 1 && isQuantityWord(ws, i - 2));

/** Harm done to people: killing and wounding (a deed of force, and a fate counted in the news). */
const HARMS = ['#kill', '#gen_kill', '#wound', '#gen_injure'];
/** Deeds of force (attacking, bombing, killing, wounding, expelling): their doer is not who reports them. */
const DEEDS: ReadonlySet<string> = new Set(['#attack', '#bomb', '#expel', ...HARMS]);

/** What befalls people counted in the news: killed, wounded, arrested, missing, rescued, evacuated, displaced. */
const FATES: ReadonlySet<string> = new Set([
  ...HARMS,
  '#gen_arrest',
  '#gen_missing',
  '#gen_rescue',
  '#gen_evacuate',
  '#gen_displacement',
]);

/** Words that end the name of who speaks: "that", and English verbs of saying after it. */
const SPEECH_BOUNDARY = /[.:;،,"«»“”]$|^["«“(]/u;

/**
 * The positions of the words naming who speaks: after an Arabic verb of saying up to "إن" / "أن", a quotation or
 * punctuation ("وقال مسئولان في المخابرات الأميركية إن"), or before an English one back to the clause's start ("Two
 * US intelligence officials said"); at most seven words.
 */
function sayersOf(ws: readonly RawWord[]): Set<number> {
  const out = new Set<number>();
  ws.forEach((w, i) => {
    const form = bareForm(w);
    if (SAYING.has(form)) {
      for (let j = i + 1; j < ws.length && j <= i + 7; j++) {
        const x = ws[j] as RawWord;
        if (THAT.has(bareForm(x)) || /^["«“(]/u.test(x.raw)) break;
        out.add(j);
        if (SPEECH_BOUNDARY.test(x.raw)) break;
      }
    } else if (SAYING_EN.has(form)) {
      for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
        const x = ws[j] as RawWord;
        if (/[.:;,"”]$/u.test(x.raw)) break;
        out.add(j);
      }
    }
  });
  return out;
}

/**
 * Who a sentence names besides who reports it and those it counts: the concepts of its persons, bodies and countries
 * (see DEEDS; "Who attacked the camp?" needs one the question does not name).
 */
export function doersOf(text: string, translation: string | undefined, lex: CompiledLexicon): Set<string> {
  const out = new Set<string>();
  for (const t of [text, ...(translation ? [translation] : [])]) {
    const ws = rawWords(t, lex);
    // A sentence telling of no deed names no one who did it ("the camp lies ... free of any Syrian forces").
    if (!ws.some((w) => [...w.concepts].some((c) => DEEDS.has(c)))) continue;
    const saying = sayersOf(ws);
    // A place after a preposition is where something happened ("on the camp", "في سوريا"), not who did it.
    const onto = (r: Run) => {
      const before = ARTICLES.has(bareForm(ws[r.start - 1])) ? ws[r.start - 2] : ws[r.start - 1];
      return afterPreposition(ws, r) || TARGET_PREPOSITIONS.has(bareForm(before));
    };
    const located = new Set(
      runsOf(ws, PLACE, lex, new Set())
        .filter(onto)
        .flatMap((r) => ws.slice(r.start, r.end + 1).map((_, k) => r.start + k)),
    );
    // "killed at least 123 people", "12 more people": those counted.
    ws.forEach((w, i) => {
      if (saying.has(i) || located.has(i) || countedAt(ws, i)) return;
      for (const c of w.concepts) if (WHO_KINDS.has(kindOf(lex, c) as ConceptKind)) out.add(c);
    });
  }
  return out;
}

/** A who-question about a deed of force ("Who attacked the camp?", "مين ضرب المعسكر؟"). */
export function asksDoerOfDeed(tokens: readonly Token[], previous: readonly Token[] = []): boolean {
  // "Who said the first attack killed 123?" asks who said it.
  const at = tokens.findIndex(isWhoWord);
  const next = askedAfterWho(tokens, at).find((t) => !RELATIVE_OR_IS.has(t.word));
  // Its plural too, written with its alef or without ("من الذين ذكروا عدد القتلى؟", "قالو").
  const saying = next !== undefined && (voicesWord(next.word) || voicesWord(next.word.replace(/وا?$/u, '')));
  if (at < 0 || saying || asksPassive(tokens)) return false;
  const predicate = predicateOf(tokens);
  if (predicate?.concepts.some((c) => DEEDS.has(c))) return true;
  // "ومين اللي نفذه؟", "and who carried it out?" after "When did the second attack happen?": a light verb with a
  // pronoun for its object carries out the deed the question before named.
  const light = predicate !== undefined && lightVerb(predicate.word);
  return light && previous.some((t) => t.concepts.some((c) => DEEDS.has(c)));
}
/**
 * The words that say what a who-question asks: those after "who", or, where the dialects put it last ("اللي ضرب
 * المعسكر مين؟"), those before it.
 */
const askedAfterWho = (tokens: readonly Token[], at: number) =>
  at > 0 && at === tokens.length - 1 ? tokens.slice(0, at) : tokens.slice(at + 1);
const WHO_WORDS: ReadonlySet<string> = new Set(['who', ...WHO_AR]);
/** "who", and a follow-up's "and who" ("ومين اللي ضربه؟", normalized ومن). */
const isWhoWord = (t: Token) => WHO_WORDS.has(t.word) || (t.word.startsWith('و') && WHO_WORDS.has(t.word.slice(1)));
const RELATIVE_OR_IS: ReadonlySet<string> = new Set(
  ['الذي', 'التي', 'الذين', 'اللي', 'هو', 'هي', 'هم', 'is', 'was', 'are', 'were'].map(normalize),
);

/** Classes of machines a question may ask the model or name of (aircraft, weapons, missiles). */
export const MACHINE_CLASSES: ReadonlySet<string> = new Set([
  '#aircraft',
  '#gen_aircraft',
  '#gen_weapon',
  '#gen_weapons',
  '#gen_missile',
  '#ships',
]);
/** A model's mark: a quoted name, a word of model or type, or a name with digits ("Su-34", "F-16", "طراز"). */
const MODEL_MARK = /["«“]|\b(?:model|type|class)\b|طراز|نوع|من فئة|[A-Za-z]+-?\d+/u;

/** The machine classes a text names within four words of a model's mark (see MODEL_MARK). */
export function modelsOf(text: string, translation: string | undefined, lex: CompiledLexicon): Set<string> {
  const out = new Set<string>();
  for (const t of [text, ...(translation ? [translation] : [])]) {
    const ws = rawWords(t, lex);
    ws.forEach((w, i) => {
      const classes = [...w.concepts].filter((c) => MACHINE_CLASSES.has(c));
      if (classes.length === 0) return;
      const near = ws.slice(Math.max(0, i - 4), i + 5).map((x) => x.raw);
      if (MODEL_MARK.test(near.join(' '))) for (const c of classes) out.add(c);
    });
  }
  return out;
}

/** "وقالت إن ...", "وأكد أن ...": the verb's subject is the one who spoke before. */
export const THAT: ReadonlySet<string> = new Set(
  ['إن', 'أن', 'ان', 'بأن', 'إنه', 'أنه', 'إنها', 'أنها'].map(normalize),
);

/** Verbs that go on with the previous speaker's words ("وأضاف أن ...", "وتابع"): said by whoever spoke before. */
const GOING_ON: ReadonlySet<string> = new Set(
  ['أضاف', 'أضافت', 'تابع', 'تابعت', 'استطرد', 'واستطرد', 'أردف', 'أردفت', 'مضى', 'مضت']
    .flatMap((v) => [v, `و${v}`])
    .map(normalize),
);

/**
 * Who says each sentence of a plain article (no annotations): the title and name after its verb of saying ("وقال
 * المدير ... فلان إن ..."), or, for a sentence that goes on ("وأضاف أن ..."), the previous speaker of the
 * paragraph; otherwise the article's own reporting. The name is given in both languages as the article writes it.
 */
export function attributeSpeakers(statements: readonly Statement[], lex: CompiledLexicon): Statement[] {
  let previous: Statement | undefined;
  // Speakers named in full so far ("نقيب المهن الطبية الدكتور سامر الخطيب"), latest last.
  const named: string[] = [];
  return statements.map((st) => {
    const ws = rawWords(st.text, lex);
    const verb = ws.findIndex((w) => SAYING.has(bareForm(w)));
    // "وأشارت إلى أن ...": what follows "to" is what was said, as after "أن" itself.
    const toThat = verb >= 0 && bareForm(ws[verb + 1]) === 'الي' && THAT.has(bareForm(ws[verb + 2]));
    const nextWord = verb >= 0 ? ws[verb + (toThat ? 2 : 1)] : undefined;
    const next = bareForm(nextWord);
    // "وحذر الخطيب", "ونفى الوزير": a surname or a title alone is whoever was named with it before.
    const bare = next.replace(/^ال/, '');
    // Not a body ("وردّت الوزارة"): the ministry is no one named before with "وزارة" in a title.
    const body =
      nextWord !== undefined && isKind(nextWord, ORG, lex, new Set()) && !isKind(nextWord, WHO_ONE, lex, new Set());
    // "وتقول الجمعية التعاونية": a word qualifying it must be the named one's too (not "رئيس جمعية منظمي الرحلات").
    // As written: a folded ى (المرضى) is no nisba's ي.
    const qualifier = closes(nextWord) ? '' : (ws[verb + (toThat ? 3 : 2)]?.raw.replace(TRIM, '') ?? '');
    // A nisba adjective qualifies it; another definite word is the verb's object ("ونصح البدري المرضى").
    const qualified = (n: string) =>
      !/^ال\p{L}{2,}(?:ي|ية|يون|يين)$/u.test(qualifier) ||
      withoutArticles(n).includes(normalize(qualifier).replace(/^ال/u, ''));
    const earlier = bare.length >= 3 && !body ? namedBefore(named, bare, qualified) : undefined;
    const mentions = titledMentions(ws, lex);
    // "لكن النائبة عن دائرة وادي النخيل رنا العمري انتقدت الخطة": the one named right before the verb says it.
    const before = verb > 0 ? mentions.findLast((m) => m.end === verb - 1) : undefined;
    // After a colon or an opening quote (وأضاف: "الناس هنا ...") the words are what was said, not who says it.
    const colon = verb >= 0 && /:$/.test(ws[verb]?.raw ?? '');
    const quoted = colon || (verb >= 0 && /^["«“]/u.test(ws[verb + 1]?.raw ?? ''));
    // The one "أما" sets first speaks in either case; sayerOf reads it first itself.
    const own =
      THAT.has(next) || quoted
        ? (topicSayer(ws, lex) ?? before?.text ?? null)
        : (sayerOf(ws, lex) ?? before?.text ?? null);
    // "وأوضح رئيس الغرفة": a title of several words and no name is the one named before with all of its words.
    const titleWords =
      own?.includes(' ') && !rawWords(own, lex).some((w) => isKind(w, PERSON, lex, new Set()))
        ? withoutArticles(own)
        : undefined;
    const titled = titleWords
      ? named.findLast((n) => n.length > (own?.length ?? 0) && titleWords.every((w) => withoutArticles(n).includes(w)))
      : undefined;
    const sayer =
      earlier && (own === null || !own.includes(' '))
        ? earlier
        : (titled ?? own ?? (verb < 0 ? participleSayer(ws, mentions, named) : null));
    if (sayer?.includes(' ')) named.push(sayer);
    // A person named with a title anywhere ("أصدر وزير الداخلية فؤاد النعيمي قرارا") may speak later by surname.
    for (const { text } of mentions) if (!sayer?.includes(text)) named.push(text);
    // "واقترح تخصيص نسبة ...": a sentence opening with the verb and naming no one after it has the subject before.
    // "ودعا إلى ...": إلى is no article.
    const dropped =
      verb === 0 &&
      own === null &&
      (!next.startsWith('ال') || next === 'الي') &&
      !(ws[1] && isKind(ws[1], WHO_KINDS, lex, new Set()));
    // "وقالت لوكالة الأنباء إن ...": whom it was told stands between the verb and "that".
    const toldThat = verb >= 0 && ws.slice(verb + 1, verb + 4).some((w) => THAT.has(bareForm(w)));
    const goesOn =
      previous?.paragraph === st.paragraph &&
      (ws.slice(0, 2).some((w) => GOING_ON.has(bareForm(w))) ||
        (verb >= 0 && verb <= 1 && (toldThat || colon)) ||
        dropped);
    const speaker = sayer ? { en: sayer, ar: sayer } : goesOn && previous ? previous.speaker : st.speaker;
    const out = speaker === st.speaker ? st : { ...st, speaker };
    previous = out;
    return out;
  });
}

/**
 * "دافعت الوزيرة الخطيب عن الرسوم، مؤكدة أن ...": with no verb of saying, a participle of one says that the one the
 * sentence names before it speaks: named there with a title, or by a word of someone named so before.
 */
function participleSayer(
  ws: readonly RawWord[],
  mentions: readonly { text: string; end: number }[],
  named: readonly string[],
): string | null {
  const at = ws.findIndex((w) => SAYING_PARTICIPLES.has(bareForm(w)));
  if (at < 1) return null;
  const mention = mentions.findLast((m) => m.end < at);
  if (mention) return mention.text;
  for (const w of ws.slice(0, at)) {
    const bare = bareForm(w).replace(/^ال/u, '');
    if (bare.length < 3 || isStopword(bareForm(w))) continue;
    const earlier = namedBefore(named, bare);
    if (earlier) return earlier;
  }
  return null;
}
/** Participles of saying after the one who speaks ("مؤكدة أن", "مشيرا إلى"), normalized. */
const SAYING_PARTICIPLES = wordSet(
  'مؤكدا مؤكدة مشيرا مشيرة مضيفا مضيفة معتبرا معتبرة مطالبا مطالبة موضحا موضحة محذرا محذرة نافيا نافية مشددا مشددة',
);

/**
 * The latest of the speakers and titled people named so far (each of several words) with `bare` among its words,
 * and passing `also`.
 */
const namedBefore = (named: readonly string[], bare: string, also: (n: string) => boolean = () => true) =>
  named.findLast((n) => withoutArticles(n).includes(bare) && also(n));

/** A text's normalized words without their article ("رئيس الغرفة" -> رييس، غرفه). */
const withoutArticles = (text: string) => words(normalize(text)).map((w) => w.replace(/^ال/, ''));

/** The first person the sentence names with a title who is not one the question names (see titledMentions). */
const otherMention = (
  ws: readonly RawWord[],
  lex: CompiledLexicon,
  asked: ReadonlySet<string>,
  also: (m: { name: number; end: number }) => boolean = () => true,
) => {
  // "المسؤول الأوروبي": the country or region asked is in the title ("الخارجية الأميركية").
  const places = [...asked].filter((c) => isCountry(c, lex));
  return titledMentions(ws, lex).find((m) => {
    const named = rawWords(m.text, lex).flatMap((w) => [...w.concepts]);
    return (
      also(m) &&
      places.every((c) => named.includes(c)) &&
      !named.some((c) => asked.has(c) && kindOf(lex, c) === 'person')
    );
  });
};

/** How far before a name its title may open (see titledMentions). */
const TITLE_REACH = 8;
/** The people a sentence names with a title before them, each with it ("وزير الداخلية فؤاد النعيمي"). */
function titledMentions(
  ws: readonly RawWord[],
  lex: CompiledLexicon,
): { text: string; start: number; name: number; end: number }[] {
  const out: { text: string; start: number; name: number; end: number }[] = [];
  const person = (w: RawWord | undefined) => w !== undefined && isKind(w, PERSON, lex, new Set());
  for (let i = 0; i < ws.length; i++) {
    if (!person(ws[i]) || person(ws[i - 1])) continue;
    let end = i;
    while (person(ws[end + 1]) && !endsPhrase(ws[end])) end++;
    // The title opens with a word naming a role, up to eight words before ("النائبة عن دائرة وادي النخيل في البرلمان
    // رنا العمري"), within the phrase: not past another person, a verb of saying or the end of a clause.
    let start = i;
    for (let j = i - 1; j >= 0 && i - j <= TITLE_REACH; j--) {
      const w = ws[j] as RawWord;
      // A quoted name in it ("صاحب شركة "دروب الصحراء" المنظمة للرحلة، السيد ...") does not end it.
      const quoteEnds = /^[^.,،:;!?؟]*["»”]$/u.test(w.raw);
      if (person(w) || SAYING.has(bareForm(w)) || (endsPhrase(w) && !endsWithComma(w) && !quoteEnds)) break;
      // A role, or an owner ("صاحب شركة ...، السيد خالد الزعبي").
      if (isKind(w, ROLE, lex, new Set()) || w.concepts.has(OWNER)) start = j;
    }
    if (start < i) out.push({ text: textOf(ws, start, end).replace(/[،,]$/u, ''), start, name: i, end });
    i = end;
  }
  return out;
}

/**
 * The title before a name the question writes ("وقالت رئيسة نقابة أصحاب الشاحنات، سهى الحوراني، إن ..." for "من هي
 * سهى الحوراني؟"), or null. Asked who, the question names no one else and nothing more (`only`).
 */
function titleOfNamed(
  ws: readonly RawWord[],
  lex: CompiledLexicon,
  content: readonly Token[],
  only: boolean,
): string | null {
  for (const m of titledMentions(ws, lex)) {
    const name = new Set(ws.slice(m.name, m.end + 1).flatMap((w) => w.forms.map(stem)));
    const inName = content.filter((t) => name.has(t.stem)).length;
    if (inName === 0 || (only && inName < content.length)) continue;
    return textOf(ws, m.start, m.name - 1).replace(/[،,]$/u, '');
  }
  return null;
}

/**
 * Who says a plain article's sentence: the title and name right after its verb of saying ("وقال مدرب الفريق مراد
 * بوزيد إن ..." -> "مدرب الفريق مراد بوزيد"), or null when no one is named there ("وأضاف أن ...").
 */
function sayerOf(ws: readonly RawWord[], lex: CompiledLexicon): string | null {
  const topic = topicSayer(ws, lex);
  if (topic) return topic;
  let at = ws.findIndex((w) => SAYING.has(bareForm(w)));
  if (at < 0) return null;
  // A named person within the next words, in the same phrase: the title before the name belongs to it.
  for (let i = at + 1; i < ws.length && i - at <= 8; i++) {
    const w = ws[i] as RawWord;
    // "وانتقدت الجمعية القرار، وقالت رئيستها الدكتورة ريم الحوراني إن ...": the later verb's subject speaks.
    if (SAYING.has(bareForm(w))) {
      at = i;
      continue;
    }
    // "وقالت إدارة المستشفى في بيان إن الطفلتين سلمى وسارة ...": after "that" come what was said and whom it names.
    if (THAT.has(bareForm(w))) break;
    if (isKind(w, PERSON, lex, new Set())) {
      let end = i;
      while (end + 1 < ws.length && isKind(ws[end + 1] as RawWord, PERSON, lex, new Set()) && !endsPhrase(ws[end]))
        end++;
      return textOf(ws, at + 1, appositiveEnd(ws, end, lex)).replace(/[،,]$/u, '');
    }
    if (endsPhrase(w) && !endsWithComma(w)) break;
  }
  let end = at;
  let person = false;
  for (let i = at + 1; i < ws.length && i - at <= 10; i++) {
    const w = ws[i] as RawWord;
    const who = isKind(w, WHO_KINDS, lex, new Set());
    // "وأكد للصحفيين أن ...": whom it is said to, not who says it.
    if (!(who || titleOwn(w, lex)) || THAT.has(bareForm(w)) || (who && /^لل/u.test(bareForm(w)))) break;
    end = i;
    person ||= isKind(w, PERSON, lex, new Set());
    if (endsPhrase(w) && !endsWithComma(w)) break;
  }
  // A title alone may do ("وقال الوزير"), but not a bare definite word ("وقال البيان").
  const named = ws.slice(at + 1, end + 1).some((w) => isKind(w, WHO_KINDS, lex, new Set()));
  return end > at && (person || named) ? textOf(ws, at + 1, end).replace(/[،,]$/u, '') : null;
}

/**
 * "أما الرئيس التنفيذي للشركة، المهندس كريم العبدلي، فقد نفى ...": the one "أما" sets first, whose words the ف after
 * him goes on to tell; a person or a title among them.
 */
function topicSayer(ws: readonly RawWord[], lex: CompiledLexicon): string | null {
  if (!/^و?اما$/u.test(bareForm(ws[0]))) return null;
  // "فقال", "فقد نفى": a verb of saying with the ف (SAYING has it so), or after "فقد".
  const verb = (i: number) => (bareForm(ws[i]) === 'فقد' ? `ف${bareForm(ws[i + 1])}` : bareForm(ws[i]));
  const fa = ws.findIndex((_, i) => i > 1 && i <= TOPIC_REACH && SAYING.has(verb(i)) && verb(i).startsWith('ف'));
  if (fa < 0) return null;
  const span = ws.slice(1, fa);
  // "أما بخصوص مصدر العدوى، فقد رجحت التحقيقات": a topic set first, not who speaks.
  if (isStopword(bareForm(span[0])) || TOPIC_WORDS.has(bareForm(span[0]))) return null;
  if (!span.some((w) => isKind(w, WHO_KINDS, lex, new Set()) || titleOwn(w, lex))) return null;
  return textOf(ws, 1, fa - 1).replace(/[،,]$/u, '');
}
const TOPIC_WORDS = wordSet('بخصوص بشان بالنسبه فيما');
/** Words from "أما" to the ف of what the one it sets first said, at most. */
const TOPIC_REACH = 14;

/** How far a title set off by commas after a name reaches ("سامر الخطيب، رئيس فريق التفتيش في هيئة الطرق، إن"). */
const APPOSITIVE_REACH = 9;

/**
 * The last word of a name's title in apposition: from a role word right after the name's comma up to the next
 * comma, if that comes within APPOSITIVE_REACH words before anything is said; else the name's own last word.
 */
function appositiveEnd(ws: readonly RawWord[], end: number, lex: CompiledLexicon): number {
  if (!endsWithComma(ws[end]) || !ws[end + 1] || !isKind(ws[end + 1] as RawWord, ROLE, lex, new Set())) return end;
  for (let i = end + 1; i < ws.length && i - end <= APPOSITIVE_REACH; i++) {
    const w = ws[i] as RawWord;
    if (SAYING.has(bareForm(w)) || THAT.has(bareForm(w)) || isKind(w, PERSON, lex, new Set())) return end;
    if (endsWithComma(w)) return i;
    if (endsPhrase(w)) return end;
  }
  return end;
}

/** Marks a name from its first word at `j`: with the family name after it, or a joiner and the next word. */
function markName(ws: RawWord[], j: number, lex: CompiledLexicon): number {
  const first = ws[j] as RawWord;
  let end = j;
  const next = ws[j + 1];
  const nextForm = bareForm(next);
  if (!endsPhrase(first) || endsWithComma(first)) {
    if (NAME_JOINERS.has(nextForm) && familyName(ws[j + 2], lex)) end = j + 2;
    else if (familyName(next, lex) && nextForm.length >= 3 && endsWithComma(first) === false) end = j + 1;
    // A name of three: the father's a given name or one with its joiner, then the family's, definite ("هشام فؤاد
    // القناوي", "سامي عبد الحكيم الدميري").
    const father = NAME_JOINERS.has(nextForm) || GIVEN_NAMES.has(nextForm);
    // A word ending in ى is what is done to someone ("ونصحت الدكتورة هالة يوسف المرضى"), no nisba.
    const family = ws[end + 1];
    const familyForm = family?.raw.replace(TRIM, '') ?? '';
    if (end > j && father && !endsPhrase(ws[end]) && /^ال\p{L}{3,}[^ى]$/u.test(familyForm) && familyName(family, lex))
      end++;
  }
  for (let k = j; k <= end; k++) (ws[k] as RawWord).concepts.add(INFERRED_NAME);
  return end;
}

const kindOf = (lex: CompiledLexicon, term: string): ConceptKind | undefined =>
  term === INFERRED_NAME ? 'person' : term === INFERRED_PLACE ? 'place' : lex.kinds.get(term.slice(1));
const isKind = (w: RawWord, kinds: ReadonlySet<ConceptKind>, lex: CompiledLexicon, asked: ReadonlySet<string>) =>
  [...w.concepts].some((c) => !asked.has(c) && kinds.has(kindOf(lex, c) as ConceptKind));
/** A written word without the punctuation around it, normalized ("القروية،" -> "القرويه"). */
const bareForm = (w: RawWord | undefined): string => {
  if (!w) return '';
  w.bare ??= normalize(w.raw.replace(TRIM, ''));
  return w.bare;
};
/** A place noun without a glued preposition or article ("بمدينة" -> "مدينه"), or "" for any other word. */
const placeHead = (w: RawWord | undefined) => {
  const form = bareForm(w).replace(/^[وف]?(?:بال|لل|ال|ب|ل)?(?=\p{L}{2,})/u, '');
  return PLACE_HEADS.has(form) ? form : '';
};
/** A place noun with a preposition glued to it ("بمدينة", "لمحافظة"). */
const opensPlace = (w: RawWord) => /^[وف]?(?:ب|ل)\p{L}{2,}$/u.test(bareForm(w)) && placeHead(w) !== '';
const isConnector = (w: RawWord) => w.forms.length === 1 && CONNECTORS.has(w.forms[0] as string);

interface Run {
  start: number;
  end: number;
}

/** Runs of words naming things of the given kinds that the question does not name; one connector may join two. */
function runsOf(
  ws: readonly RawWord[],
  kinds: ReadonlySet<ConceptKind>,
  lex: CompiledLexicon,
  asked: ReadonlySet<string>,
) {
  const runs: Run[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!isKind(ws[i] as RawWord, kinds, lex, asked)) continue;
    const last = runs.at(-1);
    const gap = last ? ws.slice(last.end + 1, i) : [];
    // "المسرح البلدي بمدينة وادي النخيل": a place noun with a preposition glued to it opens a place of its own.
    if (last && gap.length <= 1 && gap.every(isConnector) && !opensPlace(ws[i] as RawWord)) last.end = i;
    else runs.push({ start: i, end: i });
  }
  return runs;
}

const TRIM = /^[\s("«“'-]+|[\s)"»”'.,،:;!?؟-]+$/gu;
const textOf = (ws: readonly RawWord[], start: number, end: number, lex?: CompiledLexicon) =>
  ws
    .slice(start, end + 1)
    .map((w, i) => (i === 0 && lex ? unglued(w, lex) : w.raw))
    .join(' ')
    .replace(TRIM, '');
/** A word without the "and" glued before it ("وحلفاؤنا" -> "حلفاؤنا") when the rest is a word the lexicon knows. */
const unglued = (w: RawWord, lex: CompiledLexicon) => {
  const m = /^([«"(]*)[وف](\p{L}{4,})/u.exec(w.raw);
  const whole = normalize(w.raw.replace(TRIM, ''));
  const known = (x: string) => lex.aliasWords.has(x) || GIVEN_NAMES.has(x);
  return m?.[2] && !known(whole) && lex.aliasWords.has(normalize(m[2]))
    ? `${m[1] ?? ''}${m[2]}${w.raw.slice(m[0].length)}`
    : w.raw;
};

const ARTICLES = new Set(['a', 'an', 'the']);
/**
 * A place run opened by a preposition, written apart ("إلى موسكو") or attached ("بموسكو", "للعاصمة"); with
 * `conjoined`, also a preposition with "and" glued to it ("وفي مدينة ...").
 */
const afterPreposition = (ws: readonly RawWord[], r: Run, conjoined = false) => {
  let before = r.start - 1;
  // "in a buffer zone", "to the Black Sea": an English article may sit between.
  if (ws[before]?.forms.every((f) => ARTICLES.has(f))) before--;
  const opens = (f: string) => PREPOSITIONS.has(f) || (conjoined && /^[وف]/u.test(f) && PREPOSITIONS.has(f.slice(1)));
  return (
    (ws[before]?.forms.some(opens) ?? false) ||
    /^[وف]?(?:ب|لل|ل(?!ل))\p{L}{3,}/u.test(normalize(ws[r.start]?.raw ?? ''))
  );
};

/** The place concepts a sentence gives as a location: named right after a preposition ("to Moscow", "في سورية"). */
export function locationsOf(text: string, lex: CompiledLexicon): Set<string> {
  const ws = rawWords(text, lex);
  const out = new Set<string>();
  for (const r of runsOf(ws, PLACE, lex, new Set())) {
    // "وفي مدينة وادي السدر، أغلقت ...": a paragraph's "and" glued to the preposition sets where it tells of.
    if (!afterPreposition(ws, r, true)) continue;
    for (const w of ws.slice(r.start, r.end + 1))
      for (const c of w.concepts) if (kindOf(lex, c) === 'place') out.add(c);
  }
  return out;
}

/**
 * The place the sentence gives as a location: the first introduced by a preposition ("to Moscow", "in Saudi
 * Arabia"); or, when any place will do ("which countries ...?"), else the first place it names.
 */
function placeOf(
  ws: readonly RawWord[],
  lex: CompiledLexicon,
  asked: ReadonlySet<string>,
  askedStems: ReadonlySet<string>,
  location = true,
  country = false,
  withPreposition = false,
  kindNoun = '',
): string | null {
  const all = runsOf(ws, PLACE, lex, asked);
  // A named place (Cyprus, Jordan), not general vocabulary (المحافظة, the airport) or a place read from the text.
  const named = (c: string) => c !== INFERRED_PLACE && !c.startsWith('#gen_') && isCountry(c, lex);
  const known = all.filter((r) => ws.slice(r.start, r.end + 1).some((w) => [...w.concepts].some(named)));
  const runs = country && known.length > 0 ? known : all;
  // A place merely named (an adjective, a subject) is not where anything is: no short answer rather than a guess.
  const placed = runs.filter((r) => afterPreposition(ws, r));
  // Where no place is after a preposition, a phrase a preposition of place opens ("أمام بوابة المنجم", "في الطرف
  // الغربي من المخيم"): where a plain article's "where?" is answered in words of its own.
  const spots = placed.length === 0 && location ? locativeRuns(ws, lex) : [];
  const any = spots.length > 0 ? spots : placed.length > 0 || location ? placed : runs;
  // "في أي مدينة ...؟": a city named ("في مدينة الزهراء"), not the common noun alone ("على أطراف المدينة").
  const lone = (r: Run) =>
    r.start === r.end &&
    [...(ws[r.start]?.concepts ?? [])].every((c) => c.startsWith('#gen_')) &&
    (closes(ws[r.start]) || !placeName(ws[r.start + 1], lex));
  const notLone = !location && any.some((r) => !lone(r)) ? any.filter((r) => !lone(r)) : any;
  // "في أي مدينة ...؟": of "مدينة الزهراء بمحافظة الوادي", the place the asked noun opens.
  const ofKind = (r: Run) => kindNoun !== '' && placeHead(ws[r.start]) === kindNoun;
  const candidates = notLone.some(ofKind) ? notLone.filter(ofKind) : notLone;
  // Of several, the one nearest the question's words ("which ally supports ..." -> "... in Saudi Arabia, support").
  const hits = candidates.length > 1 ? anchorsOf(ws, lex, asked, askedStems, { both: true }) : [];
  const gap = (r: Run, h: number) =>
    h < r.start ? r.start - h - 0.5 : h > r.end ? h - r.end : Number.POSITIVE_INFINITY;
  const distance = (r: Run) => Math.min(...hits.map((h) => gap(r, h)));
  // The place in the clause holding most of the question's words ("either accidental ones in Syria or through a
  // miscalculation during air and naval encounters from the Baltic ..."), then the nearest.
  const clause = clausesOf(ws);
  const together = (r: Run) => hits.filter((h) => clause[h] === clause[r.start]).length;
  const run =
    hits.length > 0
      ? [...candidates].sort((a, b) => together(b) - together(a) || distance(a) - distance(b))[0]
      : candidates[0];
  if (!run) return null;
  if (spots.includes(run)) return textOf(ws, run.start, run.end);
  // "from the Baltic to the Black Sea", "من البلطيق إلى البحر الأسود": the whole range, whichever end was chosen.
  const opener = (r: Run, words: ReadonlySet<string>) => {
    const i = ARTICLES.has(bareForm(ws[r.start - 1])) ? r.start - 2 : r.start - 1;
    return words.has(bareForm(ws[i])) ? i : -1;
  };
  for (const [a, b] of runs.slice(1).map((r, i) => [runs[i] as Run, r] as const)) {
    if (a !== run && b !== run) continue;
    const from = opener(a, RANGE_FROM);
    const to = opener(b, RANGE_TO);
    if (from >= 0 && to === a.end + 1) return textOf(ws, from, b.end);
  }
  // "Which country does the camp border?": "على حدود سورية مع الأردن", "on Syria's border with Jordan": the country
  // after "with".
  if (country) {
    const withAt = ws.slice(run.start, run.end + 1).findLastIndex((w) => WITH.has(bareForm(w)));
    if (withAt > 0 && run.start + withAt < run.end) return textOf(ws, run.start + withAt + 1, run.end);
    const bordering = asked.has('#border') || [...BORDER_STEMS].some((b) => askedStems.has(b));
    const after = known.find((r) => WITH.has(bareForm(ws[r.start - 1])) && r !== run);
    if (after && bordering) return textOf(ws, after.start, after.end);
  }
  // "أمام مبنى الوزارة": a common noun of place (a building, a square) is the place of whatever follows it.
  const last = ws[run.end];
  const common = last !== undefined && [...last.concepts].every((c) => c.startsWith('#gen_'));
  const next = ws[run.end + 1];
  let end = common && !closes(last) && next && withArticle(next) ? run.end + 1 : run.end;
  // "قرب بلدة وادي السلام", "في ولاية توزر", "إلى مستشفى الإمام السحنوني الجامعي": a plain article names a place the
  // lexicon does not know by the words after its common noun, up to the end of the phrase.
  if (common && ARABIC_WORD.test(last?.raw ?? '')) end = Math.max(end, nameAfter(ws, run.end, lex));
  // "داخل مستودع قديم في المنطقة الصناعية", "إلى المختبر المركزي في العاصمة": where a preposition of place opens the
  // phrase a word or two before the place (past a في), the phrase is the answer, the place only what it is in.
  let from = run.start;
  if (location && ARABIC_WORD.test(ws[run.start]?.raw ?? '')) {
    const inAt = IN.has(bareForm(ws[from - 1])) ? from - 1 : from;
    for (let k = 1; k <= 3; k++) {
      const nouns = ws.slice(inAt - k, inAt);
      if (nouns.length < k || nouns.some((w) => closes(w) || !contentWord(w) || isVerbLike(w))) break;
      // "في مقر رئاسة الحكومة بالعاصمة", or the preposition glued: "بمقر الوزارة في العاصمة".
      const first = bareForm(nouns[0]);
      const glued =
        /^ب(?!ال)\p{L}{3,}$/u.test(first) &&
        analyze(first.slice(1), lex).some((t) =>
          t.concepts.some((c) => c.startsWith('#gen_') && kindOf(lex, c) === 'place'),
        );
      if ((PREPOSITIONS.has(bareForm(ws[inAt - k - 1])) && !closes(ws[inAt - k - 1])) || glued) {
        from = inAt - k;
        break;
      }
    }
  }
  // "أمام مبنى المحافظة في وادي السدر", "في مقر الوزارة بالعاصمة عمّان": the place it is in, right after it.
  for (let more = 0; more < 2 && !closes(ws[end]); more++) {
    const within = all.find(
      (r) =>
        (r.start === end + 2 && IN.has(bareForm(ws[end + 1]))) ||
        (r.start === end + 1 && /^ب(?:ال)?\p{L}{2,}/u.test(bareForm(ws[r.start]))),
    );
    if (!within) {
      // "إلى المستشفى الإقليمي في قرطالة": a name the lexicon does not know, after "في", is the town it is in.
      const named = ws[end + 2];
      if (
        IN.has(bareForm(ws[end + 1])) &&
        !closes(ws[end + 1]) &&
        placeName(named, lex) &&
        !withArticle(named) &&
        named.concepts.size === 0 &&
        !NO_PLACE.has(bareForm(named)) &&
        !givesTime(named.raw)
      ) {
        end += 2;
        if (!closes(ws[end]) && placeName(ws[end + 1], lex) && ws[end + 1]?.concepts.size === 0) end++;
      }
      break;
    }
    end = within.end;
    // "في ساحة الاستقلال", "بحي الرابطة": the name after a common noun of place is the place's.
    const noun = ws[end];
    if (
      noun &&
      noun.concepts.size > 0 &&
      [...noun.concepts].every((c) => c.startsWith('#gen_')) &&
      ARABIC_WORD.test(noun.raw)
    )
      end = nameAfter(ws, end, lex);
  }
  return textOf(ws, withPreposition ? prepositionBefore(ws, from) : from, end);
}
const ARABIC_WORD = /[\u0600-\u06FF]/u;
/** Where a place's name written after its common noun at `at` ends ("بلدة وادي السلام"): up to three words on. */
function nameAfter(ws: readonly RawWord[], at: number, lex: CompiledLexicon): number {
  let k = at;
  while (k < at + 3 && !closes(ws[k]) && placeName(ws[k + 1], lex)) k++;
  return k;
}
/** A word that may be part of a place's name: Arabic, no function word, verb, number, time or preposition. */
const placeName = (w: RawWord | undefined, lex: CompiledLexicon): w is RawWord =>
  contentWord(w) &&
  ARABIC_WORD.test(w.raw) &&
  !/\d/u.test(w.raw) &&
  !isVerbLike(w) &&
  // "بالعاصمة وقرر رفع الأجور": "and" before a verb of three letters opens the next clause (not "وادي").
  !/^و[^اوي]\p{L}{2}$/u.test(bareForm(w)) &&
  !DAY_PART.test(w.raw) &&
  !PLACE_STOPS.has(bareForm(w)) &&
  !PREPOSITIONS.has(bareForm(w)) &&
  !isKind(w, NOT_OF_A_PLACE_NAME, lex, NONE_ASKED);

/** Prepositions of place, and those that place only before a definite noun (في، إلى), normalized. */
const LOCATIVES = wordSet('أمام عند قرب داخل خارج وسط حول فوق تحت بجوار قبالة');
const LOCATIVES_DEFINITE = wordSet('في إلى');
/** Nouns "على" places on ("على طريق المطار", "على ضفة النهر", "على سطح المنزل"), normalized. */
const ON_PLACES = wordSet('طريق الطريق ضفة ضفاف سطح أسطح حدود شاطئ ساحل مقربة');
/** Words after which a phrase of place goes on no further ("منذ", "حيث", "بعد"), normalized. */
const PLACE_STOPS = wordSet('منذ حيث بعد قبل بسبب إثر خلال لمدة');
/**
 * Heads of what is no place ("في بيان", "في مؤتمر صحفي", "في اتصال هاتفي", the percent's "في المئة"), normalized.
 */
const NO_PLACE = wordSet(
  'بيان البيان تصريح تصريحات مؤتمر اتصال حديث مقابلة رسالة تقرير التقرير إطار ظل حال حالة المئة المائة',
);

/** A part of the day ("صباح", "فجراً"). */
const DAY_PART = /صباح|مساء|فجر|ظهر|عصر|ليل|منتصف/u;
/** A time told from another: "بعد ستة أيام", "قبل أسبوع", "منذ", "خلال". */
const RELATIVE = /^[وف]?(?:بعد|قبل|منذ|خلال)\s/u;

/** The question's concepts, and the light and deep stems of its content words: what anchorsOf looks for. */
function askedTerms(tokens: readonly Token[]): { asked: Set<string>; stems: Set<string> } {
  return {
    asked: new Set(tokens.flatMap((t) => t.concepts)),
    stems: new Set(tokens.filter((t) => !t.stop).flatMap((t) => [t.stem, t.deep.slice(1)])),
  };
}

/** "حتى", "لغاية", "until" right before a time: the end of what lasts. */
const UNTIL_BEFORE = /(?:^|[^\p{L}\p{M}])(?:حتى|لغاية|until|till)\s*$/u;

/** The question asks the hour: "في أي ساعة", "الساعة كام", "كم الساعة", "what time", "at what hour". */
const hourAsked = (tokens: readonly Token[]) =>
  tokens.some(
    (t, i) =>
      (/^(?:ال)?ساعه$|^hour$/u.test(t.word) &&
        (HOUR_HOW.has(tokens[i - 1]?.word ?? '') || HOUR_HOW.has(tokens[i + 1]?.word ?? ''))) ||
      (t.word === 'time' && ['what', 'which'].includes(tokens[i - 1]?.word ?? '')),
  );
const HOUR_HOW: ReadonlySet<string> = wordSet('اي كم كام قديش قداش بكم شو ايش وش what which');

/**
 * The time a sentence gives (see AR_WHEN); of several, the one nearest the question's words ("في مؤتمر صحفي عقده ظهر
 * الأحد، أن الخاطفين تواصلوا مع الأسرة للمرة الأولى صباح الأربعاء" asked when they first made contact).
 */
function timeNearest(text: string, ctx: ShortContext, when: RegExp = AR_WHEN): RegExpMatchArray | null {
  // AR_WHEN from each match's end on: a global copy of it would compile the large pattern twice.
  const found: RegExpMatchArray[] = [];
  for (let from = 0, m = when.exec(text); m; m = when.exec(text.slice(from))) {
    const at = from + (m.index ?? 0);
    // Not from inside a word the slice cut (the pattern looks behind for a letter it cannot see there).
    if (!(m.index === 0 && from > 0 && /[\p{L}\p{M}]/u.test(text[from - 1] ?? ''))) {
      found.push(Object.assign([...m], { index: at, input: text }) as RegExpMatchArray);
    }
    from = at + Math.max(1, m[0].length);
  }
  // A day, a date, a part of the day or a figure, not a span after or before ("بعد ستة أيام") nor a word of hours
  // ("الساعة المعتمدة"); nor the hour told after a day ("يوم السبت المقبل، عند الساعة العاشرة"), read with it.
  const told = (m: RegExpMatchArray) =>
    (AR_DAY.test(m[0]) || AR_DATE.test(m[0]) || /\d/u.test(m[0]) || DAY_PART.test(m[0])) && !RELATIVE.test(m[0]);
  const after = (m: RegExpMatchArray, i: number) => {
    const prev = found[i - 1];
    if (!prev) return false;
    const between = text.slice((prev.index ?? 0) + prev[0].length, m.index ?? 0);
    return between.split(/\s+/u).filter(Boolean).length <= 2;
  };
  const outright = found.filter((m, i) => told(m) && !after(m, i));
  // Where no time is told outright, the relative ones ("في الشهر الماضي", "في وقت سابق من ذلك الشهر") compete alike.
  const times = outright.length > 0 ? outright : found;
  // "في أي ساعة ...؟", "الساعة كام؟", "what time ...?": an hour of the clock before a day or a part of it.
  const clocks = hourAsked(ctx.tokens) ? times.filter((m) => AR_CLOCK_GIVEN.test(m[0]) || EN_CLOCK.test(m[0])) : [];
  // "إلى متى ...؟", "until when": the time something lasts until ("وتستمر حتى نهاية شهر تشرين الأول"), not when
  // it starts ("مطلع الشهر المقبل").
  const untilAsked = asksUntilWhen(ctx.tokens);
  const ends = untilAsked
    ? found.filter((m) => UNTIL_BEFORE.test(text.slice(0, m.index ?? 0)) || /^(?:حتى|لغاية|until)\s/u.test(m[0]))
    : [];
  const all = clocks.length > 0 ? clocks : ends.length > 0 ? ends : times;
  if (all.length < 2) return all[0] ?? null;
  const { asked, stems } = askedTerms(ctx.tokens);
  const hits = anchorsOf(rawWords(text, ctx.lex), ctx.lex, asked, stems, { both: true });
  if (hits.length === 0) return all[0] ?? null;
  const wordAt = (i: number) => text.slice(0, i).split(/\s+/u).filter(Boolean).length;
  const distance = (m: RegExpMatchArray) => {
    const from = wordAt(m.index ?? 0);
    const to = from + m[0].split(/\s+/u).filter(Boolean).length - 1;
    return Math.min(...hits.map((h) => (h < from ? from - h : h > to ? h - to : 0)));
  };
  return all.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * Phrases of place a preposition opens, for a sentence that names no place (see placeOf): the preposition, then up to
 * six words of no time, number or verb, joined by "من" or "في" before a definite word ("في الطرف الغربي من المخيم").
 */
function locativeRuns(ws: readonly RawWord[], lex: CompiledLexicon): Run[] {
  const plainWord = (w: RawWord | undefined): w is RawWord =>
    contentWord(w) &&
    !/\d/u.test(w.raw) &&
    !isVerbLike(w) &&
    !PLACE_STOPS.has(bareForm(w)) &&
    ![...w.concepts].some((c) => kindOf(lex, c) === 'time');
  const out: Run[] = [];
  ws.forEach((w, i) => {
    const form = bareForm(w);
    const first = ws[i + 1];
    if (closes(w) || !plainWord(first) || NO_PLACE.has(bareForm(first))) return;
    const definite = withArticle(first) || withArticle(ws[i + 2]);
    const opens =
      LOCATIVES.has(form) ||
      (LOCATIVES_DEFINITE.has(form) && definite) ||
      (form === 'علي' && ON_PLACES.has(bareForm(first)));
    if (!opens) return;
    let end = i + 1;
    while (end - i < 6 && !closes(ws[end])) {
      const next = ws[end + 1];
      // An indefinite word after a definite one opens what comes next ("قرب بلدة عين الرمل ازدحاماً خانقاً").
      const definiteBefore = ws.slice(i + 1, end + 1).some(withArticle);
      if (plainWord(next) && !(definiteBefore && !withArticle(next))) end++;
      else if (
        ['من', 'في'].includes(bareForm(next)) &&
        !closes(next) &&
        withArticle(ws[end + 2]) &&
        plainWord(ws[end + 2])
      )
        end += 2;
      else break;
    }
    out.push({ start: i, end });
  });
  return out;
}
/** A word written with the article ("المخرج", "البوابة"), read without the punctuation around it. */
const withArticle = (w: RawWord | undefined) => /^ال\p{L}{2,}/u.test(bareForm(w));
/** An Arabic word that reads as a present-tense verb ("يقع", "تمر"), not a noun of place. */
const isVerbLike = (w: RawWord) => /^[يت]\p{L}{2,3}$/u.test(bareForm(w));

const WHERE_WORDS = wordSet('اين where');
const WHAT_IS = wordSet('ما ماهي هي');
const IN: ReadonlySet<string> = wordSet('في in');

/**
 * "Where?" is answered with the preposition that places it ("في منطقة فاصلة ...", "in a buffer zone ..."): the
 * index of that word before a place's first word (and of an English article between), else the place's own.
 */
function prepositionBefore(ws: readonly RawWord[], start: number): number {
  const before = ws[start - 1]?.forms.every((f) => ARTICLES.has(f)) ? start - 2 : start - 1;
  const word = ws[before];
  if (!word || endsPhrase(word) || !word.forms.some((f) => PREPOSITIONS.has(f) || f === 'on')) return start;
  return before;
}
const WITH: ReadonlySet<string> = wordSet('مع with');
/** Stems of the words of a border (حدود، border), as the question's stems are. */
const BORDER_STEMS: ReadonlySet<string> = new Set(['حدود', 'حد', 'border', 'borders'].map((w) => stem(normalize(w))));
/** Words that open a new clause: "or", "but", "while" (normalized). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'or',
  'but',
  'while',
  'whereas',
  'او',
  'لكن',
  'ولكن',
  'بينما',
  'فيما',
]);

/** The clause of each word: a new one after a comma, semicolon or colon, or at "or", "but", "أو", "لكن". */
function clausesOf(ws: readonly RawWord[]): number[] {
  let n = 0;
  return ws.map((w, i) => {
    if (i > 0 && (/[,،;؛:]$/u.test(ws[i - 1]?.raw ?? '') || CLAUSE_OPENERS.has(bareForm(w)))) n++;
    return n;
  });
}

/** A place noun alone, with or without a preposition, the article or a pronoun (normalized): it names no place. */
const GENERIC_PLACE = /^(?:[وفبل]|من |في |الي )?(?:ال)?(?:بلاد|دوله|دول|بلد|بلدان|مدينه|منطقه|ميدان)(?:ها|هم|ه|هما)?$/u;
/** Nouns of "which country" (normalized): asked with one, a place read from the text alone does not answer. */
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(
  ['دوله', 'دول', 'بلد', 'بلدان', 'دولتين', 'بلدين', 'country', 'countries', 'states', 'nation', 'nations'].map(
    normalize,
  ),
);

const RANGE_FROM: ReadonlySet<string> = new Set(['from', 'من'].map(normalize));
const RANGE_TO: ReadonlySet<string> = new Set(['to', 'الى', 'حتى', 'until'].map(normalize));

/** The people a sentence names with their title written before them, in its text or its translation. */
export function titledPeopleOf(text: string, translation: string | undefined, lex: CompiledLexicon): Set<string> {
  const out = new Set<string>();
  for (const t of translation === undefined ? [text] : [text, translation]) {
    const ws = rawWords(t, lex);
    const people = new Set(ws.flatMap((w) => [...w.concepts].filter((c) => kindOf(lex, c) === 'person')));
    for (const person of people) if (titleOf(ws, lex, person)) out.add(person);
  }
  return out;
}

/**
 * The title in front of a name the question asks about ("State Department spokesman" before "Mark Toner"):
 * the words naming roles, bodies or places right before the name, joined by connectors.
 */
function titleOf(ws: readonly RawWord[], lex: CompiledLexicon, person: string): string | null {
  const at = ws.findIndex((w) => w.concepts.has(person));
  // A name opening a quotation ('وأضاف المسئول "(كيري) يتجاهل'), or after a colon, has no title before it.
  if (at <= 0 || /^[("«“']/u.test(ws[at]?.raw ?? '') || /[:،,]$/u.test(ws[at - 1]?.raw ?? '')) return null;
  // "President Bashar al-Assad" is one alias of Assad's: its first word is a title all the same.
  const titleWord = (w: RawWord | undefined) =>
    (lex.aliasWords.get(bareForm(w)) ?? []).some((c) => kindOf(lex, c) === 'role');
  let name = at;
  while (name + 1 < ws.length && titleWord(ws[name]) && ws[name + 1]?.concepts.has(person)) name++;
  let start = name;
  while (start > 0) {
    const w = ws[start - 1] as RawWord;
    if (
      (w.concepts.has(person) && !titleWord(w)) ||
      !(isKind(w, TITLE, lex, new Set()) || isConnector(w) || titleWord(w))
    )
      break;
    start--;
  }
  while (start < name && isConnector(ws[start] as RawWord)) start++;
  return start < name ? textOf(ws, start, name - 1) : null;
}

/**
 * Where the question's words are in the sentence: the words sharing a stem (or a root-level stem) with it are the
 * surest anchors; words that only name the same concept ("against" for "opposes") count when there are none, or
 * as well (`both`). Names of people, bodies and places are not anchors (they are what "who" asks for), unless they
 * are what a count counts (`names`: "كم ممرضا" and "4 آلاف ممرض").
 */
function anchorsOf(
  ws: readonly RawWord[],
  lex: CompiledLexicon,
  asked: ReadonlySet<string>,
  askedStems: ReadonlySet<string>,
  { both = false, names = false } = {},
): number[] {
  const anchorKind = (c: string) => names || !WHO_KINDS.has(kindOf(lex, c) as ConceptKind);
  const byWord = (w: RawWord) =>
    w.forms.some((f) => !isStopword(f) && (askedStems.has(stem(f)) || askedStems.has(deepStem(f)))) &&
    (names || !isKind(w, WHO_KINDS, lex, new Set()));
  const byConcept = (w: RawWord) => [...w.concepts].some((c) => asked.has(c) && anchorKind(c));
  const at = (test: (w: RawWord) => boolean) => ws.flatMap((w, i) => (test(w) ? [i] : []));
  if (both) return at((w) => byWord(w) || byConcept(w));
  const strong = at(byWord);
  return strong.length > 0 ? strong : at(byConcept);
}

/** Words that end whose something is ("the families of US-backed fighters whose only mission ..."). */
const WHOSE_ENDS: ReadonlySet<string> = new Set(['whose', 'who', 'which', 'that', 'and', 'in', 'at', 'near']);

/** Words before the one something goes or is given to (normalized). */
const TO_WHOM: ReadonlySet<string> = new Set(['to', 'into', ...['إلى', 'الى', 'نحو'].map(normalize)]);

/**
 * Who the sentence says does what was asked: the person, role, body or country closest to a word of the question
 * (a verb or a thing it asks about); a word after the hit counts as closer ("opposition from defense officials").
 * Null when two candidates are as close.
 */
function agentOf(
  ws: readonly RawWord[],
  lex: CompiledLexicon,
  asked: ReadonlySet<string>,
  askedStems: ReadonlySet<string>,
  predicate: Token | undefined,
  passive = false,
  against = false,
): string | null {
  // "Who attacked the camp?": those who say it ("Two US intelligence officials said the attack killed ...") did not
  // do it, nor did those counted ("killed 123 people"); for a deed of force, the sentence may name no doer at all.
  const deed = predicate?.concepts.some((c) => DEEDS.has(c)) ?? false;
  const saying = deed && !passive ? sayersOf(ws) : new Set<number>();
  const counted = (r: Run) => deed && !passive && countedAt(ws, r.start, 1);
  // "Who is against Kerry's visit?": what a sentence is against ("the war against ISIS") is not who is.
  const opposed = (r: Run) =>
    against && ws.slice(Math.max(0, r.start - 2), r.start).some((w) => AGAINST.has(bareForm(w)));
  // "Kerry is heading to Russia": whom or where something goes to is not who does it.
  const reached = (r: Run) => TO_WHOM.has(bareForm(ws[r.start - 1]));
  const runs = runsOf(ws, WHO_KINDS, lex, asked).filter(
    (r) => !saying.has(r.start) && !counted(r) && !opposed(r) && !reached(r),
  );
  // What the asked one does ("Who is opposed to ...?") is an anchor by its sense too ("opposition from ...").
  const does = predicate ? anchorsOf(ws, lex, new Set(predicate.concepts), new Set(), { both: true }) : [];
  // Nor is "against" itself a word of the question found ("the war against ISIS"): its sense is (opposition).
  const stems = against ? new Set([...askedStems].filter((s) => !AGAINST.has(s))) : askedStems;
  const hits = [...new Set([...anchorsOf(ws, lex, asked, stems), ...does])].filter(
    (h) => !(against && AGAINST.has(bareForm(ws[h]))),
  );
  // Nothing of the question found in the sentence's words: no way to tell who is meant.
  if (hits.length === 0) return null;
  // "opposition from defense officials", "معارضة قوية من مسؤولي الدفاع": a name introduced by من / from / by a
  // few words after the asked word is its agent, whatever else stands nearer.
  // The question may name the agent's kind itself ("من هم المسؤولون ..." for "من مسؤولي الدفاع"): the marker
  // stands before that word.
  const markerAt = (r: Run) => {
    const own = ws[r.start - 1];
    const skip = own && [...own.concepts].some((c) => asked.has(c)) && isKind(own, WHO_KINDS, lex, new Set()) ? 1 : 0;
    return r.start - 1 - skip;
  };
  const marked = (r: Run) => {
    const m = markerAt(r);
    return ws[m]?.forms.some((f) => AGENT_MARKERS.has(f)) && hits.some((h) => h < m && m - h <= 4);
  };
  // "Who was expelled?" asks for whom it was done to: the name right after the verb ("expelled two Russian officials").
  const verb = predicate
    ? anchorsOf(ws, lex, new Set(predicate.concepts), new Set([predicate.stem, predicate.deep.slice(1)]), {
        both: true,
      })
    : [];
  // "an attack by a Russian policeman on an American diplomat": after "by" comes who did it.
  const byAgent = (r: Run) => ws.slice(Math.max(0, r.start - 3), r.start).some((w) => bareForm(w) === 'by');
  const after = (r: Run) =>
    byAgent(r)
      ? Number.POSITIVE_INFINITY
      : Math.min(...(verb.length > 0 ? verb : hits).map((h) => (h < r.start ? r.start - h : Number.POSITIVE_INFINITY)));
  const distance = (r: Run) =>
    passive
      ? after(r)
      : Math.min(
          ...hits.map((h) => (h < r.start ? r.start - h - 0.5 : h > r.end ? h - r.end : Number.POSITIVE_INFINITY)),
        ) - (marked(r) ? AGENT_MARKER_BONUS : 0);
  // Of two as close, one an agent marker introduces ("معارضة قوية من مسؤولي الدفاع") is the agent.
  // "أنهم قصفوا مرتين معسكرا يضم عائلات أفراد ...": past the verb and then the thing it was done to, a name describes
  // that thing; it did not do the deed.
  const objects = hits.filter((h) => !verb.includes(h) && verb.some((v) => v < h));
  const beyond = (r: Run) => deed && !passive && objects.some((o) => o < r.start);
  const doers = runs.some((r) => !beyond(r)) ? runs.filter((r) => !beyond(r)) : runs;
  const [first, second] = [...doers].sort((a, b) => distance(a) - distance(b) || Number(marked(b)) - Number(marked(a)));
  // Two candidates as close as each other: no short answer rather than a guess.
  if (!first || (second && distance(second) === distance(first) && marked(second) === marked(first))) return null;
  // A title followed by its holder's name ("وزير الفلاحة ... منير الطرابلسي"): the title and the name.
  const holder = runsOf(ws, PERSON, lex, asked).find(
    (r) =>
      r.start > first.end &&
      r.start - first.end <= 7 &&
      ws.slice(first.end + 1, r.start).every((w) => titleOwn(w, lex)),
  );
  const isTitleRun = ws.slice(first.start, first.end + 1).every((w) => !isKind(w, PERSON, lex, asked));
  let start = isTitleRun ? first.start : withHonorific(ws, first.start);
  let end = isTitleRun && holder ? holder.end : first.end;
  // "a Russian policeman", "شرطي روسي": the doer's nationality is part of who it is, even where the question names
  // the country (Moscow): before the noun in English, after it in Arabic.
  if (isTitleRun && !holder) {
    if (nationalityWord(ws[start - 1], lex) && !closes(ws[start - 1])) start--;
    else if (nationalityWord(ws[end + 1], lex) && !closes(ws[end])) end++;
    // "the families of US-backed fighters": whose they are, when the sentence says in a word or two after "of".
    if (bareForm(ws[end + 1]) === 'of' && !closes(ws[end])) {
      const whose = [2, 3].find((k) => ws[end + k] && isKind(ws[end + k] as RawWord, WHO_KINDS, lex, new Set()));
      if (whose && ws.slice(end + 1, end + whose).every((w) => !closes(w))) end += whose;
    }
    // "اثنين من المسئولين الروس", "two Russian officials": how many of them, where the sentence says.
    const of = bareForm(ws[start - 1]) === 'من' ? 1 : 0;
    if (start - 1 - of >= 0 && isQuantityWord(ws, start - 1 - of) && !closes(ws[start - 1 - of])) start -= 1 + of;
  }
  // "شركة النور للمقاولات", "منظمة الصحة العالمية": an indefinite noun of a body is named by the definite words after it.
  // "وزارة المياه والري الأردنية": and a definite one by the definite words and adjectives after it.
  const last = bareForm(ws[end]);
  if (isTitleRun && !holder && /^\p{Script=Arabic}+$/u.test(last)) {
    let e = end;
    while (e < end + 3 && !endsPhrase(ws[e]) && bodyWord(ws[e + 1], lex)) e++;
    end = e;
  }
  // "البنك الأوروبي", "صندوق التنمية الإقليمي": an adjective the run opens with qualifies the nouns before it.
  const opening = ws[start] as RawWord;
  // Not a body's own noun ("البلدية", "الجمعية"): a word of a body is the name's head, not its adjective.
  if (
    isTitleRun &&
    !holder &&
    NISBA.test(bareForm(opening)) &&
    ![...opening.concepts].some((c) => kindOf(lex, c) === 'org')
  ) {
    let b = start;
    while (b > start - 2 && ws[b - 1] && !closes(ws[b - 1]) && bodyNoun(ws[b - 1] as RawWord, lex)) b--;
    start = b;
  }
  // "defense and intelligence officials": the officials whose bodies the run names, after them in English (the
  // question naming officials left the noun out of the run).
  if (isTitleRun && !holder && !closes(ws[end]) && OFFICIALS_AFTER.has(bareForm(ws[end + 1]))) end++;
  return textOf(ws, start, end, lex);
}
/** English nouns of the people of a body, after its name (normalized). */
const OFFICIALS_AFTER = wordSet('officials official officers leaders');

/** Kinds of words that end a body's name (a time, a number, a person), and a place's (a title too). */
const NOT_OF_A_BODY_NAME: ReadonlySet<ConceptKind> = new Set(['time', 'number', 'person']);
const NOT_OF_A_PLACE_NAME: ReadonlySet<ConceptKind> = new Set([...NOT_OF_A_BODY_NAME, 'role']);
const NONE_ASKED: ReadonlySet<string> = new Set();
/** A definite adjective of relation ("الأوروبي", "الإقليمية"). */
const NISBA = /^(?:ال)\p{L}{2,}(?:ي|يه)$/u;
/** A word a body's name goes on with: definite (or "and" + definite), no time, number, verb or person. */
const bodyWord = (w: RawWord | undefined, lex: CompiledLexicon): w is RawWord =>
  contentWord(w) &&
  /^(?:و?ال|لل)\p{L}{2,}$/u.test(bareForm(w)) &&
  !/\d/u.test(w.raw) &&
  !isKind(w, NOT_OF_A_BODY_NAME, lex, NONE_ASKED);
/** A noun a body's name may open with before its adjective: a content word, no verb, time, number or person. */
const bodyNoun = (w: RawWord, lex: CompiledLexicon) =>
  contentWord(w) &&
  /^\p{Script=Arabic}+$/u.test(bareForm(w)) &&
  // An indefinite word of three letters, or one ending in a past verb's ت, is as likely a verb ("قدم الصندوق
  // العربي", "تكفلت البلدية").
  (/^(?:ال|لل)/u.test(bareForm(w)) || (bareForm(w).length >= 4 && !/ت$/u.test(bareForm(w)))) &&
  !isVerbLike(w) &&
  !PREPOSITIONS.has(bareForm(w)) &&
  !isKind(w, NOT_OF_A_BODY_NAME, lex, NONE_ASKED);

/** An adjective of nationality: a word of a place concept written as one ("Russian", "روسي", "الأمريكية"). */
function nationalityWord(w: RawWord | undefined, lex: CompiledLexicon): boolean {
  if (!w || ![...w.concepts].some((c) => kindOf(lex, c) === 'place')) return false;
  const form = bareForm(w);
  return /^(?:ال)?\p{Script=Arabic}{2,}(?:ي|يه|يون|يين)$/u.test(form) || DEMONYM.test(w.raw.replace(TRIM, ''));
}

/** A word that belongs to a title: a role, body or place, "of", or an Arabic definite adjective ("السوري"). */
const titleOwn = (w: RawWord, lex: CompiledLexicon) =>
  isKind(w, TITLE, lex, new Set()) || isConnector(w) || DEFINITE.test(bareForm(w));

/** Happenings whose count may be given as a number of times (see shortAnswer): attacks, strikes. */
export const HAPPENING_COUNTED: ReadonlySet<string> = new Set(['#attack', '#bomb']);

/** The concept of "people", "persons", "أشخاص": a count of anyone. */
export const ANYONE = '#people';

/** How far (in words) an ordinal may stand from the counted noun it counts ("زيارة كيري ... إنها الثانية"). */
const ORDINAL_SPAN = 12;

/** Words that ask how many, after which the counted noun comes ("كم عدد القتلى", "how many people"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['كم', 'عدد', 'many', 'much', 'حصيله', 'number', 'toll']);

/** The noun a how-many question counts: the first content word after its question words ("death" in "death toll"). */
function countedNoun(tokens: readonly Token[], lex: CompiledLexicon): Token | undefined {
  const known = countedNouns.get(tokens);
  if (known !== undefined) return known ?? undefined;
  const noun = countedWord(tokens, lex);
  // "كم عدد أفراد الحماية المدنية ...؟": the noun counts in its own sense too (personnel: "120 عنصراً"), not only as
  // the first word of the body the phrase names.
  const alone = noun ? (analyze(noun.word, lex)[0]?.concepts ?? []) : [];
  const found =
    noun && alone.some((c) => !noun.concepts.includes(c))
      ? { ...noun, concepts: [...new Set([...noun.concepts, ...alone])] }
      : noun;
  countedNouns.set(tokens, found ?? null);
  return found;
}
/**
 * countedNoun's answer for a question's tokens: it is asked again for every statement a short answer is read from
 * (and the word analyzed alone each time), with the same tokens.
 */
const countedNouns = new WeakMap<readonly Token[], Token | null>();

/** The word a how-many question counts, as it reads in the question (see countedNoun). */
function countedWord(tokens: readonly Token[], lex: CompiledLexicon): Token | undefined {
  const at = tokens.findIndex((t) => COUNT_WORDS.has(unglue(t.word)));
  if (at < 0) return undefined;
  const before = tokens[at - 1];
  // "the strike's toll" counts its dead, "the death toll" the dead.
  if (tokens[at]?.word === 'toll' && before && !before.stop)
    return before.concepts.some((c) => HAPPENING_COUNTED.has(c)) ? undefined : before;
  // "كم واحد طردوا؟", "كم نفر": "one", "a soul" count anyone; the verb says who.
  if (ANYONE_WORDS.has(tokens[at + 1]?.word ?? '')) return undefined;
  // "وكم عددهم؟": their number, of whoever was named before; the verb says who, as for "كم واحد".
  if (/^عدد(?:هم|هن|ها|هما|ه)$/u.test(unglue(tokens[at + 1]?.word ?? ''))) return undefined;
  const i = tokens.findIndex((t, j) => j > at && !t.stop && !COUNT_WORDS.has(unglue(t.word)));
  const first = tokens[i];
  const next = tokens[i + 1];
  // "كم كان المتهم يتقاضى ...؟": a noun counted after كم alone is indefinite ("كم طفلاً"); a definite one is whose
  // quantity is asked (how much the accused was paid), not what is counted. After "عدد" it is counted.
  const byKam = tokens.slice(at, i).every((t) => !COUNT_WORDS.has(unglue(t.word)) || unglue(t.word) === 'كم');
  if (byKam && unglue(tokens[at]?.word ?? '') === 'كم' && /^ال\p{L}{2}/u.test(unglue(first?.word ?? '')))
    return undefined;
  // "ما حصيلة الضربة الأولى؟": a happening after a toll says of what; the toll counts its dead, not the strikes.
  const toll = tokens.slice(at, i).some((t) => TOLLS.has(unglue(t.word)));
  if (toll && first?.concepts.some((c) => HAPPENING_COUNTED.has(c))) return undefined;
  // "How many Moscow trips", "how many Russian officials": a name before the English noun qualifies it.
  const named = (t: Token) => t.concepts.some((c) => NAME_KINDS_COUNTED.has(kindOf(lex, c) as ConceptKind));
  if (first && next && !next.stop && /^[a-z]/.test(first.word) && named(first) && !named(next)) return next;
  return first;
}
const ANYONE_WORDS = wordSet('واحد وحده نفر انفار');
/** Prepositions before an object (normalized): "عن الضحايا", "على المصابين", "for the victims". */
const OBJECT_PREPOSITIONS = wordSet('عن علي الي for about');
const TOLLS = wordSet('حصيله toll');
const NAME_KINDS_COUNTED: ReadonlySet<ConceptKind> = new Set(['place', 'person']);

/**
 * Measures only a number gives ("ما مساحة ...", "ما عمر ...", "what is the price"): a sentence without one does not
 * answer. "ما حجم الأضرار" or "ما مستوى التعاون" may be answered in words.
 */
const NUMERIC_MEASURES: ReadonlySet<string> = new Set(
  [
    'نسبة',
    'مساحة',
    'عمر',
    'طول',
    'مبلغ',
    // "ما قيمة التعويض ...؟": the value of a sum.
    'قيمة',
    'value',
    'سعر',
    'ثمن',
    'كلفة',
    'تكلفة',
    'مسافة',
    'وزن',
    'ميزانية',
    'مدة',
    'مهلة',
    'كمية',
    'عمق',
    'سرعة',
    'percentage',
    'percent',
    'price',
    'cost',
    'age',
    'area',
    'length',
    'distance',
    'weight',
    'budget',
    'duration',
    'depth',
    'speed',
    'height',
  ].map(normalize),
);

/** The question asks for a measure only a number gives (see NUMERIC_MEASURES). */
export const asksNumericMeasure = (tokens: readonly Token[]) =>
  tokens.some(
    (t, i) =>
      NUMERIC_MEASURES.has(t.word.replace(/^ال/, '')) ||
      // "How long has he been ...?", "how far", "how old": only a number answers.
      (t.word === 'how' && HOW_MEASURES.includes(tokens[i + 1]?.word ?? '')),
  );

/** The measure an amount question names ("نسبة" in "ما نسبة الانخفاض؟") and the content word after it. */
function measuredNouns(tokens: readonly Token[]): Token[] {
  const at = tokens.findIndex((t) => MEASURE_NOUNS.has(t.word.replace(/^ال/, '')));
  if (at < 0) return [];
  const next = tokens.slice(at + 1).find((t) => !t.stop);
  return next ? [tokens[at] as Token, next] : [tokens[at] as Token];
}

/** Things counted (see countsThings) are not given by an amount in units ("قرابة 4500 هكتار" for "كم عدد السكان"). */
const inUnitsOnly = (q: string | null, how: QuantityAsked) =>
  how.things && !how.measure && q !== null && unitsOf(q).size > 0;

/**
 * The question counts things: "كم عدد X", "number of X", "how many X", or "كم" before a noun in the accusative
 * ("كم مفتشا"), where X is no unit of measure ("كم يوما" asks a duration) and not times.
 */
function countsThings(tokens: readonly Token[], counted: Token | undefined): boolean {
  const afterNumber = countedAfterNumber(tokens);
  const noun = afterNumber ?? counted;
  // A word of no concept may be a misspelt "times" ("how many tims"): nothing is said of what it counts.
  if (
    !noun ||
    // "كم عدد النسخ ...؟": an Arabic noun after عدد is what is counted, with or without a concept.
    (noun.concepts.length === 0 && !(noun === afterNumber && ARABIC_WORD.test(noun.word))) ||
    asksTimes(tokens) ||
    unitKinds(noun.word.replace(/^ال/u, '')).length > 0
  )
    return false;
  if (noun === afterNumber) return true;
  const at = tokens.indexOf(noun);
  const before = tokens[at - 1]?.word ?? '';
  // An accusative noun ends in ا ("مفتشا"); a verb's plural in وا ("قدروا") does too.
  return (
    (before === 'many' && /^[a-z]/.test(noun.word)) || (['كم', 'وكم'].includes(before) && /[^او]ا$/u.test(noun.word))
  );
}

/** "عدد X", "number of X": the noun right after the word for "number" (not "how many times"). */
function countedAfterNumber(tokens: readonly Token[]): Token | undefined {
  if (asksTimes(tokens)) return undefined;
  const at = tokens.findIndex((t, i) => t.word === 'عدد' || (t.word === 'number' && tokens[i + 1]?.word === 'of'));
  if (at < 0) return undefined;
  const next = tokens[tokens[at]?.word === 'number' ? at + 2 : at + 1];
  return next && !next.stop ? next : undefined;
}

/** A written word names what a question's token does: a shared stem, root or concept. */
const names = (w: RawWord, t: Token) =>
  w.forms.some((f) => stem(f) === t.stem || `~${deepStem(f)}` === t.deep) || t.concepts.some((c) => w.concepts.has(c));

/** The question asks how many times ("كم مرة", "how many times") or which in order ("رقم كم", "شكد رقمها"). */
const asksTimes = (tokens: readonly Token[]) =>
  tokens.some((t) => ['مره', 'مرات', 'رقم', 'الرقم', 'رقمها', 'رقمه', 'times', 'time', 'often'].includes(t.word));
/** The question asks "which <place noun>" rather than "where". */
const asksWhich = (tokens: readonly Token[]) => tokens.some((t) => WHICH.includes(t.word));

/** Words that multiply a number or stand for one ("40 ألف", "مليوني دينار", "3 million"). */
const SCALE_WORDS = [
  'مئة',
  'مائة',
  'مئتي',
  'مئات',
  'ألف',
  'ألفا',
  'ألفي',
  'آلاف',
  'مليون',
  'مليونا',
  'مليوني',
  'ملايين',
  'مليار',
  'مليارا',
  'مليارين',
  'مليارات',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
];
const SCALES: ReadonlySet<string> = new Set(SCALE_WORDS.map(normalize));

/** Tens written in words, with both case endings ("ثلاثين يوما", "عشرون"). */
const TENS = ['عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((t) => [`${t}ين`, `${t}ون`]);
/** The second word of a number from 11 to 19 ("ثماني عشرة", "أربعة عشر"). */
const TEENS: ReadonlySet<string> = new Set(['عشر', 'عشرة'].map(normalize));

/** A half or a quarter, a quantity before a unit (see isQuantityWord). */
const UNIT_FRACTIONS: ReadonlySet<string> = wordSet('نصف ربع');

/** Number words that count something (normalized); "twice" and "times" count times, asked for apart. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [
    // The hundreds written as one word ("ثلاثمئة", "خمسمائة").
    ...['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((h) => [`${h}مئة`, `${h}مائة`]),
    'اثنين',
    'اثنان',
    'اثنتين',
    'اثنتان',
    'ثلاث',
    'ثلاثة',
    'أربع',
    'أربعة',
    'خمس',
    'خمسة',
    'ست',
    'ستة',
    'سبع',
    'سبعة',
    'ثماني',
    'ثمانية',
    'تسع',
    'تسعة',
    'عشر',
    'عشرة',
    'عشرات',
    'اثنا',
    'اثني',
    ...TENS,
    ...SCALE_WORDS,
    'عدة',
    'بضعة',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'dozen',
    'dozens',
    'several',
  ].map(normalize),
);
/** Verbs of exceeding, which belong to the amount after them ("تجاوزت 15 كيلومتراً"). */
const EXCEEDING_WORDS = ['تتجاوز', 'يتجاوز', 'تجاوزت', 'تجاوز', 'تفوق', 'يفوق', 'فاقت'];
/** Words before a number that belong to it ("at least 123", "نحو 200", "أكثر من 900"). */
const QUANTITY_BEFORE = new Set(
  [
    ...['least', 'than', 'about', 'nearly', 'around', 'some', 'almost', 'approximately', 'roughly', 'over', 'under'],
    ...['نحو', 'حوالي', 'قرابة', 'دون', 'زهاء', 'يقارب', 'يناهز', 'تقارب', 'تناهز'],
    // "تجاوزت 15 كيلومتراً", "تفوق قيمتها ...": exceeding is part of the amount.
    ...EXCEEDING_WORDS,
    ...['exceeding', 'exceeded'],
    // "بين 20 و25 في المئة": a range.
    ...['بين', 'between'],
    // "خلال 48 ساعة", "في غضون أسبوعين": within.
    ...['خلال', 'غضون', 'within'],
    // "نصف مليون جرعة", "half a million"
    ...['نصف', 'ربع', 'ثلث', 'half', 'quarter'],
  ].map(normalize),
);
/** The Arabic verbs of exceeding among QUANTITY_BEFORE, and the negations that may stand before them (normalized). */
const EXCEEDING = new Set(EXCEEDING_WORDS.map(normalize));
const NEGATIONS = wordSet('لا ولا لم ولم لن ولن');
const PER_HOUR: ReadonlySet<string> = new Set(['في الساعه', 'per hour', 'an hour', 'كل ساعه'].map(normalize));
/** A half or a quarter after a quantity's noun ("أربع سنوات ونصف"). */
const FRACTION_WORDS = ['ونصف', 'وربع', 'ونص'];
/** Words after a counted noun that read as adjectives and are not (normalized). */
const NOT_ADJECTIVES: ReadonlySet<string> = wordSet('مقارنة مقابل');
/**
 * "350 وظيفة دائمة", "142 مستشفى حكوميا": an indefinite adjective right after the counted noun, which is indefinite
 * too: Arabic, no article, no verb, no time, ending as an adjective agreeing with its noun does.
 */
function nounAdjective(noun: RawWord | undefined, next: RawWord): boolean {
  const n = bareForm(noun);
  const f = bareForm(next);
  return (
    ARABIC_WORD.test(next.raw) &&
    !/^(?:[وفبل]?ال|لل)/u.test(n) &&
    contentWord(next) &&
    !/^[وفبلك]?ال/u.test(f) &&
    !/\d/u.test(f) &&
    !isVerbLike(next) &&
    unitKinds(f).length === 0 &&
    !givesTime(next.raw) &&
    f.length >= 4 &&
    !/وا$/u.test(f) &&
    !/^[لبكسوف]/u.test(f) &&
    !NOT_ADJECTIVES.has(f) &&
    // Not a verbal noun of the تفعلة form ("تغطية", "تنمية").
    !/^ت\p{L}{2}يه$/u.test(f) &&
    // A relative adjective ("حكوميا", "تونسيا"), a participle ("متواصلة", "متخصصا"), or فعيل ("صغيرا", "فقيرة").
    (/ي(?:ه|ا|ين|ون|ات)?$/u.test(f) || /^م\p{L}{3,}(?:ه|ا|ين|ون|ات)$/u.test(f) || /^\p{L}{2}ي\p{L}(?:ه|ا)$/u.test(f))
  );
}
/** Words after a quantity's noun that complete it: a half or quarter, a unit's adjective (normalized). */
const QUANTITY_TAIL: ReadonlySet<string> = new Set(
  [
    ...FRACTION_WORDS,
    ...['مئوية', 'مربع', 'مربعا', 'مربعة', 'مكعب', 'مكعبا', 'celsius', 'square', 'cubic'],
    // A rate: "1200 دينار سنويا", "80 طنا يوميا".
    ...['سنويا', 'يوميا', 'شهريا', 'أسبوعيا', 'annually', 'daily', 'monthly', 'weekly', 'yearly'],
    // "400 متر تقريبا": approximately.
    ...['تقريبا', 'approximately'],
  ].map(normalize),
);
/** Words after a quantity that place it ("أربع درجات تحت الصفر", "900 متر فوق سطح البحر"), normalized. */
const QUANTITY_PLACED: readonly (readonly string[])[] = [
  ['تحت', 'الصفر'],
  // "140 معصرة من أصل 450": "#" stands for a number.
  ['من', 'اصل', '#'],
  ['out', 'of', '#'],
  ['فوق', 'سطح', 'البحر'],
  ['below', 'zero'],
  ['above', 'sea', 'level'],
].map((words) => words.map(normalize));
const FRACTIONS = new Set(FRACTION_WORDS.map(normalize));
/** Words after a number's noun that belong to it ("عشرات آخرين", "123 شخصا على الأقل", "12 more people"). */
const QUANTITY_AFTER = new Set(['آخر', 'آخرين', 'أخرى', 'آخرون', 'others', 'other', 'more'].map(normalize));
const OF = new Set(['من', 'of'].map(normalize));
const PERCENT = new Set(['المئة', 'المائة'].map(normalize));

/** Words before a year ("عام 2014", "في 2016", "in 2016", "since 1992"), normalized. */
const BEFORE_YEAR = wordSet('عام العام سنه السنه عامي منذ في حتي الي year in since by until of', '');
/**
 * A number of a year's shape followed by the noun it counts ("نحو 1800 خادم", "1,900 people"), not after a word
 * that brings a year ("عام 2014") nor before a month or a full stop.
 */
function countsNoun(ws: readonly RawWord[], i: number): boolean {
  const next = ws[i + 1];
  if (!next || endsPhrase(ws[i]) || BEFORE_YEAR.has(bareForm(ws[i - 1]))) return false;
  const form = bareForm(next);
  return !isStopword(form) && !namesMonth(next) && !/^\d/.test(form);
}

/** The word names a month ("تموز", "يوليو", "July"). */
const namesMonth = (w: RawWord | undefined) => (w?.concepts.has('#july') || w?.concepts.has('#month')) ?? false;

/** A word that ends a phrase (a comma, a full stop, a dash or bracket after it). */
const endsPhrase = (w: RawWord | undefined) => !w || /[.,،:;!?؟)\]»”"-]$/u.test(w.raw);

/** The word is a quantity: a number that is not a year or a day before its month, or a number word. */
function isQuantityWord(ws: readonly RawWord[], i: number): boolean {
  const w = ws[i] as RawWord;
  // "و300": a glued "and" before a number; "4.5": a decimal point splits the word's forms.
  const form = (/^[\d.,٫]+$/u.test(w.forms.join('.')) ? w.forms.join('') : (w.forms[0] ?? '')).replace(
    /^[وف]?[بل]?(?=\d)/u,
    '',
  );
  // "US$3", "3km": a number written inside a mixed word is one too (not a year).
  if (w.forms.length > 1 && !/^\d+$/.test(form))
    return w.forms.some((f) => /^\d+$/.test(f) && !/^(1[89]|20)\d\d$/.test(f));
  if (/^\d+$/.test(form)) {
    if (/^(1[89]|20)\d\d$/.test(form)) return countsNoun(ws, i) && !namesMonth(ws[i - 1]);
    return !namesMonth(ws[i + 1]);
  }
  // "40 ألف": the scale word belongs to the number before it; so does "عشرة" in "ثماني عشرة", and the tens in
  // "خمسة وعشرين".
  if (
    SCALES.has(form) &&
    (/^\d/.test(ws[i - 1]?.forms.at(-1) ?? '') || NUMBER_WORDS.has(ws[i - 1]?.forms.at(-1) ?? ''))
  )
    return false;
  if ((TEENS.has(form) || /^و/u.test(form)) && NUMBER_WORDS.has(ws[i - 1]?.forms[0] ?? '')) return false;
  // A fraction of a unit is an amount ("رسم يومي قدره نصف دينار"); not "ونصف السنة" after a number, nor "نصف دخلها".
  if (UNIT_FRACTIONS.has(form)) return unitKinds(bareForm(ws[i + 1])).length > 0;
  return NUMBER_WORDS.has(form) || NUMBER_WORDS.has(withoutGlued(form)) || isDual(form);
}

/**
 * A number word without a conjunction or preposition glued to it ("وثلاثة", "بثلاث شكاوى", "لسبعة أيام"), leaving at
 * least three letters ("لست" is "I am not", not six).
 */
const withoutGlued = (form: string) => {
  const m = /^(?:[وف][بل]?|[بل])(\p{L}{3,})$/u.exec(form);
  return m ? (m[1] as string) : form;
};

/**
 * A dual counts two by itself, with a glued و / ف / ب / ل or not: a unit's ("بالسجن سنتين", "لمدة يومين", "دولارين";
 * the units of measures.ts) or a feminine noun's, whose ة is written ت before the ending ("رحلتين", "طائرتان"; not
 * باكستان). With the article it names a time or a thing known ("في السنتين الأخيرتين", "المؤسستين"), not a count.
 */
const isDual = (form: string) =>
  /(?:ين|ان)$/u.test(form) &&
  !/^(?:[وفبلك]?ال|لل|\d)/u.test(form) &&
  (dualOfUnit(form) || (/^\p{L}{3,}ت(?:ين|ان)$/u.test(form) && !/ستان$/u.test(form)));
/** A unit's dual is its singular with the ending (طنان، يومين، ساعتان); "أطنان" is a plural, of no number. */
const dualOfUnit = (form: string) => {
  const single = form.slice(0, -2);
  return unitKinds(single).length > 0 || unitKinds(single.replace(/ت$/u, 'ه')).length > 0;
};

/** The sentence gives one quantity only, of things rather than an amount in units ("نحو 85 ألف شخص"). */
function onlyQuantity(ws: readonly RawWord[]): boolean {
  const all = ws.flatMap((_, i) => (isQuantityWord(ws, i) ? [i] : []));
  return all.length === 1 && unitsOf(textOf(ws, all[0] as number, (all[0] as number) + 2)).size === 0;
}

/** The sentence gives a quantity: a number (not a year or a day of the month) or a number word ("ثلاث سنوات"). */
export function hasQuantity(text: string, lex: CompiledLexicon): boolean {
  const ws = rawWords(text, lex);
  return ws.some((_, i) => isQuantityWord(ws, i));
}

/**
 * What the sentence counts: the terms (stems, deep stems, concepts) of the words right after each of its quantities
 * ("142 مستشفى حكوميا", "seven villages"), in its text and its translation; and, of those, what it counts exactly, by
 * a number rather than roughly ("مئات الركاب").
 */
export function countedTermsOf(
  text: string,
  translation: string | undefined,
  lex: CompiledLexicon,
): { counted: Set<string>; exactly: Set<string> } {
  const counted = new Set<string>();
  const exactly = new Set<string>();
  for (const ws of [rawWords(text, lex), translation ? rawWords(translation, lex) : []]) {
    ws.forEach((_, i) => {
      if (!isQuantityWord(ws, i)) return;
      const outs = VAGUE_QUANTITIES.has(bareForm(ws[i])) ? [counted] : [counted, exactly];
      // "ثلاثة منهم", "12 منها": a number of them counts whatever the sentence speaks of.
      if (OF_THEM.has(bareForm(ws[i + 1]))) for (const out of outs) out.add(COUNTED_OF_THEM);
      // "رحلتين": a dual counts itself.
      const self = isDual(bareForm(ws[i])) ? i : i + 1;
      for (const w of ws.slice(self, i + 3)) {
        const terms = [
          ...w.forms.filter((f) => !isStopword(f)).flatMap((f) => [stem(f), `~${deepStem(f)}`]),
          ...w.concepts,
        ];
        for (const out of outs) for (const t of terms) out.add(t);
      }
    });
  }
  return { counted, exactly };
}

/** "Of them" after a number (normalized): "ثلاثة منهم", "12 منها". */
const OF_THEM = wordSet('منهم منها منهن');
/** The term a number of them counts (see countedTermsOf): any noun asked. */
export const COUNTED_OF_THEM = '*of-them';

/** Words of a quantity told only roughly ("مئات الركاب", "dozens of people"), normalized (see countedTermsOf). */
const VAGUE_QUANTITIES = wordSet('عشرات مئات آلاف ألوف عدة بضعة بضع dozens several hundreds thousands');

/** The terms of the noun a how-many question counts (see countedNoun), or none. */
export function countedTermsAsked(tokens: readonly Token[], lex: CompiledLexicon): string[] {
  const noun = countedNoun(tokens, lex);
  // "كم شهر ...؟" counts months: "36 ساعة" counts a time too, but not months.
  return noun ? [noun.stem, noun.deep, ...noun.concepts.filter((c) => c !== ANY_TIME)] : [];
}

/**
 * What a count of a kind of people may be told in: residents, passengers or pupils as persons ("14 ألف شخص"), the
 * sick or wounded as cases ("86 حالة").
 */
function broaderCounted(concepts: readonly string[]): string[] {
  const out: string[] = [];
  if (concepts.some((c) => PEOPLE_KINDS.has(c))) out.push(ANYONE);
  if (concepts.some((c) => CASE_KINDS.has(c))) out.push(CASES);
  return out;
}
const PEOPLE_KINDS: ReadonlySet<string> = new Set(
  [
    'gen_citizens',
    'gen_passengers',
    'gen_migrants',
    'gen_refugees',
    'gen_visitors',
    'gen_students',
    'gen_employee',
    'gen_fans',
    'gen_protest',
    'gen_voter',
    'gen_pilgrims',
    'gen_patient',
  ].map((c) => `#${c}`),
);
/** A concept of people: one counted as people (see PEOPLE_KINDS) or as cases (CASE_KINDS), a role, or SOME_PEOPLE. */
const isPeopleConcept = (c: string, lex: CompiledLexicon) =>
  c === ANYONE || PEOPLE_KINDS.has(c) || CASE_KINDS.has(c) || SOME_PEOPLE.has(c) || kindOf(lex, c) === 'role';
/** Other concepts of people: children, women, athletes, players, officials. */
const SOME_PEOPLE: ReadonlySet<string> = new Set(
  ['children', 'women', 'athlete', 'player'].map((c) => `#gen_${c}`).concat('#officials'),
);
/** The quantity counts people: a word of people, or "آخرون" (others) standing for them. */
const countsPeople = (q: string, lex: CompiledLexicon) =>
  rawWords(q, lex).some(
    (w) =>
      [...w.concepts].some((c) => isPeopleConcept(c, lex)) || w.forms.some((f) => /^(?:ال)?[اأآ]خر(?:ون|ين)$/u.test(f)),
  );
const CASE_KINDS: ReadonlySet<string> = new Set(['#gen_patient', '#gen_injure', '#wound']);
const CASES = '#gen_cases';
/** "كم يوماً ...؟", "how many hours": the question counts a span of time. */
export function countsSpanAsked(tokens: readonly Token[], lex: CompiledLexicon): boolean {
  return countedNoun(tokens, lex)?.concepts.some((c) => SPANS.has(c)) ?? false;
}
const SPANS: ReadonlySet<string> = new Set(
  ['timeword', 'gen_year', 'gen_month_word', 'gen_week', 'gen_day', 'gen_hour', 'gen_minute'].map((c) => `#${c}`),
);
/** The concept of any word for a span of time (hour, day, month ...): what a count of one of them shares. */
const ANY_TIME = '#timeword';

/** The sentence names a person the lexicon does not know (see inferNames): a plain article's people. */
export function namesSomeone(text: string, lex: CompiledLexicon): boolean {
  return rawWords(text, lex).some((w) => w.concepts.has(INFERRED_NAME));
}

const SINCE = wordSet('منذ since');
const BECAME = wordSet(
  'اصبح اصبحت بات باتت صار صارت وصل وصلت حاليا الان now currently become became الجديد الجديدة new',
  // The future and the present: "كم ستصبح كلفة الساعة بعد الزيادة؟".
  'يصبح تصبح سيصبح ستصبح يصير تصير سيصير ستصير',
);
const TO = wordSet('الي to');

/** "وطالبا", "ومهندس": "and" glued to an indefinite Arabic noun, not a verb ("ويضم"), number or article. */
const joinedNoun = (w: RawWord | undefined) => {
  const form = bareForm(w);
  return /^و\p{Script=Arabic}{3,}$/u.test(form) && !/^و(?:ال|[يت]|[0-9])/u.test(form) && !isStopword(form.slice(1));
};

/**
 * The Arabic word after a quantity's noun (ending at `end`) goes on with it where it is an adjective of relation
 * ("9 قاطرات بحرية", "60 مراقبا عسكريا", "37 قرية جبلية"): an indefinite word ending in ي / ية and their plurals,
 * without a glued "and", ل or article (لتهيئة is a verbal noun). Other words after a noun are as often a verb, a preposition or
 * an object ("63 مهاجراً قبالة", "27 شخصاً حتفهم"): measured, taking them gained as many short answers as it spoiled.
 */
function nounGoesOn(ws: readonly RawWord[], best: number, end: number): boolean {
  if (end <= best || endsPhrase(ws[end])) return false;
  const form = bareForm(ws[end + 1]);
  if (!/^\p{Script=Arabic}{4,}$/u.test(form) || isStopword(form) || /^(?:[وفل]|[بك]?ال)/u.test(form)) return false;
  if (/\p{L}{2}(?:يه|ي|يا|يين|يون|يات)$/u.test(form) && !/^[يت]/u.test(form)) return true;
  // "خمسة خبراء مستقلين": a participle in the plural after a plural noun.
  return /^م\p{L}{3,}ين$/u.test(form);
}

/**
 * Who did it, with the words the sentence puts before it that say how many or which of them: "أعضاء من المعارضة
 * المعتدلة", "الكثير من ضباط المخابرات", "members of the moderate opposition", and an English article ("a Russian
 * policeman"); and the officials, officers or leaders whose body it is ("مسؤولي الدفاع والمخابرات"). The span as found where the sentence has none, or does not hold it as written.
 */
function withHead(text: string, span: string): string {
  const at = text.indexOf(span);
  if (at <= 0) return span;
  const before = text.slice(0, at);
  const m = HEAD_BEFORE.exec(before);
  return m ? `${m[1]}${span}` : span;
}
const HEAD_BEFORE = new RegExp(
  `(?:^|[\\s"«(])((?:(?:${['أعضاء', 'عناصر', 'الكثير', 'كثير', 'بعض', 'عدد', 'عشرات', 'مئات', 'آلاف'].join('|')})\\s+من|(?:مسئولان|مسؤولان|مسئولون|مسؤولون|مسئولو|مسؤولو|مسئول|مسؤول)\\s+(?:في|ب)|(?:مسئولي|مسؤولي|مسئولو|مسؤولو|ضباط|قادة|ممثلي|ممثلو)|(?:جمعية|نقابة|رابطة|منظمة|هيئة|مؤسسة|شركة|لجنة|اتحاد)|(?:members|many|some|dozens|hundreds|thousands)\\s+of(?:\\s+the)?|[Tt]he|[Aa]n?)\\s+)$`,
  'u',
);

/**
 * An English title with the country written before it ("US Secretary of State John Kerry", "Russian officials"), as
 * the Arabic writes it after it ("وزير الخارجية الأميركي جون كيري").
 */
function withCountry(text: string, span: string, lex: CompiledLexicon): string {
  const at = text.indexOf(span);
  if (at <= 0 || !/^[A-Z][a-z]/u.test(span)) return span;
  const before = /(?:^|\s)([A-Z][\w.]*)\s+$/u.exec(text.slice(0, at))?.[1];
  const country =
    before !== undefined && analyze(usAsCountry(before), lex).some((t) => t.concepts.some((c) => isCountry(c, lex)));
  return country ? `${before} ${span}` : span;
}

/**
 * The Arabic doer with the clause describing its last, indefinite noun when a verb with a pronoun of it follows
 * ("عائلات أفراد" + "تدعمهم الولايات المتحدة"): the verb and its subject, a name of one or more words.
 */
function withClause(text: string, span: string, lex: CompiledLexicon): string {
  const at = text.indexOf(span);
  if (at < 0 || !/[\u0600-\u06FF]$/u.test(span) || /(?:^|\s)ال\S+$/u.test(span)) return span;
  const ws = rawWords(text.slice(at + span.length), lex);
  const verb = ws[0];
  if (!verb || !/^[يت]\p{L}{2,5}(?:ه|ها|هم|هن)$/u.test(verb.raw)) return span;
  const subject = ws[1];
  if (!subject || endsPhrase(verb) || subject.concepts.size === 0) return span;
  let end = 1;
  while (!endsPhrase(ws[end]) && [...(ws[end]?.concepts ?? [])].some((c) => ws[end + 1]?.concepts.has(c))) end++;
  return `${span} ${textOf(ws, 0, end)}`;
}

/** A scale word alone ("مليار", "بمليار"): with a glued preposition too. */
const isScale = (w: RawWord | undefined) => SCALES.has(bareForm(w).replace(/^[وفبل](?=م)/u, ''));
/** Word `k` is a scale word with a number joined after it by "و" ("مليارا و200 مليون", "4 ملايين و200 ألف"). */
const scaleGoesOn = (ws: readonly RawWord[], k: number) =>
  isScale(ws[k]) && !endsPhrase(ws[k]) && /^و\d/u.test(ws[k + 1]?.raw ?? '');

/** The phrase of the quantity at `i`: what qualifies it, the number, its noun ("of" and one more word), others. */
function quantityPhrase(ws: readonly RawWord[], i: number, rangeEnd = false): Run {
  // "ما بين 30 و50 مريضا" read from its second number: the range from its first.
  if (!rangeEnd && /^و\d/u.test(ws[i]?.raw ?? '') && /^\d/u.test(ws[i - 1]?.raw ?? '') && bareForm(ws[i - 2]) === 'بين')
    return quantityPhrase(ws, i - 1);
  // "مليارا و200 مليون دولار" read from its first word: the number after it goes on.
  if (scaleGoesOn(ws, i)) {
    const rest = quantityPhrase(ws, i + 1);
    return { start: Math.min(rest.start, i), end: rest.end };
  }
  let start = i;
  // "بنحو 18 مليون": a glued ب / و before the word.
  const before = ws[i - 1]?.forms.at(-1) ?? '';
  const glued = /^[بوفل]/u.test(before) && QUANTITY_BEFORE.has(before.slice(1));
  if ((QUANTITY_BEFORE.has(before) || glued) && !endsPhrase(ws[i - 1])) {
    start = i - 1;
    // "at least", "more than", "أكثر من"
    if (['at', 'more', 'اكثر'].includes(ws[i - 2]?.forms.at(-1) ?? '') && !endsPhrase(ws[i - 2])) start = i - 2;
    // "ما يقارب 60 ألف مركبة", "ما بين ستة وتسعة أشهر", "في غضون 48 ساعة"
    if (bareForm(ws[i - 2]) === 'ما' && !endsPhrase(ws[i - 2])) start = i - 2;
    if (before === 'غضون' && bareForm(ws[i - 2]) === 'في' && !endsPhrase(ws[i - 2])) start = i - 2;
  } else if (OF.has(before) && /^[وفبل]?(?:اكثر|اقل)$/u.test(bareForm(ws[i - 2]))) start = i - 2;
  // "لا تقل عن ستة أسابيع"
  else if (before === 'عن' && /^[يت]قل$/u.test(bareForm(ws[i - 2])) && ['لا', 'لن'].includes(bareForm(ws[i - 3]))) {
    start = i - 3;
    // "ما لا يقل عن 90 طفلاً"
    if (bareForm(ws[i - 4]) === 'ما' && !endsPhrase(ws[i - 4])) start = i - 4;
  }
  // "مليارا و200 مليون دولار": a scale word alone before a number joined with "و" is the number's first part.
  else if (scaleGoesOn(ws, i - 1)) {
    start = i - 1;
    // "4 ملايين و200 ألف طن": and the number before that scale word.
    if (/^\d/u.test(bareForm(ws[i - 2])) && !endsPhrase(ws[i - 2])) start = i - 2;
  }
  // "لا تتجاوز 400 مليون دينار": not exceeding is the amount's too (without it the answer says the opposite).
  if (
    start === i - 1 &&
    EXCEEDING.has(bareForm(ws[start])) &&
    NEGATIONS.has(bareForm(ws[start - 1])) &&
    !endsPhrase(ws[start - 1])
  )
    start--;
  let end = i;
  const take = () => !endsPhrase(ws[end]) && end + 1 < ws.length;
  // "ثماني عشرة ساعة", "خمسة وعشرين يوما": the rest of the number first.
  while (take() && NUMBER_WORDS.has(ws[end]?.forms[0] ?? '')) {
    const next = bareForm(ws[end + 1]);
    if (!TEENS.has(next) && !(next.startsWith('و') && NUMBER_WORDS.has(next.slice(1)))) break;
    end++;
  }
  // "40 ألف كتاب", "3 million dollars", "12 more people": the scale word or "more", then the noun.
  if (take() && (SCALES.has(ws[end + 1]?.forms[0] ?? '') || ws[end + 1]?.forms[0] === 'more')) end++;
  // "بين 600 و900 دولار": a range goes on to its second number and the noun after it; so does "4 ملايين و200 ألف
  // طن", a number joined after the scale word, with its own noun.
  const range = end === i && bareForm(ws[i - 1]) === 'بين' && take() && /^و\d/u.test(ws[end + 1]?.raw ?? '');
  if (range || (end > i && scaleGoesOn(ws, end))) return { start, end: quantityPhrase(ws, end + 1, true).end };
  // "سنتين": a dual is its own noun.
  const dual = end === i && isDual(bareForm(ws[i]));
  if (take() && !dual) end++;
  // "42 في المئة": the percent is the noun.
  if (ws[end]?.forms[0] === 'في' && PERCENT.has(ws[end + 1]?.forms[0] ?? '') && !endsPhrase(ws[end])) end++;
  // "اثنين من المسؤولين", "dozens of others", "two Russian officials"
  if ((OF.has(ws[end]?.forms[0] ?? '') || /^[A-Z]/.test(ws[end]?.raw ?? '')) && end > i && take()) end++;
  if (take() && ws[end + 1]?.forms.some((f) => QUANTITY_AFTER.has(f))) end++;
  // "85 ألف طالب وطالبة": the noun and its feminine.
  if (end > i && take() && bareForm(ws[end + 1]) === `و${bareForm(ws[end])}ه`) end++;
  if (
    !endsPhrase(ws[end]) &&
    normalize(ws[end + 1]?.raw ?? '') === 'علي' &&
    normalize(ws[end + 2]?.raw ?? '').startsWith('الاقل')
  )
    end += 2;
  return { start, end };
}

/**
 * How many: the quantity in the sentence nearest to a word of the question ("killed at least 123 people" for
 * "how many were killed"), the first one when none of the question's words is there; null when it has none.
 */
/** What a count or amount question says of the quantity it asks for (see quantityOf). */
interface QuantityAsked {
  /** The kind of units it is in ("كم دقيقة" -> minutes), where the question names them. */
  measure: MeasureKind | undefined;
  /** The country of what is counted ("how many American diplomats"). */
  nationality: ReadonlySet<string>;
  /** The noun counted (see countedNoun), if any. */
  counted: Token | undefined;
  /** The stems of the question's content words. */
  stems: ReadonlySet<string>;
  /** Things are counted ("كم عدد السكان", "كم مفتشا", "how many inspectors"), not an amount in some unit. */
  things: boolean;
  /** "منذ كم سنة ...؟", "since when": a quantity after "منذ" answers ("منذ 25 عاما"), not another beside it. */
  since: boolean;
  /** "بكم أصبح يباع ...؟", "what is it now": of "من 18 دينارا إلى 27 دينارا", the second. */
  became: boolean;
  /** Where the sentence has the question's other words or concepts: between numbers as near the noun, the nearer. */
  others?: readonly number[];
  /** The fates asked (killed, wounded, arrested ...; see FATES). */
  fates?: ReadonlySet<string>;
  lex: CompiledLexicon;
}

/** The countries or nationalities written next to the counted noun ("American diplomats", "الدبلوماسيين الأمريكيين"). */
function nationalityOf(tokens: readonly Token[], noun: Token, lex: CompiledLexicon): Set<string> {
  const at = tokens.indexOf(noun);
  // The counted word may itself be the nationality, before its noun ("how many American diplomats").
  const near = [tokens[at - 1], noun, tokens[at + 1]].filter((t): t is Token => t !== undefined);
  return new Set(near.flatMap((t) => t.concepts.filter((c) => kindOf(lex, c) === 'place')));
}

function quantityOf(ws: readonly RawWord[], anchors: readonly number[], how: QuantityAsked): string | null {
  const { measure, nationality, lex, counted } = how;
  const all = ws.flatMap((_, i) => (isQuantityWord(ws, i) ? [i] : []));
  // "كم دقيقة ...؟" is answered by the minutes, not by the kilometres beside them, where the units are known.
  const inUnits = measure ? all.filter((i) => unitsOf(textOf(ws, i, i + 3)).has(measure)) : [];
  // "Two US intelligence officials said the attack killed 123 people": the number of those who speak is not what
  // is asked, unless the question counts them ("how many officials ...").
  const speakers = (i: number) =>
    ws.slice(i + 1, i + 6).some((w) => SAYING_EN.has(bareForm(w)) || SAYING.has(bareForm(w))) &&
    !(counted && ws.slice(i, i + 5).some((w) => names(w, counted)));
  // "How many American ships ...?" is not answered by "the two sides expelled ...": a number whose own noun is another
  // thing, one the question does not name, counts that thing. English only: "how many" is followed by the noun it
  // counts, while an Arabic "كم" may be followed by a verb ("كم بلغ عدد المشجعين؟"), and an Arabic sentence's noun
  // is often a synonym the question does not share ("38 ألف متفرج"): there it cost right short answers.
  const countsOther = (i: number) => {
    if (!counted || !/^[a-z]/.test(counted.word)) return false;
    let j = i + 1;
    while (j < ws.length && j <= i + 2 && (SCALES.has(bareForm(ws[j])) || NUMBER_WORDS.has(bareForm(ws[j])))) j++;
    const noun = ws[j];
    if (!noun || endsPhrase(ws[j - 1]) || isDual(bareForm(ws[i]))) return false;
    const form = bareForm(noun);
    if (isStopword(form) || OF.has(form) || QUANTITY_AFTER.has(form) || noun.concepts.has(ANYONE)) return false;
    if (unitKinds(form).length > 0 || names(noun, counted)) return false;
    return !noun.forms.some((f) => how.stems.has(stem(f)) || how.stems.has(deepStem(f)));
  };
  // "كم عدد سكان القرية؟", "how many people": things counted are not an amount in units ("4500 هكتار", "أسبوعين").
  const inAnyUnit = (i: number) => unitsOf(textOf(ws, i, i + 2)).size > 0;
  const things = how.things && !measure;
  // "لقي 14 شخصاً حتفهم وأصيب 63 آخرون" asked who died: a number right after another fate counts that one.
  const fated = (w: RawWord | undefined) => [...(w?.concepts ?? [])].filter((c) => FATES.has(c));
  const otherFate = (i: number) => {
    if (!how.fates || how.fates.size === 0) return false;
    // "وأصيب أكثر من 620 آخرين": the fate is told before what qualifies the number.
    const at = Math.min(i, quantityPhrase(ws, i).start);
    const before = endsPhrase(ws[at - 1]) ? [] : [ws[at - 1], ...(endsPhrase(ws[at - 2]) ? [] : [ws[at - 2]])];
    // The nearest word telling a fate: "حتفهم وأصيب 63" is of the wounded.
    const told = before.map(fated).find((cs) => cs.length > 0) ?? [];
    return told.length > 0 && !told.some((c) => how.fates?.has(c));
  };
  const heard = (inUnits.length > 0 ? inUnits : all).filter(
    (i) => !speakers(i) && !countsOther(i) && !(things && inAnyUnit(i)) && !otherFate(i),
  );
  const found = heard.length > 0 ? heard : inUnits.length > 0 ? inUnits : all;
  if (found.length === 0) return null;
  // "كم شخصا توفي في حوادث الطريق؟": not a number counting another thing the question names ("47 حادثاً"), where
  // another number counts the asked one ("9 أشخاص").
  const countsOtherAsked = (i: number) => {
    const noun = ws[i + 1];
    if (!counted || !noun || endsPhrase(ws[i]) || names(noun, counted)) return false;
    return noun.forms.some((f) => !isStopword(f) && (how.stems.has(stem(f)) || how.stems.has(deepStem(f))));
  };
  const countsIt = counted !== undefined && found.some((i) => ws.slice(i + 1, i + 3).some((w) => names(w, counted)));
  const notOther = countsIt ? found.filter((i) => !countsOtherAsked(i)) : found;
  const counting = notOther.length > 0 ? notOther : found;
  const afterSince = how.since ? counting.filter((i) => SINCE.has(bareForm(ws[i - 1]))) : [];
  const at = afterSince.length > 0 ? afterSince : counting;
  const distance = (i: number) => Math.min(Number.POSITIVE_INFINITY, ...anchors.map((h) => Math.abs(h - i)));
  // "صوّت لصالحه 11 عضواً من أصل 17، فيما عارضه 6 أعضاء": each number as near its noun; "ضد" asked, "عارضه" is beside 6.
  const others = (how.others ?? []).filter((h) => !anchors.includes(h));
  // A word before "و3 سيارات" is of the quantity before it ("14 سيارة إطفاء و3 سيارات سلالم").
  const joined = (h: number, i: number) => h < i && ws.slice(h + 1, i + 1).some((w) => /^و(?:\d|$)/u.test(w.raw));
  const near = (i: number) =>
    Math.min(Number.POSITIVE_INFINITY, ...others.filter((h) => !joined(h, i)).map((h) => Math.abs(h - i)));
  // As near, a number its noun follows counts it ("18 جرافة و240 عنصرا"), not one after the noun.
  const countsAnchor = (i: number) => anchors.some((h) => h > i && h <= i + 2);
  const closer = (a: number, b: number) => {
    if (distance(b) !== distance(a)) return distance(b) < distance(a) ? b : a;
    if (countsAnchor(a) !== countsAnchor(b)) return countsAnchor(b) ? b : a;
    return near(b) < near(a) ? b : a;
  };
  let best = anchors.length === 0 ? (at[0] as number) : at.reduce(closer);
  // "من 18 دينارا إلى 27 دينارا": what it became is the second.
  const to = how.became ? found.find((i) => i > best && i <= best + 4 && TO.has(bareForm(ws[i - 1]))) : undefined;
  if (to !== undefined) best = to;
  // "200 ألف طن": a scale word after a number is read from the number.
  while (best > 0 && isScale(ws[best]) && /\d$/u.test(bareForm(ws[best - 1])) && !endsPhrase(ws[best - 1])) best--;
  let { start, end } = quantityPhrase(ws, best);
  if (start === best && afterSince.includes(best)) start = best - 1;
  // "أربع سنوات ونصف", "41 درجة مئوية", "142 مستشفى حكومياً" for "كم عدد المستشفيات الحكومية": a half, a unit's
  // adjective, or up to two words the question names go with the quantity.
  // "ساعتين ونصف الساعة": a dual is its own noun, and a half goes with it too.
  const nouned = end > best || isDual(bareForm(ws[best]));
  const nounEnd = end;
  for (let n = 0; n < 2 && nouned && end + 1 < ws.length && !endsPhrase(ws[end]); n++) {
    const next = ws[end + 1] as RawWord;
    const form = bareForm(next);
    const named = next.forms.some((f) => !isStopword(f) && (how.stems.has(stem(f)) || how.stems.has(deepStem(f))));
    const adjective = !(QUANTITY_TAIL.has(form) || named) && n === 0 && nounAdjective(ws[end], next);
    if (!(QUANTITY_TAIL.has(form) || named || adjective)) break;
    end++;
    if (adjective) break;
    // "ونصف الساعة": the half of the unit named again.
    if (FRACTIONS.has(form) && !endsPhrase(next) && /^ال/u.test(bareForm(ws[end + 1]))) end++;
  }
  const placed = QUANTITY_PLACED.find(
    (words) =>
      !endsPhrase(ws[end]) &&
      words.every(
        (w, k) =>
          (w === '#' ? /^\d/u.test(bareForm(ws[end + 1 + k])) : bareForm(ws[end + 1 + k]) === w) &&
          (k === words.length - 1 || !endsPhrase(ws[end + 1 + k])),
      ),
  );
  if (placed) end += placed.length;
  // "9 قاطرات بحرية", "أربع نقاط تفتيش", "14 سيارة إطفاء": the counted noun's adjective or the noun it is of.
  else if (end === nounEnd && nounGoesOn(ws, best, end)) end++;
  // "18 باحثا وطالبا", "أكثر من 2300 عامل ومهندس": a second noun joined by "و" is counted with the first.
  if (end >= nounEnd && nounEnd > best && !endsPhrase(ws[end]) && joinedNoun(ws[end + 1]) && endsPhrase(ws[end + 1]))
    end++;
  // "65 كيلومترا في الساعة", "80 km an hour": a speed's "per hour".
  const per = [bareForm(ws[end + 1]), bareForm(ws[end + 2])].join(' ');
  if (!endsPhrase(ws[end]) && PER_HOUR.has(per)) end += 2;
  // "How many American diplomats did Russia expel?" is not answered by "two Russian officials" expelled by Washington.
  const counts = ws.slice(start, end + 2).flatMap((w) => [...w.concepts].filter((c) => kindOf(lex, c) === 'place'));
  if (nationality.size > 0 && counts.length > 0 && !counts.some((c) => nationality.has(c))) return null;
  return clean(textOf(ws, start, end))
    .replace(/^[وف](?=\d)/u, '')
    .replace(/^[بوفل](?=(?:نحو|حوالي|حوالى|قرابة|زهاء|دون)\s)/u, '');
}

/** Ranks, honorifics and callings written before a name ("العقيد سامر الحلبي", "Dr. ..."), normalized. */
const HONORIFICS = wordSet(
  'العقيد اللواء العميد المقدم الرائد النقيب الملازم الدكتور د المهندس الأستاذ الشيخ السيد السيدة',
  'النائب النائبة القاضي القاضية الحاج الأمير الأميرة colonel general dr doctor mr mrs ms professor sheikh',
  // A trade or calling written before the name says who they are: "الصياد إبراهيم موسى", "المزارع خالد عيسى".
  'الكابتن الطيار المزارع المزارعة الصياد الغواص المحامي المحامية المعلم المعلمة الطبيب الطبيبة الممرض الممرضة الطالب الطالبة التاجر الناشط الناشطة الصحفي الصحفية الباحث الباحثة الكاتب الكاتبة الروائي الروائية الفنان الفنانة المخرج المخرجة الممثل الممثلة اللاعب اللاعبة الحارس السائق الشاعر الشاعرة الإمام المربي المربية النحال الراعي الحرفي الخباز',
);

/** Where a name starting at `start` begins with the rank or honorific written before it. */
function withHonorific(ws: readonly RawWord[], start: number): number {
  const before = bareForm(ws[start - 1]).replace(/^[وف](?=ال)/u, '');
  return start > 0 && HONORIFICS.has(before) && !endsPhrase(ws[start - 1]) ? start - 1 : start;
}

/** The places in the title right before a name ("Syrian President" before "Bashar al-Assad"). */
function titlePlaces(ws: readonly RawWord[], lex: CompiledLexicon, run: Run): Set<string> {
  const out = new Set<string>();
  for (let i = run.start - 1; i >= 0; i--) {
    const w = ws[i] as RawWord;
    if (!(isKind(w, TITLE, lex, new Set()) || isConnector(w))) break;
    for (const c of w.concepts) if (kindOf(lex, c) === 'place') out.add(c);
  }
  return out;
}

/**
 * The person named right next to an asked title ("State Department spokesman Mark Toner" for "the spokesman"), not
 * one whose title names another country than the question does ("Syrian President" for "the Russian president").
 */
function nameNear(
  ws: readonly RawWord[],
  lex: CompiledLexicon,
  asked: ReadonlySet<string>,
  roles: readonly string[],
  ofTitle: ReadonlySet<string> = asked,
  titleStems: ReadonlySet<string> = new Set(),
  questionStems: ReadonlySet<string> = new Set(),
): string | null {
  // The asked title by its concept, or by its own word: "الوزير" is also the head of "وزير الخارجية" (not a word of
  // a name: "الرئيس السوري بشار الأسد" is Assad).
  const isTitle = (w: RawWord) =>
    [...w.concepts].some((c) => roles.includes(c)) ||
    (w.forms.some((f) => titleStems.has(stem(f))) && ![...w.concepts].some((c) => kindOf(lex, c) === 'person'));
  const titles = ws.flatMap((w, i) => (isTitle(w) ? [i] : []));
  // The country of the asked title, not of its relative clause ("the minister who travels to Moscow").
  const askedPlaces = [...ofTitle].filter((c) => kindOf(lex, c) === 'place');
  const otherCountry = (r: Run) => {
    const places = titlePlaces(ws, lex, r);
    return askedPlaces.length > 0 && places.size > 0 && !askedPlaces.some((p) => places.has(p));
  };
  // The words between the title and the name are the title's own: bodies, places, "of", and Arabic adjectives
  // (definite, after their noun: "الرئيس السوري"). "The President says Assad must go" does not make Assad president.
  // Or the title's phrase, however long, closed by the comma before a name in apposition ("رئيس نقابة سائقي
  // النقل الثقيل، حمدان العبيدي،").
  // A rank before the name ("، العقيد سامر الحداد،") is the name's, not the title's.
  const titled = (r: Run, t: number) => {
    const between = t < r.start ? ws.slice(t + 1, withHonorific(ws, r.start)) : ws.slice(r.end + 1, t);
    // The title's phrase may hold a preposition between its words ("النائب في البرلمان عن دائرة النخيل،").
    const apposition =
      t < r.start &&
      endsWithComma(between.at(-1)) &&
      between.every(
        (w, k) =>
          (contentWord(w) || (k > 0 && k < between.length - 1 && TITLE_PREPOSITIONS.has(bareForm(w)))) &&
          (k === between.length - 1 || !endsPhrase(w)),
      );
    // A word the question names with the title is the title's too ("من يترأس غرفة التجارة في إربد؟": "رئيس غرفة
    // تجارة إربد محمد الخصاونة").
    // So is "في" before a definite word ("مدير الصحة في المحافظة الدكتور ماهر القاسمي").
    const own = (w: RawWord, k: number) =>
      titleOwn(w, lex) ||
      (t < r.start && w.forms.some((f) => questionStems.has(stem(f)))) ||
      (bareForm(w) === 'في' && k + 1 < between.length && DEFINITE.test(bareForm(between[k + 1])));
    return between.length <= 6 && (between.every(own) || apposition);
  };
  const near = runsOf(ws, PERSON, lex, asked).find((r) => titles.some((t) => titled(r, t)) && !otherCountry(r));
  return near ? textOf(ws, withHonorific(ws, near.start), near.end) : null;
}

/**
 * Whom an English sentence reported in the article's own voice says it from, in its words: "Kerry's visit - which
 * US State Department officials say is his second ..." -> "US State Department officials" (the words before "say",
 * back to "which", "who" or "that", at most six), or "... from defense and intelligence officials who say ..." (the
 * words before "who say", back to a preposition, at most five, where what they say holds a word of the question);
 * one of the words a name or a post. Null where there are none.
 */
function englishSayer(text: string, tokens: readonly Token[]): string | null {
  const named = (phrase: string | undefined) =>
    phrase?.split(/\s+/).some((w) => /^[A-Z]/u.test(w) || SAYER_POSTS_EN.has(w.toLowerCase())) ? phrase : null;
  const m = /\b(?:which|who|that)\s+((?:[\w'.-]+\s+){0,5}[\w'.-]+)\s+(?:say|says|said)\b/u.exec(text);
  // "... opposition from defense and intelligence officials who say the two countries' goals ...": the posts before
  // "who say", where what they say is what the question names ("Who says the goals ... are at odds?"), not the rest
  // of the sentence ("Who opposes Kerry?", then "who said that?": the article).
  const before = /\b(?:from|by|of|among)\s+((?:[\w'.-]+\s+){0,4}[\w'.-]+)\s+who\s+(?:say|says|said)\b/u.exec(text);
  const asked = new Set(tokens.filter((t) => !t.stop).map((t) => t.stem));
  const theirs =
    before !== null && words(normalize(text.slice(before.index + before[0].length))).some((w) => asked.has(stem(w)));
  return named(m?.[1]) ?? (theirs ? named(before?.[1]) : null);
}
const SAYER_POSTS_EN: ReadonlySet<string> = new Set(
  'officials official spokesman spokeswoman minister ministry sources source diplomats experts analysts'.split(' '),
);

/** A name in quotation marks: one to three words between «» or double quotes. */
const QUOTED = /[«“"]\s*([^\s«»“”"]+(?:\s+[^\s«»“”"]+){0,2})\s*[»”"]/gu;

/** The text names something in quotation marks (see QUOTED): what "what is it called" asks for. */
export const quotesName = (text: string) => text.match(QUOTED) !== null;

/**
 * The name in quotation marks right after the thing whose name is asked ("ما اسم السفينة ...؟": "سفينتها «نورس»"), or
 * a few words after a word for it, or null. That thing is the word after the word asking the name (اسم، أسماء،
 * مااسم), or before "called".
 */
function quotedNameOf(text: string, tokens: readonly Token[], lex: CompiledLexicon): string | null {
  const at = tokens.findIndex((t) => NAME_ASKED.has(t.word));
  if (at < 0) return null;
  const thing =
    tokens[at]?.word === 'called'
      ? tokens.slice(0, at).findLast((t) => !t.stop)
      : tokens.slice(at + 1).find((t) => !t.stop);
  if (!thing) return null;
  const quoted = [...text.matchAll(QUOTED)];
  for (const m of quoted) {
    const before = words(normalize(text.slice(0, m.index))).at(-1) ?? '';
    if (stem(before) === thing.stem) return m[1] as string;
  }
  // "ضرب الإعصار المداري «نجمة» ..." for "ما اسم العاصفة؟", "شراب السعال المخصص للأطفال «بريزول كيدز»": a name
  // quoted a few words after a word for the thing asked; further after one where the name is given as such
  // ("مجموعة تطلق على نفسها اسم «الظل الأسود»"; not "قمر ... يحمل اسم «عليسة-1»" for the rocket's name).
  for (const m of quoted) {
    const last = words(normalize(text.slice(0, m.index))).slice(-7);
    const reach = last.slice(-2).some((w) => NAMING.has(w)) ? 7 : 4;
    const named = analyze(last.slice(-reach).join(' '), lex).some(
      (t) =>
        !t.stop &&
        (t.stem === thing.stem || t.deep === thing.deep || t.concepts.some((c) => thing.concepts.includes(c))),
    );
    if (named) return m[1] as string;
  }
  return null;
}
/** Words giving a name as such (normalized): "باسم", "اسم", "يدعى", "تسمى", "المعروف". */
const NAMING: ReadonlySet<string> = wordSet('باسم اسم يدعى تدعى يسمى تسمى المسمى المسماة المعروف المعروفة');
/** The words asking a name (question-type.ts's, which classify the question), and "called". */
const NAME_ASKED: ReadonlySet<string> = new Set([...NAME_WORDS, 'called']);

const AGAINST: ReadonlySet<string> = wordSet('ضد against');

/** The first content word after a who-question's question word: what the asked one does ("opposes", "قصف"). */
function predicateOf(tokens: readonly Token[]): Token | undefined {
  const at = tokens.findIndex(isWhoWord);
  if (at < 0) return undefined;
  const rest = askedAfterWho(tokens, at);
  // "Who did the Russian policeman attack?": the subject comes first, then the verb.
  if (DO_SUPPORT.has(rest[0]?.word ?? '')) {
    const content = rest.filter((t) => !t.stop);
    return content.find((t) => t.concepts.some((c) => DEEDS.has(c))) ?? content[1] ?? content[0];
  }
  const first = rest.find((t) => !t.stop && !IS.has(t.word));
  // "Who carried out the second attack?", "من نفذ الهجوم؟": the deed is the noun after a light verb.
  if (first && LIGHT_VERBS.has(first.word)) {
    const deed = rest
      .slice(rest.indexOf(first) + 1)
      .filter((t) => !t.stop)
      .slice(0, 3)
      .find((t) => t.concepts.some((c) => DEEDS.has(c)));
    if (deed) return deed;
  }
  return first;
}
const LIGHT_VERBS = wordSet(
  'carried carry carries conducted conduct launched launch staged',
  'نفذ نفذت شن شنت قام قامت',
  // "did", "committed" ("ومين عمله؟", "ومين ارتكبه؟").
  'عمل عملت ارتكب ارتكبت',
);
/** A light verb, with or without a pronoun for its object ("نفذه": carried it out). */
export const lightVerb = (word: string) => LIGHT_VERBS.has(word.replace(/(?:وه|وها|ه|ها|هم)$/u, ''));

/**
 * "Who was expelled ...?", "who were killed": English who + be + a participle asks whom something was done to; so
 * does who + do ("Who did the policeman attack?": a question about the doer uses no "did").
 */
function asksPassive(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => t.word === 'who' || t.word === 'whom');
  const be = tokens[at + 1]?.word ?? '';
  if (at >= 0 && DO_SUPPORT.has(be)) return true;
  const verb = tokens[at + 2]?.word === 'been' ? tokens[at + 3] : tokens[at + 2];
  return (
    at >= 0 && ['was', 'were', 'is', 'are', 'been', 'got', 'has', 'have'].includes(be) && /ed$/.test(verb?.word ?? '')
  );
}

/** English prepositions that end a question asking whom ("Who are they angry at?", "who is he talking to?"). */
const STRANDED: ReadonlySet<string> = new Set([
  'at',
  'to',
  'with',
  'for',
  'about',
  'against',
  'from',
  'of',
  'on',
  'by',
]);

/** English "do" before a subject: "Who did the policeman attack?" asks whom (see asksPassive). */
const DO_SUPPORT: ReadonlySet<string> = new Set(['did', 'does', 'do']);

/** "Who is ...", "من هو ...": a question about who someone is. */
const IS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'هو', 'هي', 'هم']);

/** Roles anyone has ("من الأشخاص الذين ...", "the families"): the question asks who did something, not a title's holder. */
const ANYONE_ROLES: ReadonlySet<string> = new Set([ANYONE, '#families']);
/** The concept of an official ("المسؤول", "official"): whoever holds a title. */
const ANY_OFFICIAL: ReadonlySet<string> = new Set(['#officials']);
/** Concept kinds a question naming a title may hold besides it ("Who is Russia's foreign minister?"). */
const TITLE_QUESTION_KINDS: ReadonlySet<ConceptKind> = new Set(['role', 'org', 'place']);

/**
 * "Who is the spokesman?", "مين رئيس أمريكا؟": a who-question made of a title (and the body or country it belongs
 * to, and at most one other word), the title first, asks for a name, not for whoever does something.
 */
export function asksWhoHolds(tokens: readonly Token[], lex: CompiledLexicon): boolean {
  // "Who did the policeman attack?" asks whom he attacked; "Who are the officers angry at?" whom they are angry at.
  if (asksPassive(tokens) || tokens[0]?.word === 'whose' || STRANDED.has(tokens.at(-1)?.word ?? '')) return false;
  if (heldRole(tokens, lex)) return true;
  const isTitle = (t: Token) => t.concepts.some((c) => TITLE_QUESTION_KINDS.has(kindOf(lex, c) as ConceptKind));
  // "Who attacked the American diplomat?" asks who did something to the holder of a title: without "is" (هو)
  // after the question word, the title comes first ("مين المتحدث باسم الخارجية؟", but "Who is the current
  // Russian president?").
  const identity = tokens.some((t) => IS.has(t.word));
  // A relative clause describes the holder ("... الذي سيستقبل كيري", "... who will meet Kerry"): not part of the
  // asked title.
  const clause = tokens.findIndex((_, i) => opensRelative(tokens, i));
  const content = (clause > 0 ? tokens.slice(0, clause) : tokens).filter((t) => !t.stop);
  const first = content[0];
  const others = content.filter((t) => !isTitle(t));
  return (
    content.some((t) => t.concepts.some((c) => kindOf(lex, c) === 'role' && !ANYONE_ROLES.has(c))) &&
    first !== undefined &&
    (identity || isTitle(first)) &&
    // "من هو وزير البيئة والثروة البحرية؟": after "is" and the title, words with the article name the body it is of,
    // however many (a verb never has the article).
    (others.length <= 1 || (identity && isTitle(first) && others.every((t) => DEFINITE.test(t.word))))
  );
}

/** Verbs of heading something ("من يرأس النقابة؟", "who chairs the committee?"): its head is asked. */
const HEAD_VERBS = wordSet('يراس تراس يتراس تتراس تراست يقود تقود يدير تدير heads chairs headed chaired');
/** Verbs of holding a post, before the post ("من يتولى رئاسة ...", "من تشغل منصب ...", "من يتولى حقيبة ..."). */
const HOLD_VERBS = wordSet('يتولي تتولي يشغل تشغل');
const HOLD_NOUNS = wordSet('رياسه قياده اداره منصب حقيبه');
/** The minister's concept: who holds a portfolio ("حقيبة النقل") is its minister. */
const MINISTER = '#gen_minister';
/** The head's concept (رئيس، مدير، head, chair). */
const HEAD = '#gen_head';
/** A leader's concept (قائد، زعيم, leader): who leads a body may be named so. */
const LEADER = '#gen_leader';

/**
 * The title a who-question asks the holder of by a verb: "من يرأس الاتحاد؟" and "من يتولى رئاسة الهيئة؟" ask its
 * head, "من يتولى حقيبة النقل؟" its minister, "من يشغل منصب المدير التنفيذي؟" the post named. Undefined when the
 * question asks no such thing ("من يتولى الدفاع عن العميد؟" asks who defends him).
 */
export function heldRole(tokens: readonly Token[], lex: CompiledLexicon): string | undefined {
  if (!['من', 'who'].includes(tokens[0]?.word ?? '')) return undefined;
  const content = tokens.filter((t) => !t.stop);
  const verb = content[0]?.word ?? '';
  if (HEAD_VERBS.has(verb)) return HEAD;
  const post = content[1];
  if (!HOLD_VERBS.has(verb) || !post || !HOLD_NOUNS.has(post.word.replace(/^ال/u, ''))) return undefined;
  if (post.word.endsWith('حقيبه')) return MINISTER;
  const named = content[2]?.concepts.find((c) => kindOf(lex, c) === 'role');
  return post.word.endsWith('منصب') ? named : HEAD;
}

/**
 * "في أي مدينة ...؟", "من أي دولة ...؟", "which city": a named place is asked, which only a sentence naming one gives
 * (a sentence about the hospital that never says its city does not answer). Normalized, without ال.
 */
const WHICH_PLACE_NOUNS: ReadonlySet<string> = wordSet(
  'city cities town country countries capital province village مدينة مدن عاصمة بلدة قرية دولة بلد محافظة ولاية',
);
const asksWhichPlace = (tokens: readonly Token[]) =>
  tokens.some(
    (t, i) => WHICH.includes(t.word) && WHICH_PLACE_NOUNS.has((tokens[i + 1]?.word ?? '').replace(/^ال/u, '')),
  );
const SEAT = /(?:^|\s)[وف]?مقر(?:ها|ه|هم)\s+(?:في\s+)?([\u0621-\u064A]{3,})(?=[\s،,.]|$)/u;
/**
 * "أين مقر الشركة؟" of "مجموعة «بلو هورايزن» للشحن ومقرها أثينا": where a body has its seat, said with a pronoun and
 * the place right after it, a place the lexicon need not know. Only where the question asks for the seat.
 */
function seatAsked(text: string, tokens: readonly Token[]): string | null {
  if (!tokens.some((t) => /^(?:[وفب]?ال)?مقر(?:ها|ه|هم)?$/u.test(t.word))) return null;
  return SEAT.exec(text)?.[1] ?? null;
}
/** Heading or leading something (يرأس، قيادة، ترأس), and the word saying who heads it ("برئاسة"), normalized. */
const HEADING: ReadonlySet<string> = new Set(['#gen_head', '#gen_chair', '#lead']);
const HEADED_BY: ReadonlySet<string> = wordSet('برئاسة وبرئاسة');
/**
 * The question asks for something the cited sentence must state for it to be the answer: how many, when, a name,
 * who holds a title. Without it there (shortAnswer null), the sentence only speaks of what was asked about.
 */
export function needsShortAnswer(ctx: ShortContext): boolean {
  if (ctx.asksSpeaker) return false;
  return (
    ctx.type === 'count' ||
    (ctx.type === 'amount' && asksNumericMeasure(ctx.tokens)) ||
    ctx.type === 'when' ||
    ctx.type === 'name' ||
    (ctx.type === 'where' && asksWhichPlace(ctx.tokens)) ||
    (ctx.type === 'who' && asksWhoHolds(ctx.tokens, ctx.lex))
  );
}

/** Without quotation marks, and without brackets unless they close as they open ("الخميس (14 يوليو / تموز 2016)"). */
const clean = (s: string) => {
  const unquoted = s.replace(/["«»]/g, '');
  const balanced = /^[^()]*(?:\([^()]*\)[^()]*)*$/u.test(unquoted);
  return (balanced ? unquoted : unquoted.replace(/[()]/g, '')).trim();
};

/** Two words the same but for one letter (a hamza's seat) or two letters swapped ("الأميركية", "الأمريكية"). */
const sameWord = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && distance(a, b).steps <= 1);

/**
 * A speaker's label as the sentence writes it ("قال مسئولان في المخابرات الأميركية إن ..." for the label "مسؤولان في
 * المخابرات الأمريكية"): the sentence's run of words, each the label's word in turn, spelt the same or nearly; null
 * where the sentence does not name the speaker so.
 */
function labelInText(label: string, text: string, lex: CompiledLexicon): string | null {
  const want = words(normalize(label));
  if (want.length < 2) return null;
  const ws = rawWords(text, lex);
  for (let i = 0; i + want.length <= ws.length; i++) {
    const run = ws.slice(i, i + want.length);
    if (run.every((w, j) => sameWord(bareForm(w), want[j] as string))) return clean(run.map((w) => w.raw).join(' '));
  }
  return null;
}

export interface ShortContext {
  type: QuestionType;
  lang: Lang;
  asksSpeaker: boolean;
  /** The question's tokens (see analyze), then those of the previous question for a follow-up. */
  tokens: readonly Token[];
  /** How many of `tokens` are the question's own (all when absent). */
  own?: number;
  lex: CompiledLexicon;
}

/**
 * A direct short answer taken from the cited statement (a number with its noun, a day or date, a place, a title,
 * the speaker or body), in the question's language, or null when the question does not ask for one or the
 * statement has none. English answers are read from the statement's translation.
 */
export function shortAnswer(st: Statement, ctx: ShortContext): string | null {
  const { type, lang, lex } = ctx;
  const english = lang === 'en' ? st.translation : undefined;
  if (ctx.asksSpeaker) {
    // A plain article's sentence is attributed to the article: who said it is written in it ("وقال المدير ...").
    const reported = st.speaker.en === REPORTING.en;
    const written = lang === 'ar' ? sayerOf(rawWords(st.text, lex), lex) : null;
    // An annotated speaker is named in the article's own words where the sentence names them ("قال مسئولان في
    // المخابرات الأميركية إن ..."), the same one as the annotation by some word of it.
    // All its words but one spelt otherwise ("الأميركية"): not a shorter part of it ("مسئولان"), nor one running on
    // into what was said, nor a name misspelt by the article ("مارك توني" for Mark Toner).
    const label = wordSet(st.speaker.ar);
    const inText = written === null ? new Set<string>() : wordSet(written);
    const same =
      !reported &&
      inText.size >= label.size &&
      inText.size <= label.size + 1 &&
      [...label].filter((w) => !inText.has(w)).length <= 1;
    if (same && written !== null) return written;
    const run = reported || lang !== 'ar' ? null : labelInText(st.speaker.ar, st.text, lex);
    if (run !== null) return run;
    const sayer = reported ? (lang === 'en' ? englishSayer(st.translation ?? '', ctx.tokens) : written) : null;
    // Where no one is quoted in it ("هنّأ الوزير الطلاب في اتصال هاتفي"), who did what was asked is the answer, where
    // the sentence names one, rather than the article itself.
    const doer =
      sayer === null && reported && st.translation === undefined
        ? shortAnswer(st, { ...ctx, asksSpeaker: false })
        : null;
    return sayer ?? doer ?? (lang === 'en' ? st.speaker.en : st.speaker.ar);
  }
  if (type === 'count' && asksTimes(ctx.tokens)) {
    const m = english ? english.match(EN_TIMES) : lang === 'ar' ? st.text.match(AR_TIMES) : null;
    if (m?.[1]) return clean(ordinalAsked(m[1], ctx.tokens, lex));
  }
  if (type === 'when') {
    const m = english ? timeNearest(english, ctx, EN_WHEN) : lang === 'ar' ? timeNearest(st.text, ctx) : null;
    if (m?.[0] && english) return clean(m[0]);
    // "يوم الخميس الماضي، الموافق 12 أيلول/سبتمبر": the date it falls on, read after the time (one pattern of its own
    // rather than after each of AR_WHEN's, whose size it tripled).
    if (m?.[0]) {
      const after = st.text.slice((m.index ?? 0) + m[0].length);
      const date = AR_CORRESPONDING.exec(after)?.[0] ?? '';
      // "يوم الخميس المقبل عند الساعة العاشرة صباحاً": a day, then its hour.
      const hour = m[0].includes('الساعة') ? '' : (AR_THEN_HOUR.exec(after.slice(date.length))?.[0] ?? '');
      return clean(withoutConjunction(m[0] + date + hour));
    }
    // "على أن ترفع تقريرها خلال أسبوعين": a span within which something is due; not "الثالثة خلال 12 شهرا", a count.
    const within = !english && lang === 'ar' ? AR_WITHIN.exec(st.text) : null;
    if (within?.[1] && !AR_ORDINAL_BEFORE.test(st.text.slice(0, within.index))) return clean(within[1]);
    // "إلى متى سيبقى المتحف مغلقا؟": how long, "لمدة أسبوعين على الأقل".
    if (asksUntilWhen(ctx.tokens)) {
      const d = english ? english.match(EN_DURATION) : lang === 'ar' ? AR_DURATION.exec(st.text) : null;
      if (d) return clean(english ? d[0] : (d[1] as string));
      // "متوقعة أن يستمر الإغلاق ثلاثة أسابيع على الأقل": the span a verb of lasting gives; "حتى انتهاء أعمال
      // التدعيم": up to what.
      const until = !english && lang === 'ar' ? (AR_LASTING.exec(st.text) ?? AR_UNTIL.exec(st.text)) : null;
      if (until?.[1]) return clean(until[1]);
    }
    // No time, but a condition of time: "يضرب به متى أحس أن عرشه على وشك الزوال", "whenever he feels ...".
    const c = english ? english.match(EN_WHEN_CLAUSE) : lang === 'ar' ? st.text.match(AR_WHEN_CLAUSE) : null;
    return c?.[0] ? clean(c[0]) : null;
  }
  // "كم دامت فترة الإغلاق؟": a length of time, not any number of the sentence.
  if ((type === 'count' || type === 'amount') && lang === 'ar' && asksHowLong(ctx.tokens))
    return lengthOf(st.text, lex);
  const text = lang === 'en' ? english : st.text;
  if (!text) return null;
  const { asked, stems } = askedTerms(ctx.tokens);
  const ws = rawWords(text, lex);
  if (type === 'count' || type === 'amount') {
    // The counted noun ("كم عدد الجرحى", "how many families") is the surest anchor, where the sentence has it; for an
    // amount, the measure itself ("بنسبة 42 في المئة" for "ما نسبة ..."), then what it measures.
    // "How many were wounded in the second attack?" is not answered by "the second attack killed 12 more": a
    // sentence telling another fate (killed, wounded, arrested, missing ...) and not the asked one counts others.
    // "... الذين شاركوا في عمليات التفتيش عن الضحايا؟": a fate after a preposition is what they did something about,
    // not the counted ones' own.
    const fates = new Set(
      ctx.tokens
        .filter((_, i) => !OBJECT_PREPOSITIONS.has(ctx.tokens[i - 1]?.word ?? ''))
        .flatMap((t) => t.concepts)
        .filter((c) => FATES.has(c)),
    );
    if (type === 'count' && fates.size > 0) {
      const told = ws.flatMap((w) => [...w.concepts].filter((c) => FATES.has(c)));
      if (told.length > 0 && !told.some((c) => fates.has(c))) return null;
    }
    const counted = countedNoun(ctx.tokens, lex);
    const nouns = type === 'amount' ? measuredNouns(ctx.tokens) : [counted];
    const how = {
      measure: askedMeasure(ctx.tokens.map((t) => t.word)),
      nationality: type === 'count' && counted ? nationalityOf(ctx.tokens, counted, lex) : new Set<string>(),
      counted: type === 'count' ? counted : undefined,
      stems,
      lex,
      things: type === 'count' && countsThings(ctx.tokens, counted),
      since: ctx.tokens.some((t) => SINCE.has(t.word)),
      became: ctx.tokens.some((t) => BECAME.has(t.word)),
      fates,
    };
    // "والجرحى؟" after "how many were killed?": the follow-up's own fate is counted, near where the sentence tells it
    // ("مقتل 123 شخصا ... وإصابة عشرات آخرين").
    const ownFates =
      type === 'count' && ctx.own !== undefined && ctx.own < ctx.tokens.length
        ? ctx.tokens.slice(0, ctx.own).flatMap((t) => t.concepts.filter((c) => FATES.has(c)))
        : [];
    const byFate = ownFates.length > 0 ? anchorsOf(ws, lex, new Set(ownFates), new Set(), { both: true }) : [];
    if (byFate.length > 0) {
      const q = quantityOf(ws, byFate, { ...how, counted: undefined });
      if (q !== null) return inUnitsOnly(q, how) ? null : q;
    }
    for (const noun of nouns) {
      if (!noun) continue;
      // A counted role ("كم ممرضا") is found by its name; "people" counts anyone, and the verb tells which.
      const own = anchorsOf(ws, lex, new Set(noun.concepts), new Set([noun.stem, noun.deep.slice(1)]), {
        names: !noun.concepts.includes(ANYONE),
      });
      // "كم عدد السكان الذين ...؟" of "أجلت السلطات 14 ألف شخص": residents counted as persons, patients as cases.
      const broader = type === 'count' && own.length === 0 ? broaderCounted(noun.concepts) : [];
      const byNoun = broader.length > 0 ? anchorsOf(ws, lex, new Set(broader), new Set(), { names: true }) : own;
      if (byNoun.length > 0) {
        const q = quantityOf(ws, byNoun, { ...how, others: anchorsOf(ws, lex, asked, stems, { both: true }) });
        // Where the sentence says how many times or which time (see AR_TIMES, EN_TIMES).
        const source = english ?? (lang === 'ar' ? st.text : '');
        const m = (english ? EN_TIMES : AR_TIMES).exec(source);
        // "كم غارة استهدفت المخيم؟", "how many strikes": a count of a happening is how many times it happened
        // ("قصفوا مرتين معسكرا"), not the people it killed ("12 شخصا").
        if (type === 'count' && noun.concepts.some((c) => HAPPENING_COUNTED.has(c))) {
          if (m?.[1] && !/^(?:ال)?(?:ثاني|ثالث|رابع|خامس|second|third|fourth|fifth)/iu.test(m[1])) return clean(m[1]);
          if (q !== null && rawWords(q, lex).some((w) => w.concepts.has(ANYONE))) return null;
        }
        // "كم زيارة قام بها كيري؟" is answered by "الثالثة خلال 12 شهرا", not by the 12 months: a count of visits
        // or attacks the sentence gives as an ordinal, where the only number near is a span of time.
        const times = type === 'count' && how.measure !== 'duration' && q !== null && unitsOf(q).has('duration');
        if (!times) return inUnitsOnly(q, how) ? null : q;
        // The ordinal must be said of the counted thing, near it: "كم عدد الطائرات ...؟" is not answered by the
        // ordinal of a visit 25 words away, nor by the months beside it. No ordinal at all: the span itself.
        if (!m?.[1]) return inUnitsOnly(q, how) ? null : q;
        const at = source.slice(0, m.index).split(/\s+/).filter(Boolean).length;
        return byNoun.some((h) => Math.abs(h - at) <= ORDINAL_SPAN) ? clean(m[1]) : null;
      }
    }
    // "كم عدد الأسر ...": the noun after عدد is surely what is counted; a sentence that never names it (by any
    // form or concept) counts something else, unless it gives but one quantity, of things: "كم عدد النازحين؟" is
    // answered by "نزح نحو 85 ألف شخص", "كم عدد دفعات الإنتاج؟" by "14 تشغيلة".
    // "كم عدد الأشخاص الذين اعتقلوا؟" counts anyone, "14 متهماً" too: the verb tells which, and the quantity must be a
    // number (a dual adjective, "طائرتا هليكوبتر تابعتان", counts no people).
    // So is a noun counted in the accusative after كم ("كم موظفاً ...؟", "كم طبيبا ...؟"): "1.2 مليون عميل" does not
    // count employees. People may be counted as what they are ("كم طفلاً ...؟" of "نحو 200 تلميذ", "كم مريضاً" of "6
    // آخرون"), so a count of people is answered by a quantity of people.
    const afterNumber = countedAfterNumber(ctx.tokens);
    const accusative = afterNumber === undefined && how.things ? counted : undefined;
    const named = afterNumber ?? accusative;
    const unnamed = named !== undefined && !ws.some((w) => names(w, named));
    const anyone = named?.concepts.includes(ANYONE) ?? false;
    const people = !anyone && (named?.concepts.some((c) => isPeopleConcept(c, lex)) ?? false);
    if (unnamed && !anyone && !onlyQuantity(ws) && !(people && named === accusative)) return null;
    const q = quantityOf(ws, anchorsOf(ws, lex, asked, stems, { both: true }), how);
    if (
      unnamed &&
      q !== null &&
      !rawWords(q, lex).some((w) => w.forms.some((f) => /\d/.test(f) || NUMBER_WORDS.has(f)))
    )
      return null;
    if (unnamed && people && q !== null && !countsPeople(q, lex)) return null;
    return inUnitsOnly(q, how) ? null : q;
  }
  // "Which countries ...?" asks for the places themselves; "where ...?" for a location.
  if (type === 'where') {
    // "أين ...؟", "where ...?" is answered with the preposition placing it; "ما الدولة التي ...؟" with the place alone.
    const where = ctx.tokens.some((t) => WHERE_WORDS.has(unglue(t.word)));
    // "ما الدولة التي ...؟" asks which country, as "أي دولة" does.
    const what = ctx.tokens.findIndex(
      (t, i) => WHAT_IS.has(t.word) && COUNTRY_NOUNS.has((ctx.tokens[i + 1]?.word ?? '').replace(/^ال/u, '')),
    );
    if (!asksWhich(ctx.tokens) && what < 0)
      return placeOf(ws, lex, asked, stems, true, false, where) ?? seatAsked(st.text, ctx.tokens);
    const at = what >= 0 ? what : ctx.tokens.findIndex((t) => WHICH.includes(t.word));
    // "أي دولة ...؟", "which country": a country the lexicon knows, not a local place read from the text.
    const country = ctx.tokens.slice(at + 1, at + 3).some((t) => COUNTRY_NOUNS.has(t.word.replace(/^ال/u, '')));
    const noun = (ctx.tokens[at + 1]?.word ?? '').replace(/^ال/u, '');
    const found =
      placeOf(ws, lex, namedBeyondWhich(ctx.tokens), stems, false, country, false, PLACE_HEADS.has(noun) ? noun : '') ??
      seatAsked(st.text, ctx.tokens);
    // "في أي بحر ...؟", "which seas": a sea, where the sentence names one ("from the Baltic to the Black Sea").
    const sea = ctx.tokens.slice(at + 1, at + 3).some((t) => SEA_NOUNS.has(t.word));
    if (sea && found && !rawWords(found, lex).some(isSea)) return seaOf(ws) ?? found;
    // "في أي مدينة ...؟" is answered "مدينة وادي السرو", not "بمدينة ...": the place, not where it is.
    const [first] = found ? rawWords(found, lex) : [];
    // "البلاد", "دولة", "بلدانهم" alone name no place: "من أي دولة جاؤوا؟" is not answered by "البلاد".
    if (found && GENERIC_PLACE.test(normalize(found))) return null;
    return found && first && opensPlace(first) ? found.replace(/^[وف]?[بل]/u, '') : found;
  }
  // "من سيرأس لجنة التحقيق؟", "من ستتولى قيادة اللجنة؟" of "لجنة تحقيق برئاسة وكيلة الوزارة فاطمة البنّاء": who heads
  // it is whom "برئاسة" names.
  if (type === 'who' && ctx.tokens.some((t) => t.concepts.some((c) => HEADING.has(c)))) {
    const at = ws.findIndex((w) => HEADED_BY.has(bareForm(w)));
    // The mention's title may reach back past "برئاسة" ("الوزير تشكيل لجنة ... برئاسة وكيلة الوزارة فاطمة البنّاء"):
    // the head is the words after it, up to the name's end.
    const mention =
      at >= 0 ? titledMentions(ws, lex).find((m) => m.start <= at + 1 && m.name > at && m.name - at <= 6) : undefined;
    if (mention) return textOf(ws, at + 1, mention.end);
  }
  // "Who is the spokesman?": the name next to the asked title. "ما اسم مسؤول المخابرات الذي انتقد وزير الخارجية؟"
  // asks the official's name, "من هو وزير الثقافة الذي طالب النائب بمساءلته؟" the minister's: a title in the
  // relative clause only says which one.
  const head =
    type === 'name' || type === 'who'
      ? ctx.tokens.slice(0, ctx.own).findIndex((_, i) => opensRelative(ctx.tokens, i))
      : -1;
  const named = head >= 0 ? new Set(ctx.tokens.slice(0, head).flatMap((t) => t.concepts)) : asked;
  const held = type === 'who' ? heldRole(ctx.tokens, lex) : undefined;
  // Who heads or leads it ("من يتولى قيادة المركز؟", "من يقود ...؟") may be named as its head or its leader ("قائد").
  const heldRoles = held === HEAD ? [HEAD, LEADER] : held ? [held] : [];
  const roles = [...named, ...heldRoles].filter((c) => kindOf(lex, c) === 'role');
  if (type === 'who' && roles.length > 0) {
    const titleStems = new Set(
      ctx.tokens.filter((t) => t.concepts.some((c) => roles.includes(c) && !ANYONE_ROLES.has(c))).map((t) => t.stem),
    );
    // The question's words naming the title, before a relative clause describing its holder.
    const titleWords = ctx.tokens.slice(0, head >= 0 ? head : ctx.own).filter((t) => !t.stop);
    const name = nameNear(ws, lex, asked, roles, named, titleStems, new Set(titleWords.map((t) => t.stem)));
    if (name || asksWhoHolds(ctx.tokens, lex)) return name;
  }
  const people = [...asked].filter((c) => kindOf(lex, c) === 'person');
  const content = ctx.tokens.filter((t) => !t.stop && !t.concepts.some((c) => people.includes(c))).length;
  // "What is Toner's job?" / "Who is Mark Toner?": the title written before the name.
  if ((type === 'position' || (type === 'who' && content === 0)) && people.length === 1) {
    return titleOf(ws, lex, people[0] as string);
  }
  // "من هي سهى الحوراني؟", "ما منصب سهى الحوراني؟" of a plain article, whose people the lexicon does not know: the
  // title the sentence writes before the name asked.
  if ((type === 'position' || type === 'who') && people.length === 0) {
    const title = titleOfNamed(
      ws,
      lex,
      ctx.tokens.slice(0, ctx.own).filter((t) => !t.stop),
      type === 'who',
    );
    if (title) return title;
  }
  // "What is the spokesman's name?": the name next to the asked title. "ما اسم السفينة ...؟": the name in quotation
  // marks right after the asked thing ("سفينتها «نورس»"). Neither: no way to tell whose.
  // "ما اسم المسؤول ...؟": an official's name is the name of whoever the sentence names with a title, not of one the
  // question names ("... الذي انتقد كيري؟" asks the critic's name, not Kerry's).
  if (type === 'name') {
    if (roles.length > 0) return nameNear(ws, lex, asked, roles);
    // The one who says it: a name the speaker is given by ("مارك توني").
    const speaker = new Set(words(normalize(`${st.speaker.ar} ${st.speaker.en}`)).filter((w) => w.length >= 3));
    const speaks = (m: { name: number; end: number }) =>
      ws.slice(m.name, m.end + 1).some((w) => w.forms.some((f) => speaker.has(f)));
    const mention = [...named].some((c) => ANY_OFFICIAL.has(c)) ? otherMention(ws, lex, asked, speaks) : undefined;
    return mention ? textOf(ws, mention.name, mention.end) : quotedNameOf(st.text, ctx.tokens, lex);
  }
  // "Which ally backs ...?", "أي حليف ...": an ally or partner is a country, read as "which country" is.
  if (type === 'who' && ctx.tokens.some((t) => ALLY_NOUNS.has(t.word.replace(/^ال/, '')))) {
    const place = placeOf(ws, lex, namedBeyondWhich(ctx.tokens), stems, false, true);
    if (place) return place;
  }
  // "من المسؤول الذي عرض الأرقام؟", "Which official ...?": an official is whoever the sentence names with a title.
  if (type === 'who' && roles.length === 0 && [...named].some((c) => ANY_OFFICIAL.has(c))) {
    const mention = otherMention(ws, lex, asked);
    if (mention) return mention.text;
  }
  // "Whose families were living in the camp?": whose they are, the words after "families of" ("the families of
  // US-backed fighters whose only mission ...").
  if (type === 'who' && english && ctx.tokens[0]?.word === 'whose' && ctx.tokens[1]) {
    const owned = ws.findIndex((w, i) => names(w, ctx.tokens[1] as Token) && bareForm(ws[i + 1]) === 'of');
    if (owned >= 0 && !closes(ws[owned])) {
      const from = bareForm(ws[owned + 2]) === 'the' ? owned + 3 : owned + 2;
      let end = from;
      while (end + 1 < ws.length && !closes(ws[end]) && !WHOSE_ENDS.has(bareForm(ws[end + 1]))) end++;
      if (ws[from]) return bare(textOf(ws, from, end));
    }
  }
  if (type === 'who') {
    const against = ctx.tokens.some((t) => AGAINST.has(t.word));
    const found = agentOf(ws, lex, asked, stems, predicateOf(ctx.tokens), asksPassive(ctx.tokens), against);
    if (found === null) return null;
    // "Kerry's visit ... comes at a time ...": whose the deed is, not the possessive.
    const agent = found.replace(/['’]s$/u, '');
    // "رئيس غرفة التجارة فؤاد الخطيب": a title alone is the person it opens the mention of.
    const mention = /\s/u.test(agent) ? undefined : titledMentions(ws, lex).find((m) => m.text.startsWith(`${agent} `));
    return mention ? mention.text : withClause(text, withCountry(text, withHead(text, agent), lex), lex);
  }
  if (type !== 'other') return null;
  for (const sort of kindAsked(ctx.tokens.slice(0, ctx.own ?? ctx.tokens.length), lex)) {
    const phrase = kindPhrase(ws, sort, lang);
    if (phrase !== null) return phrase;
  }
  return null;
}

/**
 * A word that ends a clause (a bracket around a qualifier does not: "a last (nuclear) weapon"; nor do the quotation
 * marks around a word of its own: the "ISIS" group).
 */
const closes = (w: RawWord | undefined) =>
  !w || (/[.,،:;!?؟»”"-]$/u.test(w.raw) && !/^["«“][^"»”]+["»”]$/u.test(w.raw));

/** A phrase without the brackets around some of its words ("last (nuclear) weapon" -> "last nuclear weapon"). */
const bare = (text: string) => text.replace(/[()"«»]/g, '');

const WHICH = ['which', 'what', 'اي'];

const SEA_NOUNS = wordSet('بحر بحرين بحار sea seas');
/** A word for a sea ("البحر", "بحر", "Sea"); not "البحرية" (naval). */
const isSea = (w: RawWord) => /^(?:[وبل]|لل)?(?:ال)?بحر$|^seas?$/u.test(bareForm(w));

/** The range or place around the first sea the sentence names ("من البلطيق إلى البحر الأسود"), or null. */
function seaOf(ws: readonly RawWord[]): string | null {
  const at = ws.findIndex(isSea);
  if (at < 0) return null;
  // The range it closes ("from the Baltic to the Black Sea"), else the sea and the word after it.
  const to = ws.slice(Math.max(0, at - 3), at).findIndex((w) => RANGE_TO.has(bareForm(w)));
  if (to >= 0) {
    const toAt = Math.max(0, at - 3) + to;
    const from = ws.slice(Math.max(0, toAt - 4), toAt).findIndex((w) => RANGE_FROM.has(bareForm(w)));
    if (from >= 0) return textOf(ws, Math.max(0, toAt - 4) + from, closesAt(ws, at));
  }
  return textOf(ws, at, closesAt(ws, at));
}

/** The sea's name may run one word past it ("البحر الأسود", "Black Sea"): up to the end of its phrase. */
const closesAt = (ws: readonly RawWord[], at: number) => (endsPhrase(ws[at]) || !ws[at + 1] ? at : at + 1);

/**
 * The concepts a "which" question names, but for the two words after "which": "أي دولة خليجية ...؟", "Which Gulf
 * ally ...?" describe the answer (the Gulf is Saudi Arabia's), they do not name something else.
 */
function namedBeyondWhich(tokens: readonly Token[]): Set<string> {
  const at = tokens.findIndex((t) => WHICH.includes(t.word));
  const described = new Set(at >= 0 ? tokens.slice(at + 1, at + 3) : []);
  return new Set(tokens.filter((t) => !described.has(t)).flatMap((t) => t.concepts));
}

/** Allies and partners (normalized): asked "which", they are countries. */
const ALLY_NOUNS = wordSet('ally allies partner partners حليف حلفاء شريك شركاء');

/**
 * The noun whose kind is asked: the first content word after "kind of" / "نوع (من)" that names no one. In English,
 * after "which", the words of its noun phrase from its head back ("Which militant group ...?": "group", then
 * "militant"), since an adjective of the question ("militant") is seldom the sentence's own.
 */
function kindAsked(tokens: readonly Token[], lex: CompiledLexicon): Token[] {
  let at = tokens.findIndex((t) => KIND_NOUNS.has(t.word));
  // "Which other crisis ...?", "أي أزمة ...": the noun after "which" is asked the same way.
  const which = at < 0;
  if (which) at = tokens.findIndex((t) => t.word === 'which' || t.word === 'اي');
  if (at < 0) return [];
  // A kind of place or person the general vocabulary has ("أي مستشفى", "أي بلدة") is the noun asked; a name is not.
  const noName = (t: Token) =>
    !t.concepts.some((c) => !c.startsWith('#gen_') && NAME_KINDS_COUNTED.has(kindOf(lex, c) as ConceptKind));
  if (which && tokens[at]?.word === 'which') {
    // The noun phrase: its content words up to the next function word ("Which other crisis is ...": "crisis").
    const phrase: Token[] = [];
    for (const t of tokens.slice(at + 1, at + 5)) {
      if (t.stop && phrase.length > 0) break;
      if (!t.stop) phrase.push(t);
    }
    return phrase.filter(noName).reverse();
  }
  const rest = tokens.slice(at + 1, at + 4).filter((t) => !t.stop);
  const first = rest.find(noName);
  return first ? [first] : [];
}

/**
 * What kind the sentence says the asked noun is: the words that qualify it where the sentence names it (after it in
 * Arabic, "السلاح النووي"; before it in English, "a last (nuclear) weapon"), or null when none do.
 */
function kindPhrase(ws: readonly RawWord[], noun: Token, lang: Lang): string | null {
  // The noun itself ("النائب" for "أي نائب") before a word that only shares its concept ("البرلمان"); the first one
  // with a qualifier.
  const own = (w: RawWord) => w.forms.some((f) => stem(f) === noun.stem);
  const at = [...ws.keys()].filter((i) => own(ws[i] as RawWord));
  const other = [...ws.keys()].filter((i) => !own(ws[i] as RawWord) && names(ws[i] as RawWord, noun));
  for (const i of [...at, ...other]) {
    const phrase = kindPhraseAt(ws, i, noun, lang);
    if (phrase !== null) return phrase;
  }
  return null;
}

/** A name given right after a noun: "تعرف باسم «...»", "تطلق على نفسها اسم «...»", "تدعى «...»", or «...» itself. */
const CALLED_AFTER =
  /^(?:(?:[تي]عرف|المعروفة|المعروف|[تي]دعى|[تي]سمى|[تي]طلق\s+على\s+نفسها)\s+)?(?:باسم\s+|اسم\s+|ب)?[«"“]([^«»"“”]{2,40})[»"”]/u;

/**
 * Where a qualifier of an Arabic noun ends, at the latest: a time ("ميناء بورسعيد مساء الثلاثاء", "الأسبوع المقبل"; a
 * weekday may be part of a name, "سوق الخميس"), a word of state written with its tanween ("متجهاً"), a purpose or
 * what is asked for ("لاستكمال العلاج", "لتلقي", "باستدعاء") or a past verb ("محطة تل العقاب سجلت").
 */
const TIME_OF_DAY = wordSet(`${AR_DAYPARTS.replace(/\|/g, ' ')} يوم امس اليوم الاسبوع الشهر`);
const endsQualifier = (w: RawWord | undefined) => {
  const form = bareForm(w);
  return (
    TIME_OF_DAY.has(form) ||
    /اً$|ًا$/u.test(w?.raw ?? '') ||
    /^ل(?:است|[تا])\p{L}{3}|^ب(?:است|ا\p{L}ت)\p{L}{2}/u.test(form) ||
    /^[^اويت]\p{L}[^اوي]ت$/u.test(form)
  );
};

function kindPhraseAt(ws: readonly RawWord[], start: number, noun: Token, lang: Lang): string | null {
  let at = start;
  // "a last (nuclear) weapon": the qualifier itself may carry the noun's concept; the noun is the last word naming it.
  while (lang === 'en' && !closes(ws[at]) && ws[at + 1] && names(ws[at + 1] as RawWord, noun)) at++;
  const qualifies = (w: RawWord | undefined) =>
    w !== undefined && w.forms.length > 0 && w.forms.some((f) => !isStopword(f) || f === 'and' || f === 'و');
  if (lang === 'en') {
    let start = at;
    while (start > at - 3 && !closes(ws[start - 1]) && qualifies(ws[start - 1])) start--;
    return start < at ? bare(textOf(ws, start, at)) : null;
  }
  let end = at;
  // An Arabic qualifier follows its noun; a verb there ("يضرب") starts what is said of it.
  // "تنظيم", "تدريب": a noun of the تفعيل pattern is no verb.
  const verb = (w: RawWord | undefined) =>
    /^[يت]\p{L}{3,4}$/u.test(bareForm(w)) && !/يه$/u.test(bareForm(w)) && !/^ت\p{L}{2}ي\p{L}$/u.test(bareForm(w));
  // "فإن", "وهو": a function word with "and" / "so" glued before it ends the qualifier too.
  const glued = (w: RawWord | undefined) => isStopword(bareForm(w).replace(/^[وف]/u, ''));
  while (
    end < at + 3 &&
    !closes(ws[end]) &&
    qualifies(ws[end + 1]) &&
    !verb(ws[end + 1]) &&
    !glued(ws[end + 1]) &&
    !endsQualifier(ws[end + 1])
  )
    end++;
  // Not a name cut in two ("تدعمها الولايات المتحدة"): a word sharing a concept with the last goes with it.
  while (
    !closes(ws[end]) &&
    !endsQualifier(ws[end + 1]) &&
    [...(ws[end]?.concepts ?? [])].some((c) => ws[end + 1]?.concepts.has(c))
  )
    end++;
  // "مجموعة قرصنة تعرف باسم «العنكبوت الرمادي»": the name given to it, where one follows, is the one asked.
  const after = ws
    .slice(end + 1, end + 7)
    .map((w) => w.raw)
    .join(' ');
  const called = CALLED_AFTER.exec(after);
  if (called?.[1] && !closes(ws[end])) return called[1];
  return end > at ? bare(textOf(ws, at, end)) : null;
}
