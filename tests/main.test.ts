import autocannon from 'autocannon';
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscordFake, startDiscordFake } from './fakes/discord-fake.js';
import { FakeTelegramBotApi } from './fakes/telegram-bot-api.js';
import { halfSentAsk, untilHttpClosing } from './helpers/half-sent.js';
import { type RunningService, startService } from './helpers/service.js';

/**
 * The whole service (src/main.ts) with HTTP, Telegram and Discord at once, against the loopback fakes: secrets at
 * debug level, and SIGTERM under load.
 */

const TELEGRAM_TOKEN = '123456:AAF-main-test-telegram-secret_part';
const WEBHOOK_SECRET = 'main-test-webhook-secret_0123456789';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.main-test-discord-secret_part-0123';
const APP_ID = '123456789012345678';
const ALICE = { id: 42, first_name: 'Alice', language_code: 'en' };
const PRIVATE = { id: 42, type: 'private' } as const;
const QUESTION = 'How many people were killed in the first attack on the camp?';

let telegram: FakeTelegramBotApi | undefined;
let discord: DiscordFake | undefined;
let service: RunningService | undefined;
afterEach(async () => {
  await service?.stop('SIGKILL');
  await telegram?.close();
  await discord?.close();
  service = telegram = discord = undefined;
});

async function waitFor(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const logged = (s: RunningService, fragment: string) => () => s.logs.some((l) => l.includes(fragment));

async function startAll(env: Record<string, string>) {
  telegram = await FakeTelegramBotApi.start({ token: TELEGRAM_TOKEN, maxPollSeconds: 2 });
  discord = await startDiscordFake({ token: DISCORD_TOKEN, applicationId: APP_ID, heartbeatIntervalMs: 1000 });
  service = await startService({
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_REST_API: discord.restApi,
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  await waitFor(
    'both bots',
    () =>
      logged(service as RunningService, 'telegram adapter started')() &&
      logged(service as RunningService, 'discord adapter started')(),
  );
  return { telegram, discord, service };
}

/** Sends /ask through the Discord fake and waits for the bot's edited reply. */
async function askDiscord(fake: DiscordFake, question: string): Promise<void> {
  const { token } = fake.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: question }] });
  await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token), 'the /ask reply', 15_000);
}

describe('the whole service at debug level, both bots, successes and failures', () => {
  it('never writes a token or the webhook secret to stdout or stderr', async () => {
    // The token in the webhook path, as many deployments do: the path is logged (webhook set, every request line).
    const path = `/telegram/${TELEGRAM_TOKEN}`;
    const { telegram, discord, service } = await startAll({
      LOG_LEVEL: 'debug',
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:9${path}`,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    const post = (secret: string | undefined, id: number, text: string) =>
      fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
        body: JSON.stringify({
          update_id: id,
          message: { message_id: id, date: 0, chat: PRIVATE, from: { ...ALICE, is_bot: false }, text },
        }),
      });

    expect((await post(WEBHOOK_SECRET, 1, QUESTION)).status).toBe(200);
    await telegram.nextCall('sendMessage');
    telegram.failNext('sendMessage', 1, 429);
    expect((await post(WEBHOOK_SECRET, 2, QUESTION)).status).toBe(200);
    await telegram.nextCall('sendMessage', () => true, 15_000);
    telegram.failNext('sendMessage', 1, 400);
    expect((await post(WEBHOOK_SECRET, 3, QUESTION)).status).toBe(200);
    await waitFor('the failed update logged', logged(service, 'telegram update failed'));
    expect((await post('wrong-secret', 4, QUESTION)).status).toBe(401);
    expect((await post(undefined, 5, QUESTION)).status).toBe(401);

    await askDiscord(discord, QUESTION);
    discord.failNext('PATCH', /^\/webhooks\//, 500);
    discord.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: QUESTION }] });
    discord.drop({ resumable: true });
    await discord.waitFor('RESUMED', () => (discord.gateway.resumed >= 1 && discord.live ? true : undefined));
    await askDiscord(discord, 'Who opposes the plan?');
    await fetch(`${service.url}/v1/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bot ${DISCORD_TOKEN}` },
      body: JSON.stringify({ question: TELEGRAM_TOKEN }),
    });

    const { code } = await service.stop('SIGTERM');
    expect(code).toBe(0);
    const output = [...service.logs, ...service.stderr].join('\n');
    expect(service.logs.some((l) => l.includes('"level":20'))).toBe(true);
    expect(output).toContain('[REDACTED]');
    for (const secret of [
      TELEGRAM_TOKEN,
      encodeURIComponent(TELEGRAM_TOKEN),
      TELEGRAM_TOKEN.split(':')[1] ?? '',
      WEBHOOK_SECRET,
      DISCORD_TOKEN,
      DISCORD_TOKEN.split('.')[2] ?? '',
    ]) {
      expect(output, secret).not.toContain(secret);
    }
  }, 60_000);
});

describe('one rate limiter for every adapter', () => {
  it('allows each HTTP client address, Telegram user and Discord user RATE_LIMIT_PER_MINUTE questions, each apart', async () => {
    const { telegram, discord, service } = await startAll({ RATE_LIMIT_PER_MINUTE: '2' });
    const http: Array<[number, string | null]> = [];
    for (let n = 0; n < 3; n++) {
      const res = await fetch(`${service.url}/v1/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: QUESTION }),
      });
      await res.arrayBuffer();
      http.push([res.status, res.headers.get('retry-after')]);
    }
    expect(http.map(([status]) => status)).toEqual([200, 200, 429]);
    expect(Number(http[2]?.[1])).toBeGreaterThan(0);

    // The HTTP client's questions took nothing from the Telegram user's, nor theirs from the Discord user's.
    const telegramReplies: string[] = [];
    for (let n = 0; n < 3; n++) {
      telegram.userSends(PRIVATE, ALICE, QUESTION);
      telegramReplies.push(String((await telegram.nextCall('sendMessage')).body.text));
    }
    expect(telegramReplies.map((text) => text.includes('faster than I can answer'))).toEqual([false, false, true]);

    await askDiscord(discord, QUESTION);
    await askDiscord(discord, QUESTION);
    const { id, token } = discord.interact({
      command: 'ask',
      options: [{ name: 'question', type: 3, value: QUESTION }],
    });
    const limited = await discord.waitForCall((c) => c.path === `/interactions/${id}/${token}/callback`, 'the notice');
    expect(limited.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(limited.body)).toContain('You are asking too fast');
  }, 60_000);
});

describe('SIGTERM under load, both bots', () => {
  it('answers the HTTP requests and the Telegram update in flight, stops polling, closes the gateway, exits 0 within 5 s', async () => {
    const { telegram, discord, service } = await startAll({});

    // Load: 20 connections asking as fast as they can, until the service has gone.
    const statuses = new Map<number, number>();
    let instance: autocannon.Instance | undefined;
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      const ask = { method: 'POST' as const, path: '/v1/ask', headers: { 'content-type': 'application/json' } };
      instance = autocannon(
        {
          url: service.url,
          connections: 20,
          duration: 10,
          requests: [{ ...ask, body: JSON.stringify({ question: QUESTION }) }],
        },
        (err: Error | null, result: autocannon.Result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
    });
    await new Promise((r) => setTimeout(r, 1000));

    // In flight at SIGTERM: 20 HTTP requests whose bodies are only finished after the service says it is shutting
    // down, and a Telegram question whose answer waits out a 429 (retry after 1 s).
    let release: () => void = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    const inFlight = Array.from({ length: 20 }, () => halfSentAsk(service.url, QUESTION, released));
    telegram.failNext('sendMessage', 1, 429);
    telegram.userSends(PRIVATE, ALICE, QUESTION);
    await waitFor('the 429', () => telegram.callsTo('sendMessage').some((c) => c.status === 429));

    const pollsBefore = telegram.callsTo('getUpdates').length;
    const stopped = service.stop('SIGTERM');
    // The bots stop first, then the HTTP server closes. The bodies are finished only once it is closing, so they are
    // answered, and the exit comes in time, only if it drains in-flight requests and lets their connections go.
    await untilHttpClosing(service.url);
    release();
    const answers = await Promise.all(inFlight);
    const { code, ms } = await stopped;
    instance?.stop();
    await load;

    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.connection).toBe('close');
      expect(JSON.parse(a.body).citations[0].id).toBe('p9s1');
    }
    // Under load every response was an answer, or 503 for a request that arrived while closing; never another 5xx.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(100);
    expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // The Telegram update in flight was answered before the exit.
    expect(telegram.callsTo('sendMessage').map((c) => c.status)).toEqual([429, 200]);
    // Polling stopped: the adapter ended it before the exit with grammY's final getUpdates (limit 1), which confirms
    // the last update so that the next start does not get it again; and nothing polled after the exit.
    const polls = telegram.callsTo('getUpdates');
    const lastUpdate = Math.max(
      ...polls.flatMap((c) => ((c.response.result ?? []) as Array<{ update_id: number }>).map((u) => u.update_id)),
    );
    expect(polls.slice(pollsBefore).filter((c) => c.body.limit === 1)).toEqual([
      expect.objectContaining({ status: 200, body: expect.objectContaining({ offset: lastUpdate + 1 }) }),
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(telegram.callsTo('getUpdates')).toHaveLength(polls.length);
    expect(service.logs.some((l) => l.includes('telegram adapter stopped'))).toBe(true);
    // The gateway was closed normally (1000), not dropped.
    expect(discord.gateway.closes).toContain(1000);
  }, 60_000);
});

describe('SIGTERM when the graceful shutdown hangs', () => {
  it('exits 1 within 5 s anyway, saying it was still waiting for the HTTP server', async ({ annotate }) => {
    service = await startService({});
    const running = service;
    // A request whose body never finishes: the HTTP server cannot close while it is in flight (its requestTimeout is
    // 15 s), so app.close(), and with it the graceful path, hangs for real. Only the forced exit can end it in time.
    const stalled = halfSentAsk(running.url, QUESTION, new Promise<void>(() => {})).then(
      () => 'answered',
      () => 'cut off',
    );
    await new Promise((r) => setTimeout(r, 200));

    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((r) => {
      timer = setTimeout(r, 7_000, undefined);
    });
    const stopped = await Promise.race([running.stop('SIGTERM'), late]);
    clearTimeout(timer);
    if (!stopped) running.kill();

    expect(stopped, 'still running 7 s after SIGTERM').toBeDefined();
    const { code, ms } = stopped as { code: number | null; ms: number };
    await annotate(`SIGTERM to exit: ${Math.round(ms)} ms`);
    expect(code).toBe(1);
    expect(ms).toBeLessThan(5000);
    // It waited out the grace period first (the hang was real, not a graceful close that happened to fail).
    expect(ms).toBeGreaterThan(4000);
    expect(await stalled).toBe('cut off');
    const lines = running.logs.map((l) => JSON.parse(l) as { level: number; msg: string; waitingFor?: string });
    const forced = lines.filter((l) => l.msg.startsWith('shutdown took too long'));
    expect(forced).toEqual([
      expect.objectContaining({ level: 50, waitingFor: 'the HTTP server to close (requests still in flight)' }),
    ]);
    expect(forced[0]?.msg).toContain('exiting with code 1');
    expect(lines.map((l) => l.msg)).not.toContain('stopped');
  }, 30_000);
});
