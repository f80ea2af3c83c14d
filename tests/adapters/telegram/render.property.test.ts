import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { esc, splitHtml } from '../../../src/adapters/telegram/html.js';
import { inlineResults } from '../../../src/adapters/telegram/inline.js';
import { renderAnswer } from '../../../src/adapters/telegram/render.js';
import type { Answer, Citation } from '../../../src/core/types.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';
import { createFakeEngine } from './fake-engine.js';

/** Text built to break HTML: markup, entities, bidi controls, lone surrogates, Arabic, and any code point. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '<b>',
      '</b>',
      '</blockquote>',
      '<',
      '>',
      '&',
      '&amp;',
      '&#x;',
      '&lt',
      '"',
      "'",
      '\uD800',
      '\uDC00',
      '\u2068',
      '\u2069',
      '\n',
      ' ',
      'قتل',
      'x',
      '\u0000',
    ),
    maxLength: 40,
  }),
);
const longText = fc.oneof(hostile, fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 5000 }));

const citation: fc.Arbitrary<Citation> = fc.record(
  {
    id: fc.constantFrom('p1s1', 'p9s1', 'p31s2'),
    paragraph: fc.integer({ min: 1, max: 99 }),
    section: fc.constantFrom('article' as const, 'comment' as const),
    speaker: hostile,
    text: longText,
    translation: longText,
    score: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['id', 'paragraph', 'section', 'speaker', 'text', 'score'] },
);

const answer: fc.Arbitrary<Answer> = fc.record({
  answered: fc.boolean(),
  language: fc.constantFrom('ar' as const, 'en' as const),
  answer: longText,
  short: fc.option(hostile, { nil: null }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  citations: fc.array(citation, { maxLength: 6 }),
  suggestions: fc.array(hostile, { maxLength: 5 }),
});

/** What a reader would see of `s` once escaped and parsed (the sanitizing escape drops controls, fixes surrogates). */
const visible = (s: string) => {
  const parsed = parseTelegramHtml(`x${esc(s)}`);
  return parsed.ok ? parsed.text.slice(1) : '';
};
const squash = (s: string) => s.replace(/\s+/g, '');

describe('Telegram HTML properties', () => {
  it('any Answer renders to valid Telegram HTML messages of at most 4096 characters', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const messages = renderAnswer(a);
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          expect(m.length).toBeLessThanOrEqual(4096);
          expect(parseTelegramHtml(m)).toMatchObject({ ok: true });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no visible character of a cited sentence is lost, whatever the splitting', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const shown = squash(
          renderAnswer(a)
            .map((m) => {
              const parsed = parseTelegramHtml(m);
              return parsed.ok ? parsed.text : '';
            })
            .join(''),
        );
        for (const c of a.citations) expect(shown).toContain(squash(visible(c.text)));
      }),
      { numRuns: 200 },
    );
  });

  it('splitHtml pieces are valid, within the limit, and keep every non-space character', () => {
    fc.assert(
      fc.property(hostile, longText, fc.integer({ min: 40, max: 600 }), (head, body, limit) => {
        const html = `<blockquote><b>${esc(head)}</b>\n<i>${esc(body)}</i></blockquote>`;
        const pieces = splitHtml(html, limit);
        const text = (h: string) => {
          const parsed = parseTelegramHtml(h, Number.POSITIVE_INFINITY);
          return parsed.ok ? parsed.text : '';
        };
        for (const p of pieces) {
          expect(p.length).toBeLessThanOrEqual(limit);
          expect(parseTelegramHtml(p)).toMatchObject({ ok: true });
        }
        expect(squash(pieces.map(text).join(''))).toBe(squash(text(html)));
      }),
      { numRuns: 300 },
    );
  });

  it('inline results are valid for any query', () => {
    const engine = createFakeEngine();
    fc.assert(
      fc.property(hostile, fc.constantFrom('ar' as const, 'en' as const), (query, lang) => {
        const results = inlineResults(engine, query.trim(), lang);
        expect(results.length).toBeLessThanOrEqual(3);
        for (const r of results) {
          const content = r.input_message_content as { message_text: string };
          expect(parseTelegramHtml(content.message_text)).toMatchObject({ ok: true });
          expect(r.title.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
