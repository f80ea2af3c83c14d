import { readdir, readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createFakeEngine } from './fake-engine.js';

const PAGE_DIR = new URL('../../../src/adapters/http/page/', import.meta.url);
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(createFakeEngine());
});
afterAll(() => app.close());

describe('the test page', () => {
  it('GET / is an HTML page loading only its own script and style, with no inline script or style', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<script type="module" src="/app.js"></script>');
    expect(res.body).toContain('<link rel="stylesheet" href="/style.css">');
    expect(res.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(res.body).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(res.body).toMatch(/id="question"[^>]*dir="auto"/);
    expect(res.body).toContain('aria-live="polite"');
  });

  it.each([
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/render.js', 'text/javascript; charset=utf-8'],
    ['/i18n.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body.length).toBeGreaterThan(100);
  });

  it('builds the DOM with textContent only: no HTML parsing of data anywhere in the page scripts', async () => {
    const scripts = (await readdir(PAGE_DIR)).filter((f) => f.endsWith('.js'));
    expect(scripts.sort()).toEqual(['app.js', 'i18n.js', 'render.js']);
    for (const file of scripts) {
      const text = await readFile(new URL(file, PAGE_DIR), 'utf8');
      expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    }
  });
});

describe('security headers', () => {
  it.each(['/', '/healthz', '/nope'])('%s carries a strict CSP and the usual helmet headers', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
