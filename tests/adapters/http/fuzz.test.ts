import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedAskBody, askBodySchema } from '../../../src/adapters/http/ask.js';
import { buildApp, createFakeEngine } from './fake-engine.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(createFakeEngine());
});
afterAll(() => app.close());

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  'application/json; charset=',
  ';;;',
  '',
);

const bodies = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record(
      { question: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.constant(null)), lang: fc.string() },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc
    .dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'question', 'x'), fc.jsonValue())
    .map((v) => JSON.stringify(v).replace('"x"', '"__proto__"')),
);

describe('POST /v1/ask with arbitrary input', () => {
  it('never answers 5xx, and every error is the contract error body', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (payload, type) => {
        const res = await app.inject({ method: 'POST', url: '/v1/ask', payload, headers: { 'content-type': type } });
        expect([200, 400, 413, 415]).toContain(res.statusCode);
        if (res.statusCode !== 200) {
          const body = res.json();
          expect(Object.keys(body)).toEqual(['error']);
          expect(typeof body.error.code).toBe('string');
          expect(typeof body.error.message).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never answers 5xx to arbitrary paths and methods', async () => {
    const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
    const paths = fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`));
    await fc.assert(
      fc.asyncProperty(methods, paths, async (method, url) => {
        const res = await app.inject({ method, url });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });
});

/** Strings near every rule of the schema: blank, padded, at and past both length limits, the two languages. */
const edgyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\n\t\u00a0', '\u2028', 'ar', 'en', 'fr', 'AR', ' en'),
  fc.integer({ min: 198, max: 202 }).map((n) => 'c'.repeat(n)),
  fc
    .tuple(fc.integer({ min: 998, max: 1002 }), fc.constantFrom('', ' ', '  \n'))
    .map(([n, pad]) => pad + 'q'.repeat(n) + pad),
);
/** Bodies of every shape, and bodies one rule away from valid (a question, then maybe a lang and an id). */
const askLike = fc.oneof(
  fc.record(
    { question: edgyString, lang: fc.constantFrom('ar', 'en', 'fr', ''), conversationId: edgyString },
    { requiredKeys: ['question'] },
  ),
  fc.record(
    {
      question: fc.oneof(edgyString, fc.jsonValue()),
      lang: fc.oneof(edgyString, fc.jsonValue()),
      conversationId: fc.oneof(edgyString, fc.jsonValue()),
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

describe('the hand-checked POST /v1/ask body', () => {
  it('accepts exactly what the schema accepts, and gives the same input', () => {
    fc.assert(
      fc.property(askLike, (body) => {
        const fast = acceptedAskBody(body);
        const schema = askBodySchema.safeParse(body);
        expect(fast !== undefined).toBe(schema.success);
        if (fast && schema.success) {
          const data = Object.fromEntries(Object.entries(schema.data).filter(([, v]) => v !== undefined));
          expect(fast).toEqual(data);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
