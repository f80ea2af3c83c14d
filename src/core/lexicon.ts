import { GIVEN_NAMES } from './given-names.js';
import { hamzaWritten, normalize, taMarbutaWritten, wordSet, words } from './normalize.js';
import { deepStem, stem } from './stem.js';
import { isStopword } from './stopwords.js';
import type { Lexicon, LexiconEntry } from './types.js';

export type ConceptKind = LexiconEntry['kind'];
/** Kinds of concept that can speak, or stand where another of them was named: a person, a body, a country or place. */
export const SPEAKING_KINDS: ReadonlySet<string> = new Set<ConceptKind>(['place', 'org', 'person']);

/** A lexicon alias ready for matching: the stems of its words, and the concepts it names. */
interface Phrase {
  stems: string[];
  /** The alias's first word as written, normalized (a one-word alias on a stop word must be written the same). */
  first: string;
  concepts: string[];
  /**
   * Concepts of a one-word gazetteer name (ids `g_`), with the name as written without its prefixes: a name is
   * found as written (and as its nisba: الجزائرية), not by stem, or common words would read as places and people
   * the article does not mention (حماية as Hama, المعلمين as al-Muallem, البحر as Bahrain).
   */
  exact?: Map<string, string[]>;
  /** Names of `exact` whose nisba is a common word ("الرياضي" is of sport, not of Riyadh): found only as written. */
  plainNames?: Set<string>;
  /**
   * Concepts of a one-word title (a role), with the title without its prefixes: its nisba is an adjective, not the
   * title ("المتهم الرئيسي" is the main defendant, not the president's).
   */
  notNisba?: Map<string, string[]>;
  /**
   * Concepts of a one-word plural written with a hamza after its last alef (شركاء، عملاء، رؤساء): the hamza folded
   * away, the alef reads as an ending and the stem is the singular's of another word (الشركة, a company; العمل, work;
   * روس). Such a word gives the concept only with the alef (الشركاء، شركائها، شركاؤنا): here the forms that write
   * it, from the plural as written without its prefixes (see withAlef).
   */
  hamzaPlural?: Map<string, RegExp[]>;
  /**
   * Concepts of a one-word alias whose stem another concept's alias of the other gender shares: the stem drops the
   * ta marbuta, so "عمدا" (on purpose) meets "العمدة" (the mayor) and "مهمة" (a mission) "مهم" (important). Here
   * whether the concept's aliases of this stem end in ta marbuta (true) or none does (false); a word then gives the
   * concepts of its own ending (see FEMININE_WORD). Concepts with aliases of both endings are not in it.
   */
  feminine?: Map<string, boolean>;
}

/** A word written with a ta marbuta, folded to ه. */
const FEMININE_WORD = /\p{L}{2}ه$/u;
/**
 * A ta before a pronoun is either gender's: the ta marbuta of a noun (مهمته، عمدتها) or a verb's (وصفته, she
 * described it).
 */
const TA_PRONOUN = /\p{L}{2}ت(?:ه|ها|هم|هما|هن|نا|كم|ك|ي)$/u;

/** A one-word alias ending in a hamza after an alef (شركاء، عملاء), or on its seat before a pronoun (أعضاؤه). */
const HAMZA_PLURAL = /\p{L}{2}ا(?:ء|[ئؤ](?:ه|ها|هم|هما|هن|نا|كم|ك))$/u;
/**
 * The forms of a plural as written (`bare`, ending in its alef): bare, or with a hamza's seat or a pronoun after it.
 * A verbal noun in اء (إعفاء, exempting) looks like such a plural; its own plural adds ات (إعفاءات، إجراءاتها).
 */
const withAlef = (bare: string) => new RegExp(`^${bare}(?:[يو]\\p{L}{0,2}|(?:ات)?(?:ه|ها|هم|هما|هن|نا|كم|ك)?)$`, 'u');

/** A word without a glued conjunction, preposition and article (وبالجزائر -> جزائر). */
const bareName = (w: string) => w.replace(/^[وف]?(?:[بلك](?=\p{L}{3}))?(?:ال(?=\p{L}{2}))?/u, '');
const NISBA = new Set(['ي', 'يه', 'يين', 'يون', 'يان', 'يا']);

/** The word is the adjective made from a title (رئيس: الرئيسي، الرئيسية), not the title. */
const isNisbaOf = (word: string, title: string) => {
  const w = bareName(word);
  return w.startsWith(title) && ['ي', 'يه', 'يين', 'يون', 'يتين'].includes(w.slice(title.length));
};

/** A word is the name (bare, see bareName) as written, or its nisba ("سوريا": السوري، سورية، السوريين). */
function isName(word: string, name: string, nisba = true): boolean {
  const w = bareName(word);
  if (w === name) return true;
  if (!nisba) return false;
  const root = name.replace(/(?:يا|ا)$/u, '');
  return root.length >= 3 && w.startsWith(root) && NISBA.has(w.slice(root.length));
}

/** The lexicon compiled for matching: dialect replacements, alias phrases by first stem, concept kinds. */
export interface CompiledLexicon {
  dialect: ReadonlyMap<string, readonly string[]>;
  phrasesByFirst: ReadonlyMap<string, readonly Phrase[]>;
  kinds: ReadonlyMap<string, ConceptKind>;
  /** Concept term -> its exclusive group, for concepts that have one. */
  groups: ReadonlyMap<string, string>;
  /** Concept term -> the terms of the concepts it stands above (Entry.narrower), for concepts that have some. */
  narrower: ReadonlyMap<string, readonly string[]>;
  /** Normalized one-word aliases -> their concept terms (so a misspelt alias can still be found). */
  aliasWords: ReadonlyMap<string, string[]>;
  /** Deep stems (near the root) of one-word Arabic aliases -> their concept terms, for other derivations. */
  deepAliases: ReadonlyMap<string, string[]>;
  /**
   * Concept terms that name someone or something in particular: a person, a gazetteer entry, or a concept with an
   * English alias written with a capital (Kerry, NATO, the Prime Minister), not a common noun (officials, people).
   */
  proper: ReadonlySet<string>;
  /**
   * Proper concepts that a common noun names too, by an English alias in lower case ("government", "intelligence",
   * "foreign ministry", "troops"): a question using such a word does not name someone the article lacks.
   */
  common: ReadonlySet<string>;
  /** Places with a name for their people (an English alias "Russian", "Jordanian", "Saudi"): countries, not cities. */
  countries: ReadonlySet<string>;
}

/** A concept of a named place (a country, a capital: "الروسي", "Russia's"), as a role's country is given. */
export const isCountry = (c: string, lex: CompiledLexicon) =>
  lex.kinds.get(c.slice(1)) === 'place' && lex.proper.has(c);

/** An English name for a place's people or an adjective of it: "Russian", "Jordanian", "Lebanese", "Saudi". */
export const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

/** Concept ids are kept apart from word stems by a `#` prefix. */
export const conceptTerm = (id: string) => `#${id}`;

/** Compiles a validated lexicon. Pure and deterministic. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const dialect = new Map<string, string[]>();
  for (const [word, standard] of Object.entries(lexicon.dialect)) {
    const key = words(normalize(word))[0];
    if (key) dialect.set(key, words(normalize(standard)));
  }
  const byKey = new Map<string, Phrase>();
  const kinds = new Map<string, ConceptKind>();
  const aliasWords = new Map<string, string[]>();
  const deepAliases = new Map<string, string[]>();
  const groups = new Map<string, string>();
  const narrower = new Map<string, string[]>();
  const proper = new Set<string>();
  const common = new Set<string>();
  const countries = new Set<string>();
  const feminineAliases = new Map<Phrase, Map<string, boolean | 'both'>>();
  /** The aliases of one word that are no hamza plural, without prefixes, by phrase and concept (see hamzaPlural). */
  const plainForms = new Map<Phrase, Map<string, string[]>>();
  for (const entry of lexicon.entries) {
    kinds.set(entry.id, entry.kind);
    const term = conceptTerm(entry.id);
    if (entry.kind === 'person' || entry.id.startsWith('g_') || entry.aliases.some((a) => /^\p{Lu}/u.test(a)))
      proper.add(term);
    if (entry.aliases.some((a) => /^\p{Ll}/u.test(a) && !/^(al|de|the)\b/u.test(a))) common.add(term);
    if (entry.kind === 'place' && entry.aliases.some((a) => DEMONYM.test(a.replace(/s$/u, '')))) countries.add(term);
    if (entry.group) groups.set(term, entry.group);
    if (entry.narrower) narrower.set(term, entry.narrower.map(conceptTerm));
    for (const alias of entry.aliases) {
      // A dialect phrase is read as a question's words are: "مش عاجبهم" is met as "ليس عاجبهم" (see wordsOf), and a
      // word written with a hamza is the standard one ("من جراء" because of, not the Maghrebi "جرا" expelled).
      const written = words(normalize(alias));
      let ws = written;
      if (written.length > 1) {
        const hamza = hamzaWritten(alias);
        // A dialect word read as nothing (a filler) is kept: "سي إن إن" is no one-word name "سي".
        ws = written.flatMap(
          (w, i) => (hamza[i] === true || dialect.get(w)?.length === 0 ? undefined : dialect.get(w)) ?? [w],
        );
      }
      const stems = ws.map(stem);
      if (stems.length === 0) continue;
      if (ws.length === 1 && (ws[0] as string).length >= 3) {
        const word = ws[0] as string;
        const terms = aliasWords.get(word);
        if (terms) terms.push(term);
        else aliasWords.set(word, [term]);
        const deep = deepStem(word);
        // A gazetteer name has no other derivations: its root would be some common word's.
        if (
          /[\u0600-\u06FF]/.test(word) &&
          !(entry.exact || entry.id.startsWith('g_')) &&
          deep.length >= 3 &&
          !(deepAliases.get(deep) ?? []).includes(term)
        ) {
          const deepTerms = deepAliases.get(deep);
          if (deepTerms) deepTerms.push(term);
          else deepAliases.set(deep, [term]);
        }
      }
      const key = stems.join(' ');
      const phrase: Phrase = byKey.get(key) ?? { stems, first: ws[0] as string, concepts: [] };
      if (!phrase.concepts.includes(entry.id)) phrase.concepts.push(entry.id);
      if ((entry.exact || entry.id.startsWith('g_')) && ws.length === 1 && /[\u0600-\u06FF]/u.test(ws[0] as string)) {
        phrase.exact ??= new Map();
        phrase.exact.set(entry.id, [...(phrase.exact.get(entry.id) ?? []), bareName(ws[0] as string)]);
      }
      if (ws.length === 1 && !HAMZA_PLURAL.test(alias)) {
        const forms = plainForms.get(phrase) ?? new Map<string, string[]>();
        plainForms.set(phrase, forms.set(entry.id, [...(forms.get(entry.id) ?? []), bareName(ws[0] as string)]));
      }
      if (ws.length === 1 && HAMZA_PLURAL.test(alias) && !(stems[0] as string).endsWith('ا')) {
        phrase.hamzaPlural ??= new Map();
        phrase.hamzaPlural.set(entry.id, [
          ...(phrase.hamzaPlural.get(entry.id) ?? []),
          withAlef(bareName(ws[0] as string)),
        ]);
      }
      if (entry.kind === 'role' && ws.length === 1 && /[\u0600-\u06FF]/u.test(ws[0] as string)) {
        phrase.notNisba ??= new Map();
        phrase.notNisba.set(entry.id, [...(phrase.notNisba.get(entry.id) ?? []), bareName(ws[0] as string)]);
      }
      byKey.set(key, phrase);
      if (ws.length === 1) {
        const endings = feminineAliases.get(phrase) ?? new Map<string, boolean | 'both'>();
        feminineAliases.set(phrase, endings);
        const ending = taMarbutaWritten(alias)[0] === true;
        const seen = endings.get(entry.id);
        endings.set(entry.id, seen === undefined || seen === ending ? ending : 'both');
      }
    }
  }
  // "إجلاء" looks like a plural, and "أجلى" (evacuated) is none: a concept's other aliases of the stem give it too,
  // as written ("وأُجلي السكان").
  for (const [phrase, concepts] of plainForms)
    for (const [c, forms] of concepts) phrase.hamzaPlural?.get(c)?.push(...forms.map((f) => new RegExp(`^${f}$`, 'u')));
  for (const [phrase, endings] of feminineAliases) {
    const seen = [...endings.values()];
    if (!seen.includes(true) || !seen.includes(false)) continue;
    phrase.feminine = new Map();
    for (const [c, ending] of endings) if (ending !== 'both') phrase.feminine.set(c, ending);
  }
  // A name's nisba that is a common word's form (الرياض: الرياضي, of sport) is that word, not the name.
  const commonStems = new Set<string>();
  for (const entry of lexicon.entries) {
    if (entry.exact || entry.id.startsWith('g_') || proper.has(conceptTerm(entry.id))) continue;
    for (const alias of entry.aliases) {
      const ws = words(normalize(alias));
      if (ws.length === 1) commonStems.add(stem(ws[0] as string));
    }
  }
  for (const phrase of byKey.values()) {
    for (const name of [...(phrase.exact?.values() ?? [])].flat()) {
      if (['ي', 'يه'].some((suffix) => commonStems.has(stem(name + suffix)))) {
        phrase.plainNames ??= new Set();
        phrase.plainNames.add(name);
      }
    }
  }
  const phrasesByFirst = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const first = phrase.stems[0] as string;
    const list = phrasesByFirst.get(first) ?? [];
    list.push(phrase);
    phrasesByFirst.set(first, list);
  }
  for (const list of phrasesByFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { dialect, phrasesByFirst, kinds, groups, narrower, aliasWords, deepAliases, proper, common, countries };
}

/** The phrase gives `word` the concept `c`: a gazetteer name only where it is written as that name, not as its nisba. */
function gives(p: Phrase, c: string, word: string | undefined): boolean {
  if (word === undefined) return true;
  // A given name is not the word its stem shares ("ليلى" is no night, ليلة): only an alias written so names it.
  if (p.stems.length === 1 && word.length >= 4 && word !== p.first && GIVEN_NAMES.has(word)) return false;
  const plural = p.hamzaPlural?.get(c);
  if (plural !== undefined && !plural.some((forms) => forms.test(bareName(word)))) return false;
  const names = p.exact?.get(c);
  if (names !== undefined && !names.some((n) => isName(word, n, !p.plainNames?.has(n)))) return false;
  const feminine = p.feminine?.get(c);
  if (feminine !== undefined && !TA_PRONOUN.test(word) && feminine !== FEMININE_WORD.test(word)) return false;
  const titles = p.notNisba?.get(c);
  // A title written as one of its own aliases ("محامي", a lawyer) is the title, not the nisba of a shorter alias ("محام").
  return titles === undefined || titles.includes(bareName(word)) || !titles.some((t) => isNisbaOf(word, t));
}

/** The phrase's stems stand at position `i` of `stems`, with `gap` other words after its first. */
function fitsAt(p: Phrase, stems: readonly string[], i: number, gap = 0): boolean {
  if (stems[i] !== p.stems[0]) return false;
  for (let k = 1; k < p.stems.length; k++) if (stems[i + gap + k] !== p.stems[k]) return false;
  return true;
}

/**
 * Words an Arabic phrase may have between its first word and the rest: Arabic puts the subject between a verb and
 * its object ("يغض كيري الطرف", "لقي 14 شخصا مصرعهم").
 */
const MAX_GAP = 2;

/**
 * A phrase opening with a negation ("ما ردت", "لم يستجب") is never split: in "ما الحادث الذي ردت عليه" ما asks
 * "what", and nothing "did not respond".
 */
const NEGATIONS: ReadonlySet<string> = wordSet('ما لا لم لن ليس مش مو مب');

/**
 * A phrase opening with a preposition ("في المائة", "على الأقل") is never split either: "الخبيرة في الأحياء المائية"
 * says nothing in percent.
 */
const PREPOSITIONS: ReadonlySet<string> = wordSet('في من على عن الى إلى مع منذ حتى عند لدى');

/**
 * A function word of the text read as another word of the phrase by their shared stem: كانوا is not the month كانون,
 * nor "كان [الهجوم] الثاني" the month كانون الثاني. A phrase opening with a function word of its own ("كانوا على
 * متن") still matches another form of it ("كان على متن").
 */
function stopAsOther(p: Phrase, stop: boolean | undefined, word: string | undefined): boolean {
  return stop === true && word !== undefined && p.first !== word && (p.stems.length === 1 || !isStopword(p.first));
}

/** The phrase gives `word` some concept. */
function givesAny(p: Phrase, word: string | undefined): boolean {
  for (const c of p.concepts) if (gives(p, c, word)) return true;
  return false;
}

/**
 * Finds alias phrases in a stem sequence, longest first, left to right, without overlaps.
 * A one-word alias matches a stop word only when written the same (كانوا must not become the month كانون).
 * Returns, per position, the concepts that cover it.
 */
export function findConcepts(
  stems: readonly string[],
  lex: CompiledLexicon,
  words: readonly string[] = [],
  stop: readonly boolean[] = [],
): string[][] {
  const covered: string[][] = stems.map(() => []);
  // Positions a phrase split by other words has taken (see MAX_GAP).
  let taken: Set<number> | undefined;
  let i = 0;
  while (i < stems.length) {
    if (taken?.has(i)) {
      i++;
      continue;
    }
    const candidates = lex.phrasesByFirst.get(stems[i] as string);
    const word = words[i];
    let hit: Phrase | undefined;
    for (const p of candidates ?? []) {
      if (fitsAt(p, stems, i) && !stopAsOther(p, stop[i], word) && givesAny(p, word)) {
        hit = p;
        break;
      }
    }
    let gap = 0;
    const splittable = !hit && candidates !== undefined && /[\u0600-\u06FF]/u.test(stems[i] as string);
    for (let g = 1; splittable && !hit && g <= MAX_GAP; g++) {
      hit = candidates.find(
        (p) =>
          p.stems.length > 1 &&
          !NEGATIONS.has(p.first) &&
          !PREPOSITIONS.has(p.first) &&
          fitsAt(p, stems, i, g) &&
          !stopAsOther(p, stop[i], word) &&
          givesAny(p, word),
      );
      if (hit) gap = g;
    }
    if (!hit) {
      i++;
      continue;
    }
    const terms = hit.concepts.filter((c) => gives(hit, c, word)).map(conceptTerm);
    if (gap === 0) {
      for (let k = 0; k < hit.stems.length; k++) covered[i + k]?.push(...terms);
      i += hit.stems.length;
      continue;
    }
    covered[i]?.push(...terms);
    taken ??= new Set();
    for (let k = 1; k < hit.stems.length; k++) {
      covered[i + gap + k]?.push(...terms);
      taken.add(i + gap + k);
    }
    i++;
  }
  return covered;
}
