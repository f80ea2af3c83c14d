import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER, buildApp, createFakeEngine, META } from './fake-engine.js';

const JSON_TYPE = 'application/json';
const engine = createFakeEngine();
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp(engine);
});
afterAll(() => app.close());

/** POSTs a raw body to /v1/ask; `contentType: null` sends none. */
const post = (payload: string, contentType: string | null = JSON_TYPE) =>
  app.inject({
    method: 'POST',
    url: '/v1/ask',
    payload,
    headers: contentType === null ? {} : { 'content-type': contentType },
  });

/** The contract's error body, exactly: one `error` key holding a string code and a non-empty string message. */
function expectErrorBody(body: string, code: string): void {
  const parsed = JSON.parse(body);
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).sort()).toEqual(['code', 'message']);
  expect(parsed.error.code).toBe(code);
  expect(typeof parsed.error.message).toBe('string');
  expect(parsed.error.message.length).toBeGreaterThan(0);
}

describe('contract rows', () => {
  it('GET /healthz answers 200 {"status":"ok"}', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /v1/article gives the metadata and every statement with the English speaker', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/article' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ...META,
      statements: [
        {
          id: 'p1s1',
          paragraph: 1,
          section: 'article',
          speaker: 'the article (reporting)',
          speakerAr: 'المقال',
          text: 'قتل ثلاثة أشخاص في الهجوم.',
          translation: 'Three people were killed in the attack.',
        },
        {
          id: 'p2s1',
          paragraph: 2,
          section: 'comment',
          speaker: 'a reader',
          speakerAr: 'قارئ',
          text: 'تعليق قارئ.',
          translation: null,
        },
      ],
    });
  });

  it('POST /v1/ask answers 200 with the engine Answer, passing the trimmed question, lang and conversationId', async () => {
    const res = await post(JSON.stringify({ question: '  how many?  ', lang: 'en', conversationId: 'c-1' }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(ANSWER);
    expect(engine.asked.at(-1)).toEqual({ question: 'how many?', lang: 'en', conversationId: 'c-1' });
  });

  it.each([['application/json; charset=utf-8'], ['Application/JSON']])(
    'POST /v1/ask accepts content type %s',
    async (type) => {
      const res = await post(JSON.stringify({ question: 'كم شخصا قتل؟' }), type);
      expect(res.statusCode).toBe(200);
      expect(engine.asked.at(-1)).toEqual({ question: 'كم شخصا قتل؟' });
    },
  );

  it('accepts a question of exactly 1000 characters', async () => {
    const res = await post(JSON.stringify({ question: 'ق'.repeat(1000) }));
    expect(res.statusCode).toBe(200);
  });
});

describe('error rows: bad input never gets a 5xx', () => {
  const long = (n: number) => JSON.stringify({ question: 'a'.repeat(n) });
  it.each([
    ['invalid JSON', '{"question": "x"', JSON_TYPE, 400, 'invalid_json'],
    ['an empty JSON body', '', JSON_TYPE, 400, 'invalid_json'],
    ['a __proto__ key', '{"question":"x","__proto__":{"polluted":true}}', JSON_TYPE, 400, 'invalid_json'],
    [
      'a constructor.prototype key',
      '{"question":"x","constructor":{"prototype":{"p":1}}}',
      JSON_TYPE,
      400,
      'invalid_json',
    ],
    ['a number question', '{"question":42}', JSON_TYPE, 400, 'invalid_request'],
    ['a missing question', '{}', JSON_TYPE, 400, 'invalid_request'],
    ['a null body', 'null', JSON_TYPE, 400, 'invalid_request'],
    ['a string body', '"what?"', JSON_TYPE, 400, 'invalid_request'],
    ['an array body', '[{"question":"x"}]', JSON_TYPE, 400, 'invalid_request'],
    ['an empty question', '{"question":""}', JSON_TYPE, 400, 'invalid_request'],
    ['a blank question', '{"question":" \\n\\t\\u00a0 "}', JSON_TYPE, 400, 'invalid_request'],
    ['a question over 1000 characters', long(1001), JSON_TYPE, 400, 'invalid_request'],
    ['an unknown field', '{"question":"x","extra":1}', JSON_TYPE, 400, 'invalid_request'],
    ['a bad lang', '{"question":"x","lang":"fr"}', JSON_TYPE, 400, 'invalid_request'],
    ['a non-string conversationId', '{"question":"x","conversationId":7}', JSON_TYPE, 400, 'invalid_request'],
    [
      'a conversationId over 200 characters',
      JSON.stringify({ question: 'x', conversationId: 'c'.repeat(201) }),
      JSON_TYPE,
      400,
      'invalid_request',
    ],
    ['a body over 16 KiB', long(17_000), JSON_TYPE, 413, 'payload_too_large'],
    ['text/plain', '{"question":"x"}', 'text/plain', 415, 'unsupported_media_type'],
    ['a form body', 'question=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['no content type', '{"question":"x"}', null, 415, 'unsupported_media_type'],
  ])('%s', async (_name, payload, type, status, code) => {
    const res = await post(payload, type);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expectErrorBody(res.body, code);
  });

  it('a __proto__ key pollutes nothing', async () => {
    await post('{"question":"x","__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the problem in the message', async () => {
    const res = await post('{"question":"x","extra":1}');
    expect(res.json().error.message).toContain('extra');
  });

  it.each([
    ['GET', '/nope'],
    ['GET', '/v1/ask'],
    ['POST', '/healthz'],
    ['DELETE', '/v1/article'],
  ] as const)('%s %s -> 404 not_found', async (method, url) => {
    const res = await app.inject({ method, url });
    expect(res.statusCode).toBe(404);
    expectErrorBody(res.body, 'not_found');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has asked its quota, and counts clients apart', async () => {
    const limited = await buildApp(createFakeEngine(), 3);
    const ask = (ip: string) =>
      limited.inject({ method: 'POST', url: '/v1/ask', remoteAddress: ip, payload: { question: 'x' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask('10.0.0.1')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await ask('10.0.0.1');
    expect(res.statusCode).toBe(429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expectErrorBody(res.body, 'rate_limited');
    expect((await ask('10.0.0.2')).statusCode).toBe(200);
    expect((await limited.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    await limited.close();
  });
});

describe('failures inside the service', () => {
  it('an engine that throws gives a generic 500 that leaks nothing', async () => {
    const broken = await buildApp(createFakeEngine({ fail: true }));
    const res = await broken.inject({ method: 'POST', url: '/v1/ask', payload: { question: 'x' } });
    expect(res.statusCode).toBe(500);
    expectErrorBody(res.body, 'internal_error');
    expect(res.body).not.toContain('secret internal detail');
    await broken.close();
  });
});

describe('over a real loopback socket', () => {
  it('serves /healthz and answers POST /v1/ask', async () => {
    const live = await buildApp(createFakeEngine());
    const url = await live.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      const res = await fetch(`${url}/v1/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ question: 'كم شخصا قتل؟' }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(ANSWER);
      const bad = await fetch(`${url}/v1/ask`, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: '{' });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.code).toBe('invalid_json');
    } finally {
      await live.close();
    }
  });
});
