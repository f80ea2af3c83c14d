import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnswerEmbed, buildSourceEmbed, embedLength } from '../../../src/adapters/discord/embed.js';
import { fitContent, LIMITS, truncate } from '../../../src/adapters/discord/limits.js';
import type { Answer, ArticleMeta, Citation } from '../../../src/core/types.js';

/** Any text: full Unicode (astral, RTL, combining marks), blank strings, and sizes well past every limit. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 7000 }),
  fc.constantFrom('', ' ', '\n\t', '@everyone', '<@123456789012345678>', '**bold** _x_ `code`'),
);

const citation: fc.Arbitrary<Citation> = fc.record(
  {
    id: fc.string(),
    paragraph: fc.nat({ max: 10_000 }),
    section: fc.constantFrom('article' as const, 'comment' as const),
    speaker: text,
    text,
    translation: text,
    score: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['id', 'paragraph', 'section', 'speaker', 'text', 'score'] },
);

const answer: fc.Arbitrary<Answer> = fc.record({
  answered: fc.boolean(),
  language: fc.constantFrom('ar' as const, 'en' as const),
  answer: text,
  short: fc.option(text, { nil: null }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  // fast-check's default size generates at most 10 of these (long texts make more drop out of the 6000 total anyway):
  // the 25-field cap is exercised by the short citations below.
  citations: fc.array(citation, { maxLength: 40 }),
  suggestions: fc.array(text, { maxLength: 10 }),
});

const meta: fc.Arbitrary<ArticleMeta> = fc.record({
  id: fc.string({ minLength: 1 }),
  title: fc.record({ ar: text, en: text }),
  date: text,
  language: fc.constantFrom('ar' as const, 'en' as const),
  paragraphs: fc.nat(),
});

/** Short texts only, so that more than 25 citation fields fit the 6000-character total. */
const shortText = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', ' ', '@everyone'));
const shortCitation: fc.Arbitrary<Citation> = fc.record(
  {
    id: fc.string({ maxLength: 5 }),
    paragraph: fc.nat({ max: 10_000 }),
    section: fc.constantFrom('article' as const, 'comment' as const),
    speaker: shortText,
    text: shortText,
    translation: shortText,
    score: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['id', 'paragraph', 'section', 'speaker', 'text', 'score'] },
);
const META: ArticleMeta = {
  id: 'fake',
  title: { ar: 'مقال', en: 'An article' },
  date: '2016-07-14',
  language: 'ar',
  paragraphs: 30,
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const visible = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0 && !LONE_SURROGATE.test(s);

describe('Discord embeds for any input', () => {
  it('respect every Discord limit and never send a blank text', () => {
    fc.assert(
      fc.property(answer, text, meta, (a, question, m) => {
        const e = buildAnswerEmbed(a, question, m);
        expect(e.title?.length).toBeLessThanOrEqual(LIMITS.title);
        expect(e.description?.length).toBeLessThanOrEqual(LIMITS.description);
        expect(e.footer?.text.length).toBeLessThanOrEqual(LIMITS.footer);
        expect(e.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.authorName);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
        for (const f of e.fields ?? []) {
          expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
          expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
          expect(visible(f.name) && visible(f.value)).toBe(true);
        }
        expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.total);
        expect([e.title, e.description, e.footer?.text].every(visible)).toBe(true);
        if (e.author) expect(visible(e.author.name)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keep the best citation, labelled with its paragraph, and mark every comment as a comment', () => {
    fc.assert(
      fc.property(answer, text, meta, (a, question, m) => {
        const e = buildAnswerEmbed(a, question, m);
        const first = a.citations[0];
        if (first) expect(e.fields?.[0]?.name).toContain(String(first.paragraph));
        a.citations.forEach((c, i) => {
          const name = e.fields?.[i]?.name;
          if (name !== undefined && c.section === 'comment') expect(name).toMatch(/^(Reader's comment|تعليق قارئ)/);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keep at most 25 fields: the first citations, in order, when many short ones fit the total', () => {
    // size 'max': with fast-check's default size an array never has more than 10 elements.
    const many = fc.array(shortCitation, { minLength: 20, maxLength: 60, size: 'max' });
    fc.assert(
      fc.property(many, fc.boolean(), fc.constantFrom('ar' as const, 'en' as const), (citations, answered, lang) => {
        const a: Answer = {
          answered,
          language: lang,
          answer: 'Short.',
          short: null,
          confidence: 0.5,
          citations,
          suggestions: ['Who attacked the camp?'],
        };
        const e = buildAnswerEmbed(a, 'the camp?', META);
        const total = citations.length + (answered ? 0 : 1);
        expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.total);
        expect(e.fields).toHaveLength(Math.min(total, LIMITS.fields));
        e.fields?.forEach((f, i) => {
          const c = citations[i];
          if (c) expect(f.name).toContain(String(c.paragraph));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('give a /source card within limits for any metadata', () => {
    fc.assert(
      fc.property(meta, (m) => {
        const e = buildSourceEmbed(m);
        expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.total);
        expect([e.title, e.description, e.footer?.text].every(visible)).toBe(true);
      }),
    );
  });
});

describe('truncate and fitContent', () => {
  it('never exceed the limit, keep short text as is, and cut long text to a prefix plus an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.integer({ min: 1, max: 2500 }), (s, max) => {
        const out = truncate(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (s.length <= max) expect(out).toBe(s);
        else {
          expect(out.endsWith('…')).toBe(true);
          expect(s.startsWith(out.slice(0, -1))).toBe(true);
          expect(LONE_SURROGATE.test(out)).toBe(false);
        }
      }),
    );
  });

  it('fitContent always yields a sendable message body of at most 2000 characters', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = fitContent(s);
        expect(out.length).toBeLessThanOrEqual(LIMITS.content);
        expect(visible(out)).toBe(true);
      }),
    );
  });
});
