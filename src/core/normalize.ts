/**
 * Text normalization for matching (never for display): Arabic orthographic variants folded together, digits made
 * ASCII, invisible controls dropped, Latin lower-cased.
 */

// Harakat, Quranic marks, superscript alef, tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Bidi embeddings/overrides/isolates, zero-width characters, BOM, soft hyphen.
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD\u061C]/g;

const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ی: 'ي',
  ي: 'ي',
  ک: 'ك',
  // The Gulf's and Iraq's گ is the ق they say as g (گال، يگول، وگعت): written with it, the standard ق.
  گ: 'ق',
  ڤ: 'ف',
  پ: 'ب',
  چ: 'ج',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
  '،': ',',
  '؛': ';',
  '؟': '?',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Folds Arabic and Latin text to its matching form. Total: any string in, a string out. */
export function normalize(text: string): string {
  return (
    folded(text)
      .replace(/ئو/g, 'و')
      .replace(LETTER_RE, (ch) => LETTERS[ch] ?? ch)
      .replace(/ء/g, '')
      // Hamza seats written or not (مسؤول/مسئول/مسوول, رئيس/ريس) meet once doubled و/ي collapse.
      .replace(/([وي])\1+/g, '$1')
      .toLowerCase()
  );
}

const folded = (text: string) => text.normalize('NFKC').replace(CONTROLS, '').replace(MARKS, '');

/** A hamza on the line or on a و/ي seat, which a dialect spelling leaves out. */
const HAMZA = /[ءئؤ]/u;

/**
 * For each word of `words(normalize(text))`, whether it was written with a hamza on the line or on a و/ي seat
 * ("إيواء", "جراء", "سائق"): a word of the standard language, then, and not the dialect word it becomes without it
 * ("ايوا" yes, "جرا" expelled). The words are the same ones: normalizing changes letters, never where words end.
 * A text with no such hamza gives an empty list (no word has one).
 */
export function hamzaWritten(text: string): boolean[] {
  // Most questions have no such hamza at all: nothing to tell apart.
  return writtenWords(text, HAMZA.test(text), (w) => HAMZA.test(w));
}

/**
 * For each word of `words(normalize(text))`, whether it was `written` so before normalizing; an empty list where
 * the text has no such word at all (`any` false), which most texts do not.
 */
const writtenWords = (text: string, any: boolean, written: (word: string) => boolean): boolean[] =>
  any ? words(folded(text)).map(written) : [];

/**
 * For each word of `words(normalize(text))`, whether it opens with a preposition ب or ل glued before a written hamza
 * on an alef ("بأعضائه", "لأسباب", "وبإغلاق"): the hamza shows the alef opens the word after the preposition, which
 * normalizing (ا for أ/إ) no longer tells from a word of its own ("باب", "لاعب"). A text with none gives an empty list.
 */
export function prepositionBeforeHamza(text: string): boolean[] {
  return writtenWords(text, GLUED_BEFORE_HAMZA.test(text), (w) => GLUED_BEFORE_HAMZA.test(w));
}
const GLUED_BEFORE_HAMZA = /(?:^|[^\p{L}\p{M}])[وف]?[بل][أإ]\p{L}{2}/u;

/** "US officials": "US" in capitals is the country, which the lower-cased "us" (a pronoun) would lose. */
export const usAsCountry = (text: string) => text.replace(/\bUS\b/g, 'USA');

/**
 * For each word of `words(normalize(text))`, whether it was written ending in ة ("خلية" a cell), which normalizing
 * writes ه, as a pronoun is ("خليه" let him). A text without ة gives an empty list.
 */
export function taMarbutaWritten(text: string): boolean[] {
  return writtenWords(text, text.includes('ة'), (w) => w.endsWith('ة'));
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN_LETTER = /[A-Za-z]/g;

/** Arabic when the text has at least as many Arabic letters as Latin ones (and some letter at all), else English. */
export function detectLanguage(text: string): 'ar' | 'en' {
  const ar = text.match(ARABIC_LETTER)?.length ?? 0;
  const en = text.match(LATIN_LETTER)?.length ?? 0;
  if (ar === 0 && en === 0) return 'ar';
  return ar >= en ? 'ar' : 'en';
}

/** Splits normalized text into word tokens (letters and digits; Arabic and Latin), dropping punctuation. */
export function words(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A set of words written in ordinary spelling, space-separated in one or more lists, normalized once at load. */
export const wordSet = (...lists: readonly string[]): ReadonlySet<string> =>
  new Set(lists.flatMap((list) => list.split(/\s+/).filter(Boolean)).map(normalize));
