import { stemmer } from 'stemmer';

/**
 * Light stemming, on normalized words (see normalize.ts: ة is already ه, ى is ي, hamzas folded).
 * Arabic: strip one conjunction, then the article or a preposition fused with it, then common suffixes, always
 * keeping at least three letters. The deep stem also drops an imperfect-verb or participle prefix (ي ت ن م), so
 * يعارض and معارضه meet at عارض, and بدعم reaches دعم; it is matched with a lower weight.
 */
const ARTICLES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const SUFFIXES = [
  'هما',
  'كما',
  'تين',
  'ات',
  'ان',
  'ون',
  'ين',
  'يه',
  'ها',
  'هم',
  'هن',
  'كم',
  'نا',
  'وا',
  'ت',
  'ه',
  'ي',
  'ا',
];

const isArabic = (w: string) => /[\u0600-\u06FF]/.test(w);

/** Arabic light stem of a normalized word. */
export function arabicStem(word: string): string {
  let w = word;
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 3 && !w.startsWith('وال') && !w.startsWith('فال')) {
    const rest = w.slice(1);
    if (rest.length >= 3) w = rest;
  }
  for (const a of ARTICLES) {
    if (w.startsWith(a) && w.length - a.length >= 2) {
      w = w.slice(a.length);
      break;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    const s = SUFFIXES.find((suf) => w.endsWith(suf) && w.length - suf.length >= 3);
    if (!s) break;
    w = w.slice(0, -s.length);
  }
  return w;
}

/** A deeper Arabic stem: the light stem without a glued preposition or an imperfect-verb / participle prefix. */
export function arabicDeepStem(light: string): string {
  if (light.length >= 4 && /^[بلكيتنمسا]/.test(light)) return light.slice(1);
  return light;
}

/** Stem of one normalized word in either script. */
export function stem(word: string): string {
  if (isArabic(word)) return arabicStem(word);
  if (/^\d+$/.test(word)) return word;
  return stemmer(word);
}

/** Deep stem of one normalized word (equal to the stem for Latin words and digits). */
export function deepStem(word: string): string {
  return isArabic(word) ? arabicDeepStem(arabicStem(word)) : stem(word);
}
