import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubbingStream } from '../src/logger.js';
import { ROOT } from './helpers/service.js';

describe('the service logger', () => {
  it('scrubs every configured secret, raw and URL-encoded, from every line', () => {
    const lines: string[] = [];
    const secret = '123456:AAE-secret/with+odd=chars';
    const logger = createLogger({ level: 'debug', secrets: [secret], destination: { write: (s) => lines.push(s) } });
    logger.error({ url: `https://api.telegram.org/bot${encodeURIComponent(secret)}/getMe` }, `failed with ${secret}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('AAE-secret');
    expect(lines[0]?.match(/\[REDACTED\]/g)).toHaveLength(2);
  });

  it('redacts token fields and secret headers whatever their value (an interaction token is no configured secret)', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (s) => lines.push(s) } });
    const values = ['interaction-token-value', 'nested-token-value', 'Bot abc.def-value', 'hook-secret-value'];
    const [token, nested, authorization, secret] = values;
    const headers = { authorization, 'x-telegram-bot-api-secret-token': secret, accept: 'text/plain' };
    logger.info({ token, call: { token: nested }, req: { headers } }, 'a line');
    for (const value of values) expect(lines[0]).not.toContain(value);
    expect(lines[0]?.match(/\[REDACTED\]/g)).toHaveLength(4);
    expect(lines[0]).toContain('text/plain');
  });

  it('leaves short values alone (they would scrub ordinary words)', () => {
    const out: string[] = [];
    scrubbingStream(['abc'], { write: (s) => out.push(s) }).write('abcdef');
    expect(out).toEqual(['abcdef']);
  });

  it.each([
    ['while a write is in flight', 'await new Promise((r) => setImmediate(r));'],
    ['after the earlier lines were written', 'await new Promise((r) => setTimeout(r, 200));'],
  ])(
    'writes stdout a turn at a time, yet every line logged before process.exit() gets out, in order: exit %s',
    (_when, pause) => {
      const script = [
        "import { createLogger } from './src/logger.ts';",
        "const logger = createLogger({ level: 'info' });",
        "for (let i = 0; i < 2500; i++) logger.info({ i }, 'line');",
        pause,
        "for (let i = 2500; i < 5000; i++) logger.info({ i }, 'line');",
        "logger.info('last');",
        'process.exit(3);',
      ].join('\n');
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.status).toBe(3);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { i?: number; msg: string });
      expect(lines.map((l) => l.i ?? l.msg)).toEqual([...Array.from({ length: 5000 }, (_, i) => i), 'last']);
    },
  );
});
