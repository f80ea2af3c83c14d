import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../../src/adapters/http/app.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createRateLimiter } from '../../../src/rate-limit.js';
import { createFakeEngine } from './fake-engine.js';

async function appLoggingAt(level: string, secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, destination: { write: (s: string) => lines.push(s) } });
  const deps = { engine: createFakeEngine(), config: parseConfig({}), logger, limiter: createRateLimiter(100) };
  const app = await createHttpApp(deps);
  const logs = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { app, logs, lines, logger };
}

describe('request logging', () => {
  it('writes one info line per request, when it is answered, with method, URL, status, address and time', async () => {
    const { app, logs } = await appLoggingAt('info');
    await app.ready();
    const before = logs().length;
    const res = await app.inject({ method: 'POST', url: '/v1/ask', payload: { question: 'how many?' } });
    expect(res.statusCode).toBe(200);
    const lines = logs().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request', method: 'POST', url: '/v1/ask', status: 200 });
    expect(lines[0]?.ip).toBe('127.0.0.1');
    expect(typeof lines[0]?.ms).toBe('number');
    expect(typeof lines[0]?.reqId).toBe('string');
    expect(JSON.stringify(lines)).not.toContain('incoming request');
    await app.close();
  });

  it('writes the line pino itself writes for those fields, escapes included', async () => {
    const { app, lines, logger } = await appLoggingAt('info');
    await app.ready();
    const before = lines.length;
    const url = '/nope?q=%22quoted%22&u=\u0643"\\';
    await app.inject({ method: 'GET', url });
    const ours = lines.slice(before);
    expect(ours).toHaveLength(1);
    const line = JSON.parse(ours[0] ?? '') as Record<string, unknown>;
    const { reqId, method, status, ip, ms } = line;
    logger.info({ reqId, method, url: line.url, status, ip, ms }, 'request');
    const pinos = lines.at(-1) ?? '';
    const withoutTime = (l: string) => l.replace(/"time":\d+/, '"time":0');
    expect(withoutTime(ours[0] ?? '')).toBe(withoutTime(pinos));
    expect(line.url).toBe('/nope?q=%22quoted%22&u=%D9%83%22\\');
    await app.close();
  });

  it('scrubs a secret from the URL in the line', async () => {
    const token = '123456:AAF-request-log-secret';
    const { app, lines } = await appLoggingAt('info', [token]);
    await app.ready();
    const before = lines.length;
    await app.inject({ method: 'POST', url: `/telegram/${token}`, payload: {} });
    const ours = lines.slice(before).join('');
    expect(ours).toContain('"url":"/telegram/[REDACTED]"');
    expect(ours).not.toContain('AAF-request-log-secret');
    await app.close();
  });

  it('logs a 404 in the same one line, with its status', async () => {
    const { app, logs } = await appLoggingAt('info');
    await app.ready();
    const before = logs().length;
    await app.inject({ method: 'GET', url: '/nope?x=1' });
    expect(logs().slice(before)).toEqual([
      expect.objectContaining({ msg: 'request', method: 'GET', url: '/nope?x=1', status: 404 }),
    ]);
    await app.close();
  });

  it('writes nothing per request above info', async () => {
    const { app, logs } = await appLoggingAt('warn');
    await app.inject({ method: 'POST', url: '/v1/ask', payload: { question: 'how many?' } });
    await app.inject({ method: 'GET', url: '/healthz' });
    expect(logs()).toEqual([]);
    await app.close();
  });
});
