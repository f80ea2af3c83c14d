import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize.js';
import { deepStem, stem } from '../../src/core/stem.js';

const s = (w: string) => stem(normalize(w));
const d = (w: string) => deepStem(normalize(w));

describe('stem', () => {
  it.each([
    ['والمخابرات', 'المخابرات'],
    ['المعسكر', 'معسكرا'],
    ['المسؤولين', 'مسئولان'],
    ['سوريا', 'سورية'],
    ['قصفوا', 'قصف'],
    ['الروس', 'روس'],
    // A dialect's present plural written without its alef.
    ['يعارضو', 'يعارضوا'],
    // A root ending in ه keeps it: انتهى and انتهت are انته, not the pronoun انت.
    ['انتهى', 'وانتهت'],
  ])('%s and %s share a light stem', (a, b) => {
    expect(s(a)).toBe(s(b));
  });

  it('stops short of a function word when stripping a second suffix', () => {
    expect(s('انتهت')).toBe('انته');
    expect(s('انتهى')).toBe('انته');
  });

  it.each([
    ['يعارض', 'معارضة'],
    ['مقتل', 'قتل'],
    ['بدعم', 'دعم'],
    ['يتعاون', 'التعاون'],
    ['متعاون', 'تعاون'],
    ['تسعى', 'سعيا'],
    ['يسعون', 'السعي'],
    ['اعتراض', 'معارضة'],
    // افتعال of a root opening with ن: the ن is the root's (انتقاد is of نقد, not of قاد).
    ['انتقادات', 'نقد'],
    ['انتشرت', 'نشر'],
    ['حلفاؤنا', 'حلفاء'],
    // The future's س goes before the imperfect's prefix; a noun such as ستراتيجية keeps it.
    ['سيتعرضون', 'يتعرض'],
    ['ستعمل', 'تعمل'],
    ['سنواصل', 'نواصل'],
    // The plural فعايا of فعيّة.
    ['خلايا', 'خلية'],
    ['القضايا', 'قضية'],
    // فاعل of a root opening with م: its م is the root's, not a prefix.
    ['مالك', 'ملكية'],
    ['المانع', 'منع'],
  ])('%s and %s meet at the deep stem', (a, b) => {
    expect(d(a)).toBe(d(b));
  });

  it('keeps ون / ين after an alef as part of the word', () => {
    expect(s('تعاون')).toBe('تعاون');
    expect(s('التهاون')).toBe('تهاون');
  });

  it('keeps the س of a noun that is no future verb', () => {
    expect(d('ستراتيجية')).not.toBe(d('تراتيجية'));
    expect(d('سيطرة')).toBe(d('السيطرة'));
  });

  it('keeps the ف of a three-letter root that a suffix follows, and drops the conjunction ف', () => {
    expect(s('فقدوا')).toBe('فقد');
    expect(s('فقدت')).toBe(s('فقد'));
    expect(s('فازت')).toBe('فاز');
    expect(s('فتحوا')).toBe('فتح');
    expect(s('فقالت')).toBe('قال');
    expect(s('فأعلنت')).toBe(s('أعلنت'));
  });

  it('keeps the ف of a longer word unless a verb prefix, a function word or "this" follows it', () => {
    // A noun of a root opening with ف, with or without the article, is one stem (الفريق، فريق).
    for (const [word, withArticle] of [
      ['فريق', 'الفريق'],
      ['فعاليات', 'الفعاليات'],
      ['فحوصات', 'الفحوصات'],
      ['فنانين', 'الفنانين'],
    ])
      expect(s(word as string)).toBe(s(withArticle as string));
    // "So he says", "so it will be", "so it was", the Maghrebi "in this" and "in the project": the conjunction.
    expect(s('فيقول')).toBe(s('يقول'));
    expect(s('فسيكون')).toBe(s('سيكون'));
    expect(s('فكان')).toBe('كان');
    expect(s('فهاد')).toBe('هاد');
    expect(s('فمشروع')).toBe(s('مشروع'));
  });

  it('keeps the و of a root the list knows when a suffix follows it (وضعت, وصلوا)', () => {
    expect(s('وضعت')).toBe('وضع');
    expect(s('وصلوا')).toBe('وصل');
    expect(s('ودعا')).toBe('دعا');
    // وقعت (it fell, happened), وجدت (she found), وزعت (handed out): no word is left after the و.
    expect(s('وقعت')).toBe('وقع');
    expect(s('ووقعت')).toBe('وقع');
    expect(s('وجدت')).toBe('وجد');
    expect(s('وزعت')).toBe('وزع');
  });

  it("keeps the و of such a root's فاعل (واقف، واقفين، وافقت), the alef after it being the pattern's", () => {
    expect(s('واقف')).toBe('واقف');
    expect(s('واقفين')).toBe('واقف');
    expect(d('واقفة')).toBe(d('وقف'));
    expect(s('وافقت')).toBe('وافق');
  });

  it('keeps the و of وادي and وساطة, and the و of a ة after وا (مساواة is not مساء)', () => {
    expect(s('وادي')).toBe(s('الوادي'));
    expect(s('وساطة')).toBe(s('الوساطة'));
    expect(s('مساواة')).not.toBe(s('مساء'));
    expect(s('شكواه')).toBe(s('شكوى'));
  });

  it('reads والدة (mother) and its forms as والد with an ending, not و + ال + two letters', () => {
    for (const w of ['والدة', 'والدته', 'الوالدة', 'والدها', 'والد']) expect(s(w)).toBe('والد');
    // "والدولة" is still "and the state".
    expect(s('والدولة')).toBe(s('الدولة'));
  });

  it('keeps the و of a word ending in يو (يوليو)', () => {
    expect(s('يوليو')).toBe('يوليو');
  });

  it("reads a hollow root's فاعل with its hamza (قائد، زائر، سائق) by the alef its verb and masdar keep", () => {
    expect(d('قائد')).toBe(d('قيادة'));
    expect(d('القائد')).toBe(d('قاد'));
    expect(d('زائر')).toBe(d('زيارة'));
    expect(d('سائق')).toBe(d('ساق'));
  });

  it('keeps at least three letters', () => {
    for (const w of ['وهم', 'بها', 'الى', 'منها', 'كتب']) expect(s(w).length).toBeGreaterThanOrEqual(3);
  });

  it('stems English with Porter and keeps digits', () => {
    expect(s('killed')).toBe(s('killing'));
    expect(s('officials')).toBe(s('official'));
    expect(s('123')).toBe('123');
  });
});
