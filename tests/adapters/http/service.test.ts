import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, secretsOf } from '../../../src/config.js';
import { halfSentAsk, untilHttpClosing } from '../../helpers/half-sent.js';
import { ROOT, type RunningService, runUntilExit, startService } from '../../helpers/service.js';

const MANY = { RATE_LIMIT_PER_MINUTE: '100000' };

/** Polls /healthz until it answers 200; resolves with the milliseconds since `since`. */
async function waitHealthy(url: string, since: number): Promise<number> {
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const ask = (url: string, question: string) =>
  fetch(`${url}/v1/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });

describe('starting and stopping the real service', () => {
  // On a loaded 2-core CI machine (other test files spawn services and Chromium in parallel) one start can be slow
  // for reasons outside the service, so it gets up to 5 tries and must once be healthy within 2 s.
  it('is healthy within 2 s of spawn (best of up to 5 starts) and exits 0 within 5 s of each SIGTERM', async ({
    annotate,
  }) => {
    const starts: number[] = [];
    const stops: number[] = [];
    while (starts.length < 5 && !starts.some((ms) => ms < 2000)) {
      const since = performance.now();
      const service = await startService(MANY);
      starts.push(await waitHealthy(service.url, since));
      const { code, ms } = await service.stop();
      expect(code).toBe(0);
      stops.push(ms);
    }
    const figures = `start-to-healthy ms: ${starts.map(Math.round).join(', ')}; SIGTERM-to-exit ms: ${stops.map(Math.round).join(', ')}`;
    await annotate(figures);
    expect(Math.min(...starts), figures).toBeLessThan(2000);
    expect(Math.max(...stops), figures).toBeLessThan(5000);
  }, 60_000);

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ RATE_LIMIT_PER_MINUTE: '1000001' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_WEBHOOK_URL: 'https://example.org/hook' }, 'TELEGRAM_WEBHOOK_SECRET'],
  ])('%j stops the start with exit 1 and one stderr line naming %s', async (env, name) => {
    const { code, stdout, stderr } = await runUntilExit(env);
    expect(code).toBe(1);
    expect(stderr).toEqual([expect.stringMatching(new RegExp(`^Invalid environment variable ${name}: \\S`))]);
    expect(stdout).toEqual([]);
  });
});

describe('a broken knowledge directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sanad-service-knowledge-'));
    await cp(join(ROOT, 'knowledge'), dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const setParagraphs = async (d: string) => {
    const meta = JSON.parse(await readFile(join(d, 'meta.json'), 'utf8'));
    await writeFile(join(d, 'meta.json'), JSON.stringify({ ...meta, paragraphs: 'sixteen' }));
  };
  it.each([
    [
      'a missing file',
      (d: string) => rm(join(d, 'lexicon.json')),
      /^Knowledge file \S*lexicon\.json: cannot be read \(ENOENT\)$/,
    ],
    ['a malformed field', setParagraphs, /^Knowledge file \S*meta\.json: field paragraphs: \S/],
  ])(
    '%s stops the start with exit 1 and one stderr line naming the file and the field',
    async (_name, breakIt, line) => {
      await breakIt(dir);
      const { code, stdout, stderr } = await runUntilExit({ KNOWLEDGE_DIR: dir });
      expect(code).toBe(1);
      expect(stderr).toEqual([expect.stringMatching(line)]);
      expect(stdout).toEqual([]);
    },
  );
});

const VALID = {
  TELEGRAM_BOT_TOKEN: '123456:ABC-def_1',
  DISCORD_TOKEN: 'discord-token',
  DISCORD_APPLICATION_ID: '123456789012345678',
};

describe('the environment (parseConfig, which main.ts calls once)', () => {
  it('defaults to loopback, port 3000, info, knowledge/, the public APIs and 30 questions a minute; blank means unset', () => {
    const expected = {
      PORT: 3000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      KNOWLEDGE_DIR: 'knowledge',
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      DISCORD_REST_API: 'https://discord.com/api',
      RATE_LIMIT_PER_MINUTE: 30,
    };
    expect(parseConfig({})).toEqual(expected);
    expect(parseConfig({ PORT: ' ', HOST: '', TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '  ' })).toEqual(expected);
  });

  it('reads every variable of the contract', () => {
    const env = {
      ...VALID,
      PORT: '0',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      KNOWLEDGE_DIR: '/srv/knowledge',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'secret_0-9',
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_REST_API: 'http://127.0.0.1:9000/api',
      RATE_LIMIT_PER_MINUTE: '1000000',
    };
    expect(parseConfig(env)).toEqual({ ...env, PORT: 0, RATE_LIMIT_PER_MINUTE: 1_000_000 });
    expect(secretsOf(parseConfig(env))).toEqual([VALID.TELEGRAM_BOT_TOKEN, 'secret_0-9', VALID.DISCORD_TOKEN]);
  });

  it('counts a "Bot "-prefixed Discord token without its prefix as a secret too (discord.js strips it)', () => {
    const prefixed = parseConfig({ ...VALID, DISCORD_TOKEN: `Bot ${VALID.DISCORD_TOKEN}` });
    expect(secretsOf(prefixed)).toEqual([VALID.TELEGRAM_BOT_TOKEN, `Bot ${VALID.DISCORD_TOKEN}`, VALID.DISCORD_TOKEN]);
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '-1' }],
    ['PORT', { PORT: '1.5' }],
    ['PORT', { PORT: '65536' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['TELEGRAM_BOT_TOKEN', { TELEGRAM_BOT_TOKEN: 'not-a-token' }],
    ['TELEGRAM_API_ROOT', { TELEGRAM_API_ROOT: 'ftp://api.telegram.org' }],
    ['TELEGRAM_WEBHOOK_URL', { ...VALID, TELEGRAM_WEBHOOK_URL: 'bot.example.org', TELEGRAM_WEBHOOK_SECRET: 's' }],
    ['TELEGRAM_WEBHOOK_SECRET', { ...VALID, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/t' }],
    ['TELEGRAM_WEBHOOK_SECRET', { ...VALID, TELEGRAM_WEBHOOK_URL: 'https://b.org/t', TELEGRAM_WEBHOOK_SECRET: 'a b' }],
    [
      'TELEGRAM_WEBHOOK_SECRET',
      { ...VALID, TELEGRAM_WEBHOOK_URL: 'https://b.org/t', TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(257) },
    ],
    ['DISCORD_APPLICATION_ID', { DISCORD_TOKEN: 'discord-token' }],
    ['DISCORD_APPLICATION_ID', { ...VALID, DISCORD_APPLICATION_ID: '42' }],
    ['DISCORD_GUILD_ID', { ...VALID, DISCORD_GUILD_ID: 'my-guild' }],
    ['DISCORD_REST_API', { DISCORD_REST_API: 'discord.com/api' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '0' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '2.5' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '1000001' }],
  ])('a bad %s is one line naming it: %j', (name, env) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^Invalid environment variable ${name}: [^\\n]+$`));
  });
});

describe('the real service under load', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService(MANY);
  });
  afterAll(() => service.stop());

  it('answers 200 concurrent questions, every one 200 with an Answer', async ({ annotate }) => {
    const questions = ['كم شخصا قتل في الهجوم الأول على المعسكر؟', 'Who opposes the plan?', 'متى نشر المقال؟'];
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ask(service.url, questions[i % questions.length] ?? '')),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    await annotate(`200 concurrent POST /v1/ask in ${Math.round(performance.now() - started)} ms`);
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(200));
    for (const body of bodies) {
      expect(typeof body.answered).toBe('boolean');
      expect(['ar', 'en']).toContain(body.language);
      expect(Array.isArray(body.citations)).toBe(true);
    }
  });

  it('still answers a request in flight at SIGTERM, then exits 0 within 5 s', async () => {
    // Half the body now; the rest only once the HTTP server is closing.
    let release = () => {};
    const response = halfSentAsk(service.url, 'Who opposes the plan?', new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 100));
    const stopped = service.stop();
    await untilHttpClosing(service.url);
    release();
    const { status, connection, body } = await response;
    expect(status).toBe(200);
    expect(connection).toBe('close');
    expect(JSON.parse(body).language).toBe('en');
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
  });
});
