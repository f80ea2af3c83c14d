import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../../src/adapters/http/app.js';
import { parseConfig } from '../../../src/config.js';
import { createEngine } from '../../../src/core/engine.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createLogger } from '../../../src/logger.js';
import { createRateLimiter } from '../../../src/rate-limit.js';
import { ROOT } from '../../helpers/service.js';

let app: FastifyInstance;
beforeAll(async () => {
  const engine = createEngine(await loadKnowledge(`${ROOT}knowledge`));
  const deps = { engine, config: parseConfig({}), logger: createLogger({ level: 'silent' }) };
  app = await createHttpApp({ ...deps, limiter: createRateLimiter(100_000) });
});
afterAll(() => app.close());

const ask = async (body: Record<string, unknown>) => {
  const res = await app.inject({ method: 'POST', url: '/v1/ask', payload: body });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('HTTP over the real engine and knowledge/', () => {
  it('GET /v1/article lists every statement with its English speaker; p9s1 is in paragraph 9', async () => {
    const article = (await app.inject({ method: 'GET', url: '/v1/article' })).json();
    expect(article.title.ar.length).toBeGreaterThan(0);
    expect(article.statements.length).toBeGreaterThan(10);
    for (const s of article.statements) {
      expect(s).toEqual({
        id: expect.stringMatching(/^p\d+s\d+$/),
        paragraph: expect.any(Number),
        section: expect.stringMatching(/^(article|comment)$/),
        speaker: expect.any(String),
        speakerAr: expect.any(String),
        text: expect.any(String),
        translation: s.translation === null ? null : expect.any(String),
      });
    }
    expect(article.statements.find((s: { id: string }) => s.id === 'p9s1')?.paragraph).toBe(9);
  });

  it('an Arabic question about the first attack cites p9s1 first, verbatim, and answers in Arabic', async () => {
    const answer = await ask({ question: 'كم شخصا قتل في الهجوم الأول على المعسكر؟' });
    const article = (await app.inject({ method: 'GET', url: '/v1/article' })).json();
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe('ar');
    expect(answer.citations[0].id).toBe('p9s1');
    const p9s1 = article.statements.find((s: { id: string }) => s.id === 'p9s1');
    expect(answer.citations[0].text).toBe(p9s1.text);
    expect(answer.answer).toMatch(/[\u0600-\u06ff]/);
  });

  it('the same question in English cites p9s1 first and answers in English', async () => {
    const answer = await ask({ question: 'How many people were killed in the first attack on the camp?' });
    expect(answer.language).toBe('en');
    expect(answer.citations[0].id).toBe('p9s1');
  });

  it('a question the article does not answer gives answered:false, no citations, and suggestions', async () => {
    const answer = await ask({ question: 'What is the capital of France?' });
    expect(answer).toMatchObject({ answered: false, language: 'en', citations: [] });
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('answers 200 with an Answer for any question string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), async (question) => {
        fc.pre(question.trim().length > 0);
        const res = await app.inject({ method: 'POST', url: '/v1/ask', payload: { question } });
        expect(res.statusCode).toBe(200);
        expect(typeof res.json().answered).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});

describe('a two-turn conversation over HTTP', () => {
  it('resolves the follow-up with the same conversationId, and not without it', async () => {
    const first = await ask({ question: 'How many people were killed in the first attack?', conversationId: 'web-1' });
    expect(first.citations[0].id).toBe('p9s1');
    const followUp = await ask({ question: 'and the second attack?', conversationId: 'web-1' });
    expect(followUp.citations[0].id).toBe('p9s2');
    expect(followUp.short).toBe('at least 12 more people');
    const who = await ask({ question: 'who said that?', conversationId: 'web-1' });
    expect(who.short).toBe('two US intelligence officials');
    const stranger = await ask({ question: 'who said that?', conversationId: 'web-2' });
    expect(stranger.answered).toBe(false);
  });
});
