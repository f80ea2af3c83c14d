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
