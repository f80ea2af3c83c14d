import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/types.js';
import { bm25Ranker } from '../../src/eval/baseline.js';

const st = (id: string, text: string): Statement => ({
  id,
  paragraph: 1,
  section: 'article',
  speaker: { en: 'the article (reporting)', ar: 'المقال' },
  text,
});

describe('the BM25 baseline of npm run eval', () => {
  const rank = bm25Ranker([
    st('a', 'افتتحت البلدية مكتبة عامة جديدة في المدينة.'),
    st('b', 'وقال رئيس البلدية إن المكتبة تضم أربعين ألف كتاب.'),
    st('c', 'وهطلت أمطار غزيرة على المدينة يوم الأحد.'),
  ]);

  it('ranks the statement sharing the rarest normalized, stemmed words first', () => {
    expect(rank('كم كتابا تضم المكتبة؟')[0]).toBe('b');
    expect(rank('متى هطلت الامطار؟')[0]).toBe('c');
  });

  it('knows no synonyms or English: those questions fall back to article order', () => {
    expect(rank('How many books?')).toEqual(['a', 'b', 'c']);
  });
});
