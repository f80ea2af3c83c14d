import { ENGLISH_STOPWORDS } from './stopwords.js';

/**
 * Arabizi: Arabic written in Latin letters, with digits for the sounds Latin lacks ("meen by3ared kerry?",
 * "shu sar bl mo3askar"). Recognised by those digits inside words or by its common words, and spelled back in
 * Arabic letters so the rest of the engine (dialect map, stems, typo look-ups) reads it as Arabic.
 */

/** Common Arabizi words with their usual Arabic spelling (question words, pronouns, particles, dialect verbs). */
const COMMON: Readonly<Record<string, string>> = {
  meen: 'مين',
  mien: 'مين',
  min: 'من',
  mn: 'من',
  shu: 'شو',
  shou: 'شو',
  sho: 'شو',
  shoo: 'شو',
  esh: 'ايش',
  eish: 'ايش',
  eh: 'ايه',
  eih: 'ايه',
  leh: 'ليه',
  lesh: 'ليش',
  leish: 'ليش',
  laish: 'ليش',
  laysh: 'ليش',
  ween: 'وين',
  wein: 'وين',
  feen: 'فين',
  fein: 'فين',
  fen: 'فين',
  kam: 'كم',
  kaam: 'كام',
  kaddesh: 'قديش',
  adesh: 'قديش',
  addesh: 'قديش',
  emta: 'امتى',
  imta: 'امتى',
  emtah: 'امتى',
  eimta: 'امتى',
  wesh: 'وش',
  wsh: 'وش',
  shno: 'شنو',
  shnu: 'شنو',
  ashno: 'اشنو',
  achno: 'اشنو',
  '3lash': 'علاش',
  '3alash': 'علاش',
  '3la': 'على',
  '3ala': 'على',
  '3a': 'على',
  keef: 'كيف',
  kif: 'كيف',
  kaif: 'كيف',
  izzay: 'ازاي',
  ezay: 'ازاي',
  ezzay: 'ازاي',
  ya3ni: 'يعني',
  yani: 'يعني',
  mesh: 'مش',
  msh: 'مش',
  mish: 'مش',
  mush: 'مش',
  bidd: 'بد',
  bedo: 'بدو',
  bido: 'بدو',
  bidu: 'بدو',
  biddo: 'بدو',
  baddo: 'بدو',
  '3ayez': 'عايز',
  '3ayz': 'عايز',
  '3awz': 'عايز',
  abi: 'ابي',
  abgha: 'ابغى',
  hay: 'هاي',
  hayda: 'هيدا',
  hadi: 'هادي',
  hada: 'هادا',
  hatha: 'هذا',
  hadha: 'هذا',
  dah: 'ده',
  deh: 'ده',
  di: 'دي',
  dol: 'دول',
  elli: 'اللي',
  illi: 'اللي',
  eli: 'اللي',
  ili: 'اللي',
  lli: 'اللي',
  fi: 'في',
  '3an': 'عن',
  '3ind': 'عند',
  '3and': 'عند',
  sar: 'صار',
  saar: 'صار',
  sart: 'صارت',
  ana: 'انا',
  enta: 'انت',
  inta: 'انت',
  ente: 'انتي',
  enti: 'انتي',
  howa: 'هو',
  huwa: 'هو',
  heya: 'هي',
  hiya: 'هي',
  homa: 'هما',
  humma: 'هما',
  hum: 'هم',
  ehna: 'احنا',
  e7na: 'احنا',
  ni7na: 'نحنا',
  ya: 'يا',
  wala: 'ولا',
  walla: 'ولا',
  haik: 'هيك',
  heik: 'هيك',
  hek: 'هيك',
  keda: 'كده',
  kida: 'كده',
  kaza: 'كذا',
  hal: 'هل',
  lissa: 'لسه',
  lesa: 'لسه',
  ba3d: 'بعد',
  abl: 'قبل',
  qabl: 'قبل',
  eza: 'اذا',
  iza: 'اذا',
  law: 'لو',
  aw: 'او',
  bas: 'بس',
  bass: 'بس',
  kteer: 'كتير',
  ktir: 'كتير',
  ketir: 'كتير',
  awi: 'اوي',
  '2awi': 'اوي',
  wayed: 'وايد',
  wajed: 'واجد',
  barsha: 'برشا',
  bzaf: 'بزاف',
  bezzaf: 'بزاف',
  '2al': 'قال',
  '2alo': 'قالوا',
  '2alet': 'قالت',
  enno: 'انو',
  inno: 'انو',
  ma: 'ما',
  la: 'لا',
  w: 'و',
  wa: 'و',
  ra7: 'راح',
  raye7: 'رايح',
  ray7: 'رايح',
  '7ad': 'حد',
  '7ada': 'حدا',
  '3amal': 'عمل',
  '3emel': 'عمل',
  '3amlo': 'عملوا',
  '3am': 'عم',
  darab: 'ضرب',
  darabo: 'ضربوا',
  darabu: 'ضربوا',
  darbo: 'ضربوا',
  '2asd': 'قصد',
  '2asdan': 'قصدا',
  // Ordinals and numbers as the dialects say them ("el hjoom el tene", "kam wa7ad").
  awal: 'اول',
  awwal: 'اول',
  '2awal': 'اول',
  '2awwal': 'اول',
  tani: 'تاني',
  tany: 'تاني',
  tane: 'تاني',
  tene: 'تاني',
  tanye: 'تانية',
  tenye: 'تانية',
  tanya: 'تانية',
  talet: 'تالت',
  talit: 'تالت',
  wa7ad: 'واحد',
  wa7ed: 'واحد',
  wa7id: 'واحد',
  bedhom: 'بدهم',
  badhom: 'بدهم',
  biddhom: 'بدهم',
  baddhom: 'بدهم',
  mata: 'متى',
  // Gulf and Iraqi g for ق: "gal" is قال; Iraqi "shgal" asks what was said.
  gal: 'قال',
  gaal: 'قال',
  "ga'al": 'قال',
  galaw: 'قالوا',
  galo: 'قالوا',
  galu: 'قالوا',
  shgal: 'شو قال',
  shgalaw: 'شو قالوا',
  shgalo: 'شو قالوا',
  chem: 'كم',
  chim: 'كم',
  m3a: 'مع',
  ma3: 'مع',
  zabt: 'ضبط',
  '7asab': 'حسب',
  '7sab': 'حسب',
  ayna: 'اين',
  ay: 'اي',
  ayy: 'اي',
  ayya: 'اي',
  marra: 'مرة',
  mara: 'مرة',
  marrat: 'مرات',
  sene: 'سنة',
  seneh: 'سنة',
  sana: 'سنة',
  ola: 'اولى',
  oula: 'اولى',
  oola: 'اولى',
  ula: 'اولى',
  bezabt: 'بالضبط',
  bezzabt: 'بالضبط',
  bizabt: 'بالضبط',
  bilzabt: 'بالضبط',
  belzabt: 'بالضبط',
  // Egyptian "did" is ضد (against), as in "meen did kerry?".
  did: 'ضد',
  ded: 'ضد',
  nesbe: 'نسبة',
  nisbe: 'نسبة',
  nesba: 'نسبة',
  nisba: 'نسبة',
};
/** Words that are Arabizi only, never English (for recognising it without digits). */
const WORDS = new Set([
  ...Object.keys(COMMON),
  ...['el', 'il', 'bel', 'bil', 'bl', 'wel', 'fel', 'fil', 'fl', 'lal', 'lel', 'lil', 'bi', 'l', 'b'],
]);

/** A digit standing for an Arabic letter, inside a Latin word (3 = ع, 7 = ح, 2 = ء ...). */
const DIGIT_IN_WORD = /(?:[a-z][235679]|[235679][a-z])/i;

const isLatinOnly = (text: string) => /[a-z]/i.test(text) && !/[\u0600-\u06FF]/.test(text);

/**
 * Whether a question is Arabizi rather than English. `texted` tells an English word as it is texted, digits and all
 * ("2day", "b4": the lexicon spells them in English); such a word is English, not Arabizi.
 */
export function isArabizi(text: string, texted: (word: string) => boolean = () => false): boolean {
  if (!isLatinOnly(text)) return false;
  const ws = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  if (ws.length === 0) return false;
  if (ws.some((w) => DIGIT_IN_WORD.test(w) && !/^\d+(st|nd|rd|th|s)$/.test(w) && !texted(w))) return true;
  const known = ws.filter((w) => WORDS.has(w)).length;
  if (known >= 2 && known * 2 >= ws.length) return true;
  // "emta kerry msafer rousia?", "leh washington tarradet etnein mn el rous?": a word that is Arabizi only, and no
  // English function word (an English question has some: "what", "is", "the", "did" ...).
  // Texted English counts as English ("whos skeptical abt kerrys hopes w russia").
  const english = (w: string) => (ENGLISH_STOPWORDS.has(w) || ENGLISH_TEXTING.has(w)) && !WORDS.has(w);
  return ws.some((w) => WORDS.has(w) && !ENGLISH_STOPWORDS.has(w)) && !ws.some(english);
}

/** English function words as they are texted or misspelt, no Arabizi word: "abt", "whos", "wat", "hw", "ur". */
const ENGLISH_TEXTING: ReadonlySet<string> = new Set(
  'abt whos whats wats wat wut hw wen wher wich bc cuz coz pls plz tho ur'.split(' '),
);

/**
 * The Arabic letters a Latin letter, group or digit may stand for, the most common first. A vowel may also stand for
 * nothing (short vowels are not written in Arabic: "mo3askar" is معسكر).
 */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["3'", ['غ']],
  ["7'", ['خ']],
  ['kh', ['خ']],
  ['sh', ['ش']],
  ['ch', ['ش']],
  ['gh', ['غ']],
  ['th', ['ث', 'ت']],
  ['dh', ['ذ', 'ض', 'ظ']],
  ['aa', ['ا']],
  ['ee', ['ي']],
  ['ii', ['ي']],
  ['ei', ['ي']],
  ['ai', ['ي', 'اي']],
  ['ay', ['ي', 'اي']],
  // "amrikiyye", "souriye": the i and the y are one ي (the doubled y is one already).
  ['iy', ['ي']],
  ['oo', ['و']],
  ['ou', ['و']],
  ['uu', ['و']],
];
const LETTERS: Readonly<Record<string, readonly string[]>> = {
  a: ['', 'ا'],
  b: ['ب'],
  c: ['ك'],
  d: ['د', 'ض'],
  e: ['', 'ي'],
  f: ['ف'],
  g: ['ج', 'ق', 'غ'],
  h: ['ه', 'ح'],
  i: ['', 'ي'],
  j: ['ج'],
  k: ['ك', 'ق'],
  l: ['ل'],
  m: ['م'],
  n: ['ن'],
  o: ['', 'و'],
  p: ['ب'],
  q: ['ق'],
  r: ['ر'],
  s: ['س', 'ص'],
  t: ['ت', 'ط'],
  u: ['', 'و'],
  v: ['ف'],
  w: ['و'],
  x: ['كس'],
  y: ['ي'],
  z: ['ز', 'ظ', 'ذ'],
  '2': ['ء', 'ق', 'ا'],
  '3': ['ع'],
  '5': ['خ'],
  '6': ['ط'],
  '7': ['ح'],
  '8': ['غ', 'ق'],
  '9': ['ق', 'ص'],
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** A vowel that ends a word is written: a long vowel, or an alef / ta marbuta for "a" and "e". */
const FINAL: Readonly<Record<string, readonly string[]>> = {
  // A final "a" may also be a short vowel, unwritten ("zara" زار, "qatala" قتل).
  a: ['ا', 'ه', ''],
  e: ['ي', 'ه', 'ا'],
  i: ['ي'],
  o: ['و'],
  u: ['و'],
};
/** Spellings tried per word, at most: enough for the usual ambiguities, bounded whatever the input. */
const MAX_SPELLINGS = 100;

/** The options for each piece of a word, in order. */
function pieces(w: string): string[][] {
  const s = w.toLowerCase().replace(/([b-df-hj-np-tv-z])\1/g, '$1');
  const out: string[][] = [];
  let i = 0;
  while (i < s.length) {
    const group = GROUPS.find(([latin]) => s.startsWith(latin, i));
    const latin = group ? group[0] : (s[i] as string);
    let options = group ? [...group[1]] : [...(LETTERS[latin] ?? [''])];
    // A word that starts with a vowel starts with an alef ("ay" is أي, "ou" أو); one that ends with a vowel writes
    // it (FINAL).
    if (i === 0 && VOWELS.has(latin)) options = ['ا'];
    else if (i === 0 && VOWELS.has(latin[0] as string)) options = options.map((o) => (o.startsWith('ا') ? o : `ا${o}`));
    else if (i + latin.length === s.length && VOWELS.has(latin))
      // "souriye", "amrikiyye": a final "e" after a y is the ta marbuta of -iyya first.
      options = latin === 'e' && s[i - 1] === 'y' ? ['ه', 'ي', 'ا'] : [...(FINAL[latin] ?? [])];
    out.push(options);
    i += latin.length;
  }
  return out;
}

/**
 * Spellings of one Arabizi word in Arabic letters, the most likely first: the first uses every piece's first
 * option, then one piece changed at a time, and so on, up to MAX_SPELLINGS.
 */
function spellings(w: string, max = MAX_SPELLINGS): string[] {
  const ps = pieces(w);
  const seen = new Set<string>();
  const out: string[] = [];
  let frontier: number[][] = [ps.map(() => 0)];
  while (frontier.length > 0 && out.length < max) {
    const next: number[][] = [];
    for (const choice of frontier) {
      const text = choice.map((c, k) => (ps[k] as string[])[c]).join('');
      if (seen.has(choice.join())) continue;
      seen.add(choice.join());
      if (!out.includes(text)) out.push(text);
      if (out.length >= max) break;
      choice.forEach((c, k) => {
        if (c + 1 < (ps[k] as string[]).length) next.push(choice.map((x, j) => (j === k ? c + 1 : x)));
      });
    }
    frontier = next;
  }
  return out;
}

/** The article and prepositions written as separate words ("el", "bl", "fil") that Arabic glues to the next word. */
const PREFIXES: Readonly<Record<string, string>> = {
  el: 'ال',
  il: 'ال',
  al: 'ال',
  l: 'ال',
  bl: 'بال',
  bil: 'بال',
  bel: 'بال',
  fl: 'فال',
  fil: 'في ال',
  fel: 'في ال',
  wel: 'وال',
  wil: 'وال',
  '3al': 'على ال',
  // "lal diplomasi", "bi sorya", "b moscow": to the, in, glued to the next word.
  lal: 'لل',
  lel: 'لل',
  lil: 'لل',
  bi: 'ب',
  b: 'ب',
};

/**
 * A word written with the article as it is said: a vowel and a doubled sun letter ("arrusiya", "eddiblomasi",
 * "ennas"), a doubled sun letter ("rrous"), or an l before a consonant ("lmo3askar", Maghrebi). Group 3 is the
 * word without it.
 */
const ASSIMILATED =
  /^(?:[ae](?=(sh|th|dh|[tdszrn])\1)(?:sh|th|dh|[tdszrn])|(?=([tdszrn])\2)[tdszrn]|l(?=[bcdfghjkmnpqrstvwxz3-9]))([a-z0-9']{3,})$/;

/** Words of one question looked up among their spellings, at most; the rest keep their most likely spelling. */
const MAX_LOOKED_UP = 8;
/** Words of one question spelled again with the article they may be said with ("arrusiya"), at most. */
const MAX_RETRIES = 2;
/** Spellings looked through for one known as written once the candidates are full, at most. */
const WRITTEN_TRIED = 48;
/** Spellings tried against the article's roots when none is known, at most (the likeliest first). */
const ROOTED_TRIED = 12;
/** Known spellings of one word weighed against each other, at most. */
const MAX_CANDIDATES = 8;
const MEMO_MAX = 5000;

/** What the engine knows of an Arabic spelling (each test gets the spelling in Arabic letters). */
export interface ArabiziTests {
  /** A word the engine knows as written, or whose stem the article has. */
  known?: (arabic: string) => boolean;
  /** A word the engine knows as written: the article's, the lexicon's, the dialect map's (default: `known`). */
  wellKnown?: (arabic: string) => boolean;
  /** A word that means something in this article (its meaning is indexed). */
  relevant?: (arabic: string) => boolean;
  /** A word the article itself writes so. */
  inArticle?: (arabic: string) => boolean;
  /** A word whose root-level stem the article has: the last resort before the likeliest spelling. */
  rooted?: (arabic: string) => boolean;
}

const NEVER = () => false;

/**
 * Spells an Arabizi question in Arabic letters, word by word. Of the spellings `known` accepts, the first the article
 * writes, else the first that is both well known and relevant, else relevant, else well known, else known; failing
 * all, one whose root the article has, else the most likely spelling. Punctuation and numbers are kept.
 * `memo` remembers each word's choice across questions (bounded; pass the same map for the same tests).
 */
export function fromArabizi(text: string, tests: ArabiziTests = {}, memo: Map<string, string> = new Map()): string {
  const known = tests.known ?? NEVER;
  const wellKnown = tests.wellKnown ?? known;
  const relevant = tests.relevant ?? NEVER;
  const inArticle = tests.inArticle ?? NEVER;
  const rooted = tests.rooted ?? NEVER;
  let lookups = 0;
  let retries = 0;
  /** The spelling of one word after `prefix` (see the order above), and whether the engine knows it. */
  const spell = (prefix: string, lower: string, budget = true): { best: string; known: boolean } => {
    const passes = (test: (arabic: string) => boolean) => (o: string) =>
      prefix === '' ? test(o) : test(prefix + o) || test(o);
    const key = `${prefix}|${lower}`;
    const remembered = memo.get(key);
    if (remembered !== undefined) return { best: remembered, known: passes(known)(remembered) };
    const common = COMMON[lower];
    const look = common !== undefined || (budget ? lookups++ < MAX_LOOKED_UP : retries++ < MAX_RETRIES);
    // A word not looked up keeps its most likely spelling: no need to list the others.
    const options = common ? [common] : spellings(lower, look ? MAX_SPELLINGS : 1);
    // The spellings the engine knows, weighed below: one the article writes ("3ela2at": العلاقات), one known as
    // written that means something in this article, one that means something ("2asd": قصد (deliberately), not قسد
    // (the SDF)), one written as a word of the article, the lexicon or the dialect map ("darabo": ضربو), then one
    // whose stem only is known; any of them beats none.
    const candidates: string[] = [];
    let written: string | undefined;
    for (const [n, o] of (look ? options : []).entries()) {
      if (candidates.length >= MAX_CANDIDATES && n >= WRITTEN_TRIED) break;
      if (candidates.length < MAX_CANDIDATES) {
        if (passes(known)(o)) candidates.push(o);
      } else if (passes(wellKnown)(o)) {
        // Spellings whose stem alone is known may fill the candidates ("3ela2at": علقت، عيلقت ...) before the
        // word as written (علاقات) comes: it is still looked for.
        written = o;
        break;
      }
      if (candidates.length >= MAX_CANDIDATES && candidates.some(passes(wellKnown))) break;
    }
    if (written) candidates.push(written);
    // Whether a candidate means something in the article, read at most once each (it analyzes the word).
    const meaning: (boolean | undefined)[] = [];
    const means = (o: string, i: number) => (meaning[i] ??= passes(relevant)(o));
    const best =
      candidates.find(passes(inArticle)) ??
      candidates.find((o, i) => passes(wellKnown)(o) && means(o, i)) ??
      candidates.find(means) ??
      candidates.find(passes(wellKnown)) ??
      candidates[0] ??
      // "ygsfoon": no spelling known, but يقصفون shares its root with the article's قصف.
      (look ? options.slice(0, ROOTED_TRIED).find(passes(rooted)) : undefined) ??
      options[0] ??
      '';
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, best);
    return { best, known: candidates.length > 0 };
  };
  const parts = text.split(/(\s+)/);
  const out: string[] = [];
  let prefix = '';
  for (const part of parts) {
    if (/^\s+$/.test(part) || part === '') continue;
    const m = part.match(/^([^a-z0-9']*)([a-z0-9']+)([^a-z0-9']*)$/i);
    if (!m || /^\d+$/.test(m[2] as string)) {
      out.push(part);
      continue;
    }
    const lower = (m[2] as string).toLowerCase();
    if (PREFIXES[lower] !== undefined && !m[3]) {
      prefix += PREFIXES[lower];
      continue;
    }
    // "hal" opening a question asks (هل); inside one it is the Levantine "this" glued to its noun ("hal sene"). So
    // "la" inside one is "to" ("zyaret kerry la moscow"), not "no".
    if ((lower === 'hal' || lower === 'la') && out.length > 0 && !m[3] && prefix === '') {
      prefix = lower === 'hal' ? 'هال' : 'ل';
      continue;
    }
    let spelled = spell(prefix, lower);
    // The article written as it is said ("arrusiya", "eddiblomasi", "rrous", "lmo3askar"), where the word as it
    // stands is no word the engine knows.
    const article = spelled.known || COMMON[lower] !== undefined ? null : ASSIMILATED.exec(lower);
    if (article?.[3]) {
      const withArticle = spell(`${prefix}ال`, article[3], false);
      if (withArticle.known) spelled = { best: `ال${withArticle.best}`, known: true };
    }
    out.push(`${m[1]}${prefix}${spelled.best}${m[3]}`);
    prefix = '';
  }
  return out.join(' ');
}
