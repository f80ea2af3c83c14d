import { describe, expect, it } from 'vitest';
import { detectLanguage, hamzaWritten, normalize, words } from '../../src/core/normalize.js';

describe('normalize', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إيران', 'ايران'],
    ['آخر', 'اخر'],
    ['ٱلله', 'الله'],
    ['مدرسة', 'مدرسه'],
    ['مستشفى', 'مستشفي'],
    ['مسؤول', 'مسول'],
    ['مسئول', 'مسول'],
    ['رئيس', 'ريس'],
    ['سماء', 'سما'],
    ['كـــيري', 'كيري'],
    ['كِيرِي', 'كيري'],
    ['مُسْتَشْفَى', 'مستشفي'],
    ['کیری', 'كيري'],
    // Iraq's and the Gulf's گ is their ق: "وگعت" is "وقعت", "لگوها" is "لقوها", "يگول" is "يقول".
    ['وگعت', 'وقعت'],
    ['لگوها', 'لقوها'],
    ['يگول', 'يقول'],
    ['١٢٣', '123'],
    ['۱۲۳', '123'],
    ['\u202Eكيري\u202C', 'كيري'],
    ['كي\u200Bري', 'كيري'],
    ['\uFEFFKerry', 'kerry'],
    ['KERRY', 'kerry'],
    ['سؤال؟', 'سوال?'],
  ])('%s -> %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('tells, word by word, which words were written with a hamza on the line or on a seat of و/ي', () => {
    const text = 'مراكز إيواء\u200B للسائقين، المسؤول أحمد';
    expect(words(normalize(text))).toHaveLength(5);
    expect(hamzaWritten(text)).toEqual([false, true, true, true, false]);
    expect(hamzaWritten('مراكز الإيواء المؤقتة').every(Boolean)).toBe(false);
    expect(hamzaWritten('أين يقع المعسكر')).toEqual([]);
  });

  it('splits words on punctuation in both scripts', () => {
    expect(words(normalize('من يعارض، نهج "كيري"؟ Who—opposes it?'))).toEqual([
      'من',
      'يعارض',
      'نهج',
      'كيري',
      'who',
      'opposes',
      'it',
    ]);
  });

  it.each([
    ['من يعارض كيري؟', 'ar'],
    ['Who opposes Kerry?', 'en'],
    ['who is كيري', 'en'],
    ['ما رأي Kerry', 'ar'],
    ['123 ???', 'ar'],
  ] as const)('detects the language of %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
