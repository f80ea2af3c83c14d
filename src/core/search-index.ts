import Fuse from 'fuse.js';
import { analyze, type Token } from './analyze.js';
import { type CompiledLexicon, type ConceptKind, isCountry } from './lexicon.js';
import { type MeasureKind, unitsOf } from './measures.js';
import { normalize, usAsCountry, wordSet } from './normalize.js';
import {
  countedTermsOf,
  countsTimes,
  doersOf,
  givesClock,
  givesDate,
  givesDay,
  givesDuration,
  givesHour,
  givesLength,
  givesTime,
  givesTimes,
  hasQuantity,
  INFERRED_NAME,
  locationsOf,
  modelsOf,
  namesSomeone,
  quotesName,
  THAT,
  titledPeopleOf,
  voicesWord,
  WHO_KINDS,
} from './short-answer.js';
import type { Statement } from './types.js';

/** One statement as the ranker sees it. */
export interface IndexedStatement {
  statement: Statement;
  /** Term -> frequency over the Arabic text and its translation (stems, `~deep` stems, `#concepts`). */
  terms: Map<string, number>;
  /** Content words of the Arabic sentence: the BM25 length. */
  length: number;
  /**
   * Concepts of the previous sentence in the same paragraph that this one lacks: a pronoun often stands for them
   * ("They added that the Russians attacked it deliberately" -- it is the camp). Matched with a lower weight.
   */
  inherited: Set<string>;
  /**
   * Terms of the sentence before in the paragraph that this one takes up with a demonstrative ("وعزا الحداد هذا
   * الارتفاع إلى ...": the rise it told of): what a why-question asks the reason of (see rank).
   */
  takenUp: Set<string>;
  /**
   * Terms of the statement's keywords (document expansion), and the one concept a word of no concept meets by its
   * deep stem, matched with a lower weight.
   */
  expansion: Set<string>;
  /** Terms only its speaker's name gives, not its own words ("وقال الشامي": رئيس الوزراء named before). */
  spoken: ReadonlySet<string>;
  /** Kinds of the concepts it mentions (drives question-type cues). */
  kinds: Set<ConceptKind>;
  /** Its `#concept` terms with their kinds, listed once at build so ranking need not walk `terms`. */
  concepts: ReadonlyArray<{ term: string; kind: ConceptKind | undefined }>;
  /** Gives a time in its words (a day, date, month, year, "last month"), whether or not the lexicon names it. */
  givesTime: boolean;
  /** Names a day (a weekday, a date, yesterday): what "on which day" asks for, rather than an hour. */
  givesDay: boolean;
  /**
   * Tells of an earlier event of the kind, as news text does for background ("وليست هذه المرة الأولى ...، إذ جنح 17
   * حوتاً ... في عام 2019", "منذ عام 2016، عندما ..."): see tellsEarlier.
   */
  tellsEarlier: boolean;
  /** Its text normalized (see normalize.ts), once: read per question by the ranking's text cues. */
  normalizedText: string;
  /** It gives a date: a day of a month, or a month with its year (see givesDate). */
  givesDate: boolean;
  /** It gives a year (1500 to 2099) in figures. */
  givesYear: boolean;
  /** Gives an hour or a part of the day ("الساعة الرابعة", "فجر الثلاثاء", "at 4 a.m."): what "what time" asks for. */
  givesHour: boolean;
  /** Gives an hour of the clock ("الساعة الرابعة", "at 4 a.m."), not only a part of the day. */
  givesClock: boolean;
  /** Says how long something lasts ("لمدة أسبوعين", "for two weeks"): what "until when?" asks for. */
  givesDuration: boolean;
  /** It says how long something lasts or took: a span counted, a duration, or up to when (see givesLength). */
  givesLength: boolean;
  /** Names something in quotation marks, in three words at most («نورس», "نهضة المدينة"): what "what is it called" asks. */
  quotesName: boolean;
  /** Says how many times or which time ("twice", "his third visit"): what "how many times" asks for. */
  givesTimes: boolean;
  /** It says how many times something happened, as a count (see countsTimes): "twice", not "the second". */
  countsTimes: boolean;
  /** The terms of the words near where it says how many times or which time: what was done so often. */
  timesNear: ReadonlySet<string>;
  /** The people it names with their title written before them ("Secretary of State John Kerry"). */
  titled: ReadonlySet<string>;
  /** The kinds of units it gives amounts in (money, length, percent, ...): what a measure question asks for. */
  units: ReadonlySet<MeasureKind>;
  /** Has a quantity: a number that is not a year or a day of the month. */
  hasCount: boolean;
  /** What its quantities count: the terms of the words right after each ("142 مستشفى" -> مستشف, ...). */
  counted: ReadonlySet<string>;
  /** The same, of its quantities told exactly: a number, not "hundreds" or "several" ("مئات الركاب"). */
  countedExactly: ReadonlySet<string>;
  /** The statement states a cause, purpose or condition (لأن، بسبب، إذا، لكي; because, if, in order to). */
  givesReason: boolean;
  /**
   * The changes of state (worse, better, up, down) it tells with what came before them: "ساءت فيه العلاقات ... بعد
   * تبادل الجانبين طرد دبلوماسيين", "worsened after ...". That is why that change came, not why anything else did.
   */
  changedAfter: ReadonlySet<string>;
  /**
   * Who speaks or reacts in it: the concepts of its speaker, and of the words near a verb of saying or reacting
   * ("وقال مسؤولان في المخابرات", "Washington expelled ... in response to"). "What did Jordan say?" needs Jordan here.
   */
  voices: ReadonlySet<string>;
  /** It reports how something ended, as done ("agreed", "توصلوا إلى اتفاق", "results"), not as hoped or possible. */
  reportsOutcome: boolean;
  /** The machine classes it names a model or name of ("طائرتا إطفاء من طراز \"كنادير\"", "Su-34 jets"). */
  models: ReadonlySet<string>;
  /** Who it names besides who reports it and those it counts (see doersOf): "who attacked ...?" needs one. */
  doers: ReadonlySet<string>;
  /** It likens something to something ("as a scarecrow", "كفزاعة", "بمثابة"): what "compare ... to" asks for. */
  givesSimile: boolean;
  /**
   * The terms of each content word in order, for the Arabic text and its translation: where two words of a question
   * stand side by side in the statement too ("المتهم الرئيسي"), it says the same thing, not just the same words.
   */
  sequences: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>;
  /** The same for the words of who says it: "رئيس جمعية الفنادق" speaks the sentences after the one naming him too. */
  speakerSequence: ReadonlyArray<ReadonlySet<string>>;
  /** The roles it names with a country right beside them, each with those countries (see rolesWithCountry). */
  countryRoles: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same for who says it ("المسؤولون الأمريكيون", "US officials"): the roles of a speaker named with a country. */
  speakerRoles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Places the Arabic text gives as a location, after a preposition ("إلى موسكو", "في منطقة فاصلة"): concept terms. */
  locations: ReadonlySet<string>;
}

export interface SearchIndex {
  docs: IndexedStatement[];
  df: Map<string, number>;
  avgLength: number;
  /** Normalized surface word -> the terms it stands for; the vocabulary Fuse.js searches for misspelt words. */
  surface: Map<string, string[]>;
  /** Fuse.js over the surface words, and over the stems, of the article, its translations and the lexicon. */
  fuse: FuzzyVocabulary;
  fuseStems: FuzzyVocabulary;
  lex: CompiledLexicon;
  /** Words of a question found side by side in a statement count extra (see RANKING.phraseBonus). */
  phrases: boolean;
  /**
   * Every post or body the article names with a country beside it, in its words or as a speaker ("مسؤولون بوزارة
   * الخارجية الأمريكية"), with those countries (see rolesWithCountry).
   */
  postCountries: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The letter pairs of a word, with its ends marked so first and last letters count too. */
const bigrams = (w: string) => {
  const padded = `^${w}$`;
  const out = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) out.add(padded.slice(i, i + 2));
  return out;
};

/**
 * A vocabulary for typo look-ups. Words sharing letter pairs with the query and within two letters of its length
 * are gathered first (an inverted index keeps this cheap), then Fuse.js ranks them (`ignoreLocation`, Bitap
 * patterns cut at 32 characters).
 */
export class FuzzyVocabulary {
  readonly #words: string[];
  readonly #byBigram = new Map<string, number[]>();
  /** Shared-pair counts by word id, reused by every look-up (zeroed again after each). */
  readonly #shared: Uint8Array;

  constructor(words: Iterable<string>) {
    this.#words = [...new Set(words)];
    this.#words.forEach((w, id) => {
      for (const b of bigrams(w)) {
        const list = this.#byBigram.get(b);
        if (list) list.push(id);
        else this.#byBigram.set(b, [id]);
      }
    });
    this.#shared = new Uint8Array(this.#words.length);
  }

  /** Up to `limit` words close to `query`, closest first. */
  candidates(query: string, limit = 5): string[] {
    const q = query.slice(0, 32);
    const shared = this.#shared;
    const touched: number[] = [];
    for (const b of bigrams(q)) {
      for (const id of this.#byBigram.get(b) ?? []) {
        if (Math.abs((this.#words[id] as string).length - q.length) > 2) continue;
        if (shared[id] === 0) touched.push(id);
        shared[id] = (shared[id] as number) + 1;
      }
    }
    // Most pairs shared first; among equals, the order they were met in (the sort is stable).
    const pool = touched
      .sort((a, b) => (shared[b] as number) - (shared[a] as number))
      .slice(0, 40)
      .map((id) => this.#words[id] as string);
    for (const id of touched) shared[id] = 0;
    if (pool.length === 0) return [];
    const fuse = new Fuse(pool, { includeScore: true, ignoreLocation: true, threshold: 0.5 });
    return fuse.search(q, { limit }).map((r) => r.item);
  }
}

/** Words that introduce a cause, a purpose or a condition (normalized Arabic), and their English counterparts. */
const REASON_WORDS: ReadonlySet<string> = new Set([
  'لان',
  'لانه',
  'لانها',
  'لانهم',
  'بسبب',
  'سبب',
  'اسباب',
  'لكي',
  'كي',
  'اذا',
  'جراء',
  'نتيجه',
  'بهدف',
  'لاجل',
  'ردا',
  'حتي',
  // Attributing, resulting and purpose ("وعزا الحداد هذا الارتفاع إلى ...", "ناجما عن", "لمنع انتشار الفيروس").
  'عزا',
  'يعزو',
  'عزت',
  'اثر',
  'بفعل',
  'نظرا',
  'مما',
  'اذ',
  'ناجم',
  'ناجما',
  'ناجمه',
  'ناتجه',
  'سببه',
  'سببها',
  'اسبابه',
  'اسبابها',
  'بسببه',
  'بسببها',
  'يهدف',
  'تهدف',
  'للاشتباه',
  'ناتج',
  'ناتجا',
  'نتج',
  'نتجت',
  'بدعوي',
  'بحجه',
  'لمنع',
  'لتفادي',
  'لتجنب',
  'لضمان',
  'للحد',
  'لحمايه',
  'برر',
  'بررت',
  'يبرر',
  'تبرر',
  'مبررا',
  'مبرره',
  'تبريرا',
  // "وأرجع الوزير هذه الخطوة إلى ارتفاع التضخم".
  'ارجع',
  'ارجعت',
  'ارجعوا',
]);
/** "بعد أن", "بعدما": after (normalized, with a glued "and"). */
const AFTER = wordSet('بعد وبعد بعدما وبعدما');
/** Changes of state (worse, better, up, down) whose "after" tells their cause (see changedAfter). */
const CHANGED: ReadonlySet<string> = new Set(['#worsen', '#gen_improve', '#gen_rise', '#gen_fall']);
/** "After" in either language, with the Arabic "following" (إثر، عقب), normalized. */
const AFTER_ANY: ReadonlySet<string> = new Set([...AFTER, ...wordSet('اثر عقب after')]);
/** The changes of state told with "after" within the next few words ("ساءت فيه العلاقات الأمريكية الروسية بعد ..."). */
const changedAfter = (tokens: readonly Token[]) =>
  tokens.flatMap((t, i) =>
    tokens.slice(i + 1, i + 5).some((n) => AFTER_ANY.has(n.word)) ? t.concepts.filter((c) => CHANGED.has(c)) : [],
  );
/** "يعود أساسا إلى", "ترجع إلى": is owed to, before إلى within three words (normalized). */
const OWED = wordSet('يعود تعود يرجع ترجع يعزي تعزي مرده ومرده');
const REASON_EN = /\b(because|since|due to|in order to|so that|if|as a result|in response to|reason)\b/i;

const SIMILE_EN =
  /\b(as an?(?! (?:means|way|tool|method|result|response|reaction|whole|matter)\b)|like an?|likened to|compared to|akin to|resembl\w*)\b/i;
/** "كوسيلة", "كأداة": "as a means / tool" says what a thing is used for, not what it is likened to (normalized). */
const INSTRUMENTS = wordSet('وسيلة أداة طريقة أسلوب رد نتيجة');
const SIMILE_WORDS: ReadonlySet<string> = new Set(['مثل', 'بمثابه', 'اشبه', 'يشبه', 'كانه', 'كانها', 'كانهم']);
/** "كفزاعة", "كوسيلة": a ك glued before a noun (the root-level stem drops it), or a word of likeness. */
const likens = (t: Token) =>
  SIMILE_WORDS.has(t.word) ||
  (!t.stop &&
    /^[وف]?ك/u.test(t.word) &&
    !INSTRUMENTS.has(t.word.replace(/^[وف]?ك/u, '')) &&
    t.stem.startsWith('ك') &&
    !t.deep.slice(1).startsWith('ك') &&
    t.deep.length >= 4);

/** Concepts and words of an outcome: an agreement, results, an end, a success (normalized). */
const OUTCOME_CONCEPTS: ReadonlySet<string> = new Set([
  '#gen_agreement',
  '#gen_results',
  '#gen_end',
  '#gen_success_pass',
]);
const OUTCOME_WORDS = wordSet(
  'agreed reached signed concluded',
  'اتفق اتفقوا اتفقا اتفقت توصل توصلوا توصلا توصلت ابرم ابرما وقعا وقعوا',
);
/** Words that make what follows possible or hoped for rather than done ("could lead to", "يمكن أن تؤدي"). */
const MODALS = wordSet(
  'could may might would will can should hope hopes seek seeks',
  'يمكن قد سوف لن يامل تامل يسعى تسعى سعيا',
);

/** A text reports an outcome (see OUTCOME_CONCEPTS) not within three words after a modal. */
function reportsOutcome(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (OUTCOME_WORDS.has(t.word) || t.concepts.some((c) => OUTCOME_CONCEPTS.has(c))) &&
      !tokens.slice(Math.max(0, i - 3), i).some((m) => MODALS.has(m.word) || /^س(?=[يتن])/u.test(m.word)),
  );
}

/** A word saying how many times or which time ("مرتين", "الثالثة", "twice", "third"), normalized. */
const TIMES_WORD =
  /^(?:[وفب]?(?:ال)?(?:ثاني|ثالث|رابع|خامس)ه?|مرتين|مرتان|مرات|twice|thrice|times|second|third|fourth|fifth)$/u;
/** Words on either side of a word of times that say what was done so often ("قصفوا مرتين معسكرا"). */
const TIMES_SPAN = 10;

/** The terms of the words within TIMES_SPAN of a word of times (see TIMES_WORD). */
function timesNear(texts: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  for (const tokens of texts) {
    tokens.forEach((t, i) => {
      if (!TIMES_WORD.test(t.word)) return;
      for (const near of tokens.slice(Math.max(0, i - TIMES_SPAN), i + TIMES_SPAN + 1))
        for (const term of termsOf(near)) out.add(term);
    });
  }
  return out;
}

/** Arabic relative pronouns, normalized. */
const RELATIVE_AR = wordSet('الذي التي الذين اللذين اللتين اللواتي اللاتي');
/** Words on either side of a verb of saying or reacting whose concepts count as its voices. */
const VOICE_SPAN = 6;
/** "ردا على": in response to, said of the doer of the sentence's deed (normalized). */
const IN_RESPONSE = wordSet('ردا');
const DESCRIBED = wordSet('وصفته وصفت وصفه وصفوه', 'described');
/** Words that open what was said ("قال إن ...", "said that ..."), normalized. */
const SAID_THAT: ReadonlySet<string> = new Set([...THAT, 'that']);

/** The concepts of a statement's speaker and of the words near its verbs of saying or reacting (see voices). */
function voicesOf(texts: readonly Token[][], speaker: readonly Token[], lex: CompiledLexicon): Set<string> {
  const out = new Set(speaker.flatMap((t) => t.concepts));
  const who = (t: Token) => t.concepts.filter((c) => WHO_KINDS.has(lex.kinds.get(c.slice(1)) as ConceptKind));
  for (const tokens of texts) {
    tokens.forEach((t, i) => {
      if (!voicesWord(t.word)) return;
      // "persuade the Russians to support the goals": an infinitive is a stance wished for, not one taken.
      if (tokens[i - 1]?.word === 'to') return;
      // "طردت واشنطن اثنين من المسئولين الروس ردا على ...", "Washington expelled two Russian officials in response
      // to ...": who reacts is who did the deed, the sentence's first person, body or country; not those near.
      // So is the one describing in "ما وصفته بهجوم ...", "what it described as": the pronoun is that doer.
      const relative = DESCRIBED.has(t.word) && ['ما', 'what'].includes(tokens[i - 1]?.word ?? '');
      if (relative || IN_RESPONSE.has(t.word) || (t.word === 'response' && tokens[i - 1]?.word === 'in')) {
        const doer = tokens.slice(0, i).find((x) => who(x).length > 0);
        for (const c of doer ? who(doer) : []) out.add(c);
        return;
      }
      // "وأضافوا أن الروس هاجموه", "They added that the Russians attacked it": after "that" comes what was said,
      // not who said it.
      // English names who says it before the verb ("The President says Assad must go"): nothing after it.
      const after = /^[a-z]/.test(t.word) ? [] : tokens.slice(i + 1, i + VOICE_SPAN + 1);
      const that = after.findIndex((a) => SAID_THAT.has(a.word));
      // "زيارة كيري -التي يقول مسؤولون ...": before a relative pronoun is what the clause is about, not who speaks.
      const before = tokens.slice(Math.max(0, i - VOICE_SPAN), i + 1);
      const clause = before.findLastIndex((b) => RELATIVE_AR.has(b.word));
      for (const near of [...before.slice(clause + 1), ...after.slice(0, that < 0 ? undefined : that)])
        for (const c of near.concepts) out.add(c);
    });
  }
  return out;
}

/** Terms a token contributes to an index or a query (stop words contribute only their concepts). */
export function termsOf(t: Token): string[] {
  return t.stop ? [...t.concepts] : [t.stem, t.deep, ...t.concepts];
}

/**
 * Nouns a sentence names in full by what they are of ("اتحاد أرباب العمل", "غرفة الصناعة"): each indefinite head
 * noun's light stem with the terms of the words after it, up to the first with the article (two words at most); and
 * definite nouns with the definite words qualifying them ("الطريق الساحلي السريع"). A later sentence of the paragraph
 * saying "الاتحاد", "الغرفة", "الطريق" means that one (see buildIndex).
 */
function constructsOf(arabic: readonly Token[]): Map<string, Construct> {
  const out = new Map<string, Construct>();
  arabic.forEach((t, i) => {
    if (t.stop || t.stem.length < 3 || out.has(t.stem)) return;
    const terms: string[] = [];
    // "الطريق الساحلي السريع": a definite noun with the definite words that qualify it; "الطريق" later is that road.
    const definite = DEFINITE.test(t.word);
    for (let k = i + 1; k <= i + CONSTRUCT_MAX; k++) {
      const next = arabic[k];
      if (definite ? !qualifies(next) : !next || next.stop) break;
      terms.push(...termsOf(next as Token));
      if (!definite && DEFINITE.test((next as Token).word)) break;
    }
    if (terms.length > 0) out.set(t.stem, { terms, qualified: definite });
  });
  return out;
}

/** A noun named in full (see constructsOf): the terms of the words after it, and whether it was definite. */
interface Construct {
  terms: string[];
  qualified: boolean;
}

/** A definite word right after a definite noun, and not after a glued "and" ("الطريق والجسر"): it qualifies it. */
const qualifies = (t: Token | undefined) =>
  t !== undefined && !t.stop && DEFINITE.test(t.word) && !/^[وف]/u.test(t.word);
/** A word with the article, after a glued "and", preposition or both ("والاتحاد", "بالغرفة"). */
const DEFINITE = /^[وف]?(?:[بلك]?ال|لل)\p{L}{2}/u;
/** Words of what a head noun is of, at most ("اتحاد [أرباب العمل]"). */
const CONSTRUCT_MAX = 2;

/** The statement indexed, with the tokens of its Arabic text. */
function indexStatement(
  statement: Statement,
  lex: CompiledLexicon,
  surface: Map<string, string[]>,
): { doc: IndexedStatement; arabic: Token[] } {
  const terms = new Map<string, number>();
  const kinds = new Set<ConceptKind>();
  const normalizedText = normalize(statement.text);
  const arabic = analyze(statement.text, lex, true);
  const english = statement.translation ? analyze(statement.translation, lex) : [];
  // Who says it is part of what a statement is about ("what did the military official say?", "readers' comments").
  const speaker = analyze(`${statement.speaker.ar} ${statement.speaker.en}`, lex);
  const sequences = [arabic, english]
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => tokens.filter((t) => !t.stop).map((t) => new Set([t.stem, t.deep, ...t.concepts])));
  for (const tokens of [arabic, english, speaker]) {
    // A term's frequency is its count in the language that says it most: a translation restates, it adds nothing.
    const counts = new Map<string, number>();
    for (const t of tokens) {
      for (const term of termsOf(t)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const c of t.concepts) {
        const kind = lex.kinds.get(c.slice(1));
        if (kind) kinds.add(kind);
      }
      if (!t.stop && t.word.length >= 3 && !surface.has(t.word)) surface.set(t.word, termsOf(t));
    }
    for (const [term, n] of counts) terms.set(term, Math.max(n, terms.get(term) ?? 0));
  }
  const counts = countedTermsOf(statement.text, statement.translation, lex);
  const written = new Set([...arabic, ...english].flatMap(termsOf));
  const spoken = new Set(speaker.flatMap(termsOf).filter((t) => !written.has(t)));
  const doc: IndexedStatement = {
    statement,
    terms,
    inherited: new Set(),
    takenUp: new Set(),
    expansion: new Set(analyze((statement.keywords ?? []).join(' '), lex).flatMap(termsOf)),
    spoken,
    length: Math.max(1, arabic.filter((t) => !t.stop).length),
    kinds,
    concepts: [
      ...[...terms.keys()]
        .filter((t) => t.startsWith('#'))
        .map((term) => ({ term, kind: lex.kinds.get(term.slice(1)) })),
      // A person the lexicon does not know, read from the sentence ("وقال المدرب مراد بوزيد"): "who" can be answered.
      ...(namesSomeone(statement.text, lex) ? [{ term: INFERRED_NAME, kind: 'person' as const }] : []),
    ],
    hasCount: hasQuantity(statement.text, lex),
    counted: counts.counted,
    countedExactly: counts.exactly,
    givesTime: givesTime(statement.text, statement.translation),
    givesDay: givesDay(statement.text, statement.translation),
    tellsEarlier: tellsEarlier(normalizedText),
    normalizedText,
    givesDate: givesDate(statement.text, statement.translation),
    givesYear: YEAR.test(statement.text),
    givesHour: givesHour(statement.text, statement.translation),
    givesClock: givesClock(statement.text, statement.translation),
    givesDuration: givesDuration(statement.text, statement.translation),
    givesLength: givesLength(statement.text, statement.translation),
    quotesName: quotesName(statement.text),
    givesTimes: givesTimes(statement.text, statement.translation),
    countsTimes: countsTimes(statement.text, statement.translation),
    timesNear: timesNear([arabic, english]),
    titled: titledPeopleOf(statement.text, statement.translation, lex),
    units: unitsOf(statement.text, statement.translation),
    locations: locationsOf(statement.text, lex),
    sequences,
    speakerSequence: speaker.filter((t) => !t.stop).map((t) => new Set([t.stem, t.deep, ...t.concepts])),
    countryRoles: countryRolesOf(sequences, lex),
    speakerRoles: countryRolesOf(
      [statement.speaker.ar, statement.speaker.en].map((s) =>
        analyze(usAsCountry(s), lex).map((t) => new Set(t.concepts)),
      ),
      lex,
      SPEAKER_POSTS,
    ),
    givesReason:
      arabic.some((t) => REASON_WORDS.has(t.word) || REASON_WORDS.has(t.word.replace(/^[وف]/u, ''))) ||
      arabic.some((t, i) => OWED.has(t.word) && arabic.slice(i + 1, i + 4).some((n) => n.word === 'الي')) ||
      // "ما دام الروس يقولون ...": as long as, since.
      arabic.some((t, i) => t.word === 'مادام' || (t.word === 'دام' && arabic[i - 1]?.word === 'ما')) ||
      // "تضاعف الطلب بعدما سارع الزبائن إلى ...", "أُغلقت بعد أن كشف مسح ...": what came first, as news tells a cause.
      arabic.some((t, i) => AFTER.has(t.word) && (t.word.endsWith('ما') || arabic[i + 1]?.word === 'ان')) ||
      REASON_EN.test(statement.translation ?? ''),
    changedAfter: new Set([arabic, english].flatMap(changedAfter)),
    givesSimile: arabic.some(likens) || SIMILE_EN.test(statement.translation ?? ''),
    voices: voicesOf([arabic, english], speaker, lex),
    reportsOutcome: [arabic, english].some(reportsOutcome),
    models: modelsOf(statement.text, statement.translation, lex),
    doers: doersOf(statement.text, statement.translation, lex),
  };
  // A word of no concept whose deep stem meets one concept's one-word alias, and only one ("المحظورة" from حظر, ban):
  // the statement names it as a keyword would, so "الممنوع" (banned) finds it. Two or more are as likely wrong.
  for (const t of [...arabic, ...english])
    if (!t.stop && t.concepts.length === 0 && t.deepConcepts.length === 1)
      for (const c of t.deepConcepts) if (!terms.has(c)) doc.expansion.add(c);
  // Two countries side by side ("بين موسكو وواشنطن", "Russian-American relations") are the two sides that "البلدين",
  // "the two countries" asks about.
  if (!terms.has(SIDES) && [arabic, english].some((tokens) => namesTwoCountries(tokens, lex))) doc.expansion.add(SIDES);
  return { doc, arabic };
}

/** The concept of "the two sides / countries" (البلدين، الطرفين، both countries). */
const SIDES = '#sides';

/**
 * Whether a text names two countries side by side: one word right after the other ("العلاقات الأمريكية الروسية",
 * "بين موسكو وواشنطن") or joined by "and" ("Russia and the United States", "between Moscow and Washington"); not
 * across a preposition ("دبلوماسي أمريكي في موسكو", an American diplomat in Moscow).
 */
function namesTwoCountries(tokens: readonly Token[], lex: CompiledLexicon): boolean {
  const countryOf = (t: Token | undefined) => t?.concepts.find((c) => lex.countries.has(c));
  return tokens.some((t, i) => {
    const a = countryOf(t);
    if (a === undefined) return false;
    let j = i + 1;
    if (tokens[j]?.word === 'and') j++;
    if (tokens[j]?.word === 'the') j++;
    const b = countryOf(tokens[j]);
    return b !== undefined && b !== a;
  });
}

/** The parts of EARLIER (normalized): "is (not) counted", the event, its rank among its kind. */
const COUNTS_AS = '[وف]?(?:ليست|ليس|تعد|يعد|تعتبر|يعتبر)';
const EVENT = '(?:المره|الحادثه|الحادث|الواقعه)';
const ORDINAL = '(?:الاولي|الاول|الثانيه|الثاني|الثالثه|الثالث|اول|ثاني|ثالث|الاعنف|الاسوا|الاكبر)';
const EARLIER = new RegExp(
  [
    // "ويعد هذا الحادث الثاني من نوعه", "وتعد هذه أول ...", "وليست هذه المرة الأولى"
    `(?:^|\\s)${COUNTS_AS}\\s+(?:هذه|هذا)\\s+(?:${EVENT}\\s+)?${ORDINAL}(?=\\s|$)`,
    // "وهذه ليست المرة الأولى", "ولا تعد الحادثة الأولى"
    `(?:^|\\s)${COUNTS_AS}\\s+${EVENT}\\s+${ORDINAL}(?=\\s|$)`,
    // "منذ عام 2016، عندما ..."
    '(?:^|\\s)منذ\\s+(?:عام\\s+)?(?:19|20)\\d\\d\\s*[,،]?\\s*(?:حين|عندما|حينما)(?=\\s)',
    // "ويأتي هذا الحادث بعد أقل من شهر على غرق قارب آخر ..."
    '(?:^|\\s)[وف]?(?:ياتي|تاتي)\\s+(?:(?:هذا|هذه)\\s+)?(?:\\S+\\s+)?بعد\\s+(?:(?:اقل|اكثر)\\s+من\\s+|نحو\\s+)?\\S+\\s+(?:\\S+\\s+)?علي\\s',
    // "وتعرض السوق لحريق محدود عام 2009", "وكانت المنطقة قد شهدت في صيف 2019 حادثا مماثلا": background opening
    // with what was or befell, in a year named.
    '^و(?:كان|كانت|سبق|سبقت|تعرض|تعرضت|شهد|شهدت)\\s.*(?:عام|صيف|شتا|ربيع|خريف|سنه)\\s+(?:19|20)\\d\\d(?!\\d)',
  ].join('|'),
  'u',
);

/**
 * A sentence recalling an earlier event of the kind: "ليست هذه المرة الأولى", "ويعد هذا الحادث الثاني من نوعه", "ولا تعد
 * هذه الحادثة الأولى", a year with "when" ("منذ عام 2016، عندما ...") or "comes a month after another". Read on the
 * normalized text (normalizing is idempotent, so text already normalized may be passed).
 */
export function tellsEarlier(text: string): boolean {
  return EARLIER.test(normalize(text));
}

/** The lexicon's concept of "this year" (هذا العام، هذه السنة، this year). */
export const THIS_YEAR = '#thisyear';

/**
 * The roles a text names with a country right beside them ("وزير الخارجية الروسي", "Russia's foreign minister"),
 * each with those countries: the Arabic nisba follows its noun, the English adjective or genitive comes before ("the
 * Secretary of State's Moscow trip" is not of Moscow). `seq` holds each content word's terms (see sequences).
 */
export function rolesWithCountry(
  seq: ReadonlyArray<ReadonlySet<string>>,
  lex: CompiledLexicon,
  arabic: boolean,
  posts: ReadonlySet<string> = ROLE,
): Map<string, Set<string>> {
  const kind = (c: string) => lex.kinds.get(c.slice(1));
  const out = new Map<string, Set<string>>();
  seq.forEach((terms, i) => {
    for (const role of terms) {
      if (!role.startsWith('#') || !posts.has(kind(role) ?? '')) continue;
      for (const c of seq[arabic ? i + 1 : i - 1] ?? [])
        if (isCountry(c, lex)) out.set(role, (out.get(role) ?? new Set()).add(c));
    }
  });
  return out;
}

const ROLE: ReadonlySet<string> = new Set(['role']);
/** What a speaker is named by besides a name: a role ("President") or a body ("officials", "intelligence"). */
export const SPEAKER_POSTS: ReadonlySet<string> = new Set(['role', 'org']);

/** Both texts' roles with a country (the Arabic text first, then its translation: see sequences). */
function countryRolesOf(
  sequences: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>,
  lex: CompiledLexicon,
  posts: ReadonlySet<string> = ROLE,
) {
  const out = new Map<string, Set<string>>();
  sequences.forEach((seq, i) => {
    for (const [role, places] of rolesWithCountry(seq, lex, i === 0, posts))
      out.set(role, new Set([...(out.get(role) ?? []), ...places]));
  });
  return out;
}

/** A year in figures, not part of a longer number. */
const YEAR = /(?<![\d.,٫])(?:1[5-9]|20)\d\d(?![\d.,٫]\d|\d)/u;

/** A demonstrative before a definite noun ("هذا الارتفاع", "هذه الخطوة", "ذلك القرار"). */
const DEMONSTRATIVE = /(?:^|\s)[وف]?(?:هذا|هذه|ذلك|تلك|هذان|هاتان|هؤلاء)\s+ال\p{L}/u;

/** Builds the index over the statements. Pure; cost is linear in the article's size. */
export function buildIndex(
  statements: readonly Statement[],
  lex: CompiledLexicon,
  options: { phrases?: boolean; year?: string } = {},
): SearchIndex {
  const surface = new Map<string, string[]>();
  const built = statements.map((s) => indexStatement(s, lex, surface));
  const docs = built.map((b) => b.doc);
  const constructs = built.map((b) => constructsOf(b.arabic));
  // "هذا العام", "this year" in an article of 2016 is 2016: a question asking "in 2016" finds it (a keyword).
  if (options.year) {
    const year = analyze(options.year, lex).flatMap(termsOf);
    for (const doc of docs) if (doc.terms.has(THIS_YEAR)) for (const term of year) doc.expansion.add(term);
  }
  docs.forEach((doc, i) => {
    // "وقالت رئيسة الاتحاد" after "اتحاد أرباب العمل" in the paragraph: the union is the employers' one.
    const full = new Map<string, Construct>();
    for (let j = i - 1; j >= 0 && docs[j]?.statement.paragraph === doc.statement.paragraph; j--)
      for (const [head, named] of constructs[j] ?? []) if (!full.has(head)) full.set(head, named);
    const arabic = built[i]?.arabic ?? [];
    arabic.forEach((t, k) => {
      const named = t.stop || !DEFINITE.test(t.word) ? undefined : full.get(t.stem);
      // Qualified again, it is another one: "الهجوم الثاني" after "الهجوم الأول".
      if (!named || (named.qualified && qualifies(arabic[k + 1]))) return;
      for (const term of named.terms) if (!doc.terms.has(term)) doc.inherited.add(term);
    });
    const prev = docs[i - 1];
    if (!prev || prev.statement.paragraph !== doc.statement.paragraph) return;
    // "وعزا الحداد هذا الارتفاع إلى ...": a demonstrative before a noun takes up what the sentence before told.
    const takesUp = DEMONSTRATIVE.test(doc.statement.text);
    for (const term of prev.terms.keys()) {
      if (takesUp && !doc.terms.has(term) && !term.startsWith('~')) doc.takenUp.add(term);
      // Pronouns stand for people, bodies and places ("it" is the camp); a topic (killed, wounded) is not carried.
      const kind = lex.kinds.get(term.slice(1));
      if (term.startsWith('#') && !doc.terms.has(term) && WHO_KINDS.has(kind as ConceptKind)) doc.inherited.add(term);
    }
    // ... and what it inherited in turn: "الرجل يريد ..." then "يريد أن يستخدمها ... عرشه" both stand for the Assad
    // the paragraph named first.
    for (const term of prev.inherited) if (!doc.terms.has(term)) doc.inherited.add(term);
  });
  const df = new Map<string, number>();
  for (const d of docs) {
    for (const term of new Set([...d.terms.keys(), ...d.expansion])) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const avgLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  // One-word aliases are worth finding only for concepts the article mentions.
  for (const [word, concepts] of lex.aliasWords) {
    const useful = concepts.filter((c) => df.has(c));
    if (useful.length > 0 && !surface.has(word)) surface.set(word, useful);
  }
  const stems = [...df.keys()].filter((t) => !t.startsWith('#') && !t.startsWith('~') && t.length >= 3);
  const postCountries = new Map<string, Set<string>>();
  for (const d of docs)
    for (const roles of [countryRolesOf(d.sequences, lex, SPEAKER_POSTS), d.speakerRoles])
      for (const [post, places] of roles)
        postCountries.set(post, new Set([...(postCountries.get(post) ?? []), ...places]));
  return {
    docs,
    df,
    avgLength,
    surface,
    fuse: new FuzzyVocabulary(surface.keys()),
    fuseStems: new FuzzyVocabulary(stems),
    lex,
    phrases: options.phrases ?? false,
    postCountries,
  };
}
