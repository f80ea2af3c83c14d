import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromArabizi, isArabizi } from '../../src/core/arabizi.js';

describe('Arabizi (Arabic in Latin letters)', () => {
  it.each([
    'meen by3ared kerry?',
    'shu sar bl mo3askar',
    'kam wa7ad ma2tal?',
    'leh kerry raye7 3ala moskow',
    'shu bido kerry men el roos',
    'ween el mo3askar',
    // No digits: an Arabizi-only word and no English function word.
    'emta kerry msafer moskow?',
    'leh amrika tarradet etnein mn el rous?',
  ])('recognises "%s"', (q) => {
    expect(isArabizi(q)).toBe(true);
  });

  it.each([
    'Who opposes Kerry?',
    'What happened in the 2nd attack?',
    'how many people died in 2016',
    'kerry moscow visit',
    // "did" is Egyptian Arabizi too (ضد), but also English: no Arabizi-only word here.
    'did russia bomb camp',
    'how did kerry get to moscow',
    // Texted English: "w" is Arabizi "and" too, but "whos" and "abt" are English only.
    'whos skeptical abt kerrys hopes w russia',
    'مين بيعارض كيري؟',
    '',
  ])('leaves "%s" alone', (q) => {
    expect(isArabizi(q)).toBe(false);
  });

  it('takes only the texted words with digits it is told of as English ("2day"), not every texted word', () => {
    const texted = (w: string) => ['2day', 'usa', 'sec'].includes(w);
    expect(isArabizi('wheres kerry going 2day?', texted)).toBe(false);
    expect(isArabizi('kerry raye7 wen 2day?', texted)).toBe(true);
    // "usa", "sec" are texted English without a digit: an Arabizi question may use them all the same.
    expect(isArabizi('leh usa tarradet diplomasiyin rousiyin kaman', texted)).toBe(true);
    expect(isArabizi('leh el sec kerry msafer moskow', texted)).toBe(true);
  });

  it('spells words in Arabic letters, dropping short vowels and gluing the article', () => {
    expect(fromArabizi('ween el mo3askar?')).toBe('وين المعسكر?');
    expect(fromArabizi('shu 7ada')).toBe('شو حدا');
    // -iye, -iyye: one ي, then the ta marbuta ("el souriye" is السورية, normalized).
    expect(fromArabizi('el souriye')).toBe('السوريه');
    expect(fromArabizi('el souriyye')).toBe('السوريه');
  });

  it('glues "lal", "bi", "b" to the next word, and counts them as Arabizi words', () => {
    expect(fromArabizi('shu bido el roos bi sorya?')).toBe('شو بدو الروس بسريا?');
    expect(isArabizi('shu sar lal diplomasi l amerkani b moscow?')).toBe(true);
  });

  it('spells the dialect ordinals and numbers as they are said', () => {
    expect(fromArabizi('el hjoom el tene kam wa7ad')).toBe('الهجوم التاني كم واحد');
    expect(fromArabizi('shu badhom')).toBe('شو بدهم');
  });

  it('reads "hal" and "la" inside a question as glued to the next word ("this", "to"), and at the start as هل, لا', () => {
    expect(fromArabizi('kam marra zar kerry moscow hal sene?')).toBe('كم مرة زر كري مسكو هالسنة?');
    expect(fromArabizi('hal kerry bi moscow?')).toBe('هل كري بمسكو?');
    // So "la" inside a question is "to", glued to the next word; at the start it is "no".
    expect(fromArabizi('ra7 kerry la moscow?')).toBe('راح كري لمسكو?');
    expect(fromArabizi('la shu?')).toBe('لا شو?');
    expect(isArabizi('kam marra zar kerry moscow hal sene?')).toBe(true);
  });

  it('reads the Gulf and Iraqi g of "gal" (قال) and Iraqi "shgal" (what did he say)', () => {
    expect(fromArabizi('wesh gal el mas2ool')).toBe('وش قال المسءول');
    expect(fromArabizi('shgalaw el roos')).toBe('شو قالوا الروس');
    expect(fromArabizi('mata tarada washintun el roos?')).toContain('متى');
  });

  it('spells the dialect words for "first", "exactly" and "against"', () => {
    expect(fromArabizi('el darba el ola')).toContain('الاولى');
    expect(fromArabizi('fein bezabt')).toBe('فين بالضبط');
    expect(fromArabizi('meen did kerry')).toBe('مين ضد كري');
  });

  it('prefers a spelling the article writes to one only the lexicon or dialect map knows', () => {
    // "3ela2at": عيلات (families, in the dialect map) comes first by likelihood, العلاقات (relations) is the article's.
    const known = (a: string) => ['العيلاءت', 'العلاقات'].includes(a);
    expect(fromArabizi('el 3ela2at', { known, relevant: known })).toBe('العيلاءت');
    expect(fromArabizi('el 3ela2at', { known, relevant: known, inArticle: (a) => a === 'العلاقات' })).toBe('العلاقات');
  });

  it('looks past spellings whose stem alone is known for one known as written', () => {
    const written = (a: string) => a === 'العلاقات';
    // Every spelling's stem is "known"; only the last is a word as written.
    expect(fromArabizi('el 3ela2at', { known: () => true, wellKnown: written })).toBe('العلاقات');
  });

  it('reads the article written as it is said, where the word as it stands is unknown', () => {
    const known = (a: string) => ['الروسيه', 'الدبلوماسي', 'المعسكر'].includes(a);
    expect(fromArabizi('arrusiye', { known })).toBe('الروسيه');
    expect(fromArabizi('eddiblomasi', { known })).toBe('الدبلوماسي');
    expect(fromArabizi('lmo3askar', { known })).toBe('المعسكر');
    // A word known as it stands keeps its spelling ("assad" is not ال + sad).
    expect(fromArabizi('assad', { known: (a) => a === 'اسد' || a === 'السد' })).toBe('اسد');
  });

  it('writes an alef before a word-initial vowel pair, and may leave a final "a" unwritten', () => {
    expect(fromArabizi('ayna el mo3askar?')).toBe('اين المعسكر?');
    expect(fromArabizi('zara', { known: (a) => a === 'زار' })).toBe('زار');
  });

  it('falls back on a spelling whose root the article has', () => {
    expect(fromArabizi('ygsfoon', { rooted: (a) => a === 'يقصفون' })).toBe('يقصفون');
  });

  it('prefers the spelling a known word has', () => {
    const known = new Set(['كيري', 'صدر']);
    expect(fromArabizi('kerry', { known: (w) => known.has(w) })).toBe('كيري');
    expect(fromArabizi('kerry')).toBe('كري');
    expect(fromArabizi('sadr', { known: (w) => known.has(w) })).toBe('صدر');
    expect(fromArabizi('sadr')).toBe('سدر');
  });

  it('spells common words the usual way', () => {
    expect(fromArabizi('leh kerry raye7 3ala moskow?')).toBe('ليه كري رايح على مسكو?');
  });

  it('never throws and keeps its work bounded on any Latin text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9' ?]{0,60}$/), (text) => {
        expect(typeof fromArabizi(text)).toBe('string');
      }),
    );
    expect(fromArabizi('aeiouaeiouaeiouaeiouaeiou 3a2e7i9o5u'.repeat(4)).length).toBeGreaterThan(0);
  });

  it('prefers, of the spellings it knows, one that means something in the article', () => {
    // "n2asaf": نصف (half) and نقصف (bombed) are both words; only the second is about this article.
    const words = new Set(['نءصف', 'نقصف']);
    const known = (a: string) => words.has(a);
    expect(fromArabizi('n2asaf', { known })).toBe('نءصف');
    expect(fromArabizi('n2asaf', { known, relevant: (a) => a === 'نقصف' })).toBe('نقصف');
  });
});
