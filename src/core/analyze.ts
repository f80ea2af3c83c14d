import { type CompiledLexicon, conceptTerm, findConcepts } from './lexicon.js';
import { hamzaWritten, normalize, prepositionBeforeHamza, taMarbutaWritten, words } from './normalize.js';
import { arabicDeepStem, deepStem, gluedConjunction, stem } from './stem.js';
import { isStopword } from './stopwords.js';

/** One word of a text, in every form the index matches on. */
export interface Token {
  /** Normalized surface form (after dialect replacement). */
  word: string;
  stem: string;
  /** Deep stem term (`~` prefix): where related word forms meet (see stem.ts). */
  deep: string;
  /** Concept terms (`#id`) of lexicon aliases covering this word. */
  concepts: string[];
  /** Concepts whose one-word alias shares only this word's deep stem (another derivation): weaker evidence. */
  deepConcepts: string[];
  stop: boolean;
}

const MAX_WORDS = 400;

/**
 * The Egyptian "أنهي" (which) before a noun without the article, written as the standard "أي": "أنهي بلد", "بأنهي
 * ميناء", "في أنهي محافظات". The standard verb "أنهى" (ended) follows a question word ("متى أنهى كيري زيارته؟") or
 * comes before a doer with the article ("أنهى الوزير").
 */
function egyptianWhich(text: string): string {
  if (!/[أا]نهي/.test(text)) return text;
  return text.replace(EGYPTIAN_WHICH, (all, before: string, glued: string, at: number) => {
    const previous = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(text.slice(0, at + before.length))?.[1];
    return previous !== undefined && VERB_QUESTION_WORDS.has(normalize(previous)) ? all : `${before}${glued}أي`;
  });
}
const EGYPTIAN_WHICH = /(^|[^\p{L}\p{M}])([وفب]?)[أا]نهي(?=\s+(?!ال)\p{L})/gu;

/**
 * The Egyptian "قد إيه" / "أد إيه" (how much, how long), written as the standard "كم": "فضل مقطوع قد إيه؟" is "كم",
 * "بقد إيه" "بكم". Its two words read apart are "already" and "what".
 */
const egyptianHowMuch = (text: string) => (/[قأا]د/u.test(text) ? text.replace(EGYPTIAN_HOW_MUCH, '$1$2كم') : text);
const EGYPTIAN_HOW_MUCH = /(^|[^\p{L}\p{M}])([وفب]?)[قأا]د\p{M}*\s+[إا]يه(?![\p{L}\p{M}])/gu;
/** Standard question words a verb follows (normalized). */
const VERB_QUESTION_WORDS = new Set([
  'متي',
  'هل',
  'كيف',
  'لماذا',
  'لم',
  'ماذا',
  'اين',
  'كم',
  'وهل',
  'ومتي',
  'وكيف',
  'ولماذا',
]);

/** Normalizes, applies dialect replacements and splits into words (at most MAX_WORDS, for bounded work). */
export function wordsOf(written: string, lex: CompiledLexicon): string[] {
  const text = egyptianHowMuch(egyptianWhich(written));
  const out: string[] = [];
  const hamza = hamzaWritten(text);
  // "خلية" (a cell) is no dialect "خلّيه" (let him): a ة is no pronoun.
  const taMarbuta = taMarbutaWritten(text);
  const opening = contractedWhat(text);
  const beforeHamza = prepositionBeforeHamza(text);
  for (const [i, written] of words(normalize(text)).entries()) {
    // "بأعضائه" is read as "أعضائه", as "بالأعضاء" is read without its article: the preposition is a function word.
    const w = beforeHamza[i] === true ? withoutPreposition(written) : written;
    if (i === 0 && opening) {
      out.push(...opening);
      continue;
    }
    // A dialect word may carry a glued "and" (وامتى، ومين): the conjunction stays a word of its own (a follow-up
    // opens with it), the rest is replaced. Not a word written with its hamza ("إيواء" is not "ايوا", yes).
    const mayBeDialect = hamza[i] !== true;
    const replacement = mayBeDialect
      ? (lex.dialect.get(w) ?? (taMarbuta[i] === true ? undefined : withoutPronoun(w, lex)))
      : undefined;
    const glued = replacement || !mayBeDialect ? undefined : afterGluedAnd(w, lex);
    const what = replacement || glued || !mayBeDialect ? undefined : whatGlued(w, lex);
    const demonstrative = replacement || glued || what || !mayBeDialect ? undefined : withoutDemonstrative(w);
    // "بهالسنة": the map's reading of "هالسنة" (this year), the preposition before it being a function word.
    const spelled = demonstrative ? spelledDemonstrative(w, lex) : undefined;
    if (replacement) out.push(...replacement);
    else if (glued) out.push(w[0] as string, ...glued);
    else if (what) out.push(...what);
    else if (spelled) out.push(...spelled);
    else out.push(demonstrative ?? w);
    if (out.length >= MAX_WORDS) break;
  }
  // "were is the camp": no sentence opens "were is"; it is "where" misspelt.
  if (MISSPELT_WHERE.has(out[0] ?? '') && BE.has(out[1] ?? '')) out[0] = 'where';
  // English question words as people type them ("wich border", "wat kind", "hw many"), and texting ("w", "abt").
  for (let i = 0; i < out.length; i++) {
    const fixed = QUESTION_WORD_TYPOS.get(out[i] as string) ?? TEXTING.get(out[i] as string);
    if (fixed) out[i] = fixed;
  }
  for (let i = 0; i + 1 < out.length; i++) {
    // "how to deal with the challenges" is handling them, not a deal (an agreement, a settlement).
    if (DEAL.has(out[i] as string) && out[i + 1] === 'with') out[i] = 'handle';
    // "Who is going to Moscow?" travels; "Assad must go" leaves.
    if (GO.has(out[i] as string) && out[i + 1] === 'to') {
      const place = (lex.aliasWords.get(out[i + 2] ?? '') ?? []).some((c) => lex.kinds.get(c.slice(1)) === 'place');
      if (place) out[i] = 'journey';
    }
  }
  return out;
}

/**
 * A preposition with the question's ما, contracted (as written, without its vowels): إلامَ، علامَ، فيمَ، بمَ، ممَّ،
 * عمَّ, read as the preposition and ماذا ("على ما ردت" would read as "did not respond"). Only as the first word, and
 * إلام with its hamza below, not "الأم" (the mother); عمّ only with its shadda, the Levantine "عم" (عم يحكي) being
 * no question word.
 */
const CONTRACTED_WHAT: ReadonlyMap<string, readonly string[]> = new Map([
  ['إلام', ['الي', 'ماذا']],
  ['الام', ['الي', 'ماذا']],
  ['علام', ['علي', 'ماذا']],
  ['فيم', ['في', 'ماذا']],
  ['بم', ['ب', 'ماذا']],
  ['مم', ['من', 'ماذا']],
  ['عم', ['عن', 'ماذا']],
]);

/** The words of a contracted "to what" opening the text (see CONTRACTED_WHAT), if it opens with one. */
function contractedWhat(text: string): readonly string[] | undefined {
  const first = /^[\s"'«(]*([\p{L}\p{M}]+)/u.exec(text)?.[1];
  if (first === undefined) return undefined;
  const bare = first.replace(/\p{M}/gu, '');
  return bare === 'عم' && !first.includes('\u0651') ? undefined : CONTRACTED_WHAT.get(bare);
}

const GO = new Set(['go', 'goes', 'going', 'went', 'gone']);

const DEAL = new Set(['deal', 'deals', 'dealing', 'dealt']);

/**
 * The Levantine and Gulf "this" glued to a noun ("هالقرار", and after a preposition "بهالزيارة" in this visit,
 * "لهالسبب"): the noun with the article, as the standard language writes it ("بالزياره"). The dialect map spells
 * the common ones out ("هالزيارة" -> "هذه الزيارة").
 */
function withoutDemonstrative(w: string): string | undefined {
  if (!w.includes('هال')) return undefined;
  const m = /^([وف]?[بل]?)هال(\p{L}{3,})$/u.exec(w);
  if (!m) return undefined;
  // ل before the article is written لل ("للسبب").
  const before = m[1] ?? '';
  return before.endsWith('ل') ? `${before}ل${m[2]}` : `${before}ال${m[2]}`;
}

/** The dialect map's words for a "هال" word behind a glued preposition ("بهالسنة": هالسنة, this year), if it has one. */
function spelledDemonstrative(w: string, lex: CompiledLexicon): readonly string[] | undefined {
  const m = /^[وف]?[بل](هال\p{L}{3,})$/u.exec(w);
  return m ? lex.dialect.get(m[1] as string) : undefined;
}

/**
 * A word without the ب or ل glued after its conjunction, unless what is left is a function word ("بأن", "لأن") or
 * "اسم", whose alef takes no hamza: "المتحدث بإسم" is "باسم" misspelt.
 */
function withoutPreposition(w: string): string {
  const rest = w.replace(/^([وف]?)[بل]/u, '$1');
  const bare = rest.replace(/^[وف]/u, '');
  return isStopword(rest) || isStopword(bare) || bare === 'اسم' ? w : rest;
}

/**
 * The Iraqi and Gulf "what" glued to a verb ("شيكولون" what do they say, "شيريد" what does he want): "ماذا" and the
 * verb's standard words, where the dialect map or the lexicon knows the verb. Not "شيخ", "شيعة", "شيكاغو".
 */
function whatGlued(w: string, lex: CompiledLexicon): readonly string[] | undefined {
  const rest = /^شي(\p{L}{3,})$/u.exec(w)?.[1];
  if (rest === undefined) return undefined;
  // The verb's own ي may be the one of "شي" ("شيكولون": شي + يكولون).
  for (const verb of [rest, `ي${rest}`].filter((v) => /^[يتن]/u.test(v))) {
    const standard = lex.dialect.get(verb) ?? (lex.aliasWords.has(verb) ? [verb] : undefined);
    if (standard) return ['ماذا', ...standard];
  }
  return undefined;
}

/** The standard words of a dialect word behind a glued "and" / "so" (وامتى، ومين), if it is one. */
const afterGluedAnd = (w: string, lex: CompiledLexicon) =>
  /^[وف]../.test(w) && gluedConjunction(w) ? lex.dialect.get(w.slice(1)) : undefined;

/**
 * True when the text asks in a dialect: one of its words is a dialect function word the map turns into a standard
 * one (شو → ماذا، وين → أين، ليش → لماذا، مين → من، قديش → كم). The map also spells some standard words its way,
 * so a replaced content word alone says nothing.
 */
export function hasDialect(text: string, lex: CompiledLexicon): boolean {
  return words(normalize(text)).some((w) => {
    if (whatGlued(w, lex)) return true;
    const standard = lex.dialect.get(w) ?? afterGluedAnd(w, lex);
    return standard !== undefined && standard.length > 0 && standard.every(isStopword) && !isStopword(w);
  });
}

/** Object pronouns a dialect verb carries ("يبيه" he wants it, "قالولي" they told me). */
const PRONOUN_SUFFIXES = ['هم', 'ها', 'هن', 'كم', 'نا', 'ني', 'لي', 'له', 'ه', 'ك'];

/** A dialect word with an object pronoun the map lacks as written: its replacement without the pronoun. */
function withoutPronoun(w: string, lex: CompiledLexicon): readonly string[] | undefined {
  for (const suffix of PRONOUN_SUFFIXES) {
    if (w.length - suffix.length < 3 || !w.endsWith(suffix)) continue;
    const replacement = lex.dialect.get(w.slice(0, -suffix.length));
    // A pronoun goes with a verb or a noun, not a question word or particle ("كاملة" is not "كام" + "له").
    if (replacement?.some((r) => !isStopword(r))) return replacement;
  }
  return undefined;
}

const MISSPELT_WHERE = new Set(['were', 'wear', 'ware', 'whare']);
/** A map from each misspelling to its word, given as word -> its misspellings separated by spaces. */
function misspellings(byWord: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(byWord).flatMap(([word, typos]) => typos.split(' ').map((typo) => [typo, word] as const)),
  );
}
/** Misspelt or texted English question words, and what they are. */
const QUESTION_WORD_TYPOS = misspellings({
  which: 'wich whitch whih whch',
  what: 'wat wut wht whta waht',
  when: 'wen whn wehn',
  where: 'wher whre wehre whr',
  how: 'hw hwo',
  why: 'wy wyh',
  who: 'woh wo',
});
const BE = new Set(['is', 'are', 'was', 'r', 'does', 'did', 'do']);
/** English function words as they are texted ("got to do w this", "abt the camp"). */
const TEXTING = misspellings({
  with: 'w',
  about: 'abt',
  because: 'bc cuz coz bcuz becuz',
  you: 'u',
  your: 'ur',
  please: 'pls plz',
  though: 'tho',
});

/**
 * A word of no concept that is a preposition ب or ل glued to a word without the article ("بهجوم" by an attack,
 * "لهجوم"): the concepts of that word alone, when it is a one-word alias ("هجوم"). The stemmer keeps such a first
 * letter, which is as often the root's own (بلد، لعب).
 */
export function gluedConcepts(stem: string, lex: CompiledLexicon): string[] {
  if (stem.length < 5 || !/^[بل]/u.test(stem)) return [];
  // Names are left to the ranking's own reading of a glued preposition (see rank.ts, gluedPreposition).
  return oneWordAlias(stem.slice(1), lex).filter((c) => !lex.proper.has(c));
}

/**
 * The light stem of a word opening with لل read as ل + a word of its own ل ("للجنة" -> لجن, to the committee), not
 * as ل + ال + the rest (جنه); undefined for other words. Which reading holds is the caller's to tell.
 */
export function ownLamStem(word: string): string | undefined {
  const m = /^[وف]?لل(\p{L}{3,})$/u.exec(word);
  return m ? stem(`ل${m[1]}`) : undefined;
}

/**
 * "للجنة" read as ل + لجنة (to the committee), not ل + ال + جنة, where the word with one ل is a one-word alias of
 * the lexicon and the word without both is none: its stem and concepts.
 */
function ownLam(word: string, light: string, listed: readonly string[], lex: CompiledLexicon) {
  const own = listed.length === 0 ? ownLamStem(word) : undefined;
  if (own === undefined || oneWordAlias(light, lex).length > 0) return undefined;
  const concepts = oneWordAlias(own, lex);
  return concepts.length > 0 ? { stem: own, concepts } : undefined;
}

/** The concepts of a one-word alias of the lexicon with this light stem, or none. */
const oneWordAlias = (light: string, lex: CompiledLexicon): string[] =>
  (lex.phrasesByFirst.get(light)?.find((p) => p.stems.length === 1)?.concepts ?? []).map(conceptTerm);

/**
 * A verb with the future's س (سيجتمع، ستبحث، سنعمل) that is no alias as written: the concepts of the present verb
 * (يجتمع), where that is a one-word alias. The stemmer keeps the س, which is as often the word's own (سيارة).
 */
function futureConcepts(word: string, lex: CompiledLexicon): string[] {
  const m = /^[وف]?س([يتن]\p{L}{3,})$/u.exec(word);
  return m ? oneWordAlias(stem(m[1] as string), lex) : [];
}

/**
 * The deep stem of a statement's word that is a preposition ب، ل or ك glued to a word without the article, read
 * without it ("بفدية" -> فدي, "لمسافة" -> مساف), where the word as written is no alias of the lexicon: a question
 * saying "الفدية" meets it as a deep match. A question's glued preposition is read against the article's words
 * instead (see rank.ts, gluedPreposition).
 */
function gluedDeep(word: string, light: string, lex: CompiledLexicon): string {
  if (word.length < 4 || !/^[بلك][^ال]/u.test(word) || lex.phrasesByFirst.has(light)) return deepStem(word);
  const rest = word.slice(1);
  const restLight = stem(rest);
  return restLight.length >= 3 ? arabicDeepStem(restLight, rest) : deepStem(word);
}

/**
 * Analyzes text (a question or a sentence) into tokens. Total: any string in. `statement`: the text is one of the
 * article's, where a glued preposition is read off for its concepts (see gluedConcepts); a question's is read by the
 * ranking against the article's own words instead.
 */
export function analyze(text: string, lex: CompiledLexicon, statement = false): Token[] {
  const ws = wordsOf(text, lex);
  const stems = ws.map(stem);
  // A word is a stop word by its stem too (وهم، لنا), but "use", "using" are not "us" for Porter's stemmer sharing it.
  const stop = ws.map((w, i) => isStopword(w) || (isStopword(stems[i] as string) && !/^us(e|es|ed|ing)$/u.test(w)));
  const concepts = findConcepts(stems, lex, ws, stop);
  // A word with the article is no function word whatever its stem (الآليات is not إلى, العقبة not عقب): one the
  // lexicon gives no concept is a content word.
  for (const [i, w] of ws.entries())
    if (stop[i] && !isStopword(w) && (concepts[i] ?? []).length === 0 && /^[وفبلك]?ال\p{L}{2}/u.test(w))
      stop[i] = false;
  return ws.map((word, i) => {
    const lam = ownLam(word, stems[i] as string, concepts[i] ?? [], lex);
    if (lam) {
      stems[i] = lam.stem;
      concepts[i] = lam.concepts;
    }
    const listed = concepts[i] ?? [];
    const found = listed.length > 0 || stop[i] ? listed : futureConcepts(word, lex);
    const own = found.length > 0 || stop[i] || !statement ? found : gluedConcepts(stems[i] as string, lex);
    const deep = statement && own.length === 0 && !stop[i] ? gluedDeep(word, stems[i] as string, lex) : deepStem(word);
    return {
      word,
      stem: stems[i] as string,
      deep: `~${deep}`,
      concepts: own,
      deepConcepts: own.length === 0 && !stop[i] ? [...(lex.deepAliases.get(deep) ?? [])] : [],
      stop: stop[i] as boolean,
    };
  });
}
