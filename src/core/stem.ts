import { stemmer } from 'stemmer';
import { remembered } from './memo.js';
import { isStopword } from './stopwords.js';

/**
 * Light stemming, on normalized words (see normalize.ts: ة is already ه, ى is ي, hamzas folded).
 * Arabic: strip one conjunction, then the article or a preposition fused with it, then common suffixes, always
 * keeping at least three letters. The deep stem (arabicDeepStem) goes further, towards the root; it is matched
 * with a lower weight.
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

// Words whose first و is part of the word, not the conjunction "and" (وزارة is not و + زارة). Normalized forms:
// whole words, and beginnings of four letters or more.
const WAW_WORDS = new Set(
  'وقت وقف وضع وصل وجه وسط ولد وطن وفق وعد وصف وفد وزن ورد وعي واد وقع وجد وضح وزع وثق ورث والد'.split(' '),
);
const WAW_STARTS =
  'وصفت وصفه وزار وزير وزرا وقوع وجود ولاي وحده وطني وثيق وظيف واشن وكال وسيل وساي وساط ورقه وصول وقاي وقود'.split(' ');
const wawIsRoot = (w: string) =>
  WAW_WORDS.has(w) || WAW_WORDS.has(stripSuffixes(w)) || WAW_STARTS.some((s) => w.startsWith(s)) || wawFaail(w);
/** The فاعل of such a root (واقف، واضع، واقفين، وافقت): its و and the pattern's alef, not "and" + ا. */
const wawFaail = (w: string) =>
  [w, stripSuffixes(w)].some((b) => b.length === 4 && b[1] === 'ا' && WAW_WORDS.has(b[0] + b.slice(2)));

/**
 * A first ف is part of the root (فريق، فعاليات، فندق، فقدت) unless what follows reads as a word of its own: a verb's
 * prefix (فيقول، فتقول، فأعلن، فسيكون), a function word (فكان، فقد), "this" (فهذا، the Maghrebi فهاد) or the Maghrebi
 * ف ("in") before a م (فمشروع). A suffix leaving two letters after it always leaves the root's ف (فقدت، فازت، فتحوا:
 * ف + قدت would leave no root).
 */
const faIsRoot = (w: string) =>
  stripSuffixes(w).length === 3 || !(/^ف(?:[يتام]|س[يتن]|ها?[دذ])/u.test(w) || isStopword(w.slice(1)));

/** The word's first و or ف is the conjunction "and" / "so", not a letter of its root (وزارة, فقدت). */
export const gluedConjunction = (w: string) =>
  (w.startsWith('ف') && !faIsRoot(w)) || (w.startsWith('و') && !wawIsRoot(w));

/** Arabic light stem of a normalized word. */
export function arabicStem(word: string): string {
  let w = word;
  const conjunction = gluedConjunction(w);
  if (conjunction && w.length > 3 && !w.startsWith('وال') && !w.startsWith('فال')) {
    const rest = w.slice(1);
    if (rest.length >= 3) w = rest;
  }
  // "والدة" (mother) and its forms are والد + ending, not و + ال + two letters.
  const root = conjunction ? false : wawIsRoot(w);
  for (const a of ARTICLES) {
    if (w.startsWith(a) && w.length - a.length >= 2 && !(root && a === 'وال')) {
      w = w.slice(a.length);
      break;
    }
  }
  return stripSuffixes(w);
}

/** The word without up to two common suffixes, always keeping at least three letters. */
function stripSuffixes(word: string): string {
  let w = word;
  // A dialect's present plural written without its alef ("يعارضو", "بيقولو" after its ب: "they oppose", "they say").
  if (w.length >= 5 && /^[يتن]/u.test(w) && /[^واي]و$/u.test(w)) w = w.slice(0, -1);
  for (let pass = 0; pass < 2; pass++) {
    // ون / ين right after an alef belong to the word (تعاون، تهاون), not a plural ending.
    const s = SUFFIXES.find(
      (suf) =>
        w.endsWith(suf) && w.length - suf.length >= 3 && !(suf.length === 2 && /[وي]ن$/.test(suf) && w.at(-3) === 'ا'),
    );
    // Not down to a function word on the second suffix: انتهت is انته, not the pronoun انت.
    if (!s || (pass === 1 && isStopword(w.slice(0, -s.length)) && !isStopword(w))) break;
    w = w.slice(0, -s.length);
    // A verb's plural وا loses its alef before a pronoun (ضربوه): وا before a final ه is the word's own and only
    // its alef goes, as a final ى does before a pronoun (مساواة -> مساو, not مسا + وا; شكواه -> شكو as شكوى).
    if (s === 'ه' && w.endsWith('وا')) {
      w = w.slice(0, -1);
      break;
    }
    // A hamza seat left at the end (حلفاؤنا -> حلفاو) goes with its hamza.
    if (w.length >= 5 && w.endsWith('او')) w = w.slice(0, -1);
  }
  return w;
}

/**
 * A deeper Arabic stem, close to the root: the light stem without derivational prefixes (است، ان، ا، م، ت، ي، ن) or a glued ب/ل/ك
 * and without a long vowel of the common patterns فاعل / فعال / فعول / فعيل, so قاصدين، مقصود and يقصد all reach
 * قصد, and يعارض meets معارضة. Never shorter than three letters.
 */
export function arabicDeepStem(light: string, word = light): string {
  let w = light;
  // An imperfect verb of a root ending in a weak letter (يسعى، تسعى، يسعون): its light stem lost that letter.
  if (w.length === 3 && /^[يتن]/.test(w) && word !== light && /(ي|ون|ين|وا)$/.test(word)) return `${w.slice(1)}ي`;
  // The plural فعايا of فعيّة (خلايا، قضايا، ضحايا): the singular's ي, which the plural writes ا.
  if (w.length === 3 && w.endsWith('ا') && word.endsWith('ايا')) return `${w.slice(0, 2)}ي`;
  // The future's س before an imperfect verb (سيتعرض، ستعمل، سنواصل).
  if (w.length >= 5 && /^س[يتن]/.test(w) && !/ه$/.test(word)) w = w.slice(1);
  // افتعال of a root opening with ن (انتقاد، انتشار، انتظر): the ن is the root's, the ت the pattern's.
  const rootNun = w.length >= 5 && w.startsWith('انت');
  if (w.length >= 6 && w.startsWith('است')) w = w.slice(3);
  else if (rootNun) w = `ن${w.slice(3)}`;
  else if (w.length >= 5 && /^ا[نت]/.test(w)) w = w.slice(2);
  // افتعال / افتعل (اعتراض، اجتماع، اختيار): the alef and the infixed ت go.
  else if (w.length >= 5 && /^ا.ت/.test(w)) w = w[1] + w.slice(3);
  // تفاعل / تفعّل after an imperfect or participle prefix (يتعاون، متعاون، يتحدث): both prefix letters go.
  else if (w.length >= 6 && /^[يتنم]ت/.test(w)) w = w.slice(2);
  // مالك، مانع، ماهر: the فاعل pattern of a root opening with م (ملك), not a prefix م before ا.
  if (w.length >= 4 && /^[امتينبلك]/.test(w) && !/^ما..$/.test(w) && !rootNun) w = w.slice(1);
  // فاعل of a hollow root writes its middle letter as a hamza (قائد، زائر، سائق، normalized قايد): the root's long
  // vowel is the alef its verb and masdar keep (قاد، قيادة -> قاد; زار، زيارة -> زار), not the ي.
  if (w.length === 4 && /^.اي.$/u.test(w)) return `${w[0]}ا${w[3]}`;
  if (w.length === 5) w = dropLongVowel(w, [1, 2, 3]);
  if (w.length === 4) w = dropLongVowel(w, [1, 2]);
  return w.length >= 3 ? w : light;
}

function dropLongVowel(w: string, positions: readonly number[]): string {
  const at = positions.find((i) => 'اوي'.includes(w[i] ?? ''));
  return at === undefined ? w : w.slice(0, at) + w.slice(at + 1);
}

/**
 * Stems are remembered (see memo.ts): every question stems the words of the sentences it reads again, and most words
 * recur.
 */
const MEMO_MAX = 20_000;

/** Stem of one normalized word in either script. */
export const stem = remembered(MEMO_MAX, (word) => {
  if (isArabic(word)) return arabicStem(word);
  if (/^\d+$/.test(word)) return word;
  return stemmer(word);
});

/** Deep stem of one normalized word (equal to the stem for Latin words and digits). */
export const deepStem = remembered(MEMO_MAX, (word: string) =>
  isArabic(word) ? arabicDeepStem(arabicStem(word), word) : stem(word),
);
