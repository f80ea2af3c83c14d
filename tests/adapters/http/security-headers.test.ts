import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/adapters/http/page.js';
import { helmetHeaders } from '../../../src/adapters/http/security-headers.js';
import { buildApp, createFakeEngine } from './fake-engine.js';

const EXPECTED = {
  'content-security-policy':
    "default-src 'none';script-src 'self';style-src 'self';connect-src 'self';img-src 'self' data:;base-uri 'none';form-action 'self';frame-ancestors 'none';object-src 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('security headers', () => {
  it("are Helmet's headers for the service's policy", () => {
    expect(helmetHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY })).toEqual(EXPECTED);
  });

  it('refuses a policy computed per request (a nonce), which cannot be fixed once', () => {
    const directives = { defaultSrc: ["'none'"], scriptSrc: [() => "'nonce-abc'"] };
    expect(() => helmetHeaders({ contentSecurityPolicy: { useDefaults: false, directives } })).toThrow(/scriptSrc/);
  });

  it.each([
    ['an answer', { question: 'how many?' }, 200],
    ['a bad request', { question: '' }, 400],
  ])('go out with %s of POST /v1/ask too', async (_name, payload, status) => {
    const app = await buildApp(createFakeEngine());
    const res = await app.inject({ method: 'POST', url: '/v1/ask', payload });
    expect(res.statusCode).toBe(status);
    for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers[name], name).toBe(value);
    await app.close();
  });
});
