import { normalize, words } from './normalize.js';

/**
 * Measures and their units. "ما سعر التذكرة؟" is answered by a sum of money, "كم يبلغ طول الخط؟" by a length in
 * kilometres or metres, "what percentage ...?" by a percent: a sentence that gives only another kind of number (six
 * minutes for a price) does not answer. Units are written in ordinary spelling and normalized once at load; a word
 * is a unit when, without a glued article or preposition, it is one, maybe with a case, dual or plural ending
 * (دولارا، كيلومترات، years). Words with another common meaning are left out, or read only as written (see
 * EXACT_UNIT_OF).
 */
const UNITS = {
  money: `دولار دينار دنانير ريال درهم دراهم جنيه يورو ليرة فرنك روبل شيكل فلس فلسا قرش قروش سنتيم سنتا سنتات
    dollar euro dinar riyal dirham pound rouble ruble franc cent`,
  length: `كيلومتر كلم متر مترا أمتار ميل أميال سنتيمتر km kilometre kilometer metre meter mile`,
  area: `هكتار دونم فدان أفدنة مربع مربعا hectare acre square`,
  weight: `طن أطنان كيلوغرام كيلوجرام كغ قنطار ton tonne kilogram kilo quintal`,
  age: `عاما عام أعوام سنة عمره عمرها العمر old year`,
  duration: `دقيقة دقائق ساعة ساعات يوم أيام يوما أسبوع أسابيع شهر أشهر شهور سنة سنوات عام أعوام عاما
    minute hour day week month year`,
  height: `متر مترا أمتار قدم أقدام كيلومتر metre meter feet foot`,
  volume: `لتر ليتر مكعب مكعبا برميل litre liter cubic barrel gallon`,
  speed: `كيلومتر km mph knot عقدة عقد`,
} as const;
/** A kind of measure; a percent is read from the sentence's wording (في المئة، %), not from a unit word. */
export type MeasureKind = keyof typeof UNITS | 'percent';

/** Measure nouns of a question (normalized, without ال) and the kind of unit that answers them. */
const MEASURE_OF: ReadonlyMap<string, MeasureKind> = new Map(
  (
    [
      [
        'سعر ثمن كلفة تكلفة مبلغ ميزانية قيمة تعويض أجر راتب رسوم فدية فلوس مصاري أموال price cost budget fee fare compensation salary ransom money',
        'money',
      ],
      ['إيرادات عائدات أرباح مداخيل revenue revenues profit profits', 'money'],
      // "كم بلغت خسائر المصرف؟": a loss is a sum, unless of lives ("الخسائر البشرية").
      ['خسائر خسارة losses', 'money'],
      // "كم ستكلف أعمال التوسعة؟", "بكم يباع الكيلو؟": costing and being sold ask a sum.
      ['يكلف تكلف سيكلف ستكلف كلف كلفت تكلفت يباع تباع بيع بيعت costs sells sold', 'money'],
      ['نسبة percentage percent', 'percent'],
      // "على أي عمق ...؟": a depth is a length down.
      ['طول مسافة عمق length distance depth', 'length'],
      ['مساحة area', 'area'],
      // "كم يزن الأسد؟", "how much does it weigh?": weighing asks a weight.
      ['وزن يزن تزن weight weigh weighs weighed', 'weight'],
      ['عمر age', 'age'],
      // "كم استغرقت الرحلة؟" asks how long it took, as "كم من الوقت ...؟" does.
      ['مدة duration استغرق استغرقت يستغرق تستغرق الوقت وقت الزمن', 'duration'],
      ['ارتفاع علو altitude height', 'height'],
      ['سرعة speed', 'speed'],
    ] as const
  ).flatMap(([ws, kind]) => ws.split(' ').map((w) => [normalize(w), kind] as [string, MeasureKind])),
);

const UNIT_OF: ReadonlyMap<string, MeasureKind[]> = Object.entries(UNITS).reduce((m, [kind, list]) => {
  for (const u of list.split(/\s+/).filter(Boolean)) {
    const unit = normalize(u);
    m.set(unit, [...(m.get(unit) ?? []), kind as MeasureKind]);
  }
  return m;
}, new Map<string, MeasureKind[]>());

const GLUED = /^(?:[وف]?(?:بال|لل|ال|ب|ل|ك)|[وف])/;
/**
 * Units read only as written, without the endings: "1700 غرام" is a weight, while "غرامات" are also fines (غرامة).
 */
const EXACT_UNIT_OF: ReadonlyMap<string, MeasureKind> = new Map(
  ['غرام', 'غراما', 'جرام', 'جراما', 'gram', 'grams', 'gramme', 'grammes'].map((u) => [normalize(u), 'weight']),
);

/** Case, dual and plural endings a unit may carry (كيلومترا، دولارات، دولارين، years). */
const ENDINGS = ['', 'ا', 'ات', 'ان', 'ين', 's', 'es'];

/** The kinds of measure a normalized word is a unit of (بدولارين -> money; متر -> length and height). */
export function unitKinds(word: string): MeasureKind[] {
  const kinds = new Set<MeasureKind>();
  for (const form of new Set([word, word.replace(GLUED, '')])) {
    const exact = EXACT_UNIT_OF.get(form);
    if (exact) kinds.add(exact);
    for (const ending of ENDINGS) {
      if (!form.endsWith(ending)) continue;
      for (const k of UNIT_OF.get(form.slice(0, form.length - ending.length)) ?? []) kinds.add(k);
    }
    // A feminine unit's dual: ساعة -> ساعتين / ساعتان, سنة -> سنتين (the ة is written ت before the ending).
    const feminine = /^(.{2,})ت(?:ين|ان)$/.exec(form);
    for (const k of feminine ? (UNIT_OF.get(`${feminine[1]}ه`) ?? []) : []) kinds.add(k);
  }
  return [...kinds];
}

/**
 * The kind of measure a count or amount question asks for: a measure noun among its first words ("ما سعر ..." ->
 * money, "كم يبلغ طول ..." -> length), or the unit it counts in ("كم دقيقة ..." -> duration). A measure named later
 * ("كم دقيقة احتاج القطار لقطع المسافة") is what it is about, not what it asks.
 */
export function askedMeasure(questionWords: readonly string[]): MeasureKind | undefined {
  for (const [i, w] of questionWords.slice(0, 4).entries()) {
    const bare = w.replace(/^و?ال/, '');
    const kind = MEASURE_OF.get(bare) ?? unitKinds(bare)[0];
    // "معدل ارتفاع الأسعار", "نسبة ارتفاع ...": a rise, not a height.
    if (kind === 'height' && RATES.has((questionWords[i - 1] ?? '').replace(/^و?ال/, ''))) continue;
    if (kind === 'money' && HUMAN.has((questionWords[i + 1] ?? '').replace(/^و?ال/, ''))) continue;
    if (kind) return kind;
  }
  // "كم كان المتهم يتقاضى ...؟", "الطلبة دفعوا كام ...؟": how much is paid or charged, right beside the question word.
  const howMuch = (w: string | undefined) => w !== undefined && HOW_MUCH_MONEY.has(w);
  if (
    questionWords.some(
      (w, i) =>
        PAYING.has(w) &&
        (howMuch(questionWords[i - 1]) || howMuch(questionWords[i + 1]) || howMuch(questionWords[i - 2])),
    )
  )
    return 'money';
  // "كم طلب القراصنة من مال؟", "how much money": the sum asked is named later.
  if (questionWords.some((w, i) => MONEY_NOUNS.has(w.replace(/^و?ال/, '')) && OF_MONEY.has(questionWords[i - 1] ?? '')))
    return 'money';
  return undefined;
}
/** What a loss may be of besides money: lives (normalized, without ال). */
const HUMAN: ReadonlySet<string> = new Set(['بشرية', 'بالارواح', 'human'].map(normalize));
/** Verbs of paying or being paid (normalized). */
const PAYING: ReadonlySet<string> = new Set(
  'دفع دفعت دفعوا يدفع تدفع يدفعون تقاضي يتقاضي تتقاضي يتقاضون تقاضت كلف كلفت يكلف تكلف paid pay pays charged charge charges'
    .split(' ')
    .map(normalize),
);
const HOW_MUCH_MONEY: ReadonlySet<string> = new Set(['كم', 'بكم', 'much']);
/** A rate or share of something (normalized, without ال). */
const RATES: ReadonlySet<string> = new Set(['معدل', 'نسبه', 'rate']);
const MONEY_NOUNS: ReadonlySet<string> = new Set(['مال', 'اموال', 'money', 'cash'].map(normalize));
/** What comes before money asked for: "كم ... من مال", "how much money". */
const OF_MONEY: ReadonlySet<string> = new Set(['من', 'much']);

/** A multiple of an amount ("بثلاثة أضعاف سعرها", "ضعفي", "three times the price", "twice as much"), normalized. */
const MULTIPLE = /(?:^|\s)[وفبل]?اضعاف|(?:^|\s)[وفبل]?ضعفي|\b(?:times|twice|double|triple) (?:the|as|more|higher)\b/u;
const MEASURE_KINDS: readonly MeasureKind[] = [...(Object.keys(UNITS) as (keyof typeof UNITS)[]), 'percent'];

/** The kinds of units a sentence (Arabic text and English translation) gives amounts in. */
export function unitsOf(text: string, translation?: string): Set<MeasureKind> {
  // "بُني عام 1978", "in the year 2016": a year named is no age or duration.
  const normalized = [normalize(text), translation ? normalize(translation) : '']
    .join(' ')
    .replace(/(?:^|\s)[وفبل]?(?:ال)?(?:عام|سنه|year)\s+(?:1[5-9]|20)\d\d(?!\d)/gu, ' ');
  const kinds = new Set(words(normalized).flatMap(unitKinds));
  // "في المئة" is a percent; "مئة" alone is a hundred.
  if (/في (?:ال)?(?:ميه|مايه)|بال(?:ميه|مايه)|[%٪]|percent/.test(normalized)) kinds.add('percent');
  // "بثلاثة أضعاف سعرها", "twice the price": a multiple of the thing measured gives it, whatever its unit.
  if (MULTIPLE.test(normalized)) for (const kind of MEASURE_KINDS) kinds.add(kind);
  return kinds;
}
