import { wordSet } from './normalize.js';

/** What a question asks for, read from its (normalized, dialect-mapped) words. */
export type QuestionType = 'count' | 'amount' | 'when' | 'where' | 'name' | 'who' | 'position' | 'why' | 'other';

const has = (ws: readonly string[], list: readonly string[]) => ws.some((w) => list.includes(w));
const phrase = (ws: readonly string[], a: string, b: readonly string[]) =>
  ws.some((w, i) => w === a && b.includes(ws[i + 1] ?? ''));
/** "which country", or with one word between: "which Gulf country", "which European countries". */
const whichNoun = (ws: readonly string[], b: readonly string[]) =>
  ws.some((w, i) => w === 'which' && (b.includes(ws[i + 1] ?? '') || b.includes(ws[i + 2] ?? '')));

/** "many" and "much" as typed in a hurry ("how meny", "how mny", "how mutch"). */
const HOW_MANY_TYPOS: readonly string[] = [
  'meny',
  'mny',
  'manny',
  'mani',
  'mant',
  'mamy',
  'nany',
  'mutch',
  'mich',
  'muc',
];

/** Relative pronouns (normalized) that open a clause describing the thing asked about. */
const RELATIVES: ReadonlySet<string> = new Set([
  'الذي',
  'التي',
  'الذين',
  'اللذي',
  'اللتي',
  'اللي',
  'which',
  'whose',
  'that',
  'who',
  'whom',
]);
/** Words before which "which" asks rather than relates ("on which date", "in which city"). */
const PREPOSITIONS_EN: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'for',
  'from',
  'to',
  'with',
  'by',
  'of',
  'about',
  'into',
]);
/**
 * The word at `i` is a relative pronoun that opens a clause about a noun before it ("the camp that ...", "the
 * official who ...", "المسؤول الذي ..."), not the question word itself.
 */
export const opensRelative = (words: readonly { readonly word: string }[], i: number) =>
  i > 1 &&
  RELATIVES.has(words[i]?.word ?? '') &&
  !PREPOSITIONS_EN.has(words[i - 1]?.word ?? '') &&
  // "where is that camp ...?": "that" after "is" points at the thing asked about.
  !(words[i]?.word === 'that' && COPULAS_EN.has(words[i - 1]?.word ?? ''));
const COPULAS_EN = new Set(['is', 'was', 'are', 'were']);

/** Nouns that make "which ..." ask for a place ("which city", "أي دولة"); normalized spelling. */
export const PLACE_NOUNS: readonly string[] = [
  'مدينه',
  'دوله',
  'بلد',
  'بلاد',
  'عاصمه',
  'منطقه',
  'مكان',
  'city',
  'country',
  'town',
  'place',
  'region',
  'capital',
  'area',
  'دول',
  'مدن',
  'بلدان',
  'مناطق',
  'اماكن',
  'منطقتين',
  'مدينتين',
  'دولتين',
  'بلدين',
  'مكانين',
  'cities',
  'countries',
  'states',
  'towns',
  'places',
  'border',
  'borders',
  'حدود',
  'بحر',
  'بحرين',
  'بحار',
  'sea',
  'seas',
];
/** "ما الدولة ...", "ما هي الجهة ...": an Arabic "what" with the noun that says what kind of answer is wanted. */
const whatNoun = (ws: readonly string[], isNoun: (w: string) => boolean) =>
  ['ما', 'ماهي', 'ماهو'].includes(ws[0] ?? '') &&
  ws.slice(1, 3).some((w, i) => isNoun(w.replace(/^ال/, '')) && ws.slice(i + 2, i + 4).some((r) => RELATIVES.has(r)));

/**
 * Where the noun saying what kind of answer is wanted stands ("الدولة" in "ما الدولة التي تؤيد رحيل الأسد؟", "ally"
 * in "which ally ..."), or -1. A relative clause after it says what is asked, not which one of several is meant.
 */
export function classNounAt(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = unglue(words[i] as string);
    if (w === 'which' || w === 'اي' || (w === 'what' && i === 0)) {
      for (const j of [i + 1, i + 2]) if (isClassNoun(unglue(words[j] ?? ''))) return j;
    }
    if (i === 0 && (w === 'ما' || w === 'ماهي' || w === 'ماهو')) {
      const ws = words.slice(0, 5).map(unglue);
      if (!whatNoun(ws, isClassNoun)) return -1;
      for (const j of [1, 2]) if (isClassNoun((ws[j] ?? '').replace(/^ال/, ''))) return j;
    }
  }
  return -1;
}

/** Nouns that make "which ..." ask for a body, country or party, as "who" does (normalized by normalize.ts). */
const BODY_NOUNS: readonly string[] = [
  ...wordSet(
    'ally allies partner partners side sides party parties',
    'organization organisation organizations agency agencies body bodies institution',
    'حليف حلفاء جهة جهات طرف أطراف منظمة هيئة حزب شريك شركاء مؤسسة',
  ),
];

/** The nouns of an answer's kind (see classNounAt). */
const CLASS_NOUNS: ReadonlySet<string> = new Set([...PLACE_NOUNS, ...BODY_NOUNS]);
const isClassNoun = (w: string) => CLASS_NOUNS.has(w);

/** Words asking for someone's title or job ("What is Toner's position?", "ما منصب"); normalized spelling. */
export const POSITION_NOUNS: readonly string[] = [
  'منصب',
  'منصبه',
  'منصبها',
  'المنصب',
  'وظيفه',
  'وظيفته',
  'وظيفتها',
  'الوظيفه',
  'position',
  'job',
  'title',
  'post',
  'يشغل',
  'يشغله',
  'يشغلها',
  'تشغل',
  'تشغله',
  'تشغلها',
];

/** Words after "position" that make it a stance ("position on Assad"). */
const STANCE_AFTER: ReadonlySet<string> = new Set(['on', 'about', 'regarding', 'towards', 'toward', 'concerning']);

/** Words asking for a name (normalized): اسم، أسماء، أساميهم، مااسم، name, names, named. */
export const NAME_WORDS: readonly string[] = [
  'اسم',
  // "ما اسم" typed as one word.
  'مااسم',
  'ماسم',
  'اسمه',
  'اسمها',
  'اسمهم',
  'اسما',
  'اسماء',
  'اسماوهم',
  'اسامي',
  'اساميهم',
  'name',
  'names',
  'named',
  'يسمي',
  'يدعي',
  'تسمي',
];

/** Adjectives of a vague number: "عدد كبير من", "a large number of". */
const VAGUE_SIZE: ReadonlySet<string> = new Set([
  ...wordSet('كبير كثير قليل محدود ضخم هائل متزايد وافر بسيط'),
  ...'large small great growing big huge certain limited'.split(' '),
]);
/**
 * "عدد القتلى", "the number of dead" ask how many; "عدد من الضباط", "عدد كبير من المسؤولين", "a (large) number of
 * officers" mean several.
 */
const asksNumber = (ws: readonly string[]) =>
  ws.some(
    (w, i) =>
      // "ما عدد ...", "ما هو عدد ...": near the opening; "ما موقف الأستاذ من تقييد عدد الزوار؟" asks a stance.
      (w === 'عدد' && i <= 2 && ws[i + 1] !== 'من' && !(VAGUE_SIZE.has(ws[i + 1] ?? '') && ws[i + 2] === 'من')) ||
      // "ما عدد من لقوا حتفهم ...؟": the number of those who ..., not "a number of".
      (w === 'عدد' && ws[i + 1] === 'من' && MEASURE_OPENERS.has(ws[i - 1] ?? '')) ||
      // "ما رقم الخط الهاتفي ...؟", "ما هو رقم لوحة المركبة؟": a number is asked.
      ((w === 'رقم' || w === 'الرقم') && i <= 2 && ['ما', 'ماهو', 'هو', 'ماهي'].includes(ws[i - 1] ?? '')) ||
      (w === 'number' &&
        ws[i + 1] === 'of' &&
        ws[i - 1] !== 'a' &&
        !(VAGUE_SIZE.has(ws[i - 1] ?? '') && ws[i - 2] === 'a')),
  );

/**
 * Nouns of a measure ("ما نسبة ...", "ما عمر ...", "what is the price of ..."); normalized spelling. A question
 * opening with one asks for an amount, usually a number, though "ما حجم الأضرار" may be answered in words (see
 * NUMERIC_MEASURES in short-answer.ts for the ones only a number answers).
 */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'نسبه',
  'مقدار',
  'حجم',
  'قيمه',
  'سعه',
  'عمر',
  'مساحه',
  'طول',
  'مبلغ',
  'سعر',
  'ثمن',
  'كلفه',
  'تكلفه',
  'مده',
  'حصه',
  'معدل',
  'مسافه',
  'وزن',
  'كميه',
  'ميزانيه',
  'قدره',
  'مهله',
  'مستوي',
  'percentage',
  'percent',
  'proportion',
  'share',
  'amount',
  'size',
  'value',
  'capacity',
  'age',
  'area',
  'length',
  'price',
  'cost',
  'budget',
  'rate',
  'distance',
  'weight',
  'quantity',
  'duration',
  'سرعه',
  'speed',
  'عمق',
  'depth',
  'height',
  // "ما شدة الزلزال؟", "ما الطاقة الاستيعابية ...؟", "ما كتلة القمر؟", "ما الأجر ...؟", "ما صافي الربح؟"
  'شده',
  'طاقه',
  'كتله',
  'اجر',
  'راتب',
  'تعويض',
  'مخصصات',
  'صافي',
  // "ما أقصى زيادة ...؟", "ما أعلى درجة ...؟", "ما الحد الأقصى ...؟": the utmost of something is an amount.
  'اقصي',
  'اعلي',
  'ادني',
  'حد',
]);
/** Measure nouns only in a construct, without the article: "ما قوة الزلزال؟" (not "ما القوة التي ...؟", a force). */
const CONSTRUCT_MEASURES: ReadonlySet<string> = new Set(['قوه', 'درجه']);
/**
 * Nouns asking what kind of thing something is ("what kind of weapon", "ما نوع السلاح", "ما طبيعة الجروح", "ما شكل
 * التسوية"), normalized; one list for the question's type, its ranking and its short answer.
 */
export const KIND_NOUNS: ReadonlySet<string> = wordSet('kind type sort', 'نوع انواع نوعيه طبيعه شكل');
const MEASURE_OPENERS = new Set(['ما', 'ماذا', 'ماهي', 'ماهو', 'what', 'whats']);
/** "how old / long / far ...": a measure asked of with "how" (only a number answers it). */
export const HOW_MEASURES: readonly string[] = ['old', 'long', 'far', 'big', 'large', 'high', 'tall', 'heavy'];
/** "what area is the camp in?" names a place the way "which area" does; "what is the area of ...?" is a measure. */
const PLACE_NOUN_SET: ReadonlySet<string> = new Set(PLACE_NOUNS);
/** "ما نسبة الانخفاض؟", "what is the cost of ...?", "how old is ...?": asks for an amount (see MEASURE_NOUNS). */
const asksAmount = (ws: readonly string[]) =>
  (MEASURE_OPENERS.has(ws[0] ?? '') &&
    ws.slice(1, 4).some(
      (w, i) =>
        (MEASURE_NOUNS.has(w.replace(/^ال/, '')) || CONSTRUCT_MEASURES.has(w)) &&
        !(i === 0 && PLACE_NOUN_SET.has(w)) &&
        // "what kind of area ...?", "ما نوع المنطقة ...?": a kind of place, no measure of one.
        !ws.slice(1, i + 1).some((k) => KIND_NOUNS.has(k)),
    )) ||
  phrase(ws, 'how', HOW_MEASURES) ||
  // "إلى أي حد ارتفعت ...؟", "إلى أي مستوى وصل ...؟", "إلى أي مسافة ...؟"
  // "إلى أي ارتفاع ...؟": a height (not "ما سبب ارتفاع ...؟", a rise).
  phrase(ws, 'اي', ['حد', 'مدي', 'درجه', 'ارتفاع', 'علو', ...MEASURE_NOUNS]);

/** English words that open a question; "when" after one of them joins a clause ("Did they ... when they bombed?"). */
const OPENERS = new Set(
  'do does did is are was were what who whom whose which how can could will would has have had should why where'.split(
    ' ',
  ),
);
/** English question words that, before a later "when", say what is asked ("According to X, what ... when ...?"). */
const EN_QUESTION_WORDS = new Set('what who whom whose which how why where'.split(' '));
const asksWhen = (ws: readonly string[]) => {
  const at = ws.indexOf('when');
  // "... when it comes to Russia": an idiom for "about", not a time.
  if (at < 0 || (ws[at + 1] === 'it' && ['comes', 'came', 'come'].includes(ws[at + 2] ?? ''))) return false;
  return at === 0 || (!OPENERS.has(ws[0] ?? '') && !ws.slice(0, at).some((w) => EN_QUESTION_WORDS.has(w)));
};

/**
 * "where" asks where, but not in a yes/no question's clause ("Were there any ISIS fighters in the area where the camp
 * is located?"), unless it asks it in turn ("Do you know where the camp is?").
 */
const asksWhere = (ws: readonly string[]) => {
  const at = ws.indexOf('where');
  if (at < 0) return false;
  return at === 0 || !YES_NO_OPENERS.has(ws[0] ?? '') || ASKING_VERBS.has(ws[at - 1] ?? '');
};
const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'had']);
const ASKING_VERBS = new Set(['know', 'tell', 'me', 'us', 'say', 'said', 'ask', 'asked', 'explain', 'mention']);

/** A yes/no question: "هل ...؟", "Is this ...?", "Did Russia ...?". Its answer may well be "no, another one". */
export const isYesNo = (ws: readonly string[]) =>
  ws[0] === 'هل' ||
  ['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'had'].includes(ws[0] ?? '') ||
  // "روسيا احترمت الهدنة والا لا؟", "... or not?"
  (['والا', 'ولا', 'or'].includes(ws.at(-2) ?? '') && ['لا', 'not'].includes(ws.at(-1) ?? '')) ||
  // "هذه أول زيارة؟", "هي دي أول مرة ...؟", "هاي تالت زيارة ...؟": "this" opening a question without a question word.
  ((THIS_WORDS.has(ws[0] ?? '') || (['هي', 'هو'].includes(ws[0] ?? '') && THIS_WORDS.has(ws[1] ?? ''))) &&
    !ws.some((w) => QUESTION_WORDS.has(w)));
const THIS_WORDS = new Set(['هذه', 'هذا', 'هذي', 'هاي', 'هادي', 'هيدي', 'هاد', 'هيدا', 'دي', 'ده']);

const QUESTION_WORDS = new Set(['كم', 'متي', 'اين', 'من', 'ماذا', 'لماذا', 'كيف', 'هل', 'اي', 'ما']);
/** "لمن" (to whom), with a glued "and" too: asks who. */
export const TO_WHOM: ReadonlySet<string> = new Set(['لمن', 'ولمن']);
/** A question word of either language (normalized, and without a glued "and": see unglue). */
export const isQuestionWord = (w: string) => QUESTION_WORDS.has(w) || EN_QUESTION_WORDS.has(w) || w === 'when';
/**
 * A question word with a glued "and" / "so" (وكم، فمتى، ومن) is that question word, and so is "which" behind a glued
 * preposition ("لأي عاصمة" to which capital, "بأي يوم" on which day).
 */
export const unglue = (w: string) =>
  /^[وف]/.test(w) && QUESTION_WORDS.has(w.slice(1)) ? w.slice(1) : /^[وف]?[لب]اي$/.test(w) ? 'اي' : w;

/** Verbs of saying after an opening من ("من قال ..."), normalized: then من is "who", not "from". */
const SAYING_AFTER_WHO = new Set([
  ...['قال', 'قالوا', 'يقول', 'صرح', 'ذكر', 'اكد', 'افاد', 'اعتبر', 'وصف', 'تساءل', 'حذر'],
  // "من أعلن حصيلة ...؟", "من مصدر الأرقام؟": who announced it, whose the figures are.
  ...['اعلن', 'اعلنت', 'مصدر', 'نقل', 'روي'],
  // "من يشغل منصب المدير العام؟" asks who holds it.
  ...['يشغل', 'يتولي', 'يتقلد', 'يراس', 'تولي', 'شغل'],
]);
/** English question words and auxiliaries that open a question asking something other than who. */
const OTHER_OPENERS: ReadonlySet<string> = new Set([
  'what',
  'whats',
  'how',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'can',
  'will',
]);
const opensWithWho = (ws: readonly string[]) =>
  WHO_EN.has(ws[0] ?? '') || (ws[0] === 'من' && (SAYING_AFTER_WHO.has(ws[1] ?? '') || WHO_RELATIVE.has(ws[1] ?? '')));
/** "من الذي ...", "من هو ...": after these, an opening من is "who" (normalized). */
export const WHO_RELATIVE: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللي', 'هو', 'هي', 'هم']);
/** The English words of "who". */
const WHO_EN: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/** Words that open a who-question ("من" at the start is "who"; "من أين" was read as where before). */
const WHO_FIRST: ReadonlySet<string> = new Set([...WHO_EN, 'من', 'ومن', 'فمن']);

/** Nouns of time after "which" / أي: the question asks when. */
const AR_TIME_NOUNS: readonly string[] = ['يوم', 'شهر', 'وقت', 'ساعه', 'سنه', 'عام', 'تاريخ', 'فتره', 'دقيقه', 'ليله'];
export const EN_TIME_NOUNS: readonly string[] = ['day', 'time', 'date', 'year', 'month', 'week', 'hour', 'night'];

/** Words that open a why-question (normalized; the dialects' ليش، ليه، علاش are read as لماذا). */
const OPENS_WHY: ReadonlySet<string> = new Set(['لماذا', 'why']);

/** Verbs of causing (normalized): "ما الذي أدى إلى ...؟", "ما الحادثة التي دفعت ... إلى ...؟", "what prompted ...?". */
export const CAUSE_VERBS: ReadonlySet<string> = new Set([
  'ادي',
  'ادت',
  'يودي',
  'تودي',
  'دفع',
  'دفعت',
  'تسبب',
  'تسببت',
  'سبب',
  'سببت',
]);
const CAUSE_EN: ReadonlySet<string> = new Set(['prompted', 'caused', 'triggered', 'sparked', 'led']);
/**
 * "What led to / caused / prompted X?", "ما الذي أدى إلى X؟": asks why X happened. Not "what could it lead to"
 * ("ما الذي يخشى أن يؤدي إليه"): the verb must open "إلى"/"في" + what was caused.
 */
function asksCause(ws: readonly string[]): boolean {
  const first = ws[0] ?? '';
  if (first === 'what') return ws.slice(1, 4).some((w) => CAUSE_EN.has(w));
  if (!['ما', 'ماذا', 'ماهو', 'ماهي'].includes(first)) return false;
  return ws
    .slice(1, 5)
    .some((w, i) => CAUSE_VERBS.has(w) && ws.slice(i + 2, i + 6).some((n) => n === 'الي' || n === 'في'));
}

/** "ما اسم ...", "ما هو اسم ...", "مااسم ...", "ما عنوان ...", "what is the name of ...", "what are the names of ...". */
function opensAskingName(ws: readonly string[]): boolean {
  let i = 0;
  if (['ما', 'ماهو', 'ماهي', 'شو', 'ايش', 'what', 'whats'].includes(ws[i] ?? '')) i++;
  if (['هو', 'هي', 'is', 'are', 's'].includes(ws[i] ?? '')) i++;
  if (ws[i] === 'the') i++;
  const w = ws[i] ?? '';
  return (
    (i > 0 && ['اسم', 'اسما', 'اسماء', 'اسامي', 'عنوان', 'name', 'names'].includes(w)) ||
    (i === 0 && ['مااسم', 'ماسم'].includes(w))
  );
}

/** Words before "تاريخ" that ask it: "ما تاريخ ...", "في أي تاريخ ..." (normalized, unglued). */
const DATE_ASKERS: ReadonlySet<string> = new Set(['ما', 'ماهو', 'ماهي', 'اي']);
/** "تاريخ" asked first or after "what", "which": the date; "في تاريخ المدينة" is the city's history. */
const asksDateNoun = (ws: readonly string[]) =>
  ws.some((w, i) => w === 'تاريخ' && (i === 0 || DATE_ASKERS.has(ws[i - 1] ?? '')));

/** A word asking a name, but not "named as" (mentioned as: "Which seas are named as flashpoints?"). */
const asksName = (ws: readonly string[]) =>
  ws.some((w, i) => NAME_WORDS.includes(w) && !(w === 'named' && ws[i + 1] === 'as'));

/** "How much" beside "the hour" asks the time of day: "الساعة كم", "كم الساعة", "ساعة كام" (normalized). */
export const CLOCK_HOW: ReadonlySet<string> = new Set(['كم', 'كام', 'قداش', 'قديش', 'بكم']);

/** "According to" opening a question (normalized, without a glued و). */
const ATTRIBUTED: ReadonlySet<string> = new Set(['حسب', 'بحسب', 'وفق', 'وفقا', 'طبقا']);
/** The Arabic "who" of the standard language and the dialects ("مين", "منو", "شكون"), normalized. */
export const WHO_AR: ReadonlySet<string> = new Set(['من', 'مين', 'منو', 'شكون']);

/**
 * Classifies a question. Arabic `من` is both "who" and "from": it counts as "who" only at the start of the
 * question (after an optional و/ف) or before a pronoun/relative (من هم، من الذي).
 */
export function questionType(glued: readonly string[]): QuestionType {
  // "أي من حلفاء أمريكا ...؟" (which of) asks as "أي حليف" does.
  const ws = glued.map(unglue).filter((w, i, all) => !(w === 'من' && all[i - 1] === 'اي'));
  // "حسب المعلق الثاني، من يستخدم داعش؟": after whom it is according to, the question opens with its "who" ("من"
  // there is not "from"; other question words are read wherever they stand).
  const asked = ATTRIBUTED.has(ws[0] ?? '') ? ws.findIndex((w, i) => i >= 2 && i <= 6 && WHO_AR.has(w)) : -1;
  if (asked > 0) return questionType(glued.slice(asked));
  // A question opening with "why" asks why, whatever its clause counts ("لماذا يتوقع أن يزداد عدد القتلى؟").
  if (OPENS_WHY.has(ws[0] ?? '') || asksCause(ws)) return 'why';
  // "ما اسم وزير الداخلية الذي أعلن حصيلة المصابين؟", "ما عنوان الكتاب ...": a question opening by asking a name (or a
  // book's title) asks a name, whatever its relative clause counts.
  if (opensAskingName(ws)) return 'name';
  // "من أي موقع انطلقت المسيرة؟", "من أي مدينة ...": من is "from" before "which"; the noun says what is asked.
  // So before "what": "من ماذا يشكو الصيادون؟" (ممَّ) asks what.
  if (WHO_FIRST.has(ws[0] ?? '') && (ws[1] === 'اي' || ws[1] === 'ماذا') && glued.length > 2)
    return questionType(glued.slice(1));
  // "الساعة كم؟", "كم الساعة", "الساعة قداش": the time of day, not a count ("كم ساعة" counts hours).
  if (ws.some((w, i) => w === 'الساعه' && (CLOCK_HOW.has(ws[i + 1] ?? '') || CLOCK_HOW.has(ws[i - 1] ?? ''))))
    return 'when';
  if (
    has(ws, ['كم', 'بكم']) ||
    phrase(ws, 'how', ['many', 'much', 'often', ...HOW_MANY_TYPOS]) ||
    // "What's the body count ...?", "the death count": a number of the dead.
    phrase(ws, 'body', ['count']) ||
    phrase(ws, 'death', ['count']) ||
    // "من أعلن حصيلة القتلى؟", "who gave the death toll?", "مين اللي قال عدد القتلى؟": who tells the toll or the
    // number, not how many.
    ((has(ws, ['حصيله', 'toll']) || asksNumber(ws)) && !opensWithWho(ws))
  )
    return 'count';
  if (asksAmount(ws)) return 'amount';
  // "Who said it is unclear why ...?", "من قال إن ... لماذا": a question opening with "who" asks who, whatever
  // question word its clause holds later.
  if (opensWithWho(ws) && !asksName(ws)) return 'who';
  if (
    has(ws, ['متي', 'date']) ||
    asksDateNoun(ws) ||
    asksWhen(ws) ||
    phrase(ws, 'اي', AR_TIME_NOUNS) ||
    // Dialect: "انهي يوم" (Egyptian), "يوم ايه", "بأي ساعة" written "ساعة شو".
    phrase(ws, 'انهي', AR_TIME_NOUNS) ||
    ws.some((w, i) => AR_TIME_NOUNS.includes(w) && ['ايه', 'ايش', 'شو', 'وش', 'ماذا'].includes(ws[i + 1] ?? '')) ||
    phrase(ws, 'what', EN_TIME_NOUNS) ||
    // "On which day ...?", "in which year": "which" asks here, after a preposition.
    phrase(ws, 'which', EN_TIME_NOUNS)
  )
    return 'when';
  if (
    has(ws, ['اين']) ||
    asksWhere(ws) ||
    phrase(ws, 'اي', PLACE_NOUNS) ||
    whichNoun(ws, PLACE_NOUNS) ||
    whatNoun(ws, (w) => PLACE_NOUNS.includes(w))
  )
    return 'where';
  if (phrase(ws, 'what', PLACE_NOUNS)) return 'where';
  // "ما موقع المعسكر؟", "what is the location of ...": asks where.
  // "من المسؤول الذي أشرف على الإنقاذ في الموقع؟" asks who: "the site" is where it was done.
  if (has(ws, ['موقع', 'الموقع', 'location', 'whereabouts']) && !WHO_FIRST.has(ws[0] ?? '')) return 'where';
  if (has(ws, ['لماذا', 'why', 'reason', 'سبب', 'اسباب'])) return 'why';
  // "What is the camp called?" asks a name; "Who called it naive?" asks who.
  if (asksName(ws)) return 'name';
  if (has(ws, ['called']) && ws[0] !== 'who') return 'name';
  // "What is Toner's position?" asks for a title; "What is his position on Assad?" for a stance.
  if (ws.some((w, i) => POSITION_NOUNS.includes(w) && !STANCE_AFTER.has(ws[i + 1] ?? ''))) return 'position';
  const first = ws[0] ?? '';
  // "لمن تعود العائلات ...؟" (whose are they), "لمن ينتمي ...؟": "to whom" asks who too.
  if (
    ['من', 'ومن', 'فمن'].includes(first) ||
    // The dialects put the question word last ("المعسكر اللي اتضرب كان فيه مين؟", "اللي بيعارض كيري مين؟"): a
    // question's last word is never "from".
    (ws.length > 1 && ws.at(-1) === 'من') ||
    TO_WHOM.has(first) ||
    phrase(ws, 'من', ['هم', 'هو', 'هي', 'الذي', 'الذين', 'اللي'])
  )
    return 'who';
  // "What does the US pass on, according to the official who objected?": after another question word, "who" opens
  // a relative clause.
  const whoAt = ws.findIndex((w) => WHO_EN.has(w));
  if ((whoAt >= 0 && !OTHER_OPENERS.has(first)) || phrase(ws, 'which', ['official', 'officials', 'person', 'country']))
    return 'who';
  // "Which ally backs ...?", "ما الجهة التي موّلت ...؟": a body, country or party is asked for, as "who" asks.
  if (whichNoun(ws, BODY_NOUNS) || phrase(ws, 'اي', BODY_NOUNS) || whatNoun(ws, (w) => BODY_NOUNS.includes(w)))
    return 'who';
  return 'other';
}

/** The concepts of a reason or purpose asked ("for what reason?", "لأي غرض؟", "ما الهدف؟"): what "why?" asks. */
export const WHY_FRAME: ReadonlySet<string> = new Set(['#reason', '#gen_reason', '#goal']);
