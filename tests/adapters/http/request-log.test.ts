import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../../src/adapters/http/app.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createRateLimiter } from '../../../src/rate-limit.js';
import { createFakeEngine } from './fake-engine.js';

async function appLoggingAt(level: string) {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (s: string) => lines.push(s) } });
  const deps = { engine: createFakeEngine(), config: parseConfig({}), logger, limiter: createRateLimiter(100) };
  const app = await createHttpApp(deps);
  const logs = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { app, logs };
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
