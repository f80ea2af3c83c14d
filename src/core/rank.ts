import distance from 'damerau-levenshtein';
import { analyze, ownLamStem, type Token } from './analyze.js';
import { GIVEN_NAMES } from './given-names.js';
import { type CompiledLexicon, type ConceptKind, isCountry, SPEAKING_KINDS } from './lexicon.js';
import { askedMeasure } from './measures.js';
import { rememberedPer } from './memo.js';
import { detectLanguage, normalize, usAsCountry, wordSet, words } from './normalize.js';
import {
  CAUSE_VERBS,
  CLOCK_HOW,
  classNounAt,
  EN_TIME_NOUNS,
  isYesNo,
  KIND_NOUNS,
  MEASURE_NOUNS,
  opensRelative,
  PLACE_NOUNS,
  POSITION_NOUNS,
  type QuestionType,
  questionType,
  TO_WHOM,
  unglue,
  WHY_FRAME,
} from './question-type.js';
import {
  type IndexedStatement,
  rolesWithCountry,
  type SearchIndex,
  SPEAKER_POSTS,
  THIS_YEAR,
  termsOf,
} from './search-index.js';
import {
  ANYONE,
  asksDoerOfDeed,
  asksHowLong,
  asksNumericMeasure,
  asksUntilWhen,
  asksWhoHolds,
  COUNTED_OF_THEM,
  countedTermsAsked,
  countsSpanAsked,
  HAPPENING_COUNTED,
  heldRole,
  LENGTH_ASKED,
  LENGTH_NOUNS,
  lightVerb,
  MACHINE_CLASSES,
  WHO_KINDS,
} from './short-answer.js';
import { REPORTING } from './speakers.js';
import { stem } from './stem.js';
import { ENGLISH_STOPWORDS, isStopword, isWeak } from './stopwords.js';

/** Tunable ranking constants, chosen on the project's own question set (npm run eval). */
export const RANKING = {
  k1: 1.2,
  /**
   * Weight of a plain article's term only its speaker gives, for a question asking who holds a post, when, where or
   * how many: over the 46 development plain articles, 0.5 and 0.25 both rank 4 more first than 1 (0.5 kept).
   */
  spokenWeight: 0.5,
  b: 0.5,
  /** Weight of a deep-stem match relative to a stem match. */
  deepWeight: 0.6,
  /**
   * Weight of a concept the asked one stands above (lexicon `narrower`: "the authorities" met by "the ministry").
   */
  narrowerWeight: 0.6,
  /**
   * Concepts of the article a word may meet by its deep stem alone before each counts for a share of the deep weight
   * (see deepConceptAlts): over the development sets, the main article read as plain and the plain articles, 3 ranks
   * 2 more first and loses none; 2 and 1 gain as many as they lose.
   */
  deepAmbiguity: 3,
  /** Weight of a fuzzy (misspelt) match, times (1 - Fuse score). */
  fuzzyWeight: 0.9,
  /** Coverage weight of a word the article never uses, relative to the rarest known word. */
  unknownWeight: 0.7,
  /** ... and of such a word of one or two letters. */
  shortUnknownScale: 0.3,
  /** Weight of a match in a statement's keywords (document expansion) rather than its own words. */
  expansionWeight: 0.6,
  /** Coverage credit of a keyword match. */
  expansionCredit: 0.8,
  /** Weight of a concept inherited from the previous sentence of the paragraph. */
  inheritWeight: 0.5,
  /**
   * ... in a plain article, where no translation or keywords say whom a sentence's pronouns stand for: 0.5 -> 0.8
   * answered 21 more right and 14 fewer wrong on the main article read as plain, and on the 36 development plain
   * articles 2 more right, 2 more ranked first and 4 fewer wrong (0.7 and 0.9 did less; the annotated article is
   * unchanged, and there 0.7 cost 4).
   */
  plainInheritWeight: 0.8,
  /**
   * Multiplier for a sentence telling of an earlier event of the kind ("وليست هذه المرة الأولى ...، إذ جنح 17 حوتاً ...
   * في عام 2019"; see tellsEarlier) where the question asks nothing of the past: news text adds such background, in
   * the words of the event reported. Over the 116 development plain articles, 0.7 answered 2 more right and ranked 4
   * more first, 0.5 3 and 4, 0.3 6 and 7 with 9 fewer wrong, 0.2 no more; the main article has no such sentence.
   */
  earlierPenalty: 0.3,
  /** Multiplier for statements that cannot hold the asked-for kind of answer (no number for "how many"). */
  typeMissPenalty: 0.6,
  /** How much coverage (share of the question found) scales the BM25 score: 0 = pure BM25, 1 = score x coverage. */
  coverageMix: 1,
  /** Weight of the previous question's words in a follow-up. */
  contextScale: 0.5,
  /**
   * What the previous question's words may add to a statement's score, at most, as a multiple of what the
   * follow-up's own words found there (see scoredWithContext). On the development sets, 1 answered 7 more
   * follow-ups right and 8 fewer wrong than no cap; 0.75 and 1.5 did less.
   */
  contextCap: 1,
  /** ... times this for its words other than names when the follow-up asks for another kind of answer. */
  otherTypeContextScale: 0.4,
  /** Coverage weight of a framing word (see stopwords.ts, isWeak). */
  weakWeight: 0.3,
  /**
   * Multiplier, where some sentence likens ("كفزاعة"), for one that does not, asked what something is likened to.
   * From typeMissPenalty (0.6): 0.4 answered 8 more right on the main article read as plain and 1 fewer on the
   * article's development sets; 0.3, 9 more read as plain and, on the article's sets, one more right and one fewer
   * ("how do their aims compare?" refused).
   */
  simileMissPenalty: 0.3,
  /** Multiplier for statements that fit the question type (a number for "how many", ...). */
  cueBoost: 1.25,
  /**
   * Multiplier, for a who-question of an annotated article that asks for no speaker, of a statement the article
   * reports in its own voice (see reportedWho). On the 70 development sets of the article: 1.15 answered 6 more right
   * and 1 fewer; 1.2, 7 more and 1 fewer; 1.3, 7 more and 2 fewer.
   */
  reportedWhoBoost: 1.2,
  /**
   * Multiplier, for a question asking how something was done ("كيف تمكن العالقون من ...؟"), of a statement telling
   * its means ("عبر"، "بواسطة"، "من خلال"; see MANNER). On the 156 plain development articles: 1.25 answered 2 more
   * right and 1 fewer; 1.5, 3 more and 1 fewer; 2, 7 more and 1 fewer; 3, 8 more and 2 fewer, with 2 more wrong.
   */
  meansBoost: 2,
  /**
   * ... and again, for a why-question, for a statement that gives a reason or condition ("إذا قضي على داعش، انتهى
   * مستقبل بشار"): the one that only restates what is asked ("he does not want to eliminate it") says no why.
   * 1.3 answered 4 more right on the development sets, 2 on the main article read as plain and 2 on plain
   * articles; 1.15 did half that, 1.5 lost as much as it gained.
   */
  reasonBoost: 1.3,
  /**
   * Multiplier, for a where-question, of a statement with a locative verb ("the camp lies in ...", "يقع في"): it
   * says where something is, not where something happened to be mentioned. 3 rather than cueBoost: on the
   * development sets, 1.25 -> 3 answered 5 more right and 2 fewer wrong, and plain articles were unchanged.
   */
  locatedBoost: 3,
  /**
   * Per pair of consecutive content words of the question found side by side, in order, in the statement: the
   * score is multiplied by 1 + phraseBonus x pairs, for a plain article (see SearchIndex.phrases).
   */
  phraseBonus: 0.3,
  /**
   * ... for an annotated article: its translations and keywords say much of what a pair would, so a pair counts far
   * less. On the 74 development sets of the article, from none: 0.03 answered 11 more right and refused 5 fewer
   * unanswerable questions; 0.05, 16 more right, 8 fewer wrong and 4 fewer refused; 0.07, 16 more right and 7 fewer
   * refused; 0.1, 14 more right and 7 fewer refused; 0.2, 12 more right, 14 more wrong and 11 fewer refused.
   */
  annotatedPhraseBonus: 0.05,
  /**
   * A pair found only in the words of who says the statement, as a share of one found in its text: "ما الذي يقلق
   * رئيس جمعية الفنادق؟" is answered by the sentence after the one naming him, where he says what worries him. The
   * full share (1) put the sentences after the naming one first too often (plain articles: 4 right answers gained,
   * 11 lost); 0.15 to 0.4 gained 2 and lost none, 0.5 gained 2 and lost 2.
   */
  speakerPairShare: 0.3,
  /** Readers' comments rank lower unless the question is about comments or readers. */
  commentPenalty: 0.55,
  /**
   * Weight of the words of a relative clause in a where / when / how-many question ("where is the camp that the
   * Russians bombed?"): they say which thing is meant, while the answer is about the thing itself.
   */
  relativeScale: 0.25,
  /** Scale of the noun a "what N" / "which N" question asks (see askedHead). */
  headScale: 1.25,
  /**
   * See saidFurtherFirst. Over the 60 plain development articles, margin 0.1 and ratio 0.5 ranked 2 more first and
   * lost none; margin 0 ranked 3 more and lost 1 (ratio 0.3 or 0.7 the same).
   */
  saidFurtherMargin: 0.1,
  saidFurtherRatio: 0.5,
};

interface Alt {
  term: string;
  w: number;
}

/** One content word of the question, with every term that would count as finding it. */
export interface Unit {
  word: string;
  alts: Alt[];
  /** What finding this word is worth, for coverage. */
  weight: number;
  /** 1 for the question's own words; less for words carried over from the previous question of a conversation. */
  scale: number;
  /**
   * A name the article never mentions: a person, place or body from the lexicon's gazetteer that no statement
   * names, or a capitalized English word found nowhere. A question about it is not one the article answers.
   */
  foreign: boolean;
  /** The noun a "what N" question asks (see askedHead): its score counts RANKING.headScale times, not its coverage. */
  head?: boolean;
  /** The year noun of "in what year ...?": any sentence giving a year in figures has it (see rank). */
  year?: boolean;
}

export interface Ranked {
  doc: IndexedStatement;
  score: number;
  /** The statement can answer: it holds the kind of answer asked for and names no conflicting ordinal or day. */
  fits: boolean;
  /** Share of the question's content the statement covers, 0..1. */
  coverage: number;
  /** The statement gives the kind of answer asked (a place for where, a time for when ...), not only may answer. */
  gives?: boolean;
}

export interface RankResult {
  ranked: Ranked[];
  /** The question's tokens (see analyze), for callers that read more from the question. */
  tokens: Token[];
  units: Unit[];
  type: QuestionType;
  aboutComments: boolean;
  /** Words of the question naming things the article never mentions (see Unit.foreign). */
  foreign: string[];
  /**
   * How much the question's words count on average: 1 for a plain question; less for one with a relative clause
   * in a where / when / how-many question (its words weigh a quarter) and for a follow-up (the previous question's
   * words count at reduced weight). Scores are that much lower for the same evidence.
   */
  weightShare: number;
}

const idf = (index: SearchIndex, term: string) => {
  const n = index.docs.length;
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
};

/** Edits allowed between a misspelt word and the article's word, by length (transpositions count once). */
const allowedEdits = (len: number) => (len <= 4 ? 1 : len <= 8 ? 2 : 3);

interface FuzzyHit {
  terms: string[];
  similarity: number;
}

/** The length of the Arabic article (with a glued conjunction or preposition) that both words open with, or 0. */
function sharedArticle(a: string, b: string): number {
  const m = /^(?:[وف]?(?:[بك]?ال|لل))/u.exec(a);
  return m && b.startsWith(m[0]) ? m[0].length : 0;
}

function closest(query: string, candidates: readonly string[], termsFor: (c: string) => string[]): FuzzyHit | null {
  let best: FuzzyHit | null = null;
  for (const c of candidates) {
    const { steps } = distance(query, c);
    const len = Math.max(query.length, c.length);
    // An article both words have is no part of them a typo could change: "الستار" is two edits from "العطار" in four
    // letters, not six.
    const shared = sharedArticle(query, c);
    if (steps === 0 || steps > allowedEdits(len - shared)) continue;
    const similarity = 1 - steps / len;
    if (!best || similarity > best.similarity) best = { terms: termsFor(c), similarity };
  }
  return best;
}

/**
 * Looks up a word the article does not contain among the article's words and stems, tolerating typos: Fuse.js
 * finds candidates (its Bitap score alone over-rewards a short word inside a long one), then a Damerau-Levenshtein
 * distance within a length-dependent bound accepts the closest.
 */
export function fuzzyAlts(word: string, wordStem: string, index: SearchIndex): Alt[] {
  // Arabic words are short and dense: one edit in four letters is usually another word, so typos need five.
  if (word.length < (/[\u0600-\u06FF]/.test(word) ? 5 : 4) || /^\d+$/.test(word)) return [];
  const bySurface = closest(word, index.fuse.candidates(word), (c) => index.surface.get(c) ?? []);
  const byStem = wordStem.length >= 3 ? closest(wordStem, index.fuseStems.candidates(wordStem), (c) => [c]) : null;
  const best = byStem && (!bySurface || byStem.similarity > bySurface.similarity) ? byStem : bySurface;
  if (!best) return [];
  const w = RANKING.fuzzyWeight * best.similarity;
  return best.terms.map((term) => ({ term, w: term.startsWith('~') ? w * RANKING.deepWeight : w }));
}

export type Fuzzy = (word: string, wordStem: string) => Alt[];

/**
 * An English question with a misspelt word of a lexicon phrase written right ("did russia bomb the camp on
 * purpse?" -> "on purpose"), so that the phrase is read whole. Only where the closest word the article or the
 * lexicon has makes a phrase with the words beside it: other misspelt words are left to the typo look-up of their
 * unit (see fuzzyAlts), which weighs them as guesses. A lower-case word of four letters or more that is no stop word,
 * no word of the lexicon and no stem of the article.
 */
export function correctedEnglish(question: string, index: SearchIndex): string {
  if (detectLanguage(question) !== 'en') return question;
  let left = MAX_FUZZY_LOOKUPS;
  let out = question;
  for (const m of question.matchAll(/\b[a-z]{4,}\b/g)) {
    if (left <= 0) break;
    const word = m[0];
    if (index.surface.has(word)) continue;
    const found = closestKnown(word, index);
    if (found === null) continue;
    // A misspelt function word ("acording to", "anythng") is that function word, not a topic.
    if (found?.stop) {
      out = out.slice(0, m.index) + found.word + out.slice(m.index + word.length);
      continue;
    }
    left--;
    if (!found) continue;
    const fix = found.word;
    const fixed = out.slice(0, m.index) + fix + out.slice(m.index + word.length);
    // The words beside it take the phrase's concept ("on" of "on purpose").
    const before = analyze(out, index.lex);
    const after = analyze(fixed, index.lex);
    const joined = after.some(
      (x, i) =>
        x.word !== fix && x.word === before[i]?.word && x.concepts.some((c) => !before[i]?.concepts.includes(c)),
    );
    if (joined) out = fixed;
  }
  return out;
}

/**
 * An Arabic question with two words run together, the space between them lost ("من الذى قصف المعسكرعمدا؟"): the two
 * words, where the run is no word the article or the lexicon knows and it splits into two that are (see
 * splitRunTogether). Other unknown words are left to the typo look-up (see fuzzyAlts).
 */
export function separatedArabic(question: string, index: SearchIndex): string {
  const asked = question.replace(GLUED_QUESTION_WORD, (w) => unglueQuestionWord(w, index) ?? w);
  if (!LONG_ARABIC_WORD.test(asked)) return asked;
  return asked.replace(LONG_ARABIC_WORDS, (w) => splitRunTogether(w, index) ?? w);
}

/** A word opening with a question word ("ماذايريد", "مالذي", "مارد") or "هو ال" ("هوالمتحدث"): see unglueQuestionWord. */
const GLUED_QUESTION_WORD = /(?<![\u0621-\u064A])(?:ماذا|لماذا|كيف|متى|هل|ما|هوال|هيال)[\u0621-\u064A]{2,}/gu;

/**
 * A question word run together with the next word ("ماذايريد" -> "ماذا يريد", "مارد فعل" -> "ما رد فعل"; "مالذي" ->
 * "ما الذي", the two alefs written as one), where the run is no word the article, the lexicon or the dialects know and
 * the rest is a function word or a word they know. Undefined otherwise.
 */
function unglueQuestionWord(run: string, index: SearchIndex): string | undefined {
  const n = normalize(run);
  if (isStopword(n) || index.lex.dialect.has(n) || knownWord(run, index)) return undefined;
  const [t] = analyze(run, index.lex);
  if (t && (t.concepts.length > 0 || index.df.has(t.deep))) return undefined;
  for (const q of ['لماذا', 'ماذا', 'كيف', 'متى', 'هل', 'ما']) {
    if (!run.startsWith(q)) continue;
    const rest = run.slice(q.length);
    const known = (w: string) => isStopword(normalize(w)) || knownWord(w, index);
    if (q === 'ما' && rest.startsWith('ل') && known(`ا${rest}`)) return `ما ا${rest}`;
    if (known(rest)) return `${q} ${rest}`;
  }
  // "من هوالمتحدث ...؟": "he" / "she" run together with a definite noun.
  const pronoun = /^(هو|هي)(ال[\u0621-\u064A]{2,})$/u.exec(run);
  if (pronoun && knownWord(pronoun[2] as string, index)) return `${pronoun[1]} ${pronoun[2]}`;
  return undefined;
}

/** Seven Arabic letters or more: the shortest run of two words of three letters each and their article's ال. */
const LONG_ARABIC_WORD = /[\u0621-\u064A]{7}/u;
const LONG_ARABIC_WORDS = /[\u0621-\u064A]{7,}/gu;

const bareWord = (w: string) => w.replace(/^[وف]?[بلك]?ال/u, '');

/** A content word the article has (by its light stem) or a one-word alias of the lexicon. */
function knownWord(word: string, index: SearchIndex): boolean {
  const n = normalize(word);
  if (isStopword(n)) return false;
  const s = stem(n);
  return index.df.has(s) || index.lex.phrasesByFirst.get(s)?.some((p) => p.stems.length === 1) === true;
}

/**
 * The run split into two known words ("المعسكرعمدا" -> "المعسكر عمدا"), each of three letters or more, or undefined
 * when the run is a known word itself, a dialect word, or splits no such way. Where several splits do, the one whose
 * words the article itself has, then the more even one.
 */
function splitRunTogether(run: string, index: SearchIndex): string | undefined {
  const n = normalize(run);
  if (isStopword(n) || index.lex.dialect.has(n)) return undefined;
  // A dialect form of a known word ("عالمعسكر", على glued to المعسكر) is not "عالم" + "عسكر".
  if (dialectStandard(run, index) !== null) return undefined;
  // A word the article has in another form ("المستهدف" of its أهداف) is no run of two.
  const [t] = analyze(run, index.lex);
  if (!t || index.df.has(t.stem) || index.df.has(t.deep) || t.concepts.length > 0 || t.deepConcepts.length > 0)
    return undefined;
  let best: { text: string; own: number; shorter: number } | undefined;
  for (let k = 3; k <= run.length - 3; k++) {
    const [left, right] = [run.slice(0, k), run.slice(k)];
    // Each a word of three letters or more without its glued "and", preposition and article: "وال|أمريكان" and
    // "الم|ادية" split a prefix off, not a word.
    if (bareWord(left).length < 3 || bareWord(right).length < 3) continue;
    if (!knownWord(left, index) || !knownWord(right, index)) continue;
    const own = [left, right].filter((w) => index.df.has(stem(normalize(w)))).length;
    const shorter = Math.min(k, run.length - k);
    if (!best || own > best.own || (own === best.own && shorter > best.shorter))
      best = { text: `${left} ${right}`, own, shorter };
  }
  return best?.text;
}

/**
 * English function words long enough that one edit leaves them recognizable (see misspeltStopword), and the nouns
 * that say what kind of answer is asked ("which contry ...?" asks a country, as "which country" does).
 */
const RECOGNIZABLE_WORDS: readonly string[] = [...ENGLISH_STOPWORDS, ...PLACE_NOUNS, ...EN_TIME_NOUNS].filter(
  (w) => w.length >= 5 && /^[a-z]+$/.test(w),
);

/**
 * The English function word, or noun of the answer's kind, of five letters or more (see RECOGNIZABLE_WORDS) that a
 * word no statement or lexicon entry has is one edit from (same first letter, same length give or take one), or
 * undefined. "acording" is "according", "contry" is "country".
 */
function misspeltStopword(word: string, t: Token, index: SearchIndex): string | undefined {
  if (word.length < 5 || ENGLISH_STOPWORDS.has(word) || t.concepts.length > 0 || index.df.has(t.stem)) return undefined;
  return RECOGNIZABLE_WORDS.find(
    (s) => s[0] === word[0] && Math.abs(s.length - word.length) <= 1 && distance(word, s).steps === 1,
  );
}

/** A word's look-up (see closestKnown): the function word it misspells (`stop`), or the closest known word. */
interface KnownWord {
  word: string;
  stop: boolean;
}

/** Each index's looked-up words (see closestKnown), bounded: a question's words recur from question to question. */
const CLOSEST_CACHE_MAX = 5000;

/**
 * For a lower-case English word the article does not have: the function word it misspells (see misspeltStopword);
 * else null when it needs no look-up (a stop word, a word of the lexicon or a stem of the article), else the closest
 * word of the article or lexicon (see closestWord), or undefined when none is close. Remembered per index, as the
 * typo look-ups of fuzzyAlts are (see engine.ts).
 */
const closestKnown = (word: string, index: SearchIndex) => closestRemembered(index, word);
const closestRemembered = rememberedPer(CLOSEST_CACHE_MAX, (index: SearchIndex, word: string) => {
  const [t] = analyze(word, index.lex);
  const stop = t && misspeltStopword(word, t, index);
  let found: KnownWord | null | undefined = null;
  if (stop) found = { word: stop, stop: true };
  else if (t && !t.stop && t.concepts.length === 0 && !index.df.has(t.stem)) {
    const close = closestWord(word, index.fuse.candidates(word));
    found = close === undefined ? undefined : { word: close, stop: false };
  }
  return found;
});

/**
 * The closest Latin word among `candidates` with the same first letter and one edit (two from seven letters up), or
 * undefined: a typo seldom touches the first letter, and a real word two edits from a short one is another word
 * ("foreign" is no "reign", "away" no "sway").
 */
function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { word: string; similarity: number } | undefined;
  for (const c of candidates) {
    if (!/^[a-z]+$/.test(c) || c[0] !== word[0]) continue;
    const { steps } = distance(word, c);
    const len = Math.max(word.length, c.length);
    if (steps === 0 || steps > (len < 7 ? 1 : 2)) continue;
    const similarity = 1 - steps / len;
    if (!best || similarity > best.similarity) best = { word: c, similarity };
  }
  return best?.word;
}

/**
 * The word names a post of the lexicon that the article never names ("وزير الدفاع", "king"). A word of the general
 * vocabulary the article has ("رئيسة" as a head of anything) is no such post.
 */
function absentPost(t: Token, index: SearchIndex): boolean {
  return (
    t.concepts.some(
      (c) => c !== ANYONE && !c.startsWith('#gen_') && !index.df.has(c) && index.lex.kinds.get(c.slice(1)) === 'role',
    ) && !t.concepts.some((c) => c.startsWith('#gen_') && index.df.has(c))
  );
}

/** Question types asking who holds a post or is named so (see unitsOf). */
const HOLDER_TYPES: ReadonlySet<QuestionType> = new Set(['who', 'position', 'name']);
/** The lexicon concept of locative verbs (يقع، تقع، located, lies, situated). */
const LOCATED = '#located';
/** Bounds on the work one question can cause, whatever its length: content words kept, typo look-ups made. */
const MAX_UNITS = 24;
const MAX_FUZZY_LOOKUPS = 8;

const RELATIVE_TYPES: ReadonlySet<QuestionType> = new Set(['where', 'when', 'count']);
/** Nouns of a span of time (normalized, without the article): a relative clause after one says which span. */
const SPAN_NOUNS = wordSet('year month week season', 'سنه عام شهر اسبوع موسم');

/**
 * The standard forms a dialect word may stand for, by its dialect affixes: the progressive or future prefix of an
 * imperfect verb (بيقول، بتعمل، هيسافر، حيروح، عم يحكي written together, كيقول), the negation ما...ش (ماعرفش,
 * مابيعرفش), "this" glued as هال (هالمخيم), and a plural verb written without its final alef (قالو، ضربو).
 */
export function dialectForms(word: string): string[] {
  const out: string[] = [];
  let w = word;
  const negated = /^م[اه]?(.{3,})ش$/u.exec(w);
  if (negated) {
    w = negated[1] as string;
    out.push(w);
  }
  if (/^هال.{3,}/u.test(w)) out.push(`ال${w.slice(3)}`);
  // Levantine and Gulf "عالحدود", "عالسوشيال": على glued to the article.
  else if (/^عال.{4,}/u.test(w)) out.push(`ال${w.slice(3)}`);
  // Dialect "بيعمل", "هيعمل", "رح يعمل", and the standard future "سيعمل": the present verb ("ستراتيجية" is no verb).
  const verb = /^(?:ب|ه|ح|ك|عم|رح|غا|س(?!.*ه$))([يتنا].{2,})$/u.exec(w);
  if (verb) out.push(verb[1] as string);
  // "تعمل" asked, "ستعمل" written: the future of the same verb.
  else if (/^[يتن].{3,}$/u.test(w)) out.push(`س${w}`);
  for (const f of out.length > 0 ? [...out] : [w]) if (/^.{2,}[^اوي]و$/u.test(f)) out.push(`${f}ا`);
  return [...new Set(out)].filter((f) => f !== word);
}

/**
 * The concepts a word meets by its deep stem alone, each at the deep weight, shared out where the article has more
 * than RANKING.deepAmbiguity of them: "عملاء" (clients), its light stem unknown, reaches through the root عمل ten
 * concepts (use, employees, factory, trading ...), and is the likelier to meet the wrong one the more there are.
 */
function deepConceptAlts(t: Token, index: SearchIndex): Alt[] {
  const here = t.deepConcepts.filter((c) => index.df.has(c)).length;
  const share = here > RANKING.deepAmbiguity ? RANKING.deepAmbiguity / here : 1;
  return t.deepConcepts.map((term) => ({ term, w: RANKING.deepWeight * share }));
}

/**
 * The concepts below the word's own (lexicon `narrower`), each at the narrower weight: "ماذا فعلت السلطات؟" is
 * answered by what the ministry or the police did; a sentence naming "the authorities" themselves still does better.
 */
function narrowerAlts(t: Token, index: SearchIndex): Alt[] {
  // Nothing allocated for the many words whose concepts stand above none (this runs for every word asked).
  let below: Set<string> | undefined;
  for (const c of t.concepts) {
    for (const n of index.lex.narrower.get(c) ?? []) {
      if (t.concepts.includes(n)) continue;
      below ??= new Set();
      below.add(n);
    }
  }
  return below ? [...below].map((term) => ({ term, w: RANKING.narrowerWeight })) : [];
}

/** The standard forms of a dialect word (dialectForms), each read as a word; function words left out. */
export function dialectTokens(word: string, lex: CompiledLexicon): Token[] {
  return dialectForms(word).flatMap((form) => {
    const [t] = analyze(form, lex);
    return t && !t.stop ? [t] : [];
  });
}

/** Terms of the first dialect form of a word (dialectForms) that the article or the lexicon knows, or null. */
function dialectStandard(word: string, index: SearchIndex): Alt[] | null {
  if (!/[\u0600-\u06FF]/u.test(word)) return null;
  for (const t of dialectTokens(word, index.lex)) {
    const alts: Alt[] = termsOf(t).map((term) => ({ term, w: term.startsWith('~') ? RANKING.deepWeight : 1 }));
    alts.push(...deepConceptAlts(t, index));
    if (alts.some((a) => index.df.has(a.term))) return alts;
  }
  return null;
}

/** English "to be" forms after where/when: "where is the camp ...". */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 's']);

/**
 * Where an English relative clause without "that" starts: "where is the camp Russia bombed?" asks where the camp
 * is; "Russia bombed" says which camp. After "where/when + is + (the) noun", what follows is that clause.
 */
function zeroRelativeAt(tokens: readonly Token[], lex: CompiledLexicon): number {
  const head = askedHeadAt(tokens);
  if (head < 0) return -1;
  // The clause opens with its subject: a pronoun or a name ("the camp they bombed", "the camp Russia bombed"), with
  // its article ("the camp the Russians bombed").
  const next = tokens[head + 1];
  const named = tokens[next?.word === 'the' ? head + 2 : head + 1];
  const subject =
    SUBJECT_PRONOUNS.has(next?.word ?? '') ||
    (named?.concepts.some((c) => WHO_KINDS.has(lex.kinds.get(c.slice(1)) as ConceptKind)) ?? false);
  return subject ? head + 1 : -1;
}
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'we', 'you', 'i']);

/** "Where exactly is ...": an adverb between the question word and "is". */
const EXACTLY_EN: ReadonlySet<string> = new Set(['exactly', 'precisely']);

/**
 * The noun an English "where / when + is + (the) ..." question asks about ("where is the camp", "where exactly is the
 * bombed camp"): its position, after any participles before it, or -1.
 */
function askedHeadAt(tokens: readonly Token[]): number {
  const w = (i: number) => tokens[i]?.word ?? '';
  const be = EXACTLY_EN.has(w(1)) ? 2 : 1;
  if (!['where', 'when'].includes(w(0)) || !BE_FORMS.has(w(be))) return -1;
  let head = be + 1;
  if (['the', 'a', 'an', 'this', 'that'].includes(w(head))) head++;
  // "the bombed camp": a participle before the noun belongs to it.
  while (/(?:ed|ing)$/.test(w(head)) && tokens[head + 1] && !tokens[head + 1]?.stop) head++;
  return tokens[head] && !tokens[head]?.stop ? head : -1;
}

/**
 * The participles before the noun a where / when question asks about ("Where is the bombed camp?"): like a relative
 * clause, they say which camp is meant, while the answer is about the camp itself.
 */
function participlesBefore(tokens: readonly Token[]): Set<number> {
  const head = askedHeadAt(tokens);
  const out = new Set<number>();
  for (let i = head - 1; i > 0 && /(?:ed|ing)$/.test(tokens[i]?.word ?? ''); i--) out.add(i);
  return out;
}

/** Capitalized adjectives of direction ("the Western alliance") describe, they name no one. */
const DIRECTIONS: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern']);
/** Lower-cased English words written with a capital inside the question (not at its start): likely names. */
function capitalizedWords(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(/(?<=[^.?!\s]\s+)([A-Z][a-z]{2,})/g)) {
    const word = (m[1] as string).toLowerCase();
    if (!DIRECTIONS.has(word)) out.add(word);
  }
  return out;
}

/**
 * "When does the trip start?", "On what date does the trip take place?": asked when, a verb of starting or of taking
 * place frames the question (the time of a trip is when it starts), like a question word; normalized.
 */
const ASPECT = wordSet(
  'start starts started begin begins began begun commence commences kick kicks set sets take takes took taking',
  'يبدا تبدا بدا بدات يبدأ تبدأ بدأ بدأت يبتدي تبتدي تنطلق ينطلق انطلق انطلقت',
);

/** The concepts of an event's start and end (see aspectsAsked in rank). */
const ASPECTS: readonly string[] = ['#gen_begin', '#gen_end'];

/** Verbs of holding an event ("تقام", "يعقد", "held"): asked where or when, they frame the question; normalized. */
const HELD = wordSet(
  'held hosted',
  'تقام يقام اقيم اقيمت تقيم يعقد تعقد ينعقد تنعقد انعقد انعقدت ستقام سيقام ستعقد سيعقد',
);

/** Words asking for something besides what is named that say nothing else ("what other ...?", "الأسباب الأخرى"). */
const ONLY_OTHER = wordSet(
  'other others else besides apart another additional',
  'الاخر الاخري اخري الاخرين اخرين كمان',
);
/** ... and with them the words that may also say "the second" or "last" (التانية، آخر); normalized. */
const OTHER_ASKED: ReadonlySet<string> = new Set([
  ...ONLY_OTHER,
  ...wordSet('اخر التانيه التانيين الثانيه الثانيين تانيه تانيين'),
]);
/** "غير سوريا", "عدا": but the name after it (see otherAsked). */
const EXCEPT = wordSet('except excluding', 'غير عدا باستثناء خلاف');

/**
 * Whether the word at `i` asks for something besides what is named: an OTHER_ASKED word, "إلى جانب" / "بجانب"
 * (besides) or "بعيدا عن" (apart from). With `only`, only the words that say nothing else (ONLY_OTHER): these frame
 * the question and are not what the answer is about ("مرة أخرى" in a sentence is no sign of it).
 */
function asksOther(tokens: readonly Token[], i: number, only = false): boolean {
  const w = tokens[i]?.word ?? '';
  return (
    (only ? ONLY_OTHER : OTHER_ASKED).has(unglue(w)) ||
    (w === 'جانب' && tokens[i - 1]?.word === 'الى') ||
    w === 'بجانب' ||
    (w === 'بعيدا' && tokens[i + 1]?.word === 'عن')
  );
}
/** A sentence adding to what was said ("أيضا", "كذلك", "also"); normalized. */
const ALSO = /(?:^|\s)[وف]?(?:ايضا|كذلك)(?=\s|$)|^[وف]?كما\s/u;
const ALSO_EN = /\b(?:also|as well)\b/u;

/** Words asking about an earlier event than the one reported (normalized; see tellsEarlier). */
const PAST_ASKED = wordSet(
  'before previous previously earlier last first history past ago since similar again',
  'قبل سابق سابقا سابقه السابق السابقه سبق سبقت سبقه مماثل مماثله مماثلا مثيل اخر اول الاول الاولي المره مره تاريخ تاريخيا زمان منذ عام سنه العام السنه اعوام سنوات',
);

/** Words asking of an earlier time by themselves ("سابقا", "previously"), normalized. */
const EARLIER_WORDS = wordSet('previously ever', 'سابقا قبلا');
/** What "before" asks of an earlier time with ("قبل هذه المرة", "قبل كده", "من قبل" at the end), normalized. */
const BEFORE_THIS = wordSet('هذه هذا ذلك ذاك كده كدا هيك هذي هاذي هادي هاد المره this that');
/**
 * The question asks of an earlier time of the kind: "قبل هذه المرة", "قبل كده", "هل حدث ذلك من قبل؟", "في السابق",
 * "previously", "ever ... before", "before this".
 */
function asksEarlier(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      EARLIER_WORDS.has(w) ||
      (w === 'السابق' && ws[i - 1] === 'في') ||
      (['قبل', 'before'].includes(w) && (BEFORE_THIS.has(ws[i + 1] ?? '') || (i === ws.length - 1 && i > 0))),
  );
}

/** Verbs asking what something is likened to ("compare ... to", "شبّه ... بـ"); normalized. */
const SIMILE_ASK = wordSet(
  'compare compares compared comparing liken likens likened likening',
  'شبه يشبه تشبيه شبهه يشبهه شبهت يشبهون',
);

/** Verbs asking what someone said or how they reacted ("What did Jordan say?", "كيف ردت موسكو؟"); normalized. */
const ASK_VOICE = wordSet(
  'say said respond responded react reacted reply replied',
  'رد ردت يرد ترد قال قالت يقول تقول علق علقت يعلق تحدث تحدثت يتحدث',
);
const SPEAK_ON = wordSet('comment commented speak spoke talk talked');
/** Words asking for a speaker besides ASK_VOICE's verbs: other verbs of saying, and the spokesman (see reportedWho). */
const SAID_ASKED = wordSet(
  'says stated reported announced claimed added told spokesman spokeswoman spokesperson',
  'ذكر صرح اكد افاد اضاف اعلن اوضح قالوا متحدث المتحدث ناطق الناطق',
);
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'will', 'would']);
const PASSIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** English words opening a clause inside a question. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['where', 'that', 'which', 'who', 'whom', 'when', 'while']);
const THAT_WORDS = wordSet('that ان انو انه بان انها بلي');
const REACTION_NOUNS = wordSet('reaction response reply');
/** A typo look-up's weight from which the word is likely a typo of the article's word (see fuzzyAlts). */
const LIKELY_TYPO = 0.65;
/** A voice asked that the article never names (see voiceAsked): no statement has it. */
const ABSENT_VOICE = '#absent_voice';
/** Words of a post asked after an auxiliary ("the US intelligence official"), at most, read as one speaker's. */
const POST_WORDS = 4;
const AND_WORDS = wordSet('and و');
const STANCE_NOUNS = wordSet('stance position موقف الموقف مواقف');

/**
 * The country, body or person whose words or reaction a question asks for ("What did Jordan say about ...?", "How
 * did Russia respond?", "What was Iran's reaction?", "كيف ردت موسكو؟", "رد الكرملين على ...", "الأردن قال إيه؟"):
 * the concepts of the words between the auxiliary and the verb, right after an Arabic verb, or right before it. In
 * groups: a statement's speaker has a concept of every group ("the intelligence official": intelligence, and an
 * official); none when no one is asked.
 */
function voiceAsked(
  tokens: readonly Token[],
  index: SearchIndex,
  unknown: (t: Token | undefined) => boolean,
): string[][] {
  const lex = index.lex;
  const absent = (t: Token | undefined) => t !== undefined && absentPost(t, index);
  // "لإيران": a name with a glued preposition is found by its deep stem (see analyze).
  const named = (t: Token | undefined) =>
    [
      ...(t?.concepts ?? []),
      ...(t?.concepts.length === 0 ? t.deepConcepts.filter((c) => lex.proper.has(c)) : []),
    ].filter((c) => SPEAKING_KINDS.has(lex.kinds.get(c.slice(1)) ?? '') && c !== '#reader');
  const namedOrPost = (t: Token | undefined) => [
    ...named(t),
    ...(t?.concepts ?? []).filter((c) => lex.kinds.get(c.slice(1)) === 'role'),
  ];
  const country = (t: Token | undefined) => t?.concepts.some((c) => isCountry(c, lex));
  // Any one of these concepts: one group, or none.
  const anyOf = (concepts: string[]) => (concepts.length > 0 ? [concepts] : []);
  const words = tokens.map((t) => unglue(t.word));
  for (const [i, w] of words.entries()) {
    if (REACTION_NOUNS.has(w)) return anyOf(tokens.slice(Math.max(0, i - 3), i).flatMap(named));
    // "ما موقف إيران من ...؟", "What is Iran's position on ...?": whose stance, named after the noun or before it.
    // Only as what the question asks (its first words): "ما الذي يستغربه ... في موقف كيري؟" asks something else.
    if (STANCE_NOUNS.has(w) && i <= 3) {
      const whose = [...tokens.slice(i + 1, i + 3), ...tokens.slice(Math.max(0, i - 2), i)].flatMap(named);
      if (whose.length > 0) return [whose];
      // "ما موقف صندوق النقد الدولي من ...؟" where no sentence has the body's first word: no one there speaks for it.
      if (unknown(tokens[i + 1])) return [[ABSENT_VOICE]];
    }
    // "Which allies are said to ...?" is not asking what anyone said.
    // "Did Iran comment on ...?", "speak about": the noun ("per the second comment") asks no one's words.
    const spoke = SPEAK_ON.has(w) && ['on', 'about'].includes(words[i + 1] ?? '');
    if (!(ASK_VOICE.has(w) || spoke) || PASSIVE.has(words[i - 1] ?? '')) continue;
    // "What are Iran and Russia said to use ISIS for?": said to do, of someone, after "are", is passive too.
    if (words[i + 1] === 'to' && words.slice(0, i).some((x) => PASSIVE.has(x))) continue;
    const aux = words.slice(0, i).findLastIndex((x) => AUXILIARIES.has(x));
    // "What did the Saudi king say?": a post the article never names speaks in no statement.
    if (aux >= 0 && tokens.slice(aux + 1, i).some(absent)) return [[ABSENT_VOICE]];
    // "What did the President say about ...?": a post asked with its auxiliary is who speaks, as a name is.
    // "the intelligence official": one speaker of all its words, unless "and" joins two. A country before the post
    // need not be said again: the US president is "the President" of an American report.
    if (aux >= 0) {
      const between = tokens.slice(aux + 1, i);
      const each = between.map(namedOrPost).filter((cs) => cs.length > 0);
      const posts = each.filter((cs) => !cs.some((c) => lex.kinds.get(c.slice(1)) === 'place'));
      const joined = between.some((t) => OR_WORDS.has(t.word) || AND_WORDS.has(t.word));
      return posts.length > 1 && between.length <= POST_WORDS && !joined ? posts : anyOf(each.flat());
    }
    if (!THAT_WORDS.has(words[i + 1] ?? '') && absent(tokens[i + 1])) return [[ABSENT_VOICE]];
    // "كيف ردت موسكو", but "بيقول إنو داعش ...": after "that" comes what was said, the speaker stands before.
    // English puts its speaker before the verb: "toner said kerry is going to russia for what".
    const before = [...named(tokens[i - 1]), ...named(tokens[i - 2])];
    if (/^[a-z]/u.test(w) && before.length > 0) return [before];
    // "المعلق الأول بيقول الأسد بدو ...": a reader or a post before the verb is its subject, and the name after it
    // opens what they say.
    const subject =
      named(tokens[i - 1]).length > 0 ||
      [tokens[i - 1], tokens[i - 2]].some((t) =>
        t?.concepts.some((c) => c === '#reader' || lex.kinds.get(c.slice(1)) === 'role'),
      );
    // "وش رد وزير الخارجية الروسي؟": a post with its country after the verb is who speaks, as a name is.
    const post = tokens.slice(i + 2, i + 4).some(country) ? namedOrPost(tokens[i + 1]) : named(tokens[i + 1]);
    const after = THAT_WORDS.has(words[i + 1] ?? '') || subject ? [] : post;
    return anyOf(after.length > 0 ? after : before);
  }
  return [];
}

/** Question types asking for a number, a time, a place or a name: never how something ended (see asksOutcome). */
const OUTCOME_FREE_TYPES: ReadonlySet<QuestionType> = new Set(['count', 'amount', 'when', 'where', 'name', 'position']);
/** Words asking how something ended (normalized): "What was the outcome of the talks?", "ما نتيجة المحادثات؟". */
const OUTCOME_ASKED = wordSet(
  'outcome outcomes result results resulted achieve achieved accomplish accomplished agree agreed agreement',
  'succeed succeeded success successful',
  'نتيجه نتائج اسفرت اسفر اتفقوا اتفق اتفقا اتفاق توصل توصلوا توصلا حقق حققت نجح نجحت نجاح',
);
/** Words saying "in the end" (normalized; see asksOutcome): whole, or after "in" ("في النهاية", "in the end"). */
const FINALLY = wordSet('eventually finally ultimately', 'بالاخر بالاخير بالنهايه فالاخر اخيرا');
const FINALLY_AFTER_IN = wordSet('end', 'النهايه الاخر الاخير نهايه ختام');
const IN_WORDS = wordSet('in', 'في');
/** A verb with the future's س ("سيهزم", "ستوافق"). */
const FUTURE_VERB = /^[وف]?س[يتن]\p{L}{2,}$/u;
/**
 * Words of wanting, hoping or meaning to: "What outcome does Moscow want?", "What is the trip meant to achieve?" ask
 * what is hoped for, not what happened.
 */
const DESIRE = wordSet(
  'want wants wanted hope hopes hoping seek seeks aim aims try tries trying attempt attempts attempting',
  'meant intended intend intends supposed designed aimed',
  'يريد تريد يريدون يامل تامل يسعي تسعي يبي يبون بدو بدهم عايز عايزين يتمني يحاول تحاول يحاولون محاوله',
  'يهدف تهدف يرمي ترمي',
);
/** The happenings an outcome is asked of: a visit or trip, talks, a meeting. */
const EVENTS: ReadonlySet<string> = new Set(['#visit', '#negotiation', '#gen_meeting', '#persuade']);

/**
 * "What was the outcome of Kerry's talks?", "Did the trip end with a deal?", "شو صار بعد زيارة كيري؟": asks how a
 * visit, talks or a meeting ended, or what came after it; not what someone wants or hopes from it.
 */
function asksOutcome(tokens: readonly Token[]): boolean {
  // "النتائج" is "نتائج" with the article.
  const words = tokens.map((t) => unglue(t.word).replace(/^ال(?=...)/u, ''));
  // "What could the process achieve?" asks what may come of it, not what came.
  if (words.some((w) => DESIRE.has(w) || MAY.has(w))) return false;
  // "هل احترمت موسكو اتفاق وقف القتال؟", "did they violate the deal?": an agreement kept or broken, not reached.
  if (tokens.some((t) => t.concepts.some((c) => KEPT_OR_BROKEN.has(c)))) return false;
  // "هل وافقت روسيا في النهاية على ...؟", "Did they reach a deal in the end?": how it ended, whatever was done; not
  // what is believed will come of it ("... أن داعش سيُهزم في النهاية؟").
  if (words.some((w, i) => FINALLY.has(w) || (FINALLY_AFTER_IN.has(w) && IN_WORDS.has(words[i - 1] ?? ''))))
    return !tokens.some((t) => FUTURE_VERB.test(t.word) || t.word === 'will');
  const event = (t: Token | undefined) => t?.concepts.some((c) => EVENTS.has(c)) ?? false;
  // "Does Saudi Arabia agree with the president?": agreeing in the present is holding a view, not talks ending in an
  // agreement ("Did they agree on …?"); the Arabic agreeing words asked (AGREEING) are past already.
  const present = (i: number) => words.slice(0, i).some((w) => PRESENT_DO.has(w));
  if (words.some((w, i) => w === 'agrees' || (w === 'agree' && present(i)))) return false;
  // "Did Kerry and the Russians agree on …?", "هل توصلوا إلى …؟": whether they agreed is how talks ended.
  if (!tokens.some(event) && !(isYesNo(words) && words.some((w) => AGREEING.has(w)))) return false;
  const after = words.some((w, i) => ['after', 'بعد', 'once'].includes(w) && tokens.slice(i + 1, i + 5).some(event));
  const ended = words.some(
    (w, i) => ['end', 'ended', 'came', 'come'].includes(w) && ['with', 'in', 'up', 'out'].includes(words[i + 1] ?? ''),
  );
  // "كم رحلة أُلغيت نتيجة انهيار النظام؟": a result of something else is a cause, not how the visit ended.
  const resultOfOther = (i: number) => {
    if (!RESULT_NOUNS.has(words[i] as string)) return false;
    const next = tokens[i + 1];
    return next !== undefined && !next.stop && !event(next);
  };
  return after || ended || words.some((w, i) => OUTCOME_ASKED.has(w) && !resultOfOther(i));
}
/** The title a who-holds question asks of: its words before any relative clause, without question words. */
function heldTitle(tokens: readonly Token[]): Token[] {
  const clause = tokens.findIndex((_, i) => opensRelative(tokens, i));
  return (clause > 0 ? tokens.slice(0, clause) : tokens).filter((t) => !t.stop);
}

/** The terms of each statement's speaker as the statement names them (see speakerTitled). */
const speakerTerms = new WeakMap<IndexedStatement, ReadonlySet<string> | null>();

/**
 * The statement names its own speaker (its speaker's words are in its text) by every word of the title asked: each
 * word's stem or concept is among the speaker's (not a root-level stem: a ministry, وزارة, is no minister).
 */
function speakerTitled(doc: IndexedStatement, title: readonly Token[], lex: CompiledLexicon): boolean {
  let terms = speakerTerms.get(doc);
  if (terms === undefined) {
    const speaker = doc.statement.speaker.ar;
    const named = speaker !== '' && doc.normalizedText.includes(normalize(speaker));
    terms = named ? new Set(analyze(speaker, lex).flatMap((t) => [t.stem, ...t.concepts])) : null;
    speakerTerms.set(doc, terms);
  }
  const known = terms;
  return known !== null && title.every((t) => [t.stem, ...t.concepts].some((x) => known.has(x)));
}

/** Kinds of names that need not be met after "about" (see rank): people, posts and places. */
const NAMED_KINDS: ReadonlySet<string> = new Set(['person', 'role', 'place']);
/** Words of reacting in a question, and the words after them that bring what is reacted to (normalized). */
const REACTING_ASKED = wordSet('react reacted reaction respond responded response', 'رد ردت ردوا ردة');
const REACTED_TO = wordSet('to على');

/** Words before what something is said about (normalized). */
const ABOUT = wordSet('about regarding concerning on', 'عن بشان حول بخصوص');

/** Verbs of coming to an agreement (normalized; see asksOutcome). */
const AGREEING = wordSet('agree agreed agrees reach reached', 'اتفق اتفقا اتفقوا اتفقت توصل توصلا توصلوا توصلت');
/** The present tense's helping verb (see asksOutcome). */
const PRESENT_DO: ReadonlySet<string> = new Set(['do', 'does', 'dont', 'doesnt']);
/** Keeping or breaking an agreement (see asksOutcome). */
const KEPT_OR_BROKEN: ReadonlySet<string> = new Set(['#gen_comply', '#violate', '#ignore', '#gen_promise']);
/** Words of what may come (normalized). */
const MAY = wordSet('could might may can would possibly potentially', 'يمكن ممكن قد');
/** Arabic nouns of a result, followed by what it is the result of (normalized). */
const RESULT_NOUNS = wordSet('نتيجه نتائج');

/** A rise or a fall of something measured. */
const CHANGES: ReadonlySet<string> = new Set(['#gen_rise', '#gen_fall']);
const HOW_MUCH = wordSet('كم بكم');

/**
 * Happenings a question may ask about (a meeting, an election, a conference, a return, sanctions, a fine, compensation
 * ...): one the article never mentions ("Who is Kerry scheduled to meet?", "Who won the election?", "When will Kerry
 * return to Washington?") is not one it reports.
 */
const HAPPENINGS: ReadonlySet<string> = new Set(
  [
    'meeting',
    'election',
    'vote',
    'ceremony',
    'festival',
    'conference',
    'sports_match',
    'resign',
    'weather',
    'wedding',
    'summit',
    'interview',
    'press_conference',
    'referendum',
    'vote_count',
    'return',
    'sanctions',
    'compensation',
    'fine',
  ].map((id) => `#gen_${id}`),
);

/**
 * Groups of people a count may ask for within all those counted, each with the groups an article may name them by
 * (children are pupils in a school: "200 تلميذ"). See rank.
 */
const SUBGROUPS: ReadonlyMap<string, readonly string[]> = new Map([
  ['#gen_children', ['#gen_children', '#gen_students']],
  ['#gen_students', ['#gen_students', '#gen_children']],
  ['#gen_women', ['#gen_women']],
]);

/**
 * The question asks about a happening (see HAPPENINGS) no statement mentions, by concept or by word. "لمن تعود
 * العائلات؟" asks whose they are: the verb after "لمن" (to whom) belongs, it tells of no return. A word the article
 * has in another of its senses ("العقوبة": sanctions, or the fine the article tells of) is not absent.
 */
const absentHappening = (tokens: readonly Token[], index: SearchIndex) =>
  tokens.some(
    (t, i) =>
      !t.stop &&
      !TO_WHOM.has(tokens[i - 1]?.word ?? '') &&
      !tokens.slice(i + 1, i + 3).some((n) => GOES_BACK.has(n.word)) &&
      t.concepts.some((c) => HAPPENINGS.has(c)) &&
      // "لقاءه مع الصحفيين" where the article tells of a press conference: a narrower happening is no absent one.
      !t.concepts.some((c) => index.df.has(c) || (index.lex.narrower.get(c) ?? []).some((n) => index.df.has(n))) &&
      !index.df.has(t.stem),
  );

/**
 * What a return word tells of besides a return: whose something is ("التي تعود إليها ملكية الحافلة") or how far back
 * it goes ("يعود تاريخه إلى", "تعود أسبابها إلى"). Normalized.
 */
const GOES_BACK = wordSet(
  'ملكية ملكيته ملكيتها ملكيتهم تاريخ تاريخه تاريخها أصل أصله أصلها أصول جذور جذوره جذورها سبب سببه سببها أسباب أسبابه أسبابها',
);

/** A country: one with a name for its people (CompiledLexicon.countries), or a place of the gazetteer (mostly countries). */
const namesCountry = (term: string, kind: ConceptKind | undefined, index: SearchIndex) =>
  index.lex.countries.has(term) || (kind === 'place' && term.startsWith('#g_'));

/** Words asking a nationality (normalized, without ال). */
const NATIONALITY = wordSet('جنسيه جنسيات جنسيته جنسيتها جنسيتهم nationality nationalities');

/** "Which border is the camp near?": asked where, nearness frames the question like "located"; normalized. */
const NEARNESS = wordSet('near close nearby next beside', 'قرب بالقرب قريب قريبا جنب جانب');

const KIND_WORDS: ReadonlySet<string> = new Set(['which', 'kind', 'type', 'model', 'sort', 'اي', 'نوع', 'طراز', 'صنف']);

/**
 * The machine class whose model or name a question asks for ("Which Russian warplanes ...?", "أي طائرات ...؟", "ما نوع
 * الطائرات ...؟"): the class named right after "which" / "what kind of" / "أي" / "نوع" (or after a nationality), or none.
 */
function machineAsked(tokens: readonly Token[], lex: CompiledLexicon): string | undefined {
  const at = tokens.findIndex((t) => KIND_WORDS.has(unglue(t.word)));
  if (at < 0) return undefined;
  // "What type of Russian aircraft ...?": the next content word, or the one after a nationality.
  for (const t of tokens
    .slice(at + 1)
    .filter((x) => !x.stop || x.concepts.length > 0)
    .slice(0, 2)) {
    const c = t.concepts.find((x) => MACHINE_CLASSES.has(x));
    if (c) return c;
    if (!t.concepts.some((x) => lex.kinds.get(x.slice(1)) === 'place')) break;
  }
  return undefined;
}

/**
 * The light stem without a glued ب، ل or ك, when the article has that and not the stem as written ("بفتره" ->
 * "فتر"); undefined otherwise.
 */
function gluedPreposition(t: Token, index: SearchIndex): string | undefined {
  if (t.stop || index.df.has(t.stem)) return undefined;
  // "للجنة" is ل + لجنة (to the committee), not ل + ال + جنة: a word whose own first letter is ل.
  const own = ownLamStem(t.word);
  if (own !== undefined && index.df.has(own)) return own;
  // "بلسعات", "اللسعات" where the article writes "للسعات" (ل + لسعات), which the stemmer reads as ل + ال + سعات:
  // the word as the article's ل would have it.
  const lam = /^[وف]?(?:[بك]?ال|[بك])(ل\p{L}{3,})$/u.exec(t.word);
  const withLam = lam ? stem(`ل${lam[1]}`) : undefined;
  if (withLam !== undefined && withLam !== t.stem && index.df.has(withLam)) return withLam;
  if (t.stem.length < 4 || !/^[بلك]/u.test(t.stem)) return undefined;
  const rest = t.stem.slice(1);
  return index.df.has(rest) ? rest : undefined;
}

/**
 * A first و or ف read the other way: the stemmer takes "فندق" for ف + ندق and "الفندق" for فندق (the ف after the article is the word's own), so
 * a question saying one meets a sentence saying the other only so, where the article has that reading too.
 * Undefined otherwise.
 */
function conjunctionReadOtherwise(t: Token, index: SearchIndex): string | undefined {
  if (t.stop) return undefined;
  // Read as a conjunction ("فندق" -> ندق): the stem with its first letter kept.
  const kept = /^[وف]/u.test(t.word) ? stem(`ال${t.word}`) : t.stem;
  if (kept !== t.stem && index.df.has(kept)) return kept;
  // Read as the word's own letter (the article's "فندق" was stemmed ندق): the stem without it.
  const rest = t.stem.slice(1);
  return t.stem.length >= 4 && /^[وف]/u.test(t.stem) && index.df.has(rest) ? rest : undefined;
}

/** Concepts whose opposite answers a yes/no question about them (see withOpposites), both ways. */
const OPPOSITES: ReadonlyMap<string, string> = new Map(
  [
    ['#accident', '#deliberate'],
    ['#gen_win', '#gen_lose'],
    ['#gen_rise', '#gen_fall'],
    ['#gen_open', '#gen_close'],
    ['#gen_allow', '#gen_ban'],
    ['#gen_arrest', '#gen_release'],
    ['#support', '#oppose'],
    ['#gen_success_pass', '#gen_fail'],
    ['#gen_comply', '#ignore'],
    ['#gen_promise', '#ignore'],
  ].flatMap(([a, b]) => [
    [a as string, b as string],
    [b as string, a as string],
  ]),
);
const OPPOSITE_WEIGHT = 0.8;

/** The unit with the opposites of its concepts as alternatives, at a lower weight. */
function withOpposites(u: Unit, named: ReadonlySet<string>): Unit {
  const extra = u.alts.flatMap((a) => {
    const o = OPPOSITES.get(a.term);
    return o && !named.has(o) ? [{ term: o, w: a.w * OPPOSITE_WEIGHT }] : [];
  });
  return extra.length > 0 ? { ...u, alts: [...u.alts, ...extra] } : u;
}

/**
 * The words before position `i` name only people in general: "كم عدد الأشخاص الذين قبض عليهم؟", "how many people
 * ...". The relative clause after such a head says who is counted (the arrested), and weighs fully.
 */
const countsAnyone = (tokens: readonly Token[], i: number) => {
  const head = tokens.slice(0, i).filter((t) => !t.stop && t.concepts.length > 0);
  return head.length > 0 && head.every((t) => t.concepts.includes(ANYONE));
};
/** The concept of something happening: "took place", "وقع", "حدث". */
const HAPPEN = '#happen';

/** Turns a question (its text, and its tokens from `analyze`) into content units. `fuzzy` is a cached fuzzyAlts. */
export function unitsOf(
  question: string,
  tokens: readonly Token[],
  index: SearchIndex,
  fuzzy: Fuzzy,
  type: QuestionType = 'other',
  followUp = false,
): Unit[] {
  const maxIdf = idf(index, '\u0000');
  const names = capitalizedWords(question);
  const seen = new Set<string>();
  const units: Unit[] = [];
  /** The position in `tokens` of the word each unit was made from. */
  const unitAt = new Map<Unit, number>();
  let fuzzyLeft = MAX_FUZZY_LOOKUPS;
  let scale = 1;
  const zeroRelative = zeroRelativeAt(tokens, index.lex);
  const participles = RELATIVE_TYPES.has(type) ? participlesBefore(tokens) : new Set<number>();
  // "ما الدولة التي تؤيد رحيل الأسد؟": the clause after the noun of the answer's kind is what is asked.
  const classAt = classNounAt(tokens.map((t) => t.word));
  const howLong = (type === 'count' || type === 'amount') && asksHowLong(tokens);
  const timeFrame = type === 'when' ? timeNounsAsked(tokens) : new Set<number>();
  for (const [i, t] of tokens.entries()) {
    if (units.length >= MAX_UNITS) break;
    const ofClass = classAt >= 0 && i > classAt && i - classAt <= 2;
    // "كم المدة التي سيستمر فيها المهرجان؟": after the length asked, the clause is what is asked about.
    const ofLength = howLong && LENGTH_NOUNS.has(tokens[i - 1]?.word ?? '');
    if (
      RELATIVE_TYPES.has(type) &&
      !ofClass &&
      !ofLength &&
      (opensRelative(tokens, i) || i === zeroRelative) &&
      !(type === 'count' && countsAnyone(tokens, i)) &&
      // "السنة اللي طافت", "العام الذي سبقه", "the year that followed": when, not who or what is counted.
      !SPAN_NOUNS.has(unglue(tokens[i - 1]?.word ?? '').replace(/^ال(?=..)/u, ''))
    )
      scale = RANKING.relativeScale;
    if (t.stop && t.concepts.length === 0) continue;
    // "When did the attack on the diplomat take place?", "متى وقع ...؟": that something happened frames a when-question,
    // as "happen" does; a sentence saying some other thing "took place on Tuesday" is no nearer for it.
    if (type === 'when' && t.concepts.includes(HAPPEN)) continue;
    // "Which city", "what position": the noun says what kind of answer is wanted, like the question word itself.
    // "How many times": the sentence must say how many times (see givesTimes); "a time when" is no evidence.
    // "for the second time", "المرة الثانية": which time says which one, as the ordinal does; no time is asked.
    const timesWord =
      (type === 'count' && TIMES.has(t.word) && ['كم', 'many'].includes(tokens[i - 1]?.word ?? '')) ||
      (ORDINAL_TIME.has(t.word) &&
        (ORDINALS.has(tokens[i - 1]?.word ?? '') || ORDINALS.has(tokens[i + 1]?.word ?? '')));
    // "ما الذي دفع الأطباء إلى ...؟": the verb of causing asks why, as "لماذا" does; it is no payment.
    // Not after a noun of what caused it ("ما العوامل التي أدت إلى ...؟"), whose verb says what they did.
    const causing = type === 'why' && CAUSE_VERBS.has(t.word) && tokens.slice(0, i).every((x) => x.stop);
    // "كم من الوقت ...؟", "كم المدة ...؟": the noun asks how long, as the question word does (see asksHowLong).
    const lengthWord =
      howLong &&
      ((LENGTH_NOUNS.has(t.word) &&
        (tokens[i - 1]?.word === 'كم' || (tokens[i - 1]?.word === 'من' && tokens[i - 2]?.word === 'كم'))) ||
        // "ما المدة ...؟", "ما هي مهلة ...؟"
        (LENGTH_ASKED.has(t.word) &&
          (tokens[i - 1]?.word === 'ما' || (tokens[i - 1]?.word === 'هي' && tokens[i - 2]?.word === 'ما'))));
    // "What did the reader compare ISIS to?": the sentence must liken (see givesSimile); the verb itself frames.
    const likening = SIMILE_ASK.has(t.word);
    // "Is ISIS going to be defeated?": "going to be" says "will", not a trip.
    const future = t.word === 'going' && tokens[i + 1]?.word === 'to' && tokens[i + 2]?.word === 'be';
    if (
      (type === 'where' && (i === classAt || (classAt < 0 && PLACE_NOUNS.includes(t.word)))) ||
      (type === 'when' && timeFrame.has(i)) ||
      (type === 'position' && POSITION_NOUNS.includes(t.word)) ||
      timesWord ||
      lengthWord ||
      causing ||
      future ||
      likening ||
      // Not in a follow-up: "والقارئ الآخر؟" asks for the other one of the answer before.
      (!followUp && asksOther(tokens, i, true))
    )
      continue;
    const key = termsOf(t).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    let alts: Alt[] = termsOf(t).map((term) => ({ term, w: term.startsWith('~') ? RANKING.deepWeight : 1 }));
    alts.push(...deepConceptAlts(t, index), ...narrowerAlts(t, index));
    // "بفترة", "لمنطقة", "كوسيلة": a preposition glued to a word without the article stays in its light stem.
    const unglued = gluedPreposition(t, index);
    if (unglued) alts.push({ term: unglued, w: 1 });
    const otherwise = conjunctionReadOtherwise(t, index);
    if (otherwise) alts.push({ term: otherwise, w: 1 });
    let known = alts.filter((a) => index.df.has(a.term));
    if (known.length === 0 && t.concepts.length === 0) {
      const standard = dialectStandard(t.word, index);
      if (standard) {
        alts = standard;
        known = alts;
      }
    }
    if (known.length === 0 && t.concepts.length === 0 && fuzzyLeft > 0) {
      fuzzyLeft--;
      alts = [...alts, ...fuzzy(t.word, t.stem)];
    }
    const weights = alts.filter((a) => index.df.has(a.term)).map((a) => a.w * idf(index, a.term));
    // An unknown word of one or two letters is most often a particle or a clipped word ("ع", "u"): little evidence.
    const unknown = RANKING.unknownWeight * maxIdf * (t.word.length <= 2 ? RANKING.shortUnknownScale : 1);
    const base = weights.length > 0 ? Math.max(...weights) : unknown;
    // "this year" (هذا العام، هالسنة) frames a question in the report's time rather than saying what it asks.
    const framing =
      t.concepts.includes(THIS_YEAR) ||
      isWeak(t.word) ||
      isWeak(t.stem) ||
      (type === 'when' && ASPECT.has(t.word)) ||
      (type === 'where' && NEARNESS.has(t.word)) ||
      // "أين يقع ...؟", "في أي مدينة تقع ...؟": asked where, "is located" says how little more than "where" does.
      (type === 'where' && t.concepts.includes(LOCATED)) ||
      ((type === 'where' || type === 'when') && HELD.has(t.word));
    const weight = t.stop || framing ? base * RANKING.weakWeight : base;
    // A name the article never mentions (a person, body or place of the lexicon or gazetteer); the general news
    // vocabulary (#gen_*: "institution", "city") names no one in particular.
    // So is a common given name ("ما رأي أحمد؟") in an article that names no one so.
    const unknownName =
      t.concepts.some(
        (c) =>
          !c.startsWith('#gen_') &&
          index.lex.proper.has(c) &&
          !index.lex.common.has(c) &&
          WHO_KINDS.has(index.lex.kinds.get(c.slice(1)) as ConceptKind),
      ) ||
      names.has(t.word) ||
      (t.concepts.length === 0 &&
        GIVEN_NAMES.has(t.word.replace(/^و(?=\p{L}{3})/u, '')) &&
        // "كم عمر ...؟" asks an age: عمر is no name there.
        !(MEASURE_NOUNS.has(t.word) && ['كم', 'ما', 'ماهو', 'ماهي'].includes(unglue(tokens[i - 1]?.word ?? ''))));
    // "من هو وزير الدفاع؟", "Who is the defense secretary?": a post the lexicon knows and the article never names,
    // though its words stand apart in a sentence ("وزير الخارجية ... مسؤولي الدفاع").
    const unknownPost = HOLDER_TYPES.has(type) && absentPost(t, index);
    const unit = {
      word: t.word,
      alts,
      weight,
      scale: participles.has(i) ? RANKING.relativeScale : scale,
      foreign: (weights.length === 0 && unknownName) || unknownPost,
    };
    // "Is the camp near Jordan or Iraq?": of two choices offered, one the article never names is no sign that it
    // lacks the answer; the two are one thing asked, found by the other (a sentence naming it says which). Choices
    // it names both of stay two things asked ("regime troops or jihadists", both in one sentence).
    const last = units[units.length - 1];
    const found = (u: Unit) => u.alts.some((a) => index.df.has(a.term));
    if (last && unitAt.get(last) === i - 2 && OR_WORDS.has(tokens[i - 1]?.word ?? '') && found(last) !== found(unit)) {
      const merged = eitherUnit(last, unit, index);
      units[units.length - 1] = merged;
      unitAt.set(merged, i);
    } else {
      units.push(unit);
      unitAt.set(unit, i);
    }
  }
  return withoutGivenNames(units, unitAt, tokens, index);
}
const OR_WORDS = wordSet('or او ام ولا والا');

/**
 * The article's people by family name: each word after a common given name in its own text ("سامر حدّاد") with the
 * given names met before it, and whether the article also says that family name alone ("وقال حدّاد"), as news text
 * does once it has named someone in full.
 */
interface Family {
  given: Set<string>;
  alone: boolean;
}
const familyNames = new WeakMap<SearchIndex, Map<string, Family>>();
/** A given name as written, or after a glued "and" ("وسامر"; وليد is a name of its own). */
const givenForm = (w: string) => (GIVEN_NAMES.has(w) ? w : w.replace(/^و(?=\p{L}{3})/u, ''));
const isGiven = (w: string) => GIVEN_NAMES.has(givenForm(w)) && !isStopword(givenForm(w));
function familyNamesOf(index: SearchIndex): Map<string, Family> {
  let out = familyNames.get(index);
  if (!out) {
    out = new Map();
    const texts = index.docs.map((d) => words(d.normalizedText));
    for (const ws of texts)
      for (let j = 0; j + 1 < ws.length; j++) {
        const family = ws[j + 1] as string;
        if (!isGiven(ws[j] as string) || isStopword(family) || GIVEN_NAMES.has(family)) continue;
        const known = out.get(family) ?? { given: new Set<string>(), alone: false };
        known.given.add(givenForm(ws[j] as string));
        out.set(family, known);
      }
    for (const ws of texts)
      for (const [j, w] of ws.entries()) {
        const known = out.get(w);
        if (known && !isGiven(ws[j - 1] ?? '')) known.alone = true;
      }
    familyNames.set(index, out);
  }
  return out;
}

/**
 * "لمن أهدى سامر حداد فوزه؟": a person asked by their full name is the same person where the article says the family
 * name alone, as it does after naming them once. The given name is one more word for whom the family name already
 * points to, so it is no unit of its own: else the one sentence with the full name (the lead, most often) wins on the
 * name alone. Kept where the article gives that family name to someone else too ("وليد منصور" and "ليلى منصور").
 */
function withoutGivenNames(
  units: Unit[],
  unitAt: Map<Unit, number>,
  tokens: readonly Token[],
  index: SearchIndex,
): Unit[] {
  if (!index.phrases) return units;
  const people = familyNamesOf(index);
  return units.filter((u) => {
    const i = unitAt.get(u);
    const word = i === undefined ? '' : (tokens[i]?.word ?? '');
    if (i === undefined || !isGiven(word)) return true;
    const known = people.get(tokens[i + 1]?.word ?? '');
    const one = known?.alone && known.given.size === 1 && known.given.has(givenForm(word));
    return !(one && units.some((v) => unitAt.get(v) === i + 1));
  });
}

/** One unit for two choices offered ("A or B"), one of them known to the article: it weighs what that one weighs. */
function eitherUnit(a: Unit, b: Unit, index: SearchIndex): Unit {
  const alts = [...a.alts];
  for (const x of b.alts) if (!alts.some((y) => y.term === x.term && y.w >= x.w)) alts.push(x);
  const known = a.alts.some((x) => index.df.has(x.term)) ? a : b;
  return {
    word: a.word,
    alts,
    weight: known.weight,
    scale: Math.max(a.scale, b.scale),
    foreign: a.foreign && b.foreign,
  };
}

/**
 * How a question reads a statement's terms beyond its own words: a term only its speaker gives at `spokenWeight`, and
 * (for a why-question) the terms it takes up from the sentence before as inherited ones.
 */
interface Reading {
  spokenWeight: number;
  takeUp: boolean;
}

/**
 * BM25 over the question's units, each scored by its best alternative. `got` is the coverage credit: a unit found
 * through a weaker alternative (deep stem, typo, inherited concept) counts only that alternative's share of it.
 */
function scoreDoc(
  units: readonly Unit[],
  doc: IndexedStatement,
  index: SearchIndex,
  { spokenWeight, takeUp }: Reading,
): { score: number; got: number } {
  const norm = 1 - RANKING.b + (RANKING.b * doc.length) / index.avgLength;
  // BM25's saturation of a term's frequency in this statement.
  const saturated = (tf: number) => (tf * (RANKING.k1 + 1)) / (tf + RANKING.k1 * norm);
  let score = 0;
  let got = 0;
  for (const u of units) {
    let best = 0;
    let credit = 0;
    for (const a of u.alts) {
      const own = doc.terms.get(a.term);
      let w = a.w;
      let c = a.w;
      if (own && spokenWeight < 1 && doc.spoken.has(a.term)) {
        w *= spokenWeight;
        c *= spokenWeight;
      }
      if (!own) {
        if (doc.expansion.has(a.term)) {
          w *= RANKING.expansionWeight;
          c *= RANKING.expansionCredit;
        } else if (doc.inherited.has(a.term) || (takeUp && doc.takenUp.has(a.term))) {
          const iw = index.phrases ? RANKING.plainInheritWeight : RANKING.inheritWeight;
          w *= iw;
          c *= iw;
        } else continue;
      }
      const tf = own ?? 1;
      const s = w * idf(index, a.term) * saturated(tf);
      if (s > best) best = s;
      if (c > credit) credit = c;
    }
    // "What year did ...?": a year in figures ("14 يوليو 2016") is the year asked about, written without the word.
    if (u.year && doc.givesYear) {
      const s = idf(index, YEAR_TERM) * saturated(1);
      if (s > best) best = s;
      credit = 1;
    }
    score += best * u.scale * (u.head ? RANKING.headScale : 1);
    got += u.weight * u.scale * Math.min(1, credit);
  }
  return { score, got };
}

/**
 * A follow-up's words and its previous question's, scored apart: the previous question's part adds at most
 * RANKING.contextCap times what the follow-up's own words found ("and what do they keep asking?" is answered by the
 * sentence where they ask, not by the one that answered the question before it). A follow-up with no words of its
 * own ("why?", "and where is it?") is read from the previous question alone.
 */
function scoredWithContext(
  units: readonly Unit[],
  ownCount: number,
  doc: IndexedStatement,
  index: SearchIndex,
  reading: Reading,
): { score: number; got: number } {
  if (ownCount === 0 || ownCount === units.length) return scoreDoc(units, doc, index, reading);
  const own = scoreDoc(units.slice(0, ownCount), doc, index, reading);
  const context = scoreDoc(units.slice(ownCount), doc, index, reading);
  return { score: own.score + Math.min(context.score, RANKING.contextCap * own.score), got: own.got + context.got };
}

/**
 * Whether a statement can hold the kind of answer the question asks for: a quantity for "how many", and for
 * when / where / who / what position a time, place, person or body, or title that the question itself does not
 * already name.
 */
export function fitsType(
  type: QuestionType,
  doc: IndexedStatement,
  asked: ReadonlySet<string>,
  people: ReadonlySet<string> = NONE,
  /** Places that are no answer: the countries, for "which city ...?" (see CompiledLexicon.countries). */
  notPlaces: ReadonlySet<string> = NONE,
): boolean {
  switch (type) {
    case 'count':
    case 'amount':
      return doc.hasCount || namesKind(doc, asked, 'number');
    case 'when':
      return namesKind(doc, asked, 'time') || doc.givesTime;
    case 'where':
      for (const c of doc.locations) if (!asked.has(c) && !notPlaces.has(c)) return true;
      return false;
    case 'name':
      return namesKind(doc, asked, 'person') || doc.quotesName;
    case 'who':
      if (people.size > 0) return titlesOne(doc, people);
      return namesKind(doc, asked, 'person', 'role', 'org') || doc.statement.speaker.en !== REPORTING.en;
    case 'position':
      // "What is Kerry's job?": a sentence writing his title before his name.
      if (people.size > 0) return titlesOne(doc, people);
      return namesKind(doc, asked, 'role');
    case 'why':
      return doc.givesReason || [...doc.changedAfter].some((c) => asked.has(c));
    default:
      return false;
  }
}

/** The statement writes a title before the name of one of `people`. */
function titlesOne(doc: IndexedStatement, people: ReadonlySet<string>): boolean {
  for (const p of people) if (doc.titled.has(p)) return true;
  return false;
}

/** The statement names a concept of kind `a`, `b` or `c` that the question does not ask about. */
function namesKind(
  doc: IndexedStatement,
  asked: ReadonlySet<string>,
  a: ConceptKind,
  b?: ConceptKind,
  c?: ConceptKind,
) {
  for (const { term, kind } of doc.concepts) {
    if (kind !== undefined && (kind === a || kind === b || kind === c) && !asked.has(term)) return true;
  }
  return false;
}

/**
 * A plain article's speaker is named in full where first quoted, and goes on in the sentences after ("وقالت رئيسة قسم
 * الطوارئ الدكتورة ليلى منصور إن ..." then "وطالبت منصور بتزويد المستشفى ..."): asked what she asked for, the first
 * wins on her title's words alone. A later sentence of the same speaker in the paragraph that covers more of the
 * question (by over RANKING.saidFurtherMargin), scoring at least RANKING.saidFurtherRatio of the first, goes first.
 */
function saidFurtherFirst(ranked: Ranked[]): void {
  const top = ranked[0];
  if (!top || top.doc.statement.speaker.ar === REPORTING.ar) return;
  const { paragraph, speaker } = top.doc.statement;
  const at = ranked.findIndex(
    (r, i) =>
      i > 0 &&
      r.fits &&
      r.doc.statement.paragraph === paragraph &&
      r.doc.statement.speaker.ar === speaker.ar &&
      r.coverage > top.coverage + RANKING.saidFurtherMargin &&
      r.score >= RANKING.saidFurtherRatio * top.score,
  );
  if (at > 0) ranked.unshift(...ranked.splice(at, 1));
}

/** No concepts: the default of fitsType's optional sets. */
const NONE: ReadonlySet<string> = new Set();

/** The question's concepts that belong to an exclusive group (ordinals, weekdays), by group. */
function askedGroups(units: readonly Unit[], index: SearchIndex): Map<string, Set<string>> {
  const asked = new Map<string, Set<string>>();
  for (const u of units) {
    for (const a of u.alts) {
      const group = index.lex.groups.get(a.term);
      if (group) asked.set(group, (asked.get(group) ?? new Set()).add(a.term));
    }
  }
  return asked;
}

/** The statement names another member of an asked group and not the asked one ("the second attack" for "the third"). */
function conflicts(doc: IndexedStatement, asked: ReadonlyMap<string, Set<string>>, index: SearchIndex): boolean {
  for (const [group, terms] of asked) {
    let named = false;
    for (const t of terms) named ||= doc.terms.has(t);
    if (named) continue;
    for (const term of doc.terms.keys()) if (index.lex.groups.get(term) === group) return true;
  }
  return false;
}

/** A deed's doer and what it is done to, both countries (see deedsBetween). */
interface Deed {
  deed: ReadonlySet<string>;
  doer: string;
  done: string;
}

/** How many content words after an Arabic verb its doer and object may come, and before an English one its doer. */
const DEED_REACH = 5;

/**
 * The deeds a text tells between two countries, read off its content words (`seq`, each word's terms, as in
 * IndexedStatement.sequences): Arabic puts the doer right after the verb and the other country after it
 * ("طردت واشنطن اثنين من المسئولين الروس"); English puts the doer before the verb and the other after ("Washington
 * expelled two Russian officials"). A verb is a word with a concept that names no one and nothing (no person, role, body or place: WHO_KINDS).
 */
function deedsBetween(seq: ReadonlyArray<ReadonlySet<string>>, lex: CompiledLexicon, arabic: boolean): Deed[] {
  const countryOf = (terms: ReadonlySet<string> | undefined) => [...(terms ?? [])].find((c) => lex.countries.has(c));
  const out: Deed[] = [];
  seq.forEach((terms, v) => {
    const deed = new Set(
      [...terms].filter((c) => c.startsWith('#') && !WHO_KINDS.has(lex.kinds.get(c.slice(1)) as ConceptKind)),
    );
    if (deed.size === 0 || countryOf(terms)) return;
    const doer = arabic
      ? countryOf(seq[v + 1])
      : seq
          .slice(Math.max(0, v - 2), v)
          .map(countryOf)
          .findLast(Boolean);
    if (!doer) return;
    // Two countries side by side ("بين أمريكا وروسيا", "Russia and the US") are both the doers, or neither.
    const from = arabic ? v + 3 : v + 1;
    if (!arabic && countryOf(seq[v - 1]) && countryOf(seq[v - 2])) return;
    const done = seq
      .slice(from, from + DEED_REACH - 1)
      .map(countryOf)
      .find((c) => c !== undefined && c !== doer);
    if (done) out.push({ deed, doer, done });
  });
  return out;
}

/** Words that make an English question passive ("Were Russian diplomats expelled by ...?"). */
const PASSIVE_MARKS: ReadonlySet<string> = new Set(['by', 'was', 'were', 'been', 'being']);
/** A passive question: an English mark (PASSIVE_MARKS) or the Arabic "من قبل" (by); "قبل" alone is "before". */
const passiveAsked = (tokens: readonly Token[]) =>
  tokens.some((t, i) => PASSIVE_MARKS.has(t.word) || (t.word === 'قبل' && tokens[i - 1]?.word === 'من'));

/** The deeds each statement's text tells (see reversedDeed), read once. */
const toldDeeds = new WeakMap<ReadonlyArray<ReadonlySet<string>>, Deed[]>();

/**
 * "لماذا طردت روسيا اثنين من المسؤولين الأمريكيين؟" of a statement where Washington expelled two Russians: the
 * question's deed between two countries is the statement's with doer and object swapped.
 */
function reversedDeed(asked: readonly Deed[], doc: IndexedStatement, lex: CompiledLexicon, arabic: boolean): boolean {
  if (asked.length === 0) return false;
  const seq = arabic ? doc.sequences[0] : doc.sequences[1];
  if (!seq) return false;
  // A statement's deeds are read once per text (the sequences are built once, with the index).
  let told = toldDeeds.get(seq);
  if (!told) {
    told = deedsBetween(seq, lex, arabic);
    toldDeeds.set(seq, told);
  }
  return asked.some((a) =>
    told.some((t) => t.doer === a.done && t.done === a.doer && [...a.deed].some((c) => t.deed.has(c))),
  );
}

/** Two or more roles asked with their countries, each of which the statement names with another (see rank). */
function swappedRoles(asked: ReadonlyMap<string, Set<string>>, doc: IndexedStatement): boolean {
  if (asked.size < 2) return false;
  for (const [role, places] of asked) {
    const theirs = doc.countryRoles.get(role);
    if (!theirs || [...places].some((p) => theirs.has(p))) return false;
  }
  return true;
}

/**
 * "Who is Russia's foreign minister?": a statement naming that role only with another country ("وزير الخارجية
 * الأميركي") speaks of someone else.
 */
function otherCountrysRole(asked: ReadonlyMap<string, Set<string>>, roles: IndexedStatement['countryRoles']) {
  for (const [role, places] of asked) {
    const theirs = roles.get(role);
    if (theirs && ![...places].some((p) => theirs.has(p))) return true;
  }
  return false;
}

/** Question types whose answer is a kind of token a statement either has or lacks (a number, a time, a name). */
export const STRICT_TYPES: ReadonlySet<QuestionType> = new Set(['count', 'when', 'name']);

/**
 * Units of the previous question that still apply to an elliptical follow-up ("and the second attack?"): at
 * half weight, without words the follow-up repeats or replaces (another ordinal, another day). When the follow-up
 * asks for another kind of answer ("Who lives in the camp?" then "and where is it?"), it asks about the same
 * things, not the same happening: the previous question's other words weigh less again. `previous` is `context`
 * analyzed.
 */
function contextUnits(
  context: string,
  previous: readonly Token[],
  own: readonly Unit[],
  index: SearchIndex,
  fuzzy: Fuzzy,
  newType: boolean,
): Unit[] {
  const ownTerms = new Set(own.flatMap((u) => u.alts.map((a) => a.term)));
  const ownGroups = askedGroups(own, index);
  const names = (u: Unit) => u.alts.some((a) => WHO_KINDS.has(index.lex.kinds.get(a.term.slice(1)) as ConceptKind));
  return unitsOf(context, previous, index, fuzzy)
    .filter((u) => !u.foreign && !u.alts.some((a) => ownTerms.has(a.term)))
    .filter((u) => !u.alts.some((a) => ownGroups.has(index.lex.groups.get(a.term) ?? '')))
    .map((u) => ({
      ...u,
      scale: RANKING.contextScale * (newType && !names(u) ? RANKING.otherTypeContextScale : 1),
    }));
}

/** The question's consecutive content words, as pairs of the terms each may be found by (stem, concepts). */
function wordPairs(tokens: readonly Token[]): Array<[string[], string[]]> {
  const content = tokens.filter((t) => !t.stop).slice(0, MAX_UNITS);
  const terms = (t: Token) => [t.stem, ...t.concepts];
  return content.slice(1).map((t, i) => [terms(content[i] as Token), terms(t)]);
}

/**
 * How many of the question's word pairs stand side by side, in the same order, in the statement; a pair found only
 * in the words of who says it counts RANKING.speakerPairShare of one.
 */
function pairsFound(pairs: ReadonlyArray<[string[], string[]]>, doc: IndexedStatement): number {
  const inOrder = (seq: ReadonlyArray<ReadonlySet<string>>, [a, b]: [string[], string[]]) =>
    seq.some((w, j) => a.some((t) => w.has(t)) && b.some((t) => seq[j + 1]?.has(t) ?? false));
  let found = 0;
  for (const pair of pairs) {
    // Most statements lack one word of a pair: no need to read their words in order.
    if (!pair[0].some((t) => doc.terms.has(t)) || !pair[1].some((t) => doc.terms.has(t))) continue;
    if (doc.sequences.some((seq) => inOrder(seq, pair))) found++;
    else if (inOrder(doc.speakerSequence, pair)) found += RANKING.speakerPairShare;
  }
  return found;
}

/** "في أي يوم", "on which day", "انهي يوم", "يوم إيه", "أي يوم من أيام الأسبوع": a day is asked, not an hour. */
function asksDay(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => unglue(t.word));
  return (
    asksWhich(words, DAY_WORDS) || words.some((w, i) => (w === 'ايام' && words[i + 1] === 'الاسبوع') || w === 'weekday')
  );
}

/** "Which <noun>" or a dialect's "<noun> what" ("يوم إيه", "شهر شو") among the question's words. */
const asksWhich = (words: readonly string[], nouns: ReadonlySet<string>) =>
  words.some(
    (w, i) =>
      (WHICH_WORDS.has(w) && nouns.has(words[i + 1] ?? '')) || (nouns.has(w) && DIALECT_WHAT.has(words[i + 1] ?? '')),
  );
const WHICH_WORDS = wordSet('which what اي انهي');

/** "في أي شهر", "which month", "شهر إيه": a month is asked. */
const asksMonth = (tokens: readonly Token[]) =>
  asksWhich(
    tokens.map((t) => unglue(t.word)),
    MONTH_WORDS,
  );
const MONTH_WORDS = wordSet('month شهر');
/** Concepts of a month named: its name, or "last month". */
const MONTHS: readonly string[] = [
  '#month',
  '#july',
  '#lastmonth',
  ...'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ').map((m) => `#gen_${m}`),
];

/** "On what date", "what is the date of", "ما تاريخ", "في أي تاريخ", "بأي تاريخ": a date is asked. */
function asksDate(tokens: readonly Token[]): boolean {
  return bareWords(tokens).some((w) => DATE_WORDS.has(w));
}
const DATE_WORDS = wordSet('date تاريخ');

/** "في أي سنة", "في أي عام", "which year", "what year", "سنة كام": a year is asked. */
function asksYear(tokens: readonly Token[]): boolean {
  const words = bareWords(tokens);
  return words.some(
    (w, i) => YEAR_WORDS.has(w) && (WHICH_WORDS.has(words[i - 1] ?? '') || YEAR_HOW.has(words[i + 1] ?? '')),
  );
}
const YEAR_WORDS = wordSet('year سنه عام');
/** The concept of the words for a year. */
const YEAR_TERM = '#gen_year';
const YEAR_HOW = wordSet('كام ايه ايش شو كم');

/** A question's word without a glued و/ف before a question word, nor the article (the nouns of time asked). */
const bareAsked = (word: string) => unglue(word).replace(/^ال(?=\p{L}{3})/u, '');
const bareWords = (tokens: readonly Token[]) => tokens.map((t) => bareAsked(t.word));

/** "في أي ساعة", "what time", "at what hour", "الساعة كم", "ساعة كام", "كم الساعة": an hour is asked. */
function asksHour(tokens: readonly Token[]): boolean {
  const words = bareWords(tokens);
  return words.some(
    (w, i) =>
      (HOUR_WORDS.has(w) && (WHICH_WORDS.has(words[i - 1] ?? '') || CLOCK_HOW.has(words[i + 1] ?? ''))) ||
      (w === 'كم' && HOUR_WORDS.has(words[i + 1] ?? '')) ||
      (w === 'time' && WHICH_WORDS.has(words[i - 1] ?? '') && !['first', 'last'].includes(words[i + 1] ?? '')),
  );
}
const HOUR_WORDS = wordSet('hour ساعه');
const EXACTLY = wordSet('exactly precisely بالضبط بالتحديد تحديدا بالظبط');
const DAY_WORDS = wordSet('day night يوم ليلة');
const DIALECT_WHAT = wordSet('ايه ايش شو وش ماذا');

/**
 * The time nouns that say which kind of time a when-question wants, like "which city" for where: "في أي يوم من
 * أيام الأسبوع", "what day of the week", "أي ليلة", "يوم إيه". The sentence must give a day (see givesDay and
 * fitsType), not repeat the word "day". Month, year and date nouns are not among them: a sentence giving a year
 * often says عام. Positions in `tokens`.
 */
function timeNounsAsked(tokens: readonly Token[]): Set<number> {
  const words = bareWords(tokens);
  const at = new Set<number>();
  for (const [i, w] of words.entries()) {
    if (TIME_NOUNS.has(w) && DIALECT_WHAT.has(words[i + 1] ?? '')) at.add(i);
    if (!WHICH_WORDS.has(w) && !(i === 0 && ['ما', 'ماهو', 'ماهي'].includes(w))) continue;
    for (let j = i + 1; j < words.length; j++) {
      let k = j;
      while (TIME_LINKS.has(words[k] ?? '')) k++;
      if (!TIME_NOUNS.has(words[k] ?? '') || (k > j && !at.has(j - 1))) break;
      at.add(k);
      j = k;
    }
  }
  return at;
}
const TIME_NOUNS = wordSet('day days week weekday night', 'يوم ايام اسبوع ليلة');
const TIME_LINKS = wordSet('of the من في');

/** "What" in the standard language and the dialects (normalized, as analyze gives it). */
const WHAT_WORDS: ReadonlySet<string> = new Set([...DIALECT_WHAT, ...wordSet('what شنو اشنو')]);

/** Nouns of a city asked for ("which city", "أي مدينة", "the capital"), normalized, without the article. */
const CITY_NOUNS = wordSet('city cities town capital مدينه مدن عاصمه بلده');
const WHICH = wordSet('اي which');

/** Question words before a reason or purpose asked ("for what purpose", "لأي غرض", "ما السبب"), normalized. */
const REASON_ASKING = wordSet('what which ما اي لاي ولاي');

/** "كم مرة", "how many times", "how often" (not "the first time ... how many died?"). */
function asksHowManyTimes(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.word === 'often' ||
      (['كم', 'many'].includes(t.word) &&
        // "شحال من مرة" (كم من مرة): the "of" between.
        (TIMES.has(tokens[i + 1]?.word ?? '') ||
          (tokens[i + 1]?.word === 'من' && TIMES.has(tokens[i + 2]?.word ?? '')))),
  );
}
const TIMES: ReadonlySet<string> = new Set(['مره', 'مرات', 'times']);
/** "time" of "the second time", "المرة الثانية" (see unitsOf). */
const ORDINAL_TIME = wordSet('time المره مره');
const THIS_ONE = wordSet('this it هذه هذا هذي هاي ده دي');
/** Ordinals a yes/no question asks about ("Is this his first visit?", "هل هذه أول زيارة؟"), normalized. */
const ORDINALS = wordSet('first second third اول الاول الاولي ثاني الثاني الثانيه ثالث الثالث الثالثه');
/** Kinds of words that frame a how-many-times question rather than say what was done: names and times. */
const TIMES_FRAME_KINDS: ReadonlySet<string> = new Set(['person', 'place', 'org', 'time']);

/** Words that ask what kind of thing ("what N", "which N"), normalized; and nouns of a kind that stand before it. */
const WHAT_ASKING = wordSet('which what', 'ما اي');
/** Prepositions that may open such a question ("على أي تطبيق", "in which city"), normalized. */
const PREPOSITIONS_FIRST = wordSet('in on at from to for with by', 'على في من الى عن');

/**
 * The noun a "what N" or "which N" question asks for ("ما الأسلحة التي ...", "على أي تطبيق ...", "which weapons"),
 * right after the question word at the start (after a preposition, or "what kind of"); undefined when none.
 */
function askedHead(tokens: readonly Token[]): string | undefined {
  const words = tokens.map((t) => unglue(t.word));
  let i = PREPOSITIONS_FIRST.has(words[0] ?? '') ? 1 : 0;
  if (!WHAT_ASKING.has(words[i] ?? '')) return undefined;
  i++;
  if (KIND_NOUNS.has((words[i] ?? '').replace(/^ال/u, ''))) i += words[i + 1] === 'of' ? 2 : 1;
  const t = tokens[i];
  if (!t || t.stop) return undefined;
  // "ما" before a verb ("ما قال ...") or an indefinite noun asks what, not which: only a definite noun is asked.
  if (words[i - 1] === 'ما' && !/^ال/u.test(words[i] ?? '')) return undefined;
  return t.word;
}

/** Describing (وصف، described): asked how, it is answered in the describer's own words. */
const DESCRIBE = '#gen_describe';
/** Words in quotation marks, more than one (a name alone, "داعش", is no one's words): "...", «...», “...”. */
const QUOTED = /["«“][^"«»“”]*\s[^"«»“”]*["»”]/u;
/** Words asking how something was done (normalized). */
const MANNER_ASKED = wordSet('كيف كيفاش ازاي اشلون شلون');
/** Words telling the means of a deed (normalized): through, by means of, using, by way of. */
const MANNER =
  /(?<![\u0621-\u064A])(?:عبر|بواسطه|باستخدام|مستخدما|مستخدمين|مستخدمه|من خلال|عن طريق|بفضل|بمساعده|بالاستعانه)(?![\u0621-\u064A])/u;

/** Ranks every statement for a question, best first; `context` is the previous question of a follow-up. */
export function rank(written: string, index: SearchIndex, fuzzy: Fuzzy, context?: string): RankResult {
  const question = separatedArabic(correctedEnglish(usAsCountry(written), index), index);
  const tokens = analyze(question, index.lex);
  let type = questionType(tokens.map((t) => t.word));
  let own = unitsOf(question, tokens, index, fuzzy, type, context !== undefined);
  // "ما الأسلحة التي صودرت ...؟", "على أي تطبيق ظهرت ...؟": the noun asked names what the answer is; a sentence
  // without it tells of the rest but not which ones.
  const head = type === 'other' && index.phrases ? askedHead(tokens) : undefined;
  if (head !== undefined) own = own.map((u) => (u.word === head ? { ...u, head: true } : u));
  // "What year did Kerry's trip take place?": the year noun is found in a year written in figures (see scoreDoc).
  if (type === 'when' && asksYear(tokens))
    own = own.map((u) => (YEAR_WORDS.has(bareAsked(u.word)) ? { ...u, year: true } : u));
  // "for what purpose?", "لأي سبب؟" after "which countries ...?": asks a reason of what that question named, not for
  // the countries again; the reason word frames it as "why" does, weighing little.
  const reasonAsked =
    context !== undefined &&
    own.length > 0 &&
    own.every((u) => u.alts.some((a) => WHY_FRAME.has(a.term))) &&
    tokens.some((t, i) => REASON_ASKING.has(unglue(t.word)) && own.some((u) => u.word === tokens[i + 1]?.word));
  if (reasonAsked) own = own.map((u) => ({ ...u, weight: u.weight * RANKING.weakWeight, scale: RANKING.weakWeight }));
  let yesNo = isYesNo(tokens.map((t) => unglue(t.word)));
  let units = own;
  // The previous question's words, read once for its units, its type and the deed it named.
  const previous = context ? analyze(context, index.lex) : [];
  if (context) {
    const before = questionType(previous.map((t) => t.word));
    const newType = type !== 'other' && type !== before;
    units = [...own, ...contextUnits(context, previous, own, index, fuzzy, newType)];
    // "وهل كان ذلك بالخطأ؟" after "how many times ...?" asks yes or no, not how many.
    // "وشنو قال على كيري؟", "and what did he say?": a question word of its own asks what, not the type before.
    if (type === 'other' && !yesNo && !reasonAsked && !tokens.some((t) => WHAT_WORDS.has(unglue(t.word)))) {
      type = before;
      // "وخلال آخر 12 شهر؟" after "هل هي الأولى هذا العام؟" asks yes or no again.
      yesNo = before === 'other' && isYesNo(previous.map((t) => unglue(t.word)));
    }
  }
  // "من يرأس النقابة؟" asks for its head: the verb is found by the title ("رئيس النقابة ...").
  const held = type === 'who' ? heldRole(tokens, index.lex) : undefined;
  if (held) {
    const verb = tokens.find((t) => !t.stop)?.word;
    units = units.map((u) => (u.word === verb ? { ...u, alts: [...u.alts, { term: held, w: 1 }] } : u));
  }
  const aboutComments = units.some((u) => u.alts.some((a) => a.term === '#reader'));
  // "Was the camp hit by accident?" is answered "no" by "they attacked it deliberately": a yes/no question meets
  // the opposite of what it asks about, unless it names both ("deliberately or by mistake?").
  if (yesNo) {
    const named = new Set(units.flatMap((u) => u.alts.map((a) => a.term)));
    units = units.map((u) => withOpposites(u, named));
  }
  // "Was the Russian policeman who attacked the US diplomat arrested?": an English yes/no question in the passive ends
  // with what was done to its subject; a statement that does not say it (only who attacked whom) does not answer.
  // Its keywords do not count: "punished" is what the article's keywords read into a retaliation, not what it says.
  const lastContent = tokens.at(-1);
  // Not a participle of a clause with its own "is" ("Were there any fighters in the area where the camp is located?");
  // "Was the policeman who attacked the diplomat arrested?" asks whether he was.
  const clauseAt = tokens.findIndex((t, i) => i > 0 && CLAUSE_WORDS.has(t.word));
  const clause = clauseAt > 0 && tokens.slice(clauseAt + 1, -1).some((t) => PASSIVE.has(t.word));
  const doneAsked =
    yesNo &&
    PASSIVE.has(unglue(tokens[0]?.word ?? '')) &&
    !clause &&
    lastContent &&
    !lastContent.stop &&
    /^[a-z]{3,}ed$/.test(lastContent.word)
      ? own.find((u) => u.word === lastContent.word)
      : undefined;
  // "Who attacked the camp?": a sentence naming only who reports the attack and whom it killed does not say.
  const doerOfDeed = type === 'who' && asksDoerOfDeed(tokens, previous);
  // "ومين نفّذه؟" after "When did the second attack happen?": the light verb stands for the deed asked before, and
  // says nothing of its own; the question is the one before, asking who did it.
  const deedAgain = doerOfDeed && context !== undefined && own.length > 0 && own.every((u) => lightVerb(u.word));
  if (deedAgain) {
    units = units.filter((u) => !own.includes(u));
    own = [];
  }
  const total = units.reduce((n, u) => n + u.weight * u.scale, 0);
  // "and how many in the last 12 months?" after "Is this his first trip?": what a yes/no question guessed ("first") the
  // answer may have denied ("his third"); it rules out no statement naming another of its kind.
  const guessed = !yesNo && previous.length > 0 && isYesNo(previous.map((t) => unglue(t.word)));
  const asked = askedGroups(guessed ? own : units, index);
  const askedConcepts = new Set(own.flatMap((u) => u.alts.map((a) => a.term)).filter((t) => t.startsWith('#')));
  const isPerson = (t: string) => index.lex.kinds.get(t.slice(1)) === 'person';
  // "Who is Kerry?" asks what he is, like "What is Kerry's job?": every word of it names him.
  const whoIs = type === 'who' && own.length > 0 && own.every((u) => u.alts.some((a) => isPerson(a.term)));
  const askedPeople = new Set(type === 'position' || whoIs ? [...askedConcepts].filter(isPerson) : []);
  const pairs = wordPairs(tokens);
  // "How many times": a count of times or an ordinal answers, not a count of people.
  // "Is this Kerry's first visit to Moscow this year?", "هل هذه أول زيارة ...؟": which time it is, as "how many
  // times" asks, answered by a sentence saying which time ("the second ... this year"), not one naming the visit.
  // Only of "this" one: "the second commenter", "الهجوم الثاني" say which one is meant.
  const ordinal =
    yesNo && tokens.some((t) => ORDINALS.has(unglue(t.word))) && tokens.some((t) => THIS_ONE.has(unglue(t.word)));
  // What was done so often ("hit the camp", "زار موسكو"): where some statement says how many times near its words
  // (not the names or times around it), only such a statement says how often it was done ("قصفوا مرتين معسكرا", not
  // "his second visit to the Russian capital").
  const askedTerms =
    type === 'count' || ordinal
      ? own
          .filter((u) => !u.alts.some((a) => TIMES_FRAME_KINDS.has(index.lex.kinds.get(a.term.slice(1)) ?? '')))
          .flatMap((u) => u.alts.map((a) => a.term))
      : [];
  const timesNearAsked = index.docs.some((d) => d.givesTimes && askedTerms.some((t) => d.timesNear.has(t)));
  // "كم غارة استهدفت المخيم؟": a count of a happening, where some statement says how many times it happened.
  const countedAsked = type === 'count' ? countedTermsAsked(tokens, index.lex) : [];
  const happeningTimes = timesNearAsked && countedAsked.some((t) => HAPPENING_COUNTED.has(t));
  const howOften = type === 'count' && asksHowManyTimes(tokens);
  const times = howOften || ordinal || happeningTimes;
  const timesAsked = times ? askedTerms : [];
  const timesIt = times && timesNearAsked;
  const simile = tokens.some((t) => SIMILE_ASK.has(t.word));
  // A content word the article has in no form, by no concept.
  const unknownWord = (t: Token | undefined) =>
    t !== undefined &&
    !t.stop &&
    !isWeak(t.word) &&
    !index.df.has(t.stem) &&
    !index.df.has(t.deep) &&
    !t.concepts.some((c) => index.df.has(c)) &&
    !t.deepConcepts.some((c) => index.df.has(c)) &&
    // nor a likely typo of one ("كيرري"): a close look-up, not a distant one ("صندوق" is no "صدور").
    !fuzzy(t.word, t.stem).some((a) => a.w >= LIKELY_TYPO);
  const voices = type === 'other' || type === 'why' ? voiceAsked(tokens, index, unknownWord) : [];
  // "What did Obama say about Kerry's trip?": where X speaks of something else ("Assad must go"), X says nothing of
  // the trip. The words after "about" must be met too.
  // "How did Saudi Arabia react to Kerry's visit?": what is reacted to is asked about too.
  const aboutAt =
    voices.length === 0
      ? -1
      : tokens.findIndex(
          (t, i) =>
            ABOUT.has(unglue(t.word)) ||
            (REACTED_TO.has(t.word) && tokens.slice(Math.max(0, i - 2), i).some((r) => REACTING_ASKED.has(r.word))),
        );
  // Not a name: a person may be spoken of by a title ("وزير الخارجية" for Kerry), a place is often named in passing.
  const topic =
    aboutAt < 0
      ? []
      : own.filter(
          (u) =>
            tokens.slice(aboutAt + 1).some((t) => t.word === u.word) &&
            !u.alts.some((a) => NAMED_KINDS.has(index.lex.kinds.get(a.term.slice(1)) ?? '')),
        );
  // How talks or a visit ended is answered only by a statement reporting an outcome as done; a happening the article
  // never mentions, by none.
  // "كم جولة تفاوض سبقت التوصل إلى الاتفاقية؟" asks a number of what came before the outcome, not how it ended.
  // "كيف وصف الطبيب حالة الطفلة بعد وصولها؟" asks how someone described something, not how a happening ended.
  const outcome =
    !OUTCOME_FREE_TYPES.has(type) && !(type === 'other' && askedConcepts.has(DESCRIBE)) && asksOutcome(tokens);
  // "How many children were killed?" where the article never speaks of children: its count of people is no answer.
  const absent =
    absentHappening(tokens, index) || countedAsked.some((c) => SUBGROUPS.get(c)?.every((g) => !index.df.has(g)));
  // "Which fighter jets did Russia use?": only a sentence naming a model of them ("طائرتا إطفاء من طراز كنادير").
  const machine = type === 'other' || type === 'who' ? machineAsked(tokens, index.lex) : undefined;
  // "ما جنسية القبطان؟", "what nationality ...?": only a sentence naming a country (or its people) answers.
  const nationalityAsked = type === 'other' && tokens.some((t) => NATIONALITY.has(t.word.replace(/^ال/u, '')));
  const likening = simile && index.docs.some((d) => d.givesSimile);
  // "On which day ...?": where some sentence names a day, an hour alone does not answer.
  const dayIt = type === 'when' && asksDay(tokens) && index.docs.some((d) => d.givesDay);
  // "في أي شهر سُرقت المخطوطات؟": only a sentence naming a month answers ("صباح الثلاثاء" does not).
  const monthIt = type === 'when' && asksMonth(tokens);
  // "إلى متى سيبقى المتحف مغلقا؟": how long it lasts, which a span says ("لمدة أسبوعين") as well as a time.
  const untilWhen = type === 'when' && asksUntilWhen(tokens);
  // "كم دامت فترة الإغلاق؟", "كم يوم ستظل المدرسة مغلقة؟": a length of time answers, not any number.
  const howLong = (type === 'count' || type === 'amount') && asksHowLong(tokens);
  // "Which city is Kerry heading to?": Moscow, not Russia.
  const cityAsked = type === 'where' && bareWords(tokens).some((w) => CITY_NOUNS.has(w));
  // "في أي مدينة تقع الجامعة؟", "أي حي ...": a sentence naming that kind of place ("في مدينة النخيل") is the surer one.
  const whichAt = tokens.findIndex((t) => WHICH.has(unglue(t.word)));
  const placeWord = type === 'where' && whichAt >= 0 ? tokens[whichAt + 1] : undefined;
  const placeNoun = placeWord && !placeWord.stop ? bareAsked(placeWord.word) : undefined;
  const placeNamed = placeNoun ? new RegExp(`(?:^|\\s)[وفبل]?(?:ال)?${placeNoun}(?:\\s|$)`, 'u') : undefined;
  // "On what date ...?", "ما تاريخ ...؟": where some sentence gives a date, one that does is the surer answer; a weekday
  // alone still answers, when it is all the article says of the day asked, but not "earlier that month".
  const dateIt = type === 'when' && asksDate(tokens) && index.docs.some((d) => d.givesDate);
  // "في أي سنة تأسست الجامعة؟": where some sentence gives a year in figures, one that does not ("السنة المالية
  // الماضية") is no answer.
  const yearIt = type === 'when' && asksYear(tokens) && index.docs.some((d) => d.givesYear);
  const questionWords = words(normalize(question));
  // "What time did Kerry land?", "في أي ساعة ...؟": only an hour or a part of the day answers, not a day alone.
  // "متى انهار المبنى بالضبط؟": where some sentence gives the hour, "exactly" asks for it.
  const hourIt =
    type === 'when' &&
    (asksHour(tokens) ||
      // Not where the day is what is asked exactly ("حصل يوم إيه بالظبط؟") and some sentence gives one.
      (questionWords.some((w) => EXACTLY.has(w)) && !dayIt && index.docs.some((d) => d.givesHour)));
  // Where some sentence gives the hour of the clock, a part of the day ("فجر الثلاثاء") is not the hour asked.
  const clockIt = hourIt && index.docs.some((d) => d.givesClock);
  const counted = times ? [] : countedAsked;
  // Where some sentence counts the asked thing itself, only such a sentence gives how many of it.
  // Not people at large ("كم شخصاً تم إنقاذهم؟"): a sentence may count them by what they are ("38 ناجياً", "71
  // تلميذاً", "خمسة من سكان المبنى"), which one counting "أشخاص" elsewhere does not rule out.
  const countsIt =
    counted.length > 0 && !counted.includes(ANYONE) && index.docs.some((d) => counted.some((t) => d.counted.has(t)));
  const countsExactly = countsIt && index.docs.some((d) => counted.some((t) => d.countedExactly.has(t)));
  // "كم يوماً ستستغرق الزيارة؟": where no sentence counts days, none says how many ("خلال 12 شهرا" counts months).
  const spanUncounted = counted.length > 0 && !countsIt && countsSpanAsked(tokens, index.lex);
  // A measure only a number gives ("ما مساحة ...", "what is the price") is answered only by a sentence with one,
  // in its units where they are known (a sum of money for a price, not six minutes).
  const measure = type === 'amount' || type === 'count' ? askedMeasure(tokens.map((t) => t.word)) : undefined;
  const measureNoun = measure
    ? tokens.find((t) => MEASURE_NOUNS.has(t.word.replace(/^ال/, '')) && !t.stop)?.stem
    : undefined;
  // "كم وصلت سرعة الرياح؟" asks the speed, not how many arrived: a measure noun goes before a counted word (a unit
  // asked, "كم يوما", only where nothing is counted).
  const byMeasure = measure !== undefined && (measureNoun !== undefined || !(countsIt || spanUncounted));
  // "بكم انخفضت سرعة التصفح؟": by how much a measure rose or fell may be told as a share of it ("60 في المئة"); not
  // "كم بلغ السعر بعد الارتفاع؟", the measure after it. The verb may stand right before a "how much" at the end
  // ("سعر الطماطم زاد قد إيه؟").
  const changing = (t: Token | undefined) => t?.concepts.some((c) => CHANGES.has(c)) ?? false;
  const changeAsked =
    tokens.slice(0, 3).some(changing) ||
    tokens.some((t, i) => HOW_MUCH.has(t.word) && i > 0 && changing(tokens[i - 1]));
  // "Who is the Secretary of State?": a sentence naming someone with a title ("وزير الخارجية الأميركي جون كيري"),
  // not one that only speaks of the Secretary, says who holds it (see needsShortAnswer).
  const holder = type === 'who' && !whoIs && asksWhoHolds(tokens, index.lex);
  const holderIt = holder && index.docs.some((d) => d.titled.size > 0 || namesKind(d, askedConcepts, 'person'));
  // "من المحامي الذي ترافع عن العائلات؟", "مين مدير شبكة المستشفيات؟": a sentence naming its own speaker by the
  // title asked ("وقال المحامي وليد الخطيب، ..."; "المدير العام لشبكة مستشفيات ...") says who holds it.
  const titleAsked = holder ? heldTitle(tokens) : [];
  // "Who is traveling to Moscow?": of an annotated article, the article's own report of the deed ("يتوجه وزير الخارجية
  // الأميركي جون كيري إلى موسكو") answers surer than someone saying it ("وقال المتحدث ... إن كيري يتوجه إلى روسيا"),
  // unless the speaker is what is asked ("who said ...?", "the spokesman").
  const reportedWho =
    !index.phrases &&
    type === 'who' &&
    !aboutComments &&
    !tokens.some(
      (t) => ASK_VOICE.has(unglue(t.word)) || SAID_ASKED.has(unglue(t.word)) || t.concepts.includes('#spokesman'),
    );
  // "What is Kerry's job?" is answered only by a sentence writing his title before his name.
  const strict =
    STRICT_TYPES.has(type) ||
    holderIt ||
    (ordinal && timesIt) ||
    (type === 'amount' && asksNumericMeasure(tokens)) ||
    ((type === 'position' || whoIs) && askedPeople.size > 0) ||
    doerOfDeed;
  // "Why did an American policeman attack a Russian diplomat?" of "a Russian policeman attacked an American
  // diplomat": every role it pairs with a country (two or more) the statement pairs with another.
  const arabicRoles = detectLanguage(question) === 'ar';
  const pairedRoles = rolesWithCountry(
    tokens.filter((t) => !t.stop).map((t) => new Set(t.concepts)),
    index.lex,
    arabicRoles,
  );
  // Asked of the one holding a role ("Who is Russia's foreign minister?"), not of what holders of it did.
  const askedRoles = HOLDER_TYPES.has(type) ? pairedRoles : new Map<string, Set<string>>();
  // "What did Jordanian officials say ...?": the posts of the speaker asked, with their countries (only then).
  const voicedPosts =
    voices.length > 0
      ? rolesWithCountry(
          tokens.map((t) => new Set(t.concepts)),
          index.lex,
          arabicRoles,
          SPEAKER_POSTS,
        )
      : new Map<string, Set<string>>();
  // "What did the Russian foreign ministry say?" where the article names only the American one: no one of that
  // country holds the post in it, so no statement speaks for them.
  const voiceElsewhere = [...voicedPosts].some(([post, places]) => {
    const named = index.postCountries.get(post);
    return (
      voices.some((group) => group.includes(post)) && named !== undefined && ![...places].some((p) => named.has(p))
    );
  });
  const arabicAsked = /[\u0600-\u06FF]/u.test(question);
  const askedDeeds = passiveAsked(tokens)
    ? []
    : deedsBetween(
        tokens.filter((t) => !t.stop).map((t) => new Set([t.stem, t.deep, ...t.concepts])),
        index.lex,
        arabicAsked,
      );
  // A follow-up's own words beyond question words ("why?", "وليش؟" have none) that the article has, by stem or
  // concept rather than by a guess at a typo ("what is his name?" names nothing of it: the previous question says
  // whose).
  const ownContent =
    context !== undefined &&
    !reasonAsked &&
    own.some(
      (u) =>
        u.alts.some((a) => a.w === 1 && index.df.has(a.term)) &&
        tokens.some(
          (t) => t.word === u.word && !t.stop && unglue(t.word) === t.word && !isWeak(t.word) && !isWeak(t.stem),
        ),
    );
  // Who says a statement is what it is about when the question asks what was said (what / why), not when it asks
  // who holds a post, when or where: "من هو رئيس النقابة؟" is answered where he is named, not where he speaks.
  // A plain article's speakers are read from its sentences (attributeSpeakers); an annotated one's are given, and a
  // reader asked about ("Which countries does a reader accuse?") is who says it whatever the question word.
  const describing = type === 'other' && askedConcepts.has(DESCRIBE);
  // "كيف تمكن العالقون من إبلاغ الدفاع المدني؟", "ازاي ...؟": how something was done is told by its means ("عبر هاتف
  // فضائي", "بواسطة سيارات الإسعاف", "من خلال"), not by what was done alone.
  const mannerAsked = type === 'other' && !describing && !yesNo && MANNER_ASKED.has(unglue(tokens[0]?.word ?? ''));
  const reading: Reading = {
    spokenWeight: !index.phrases || type === 'other' || type === 'why' ? 1 : RANKING.spokenWeight,
    takeUp: type === 'why' || tokens.slice(0, 4).some((t) => REACTING_ASKED.has(unglue(t.word))),
  };
  // "Has this happened before?", "متى كانت آخر مرة ...؟": a sentence telling of an earlier event of the kind answers;
  // otherwise the question is about the event reported (see tellsEarlier).
  const pastAsked = tokens.some(
    (t) => PAST_ASKED.has(t.word) || PAST_ASKED.has(unglue(t.word)) || /^(?:19|20)\d\d$/.test(t.word),
  );
  // "متى فتحت الهيئة المفيض قبل هذه المرة؟", "Has it happened before?": an earlier time of the kind is asked, which
  // the sentence telling one answers surer.
  const earlierAsked = asksEarlier(questionWords);
  // "ما الملف الآخر ...؟", "Besides Syria, what ...?", "غير سوريا": something besides what is named is asked, as a
  // sentence adding to what was said tells it ("والعلاقات متوترة أيضا ...", "also"). "غير" before a name only: "غير
  // مقصود" is "unintended".
  const otherAsked = tokens.some(
    (t, i) =>
      asksOther(tokens, i) ||
      (EXCEPT.has(unglue(t.word)) && (tokens[i + 1]?.concepts ?? []).some((c) => index.lex.proper.has(c))),
  );
  const monthsAsked = MONTHS.filter((m) => m !== '#month' && tokens.some((t) => t.concepts.includes(m)));
  // "متى انطلق الإضراب؟", "when did it end?": the time of the start or end asked is the one a sentence telling the
  // start or end gives ("الإضراب، الذي بدأ في الثالث من مارس"), rather than another time of the same event.
  const aspectsAsked = type === 'when' ? ASPECTS.filter((c) => tokens.some((t) => t.concepts.includes(c))) : [];
  const pairBonus = index.phrases ? RANKING.phraseBonus : RANKING.annotatedPhraseBonus;
  const ranked = index.docs.map((doc) => {
    const { score, got } = scoredWithContext(units, ownContent ? own.length : 0, doc, index, reading);
    const phrase = 1 + pairBonus * pairsFound(pairs, doc);
    let s = score;
    const fitting = times
      ? doc.givesTimes && (!timesIt || timesAsked.some((t) => doc.timesNear.has(t)))
      : howLong
        ? doc.givesLength
        : byMeasure
          ? (doc.units.has(measure) || (changeAsked && doc.units.has('percent'))) && fitsType(type, doc, askedConcepts)
          : countsIt || spanUncounted
            ? counted.some((t) => (countsExactly ? doc.countedExactly : doc.counted).has(t)) ||
              // "ثلاثة منهم" counts whatever the sentence speaks of.
              doc.counted.has(COUNTED_OF_THEM)
            : doerOfDeed
              ? [...doc.doers].some((c) => !askedConcepts.has(c))
              : holderIt
                ? doc.titled.size > 0 || namesKind(doc, askedConcepts, 'person')
                : (fitsType(type, doc, askedConcepts, askedPeople, cityAsked ? index.lex.countries : NONE) ||
                    (untilWhen && doc.givesDuration)) &&
                  (!dayIt || doc.givesDay) &&
                  (!yearIt || doc.givesYear) &&
                  (!dateIt || doc.givesDate || doc.givesDay) &&
                  (!monthIt || MONTHS.some((m) => doc.terms.has(m))) &&
                  (!hourIt || (clockIt ? doc.givesClock : doc.givesHour));
    // "Is this his first trip?" is answered by the sentence saying it is his third: no conflict for yes/no.
    // "What did Jordan say?": only a statement where Jordan speaks or reacts answers.
    const voiced =
      !voiceElsewhere &&
      voices.every((group) => group.some((c) => doc.voices.has(c))) &&
      (topic.length === 0 ||
        topic.some((u) => u.alts.some((a) => a.w === 1 && (doc.terms.has(a.term) || doc.expansion.has(a.term))))) &&
      (!outcome || doc.reportsOutcome) &&
      !absent &&
      (!machine || doc.models.has(machine)) &&
      (!nationalityAsked ||
        doc.concepts.some(({ term, kind }) => namesCountry(term, kind, index) && !askedConcepts.has(term)));
    // A number, time or name asked of the article is not read from a reader's comment (unless asked about them).
    const fromComment = strict && doc.statement.section === 'comment' && !aboutComments;
    const fits =
      (fitting || !strict) &&
      (yesNo || !conflicts(doc, asked, index)) &&
      voiced &&
      !fromComment &&
      !otherCountrysRole(askedRoles, doc.countryRoles) &&
      !otherCountrysRole(voicedPosts, doc.speakerRoles) &&
      (!doneAsked || doneAsked.alts.some((a) => a.w === 1 && doc.terms.has(a.term))) &&
      !swappedRoles(pairedRoles, doc) &&
      !reversedDeed(askedDeeds, doc, index.lex, arabicAsked);
    if (fitting) s *= RANKING.cueBoost;
    // "كيف وصف المحافظ المشروع؟", "How did the minister describe ...?": where someone is quoted, in their own words.
    if (describing && QUOTED.test(doc.statement.text)) s *= RANKING.cueBoost;
    if (mannerAsked && MANNER.test(doc.normalizedText)) s *= RANKING.meansBoost;
    if (otherAsked && (ALSO.test(doc.normalizedText) || ALSO_EN.test(doc.statement.translation ?? '')))
      s *= RANKING.cueBoost;
    if (fitting && type === 'why') s *= RANKING.reasonBoost;
    // "كم مرة ضُرب المعسكر؟", "how many times": a count of times ("bombed twice") answers surer than an ordinal ("the
    // second attack"), which only implies one.
    if (howOften && fitting && doc.countsTimes) s *= RANKING.cueBoost;
    if (fitting && aspectsAsked.some((c) => doc.terms.has(c))) s *= RANKING.cueBoost;
    if (dateIt && fitting) s *= doc.givesDate ? RANKING.cueBoost : RANKING.typeMissPenalty;
    // (A sentence fits a year asked only where it gives one: see fitting.)
    if (yearIt && fitting) s *= RANKING.cueBoost;
    // Where some sentence likens, one that does not answers "what is it compared to?" less surely.
    if (simile && likening) s *= doc.givesSimile ? RANKING.cueBoost : RANKING.simileMissPenalty;
    // "كم عدد المستشفيات ...؟": a sentence whose number counts that very thing ("142 مستشفى") is surer still.
    if (countsIt && fitting) s *= RANKING.cueBoost;
    // "كم طول القارب؟": a sentence naming the measure itself ("لا يتجاوز طوله تسعة أمتار") gives it, rather than
    // another number in the same unit ("على بعد 22 ميلا").
    if (measureNoun && fitting && doc.terms.has(measureNoun)) s *= RANKING.cueBoost;
    if (placeNamed && fitting && placeNamed.test(doc.normalizedText)) s *= RANKING.cueBoost;
    if (titleAsked.length > 0 && speakerTitled(doc, titleAsked, index.lex)) s *= RANKING.cueBoost;
    // A locative verb (يقع، located, lies) is where a place is given as the answer, not just mentioned.
    if (type === 'where' && (doc.terms.has(LOCATED) || doc.expansion.has(LOCATED))) s *= RANKING.locatedBoost;
    // A statement that gives no location cannot say where; it may still be the best there is (fits stays true).
    if (!fits || (type === 'where' && !fitting)) s *= RANKING.typeMissPenalty;
    // "ومين نفّذه؟" asks only who did the deed asked of before: a statement naming no one who did it cannot answer,
    // however many of the question before's words it has.
    if (deedAgain && !fits) s = 0;
    if (reportedWho && doc.statement.speaker.ar === REPORTING.ar) s *= RANKING.reportedWhoBoost;
    const isComment = doc.statement.section === 'comment';
    if (isComment !== aboutComments) s *= RANKING.commentPenalty;
    // A sentence telling of an earlier event answers only a question asking of the past (pastAsked) or naming the
    // month it tells of ("كم شخصاً قضوا في غرق القارب قرب الخمس خلال أيلول؟").
    if (doc.tellsEarlier && !pastAsked && !monthsAsked.some((m) => doc.terms.has(m))) s *= RANKING.earlierPenalty;
    if (doc.tellsEarlier && earlierAsked) s *= RANKING.cueBoost;
    const coverage = total > 0 ? got / total : 0;
    // Statements that cover more of the question rank higher than ones that repeat one rare word.
    return {
      doc,
      score: s * phrase * (1 - RANKING.coverageMix + RANKING.coverageMix * coverage),
      fits,
      coverage,
      gives: fitting,
    };
  });
  ranked.sort((a, b) => b.score - a.score || a.doc.statement.paragraph - b.doc.statement.paragraph);
  if (index.phrases && (type === 'other' || type === 'why')) saidFurtherFirst(ranked);
  const foreign = own.filter((u) => u.foreign).map((u) => u.word);
  const full = units.reduce((n, u) => n + u.weight, 0);
  const weightShare = full > 0 ? total / full : 1;
  return { ranked, tokens, units: own, type, aboutComments, foreign, weightShare };
}
