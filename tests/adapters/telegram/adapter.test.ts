import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../../src/adapters/telegram/adapter.js';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { FakeTelegramBotApi } from '../../fakes/telegram-bot-api.js';
import { stopAfterEach } from '../../helpers/teardown.js';
import { CITATION_P9, createFakeEngine } from './fake-engine.js';
import { countingLimiter, TOKEN } from './harness.js';

const SECRET = 'webhook-secret_123';
const ALICE = { id: 42, first_name: 'Alice', language_code: 'en' };
const PRIVATE = { id: 42, type: 'private' } as const;

let fake: FakeTelegramBotApi | undefined;
let adapter: BotAdapter | undefined;
stopAfterEach(
  () => ({ adapter, fake }),
  () => {
    adapter = undefined;
    fake = undefined;
  },
);

async function setup(
  env: Record<string, string> = {},
  token = TOKEN,
  pollingRestartMs = 200,
  options: TelegramAdapterOptions = {},
) {
  fake = await FakeTelegramBotApi.start({ token: TOKEN, maxPollSeconds: 2 });
  const logLines: string[] = [];
  // Deliberately no secrets given to the logger: the adapter itself must keep the token out of what it logs.
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => logLines.push(s) } });
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: fake.apiRoot, ...env });
  const deps = { engine: createFakeEngine(), config, logger, limiter: countingLimiter() };
  adapter = createTelegramAdapter(deps, { pollingRestartMs, ...options });
  return { fake, adapter, logLines };
}

describe('telegram adapter over a loopback Bot API', () => {
  it('long polling: start resolves after getMe, registers commands in English and Arabic, answers updates', async () => {
    const { fake, adapter } = await setup();
    await adapter.start();
    expect(fake.callsTo('getMe')).toHaveLength(1);
    expect(fake.callsTo('deleteWebhook')).toHaveLength(1);
    expect(fake.commands.get('')?.map((c) => c.command)).toEqual(['ask', 'source', 'help', 'start']);
    expect(fake.commands.get('ar')?.[0]?.description).toBe('اطرح سؤالًا عن المقال');
    fake.userSends(PRIVATE, ALICE, 'How many people were killed in the first attack on the camp?');
    const sent = await fake.nextCall('sendMessage');
    expect(sent.body.text).toContain(CITATION_P9.text);
    expect(sent.body).toMatchObject({ chat_id: 42, parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  it('retries a sendMessage answered 429 after retry_after, and a 500', async () => {
    const { fake, adapter } = await setup();
    await adapter.start();
    fake.failNext('sendMessage', 1, 429);
    fake.failNext('sendMessage', 1, 500);
    const t0 = Date.now();
    fake.userSends(PRIVATE, ALICE, 'How many were killed?');
    const sent = await fake.nextCall('sendMessage', () => true, 15_000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(sent.body.text).toContain('<b>123</b>');
    expect(fake.callsTo('sendMessage').map((c) => c.status)).toEqual([429, 500, 200]);
  });

  it('sends welcome, hints and answers that the strict HTML check accepts, whatever the question holds', async () => {
    const { fake, adapter } = await setup();
    await adapter.start();
    fake.userSends(PRIVATE, ALICE, '/start');
    fake.userSends(PRIVATE, ALICE, 'Who <b>was</b> </blockquote> killed & why?');
    fake.userSendsSticker(PRIVATE, ALICE);
    await fake.nextCall('sendMessage');
    await fake.nextCall('sendMessage');
    await fake.nextCall('sendMessage');
    expect(fake.callsTo('sendMessage').map((c) => c.status)).toEqual([200, 200, 200]);
  });

  it('stop ends polling promptly and confirms the last update offset', async () => {
    const { fake, adapter } = await setup();
    await adapter.start();
    const id = fake.pushUpdate({ message: { message_id: 1, date: 0, chat: PRIVATE, from: ALICE, text: 'hi?' } });
    await fake.nextCall('sendMessage');
    const t0 = Date.now();
    await adapter.stop();
    expect(Date.now() - t0).toBeLessThan(2000);
    const last = fake.callsTo('getUpdates').at(-1);
    expect(last?.body.offset).toBe(id + 1);
  });

  it('long polling: stop() lets an update being handled finish (its sendMessage answered 1 s late) and confirms it', async () => {
    const { fake, adapter, logLines } = await setup();
    await adapter.start();
    fake.delayNext('sendMessage', 1, 1000);
    const id = fake.pushUpdate({ message: { message_id: 1, date: 0, chat: PRIVATE, from: ALICE, text: 'hi?' } });
    await fake.nextArrival('sendMessage');
    await adapter.stop();
    // Answered while the bot still waited for it, not cut off (NO_ANSWER) nor still pending.
    expect(fake.callsTo('sendMessage').map((c) => c.status)).toEqual([200]);
    expect(fake.callsTo('getUpdates').at(-1)?.body.offset).toBe(id + 1);
    const stopped = logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'telegram adapter stopped');
    expect(stopped).toMatchObject({ unfinished: 0 });
  });

  it('polls again after a 409 Conflict (another instance polled with the same token) and keeps answering', async () => {
    const { fake, adapter, logLines } = await setup();
    await adapter.start();
    fake.failNext('getUpdates', 1, 409);
    fake.userSends(PRIVATE, ALICE, 'first?');
    await fake.nextCall('sendMessage');
    await new Promise((r) => setTimeout(r, 100));
    fake.userSends(PRIVATE, ALICE, 'second?');
    await fake.nextCall('sendMessage');
    expect(fake.callsTo('getUpdates').some((c) => c.status === 409)).toBe(true);
    expect(logLines.join('')).toContain('telegram polling conflict; retrying');
  });

  it('a wrong token: start rejects with a clear message that does not carry the token', async () => {
    const { adapter, logLines } = await setup({}, '999999:WRONG-token-value');
    const error = await adapter.start().then(
      () => new Error('start resolved'),
      (e: unknown) => e as Error,
    );
    expect(error.name).toBe('TelegramStartError');
    expect(error.message).toMatch(/401 Unauthorized.*TELEGRAM_BOT_TOKEN|TELEGRAM_BOT_TOKEN.*401/);
    const everything = JSON.stringify({ message: error.message, stack: error.stack, cause: String(error.cause) });
    expect(everything).not.toContain('WRONG-token-value');
    expect(logLines.join('')).not.toContain('WRONG-token-value');
  });
});

describe('telegram adapter, webhook mode', () => {
  const env = { TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram/webhook', TELEGRAM_WEBHOOK_SECRET: SECRET };
  const update = (id: number) => ({
    update_id: id,
    message: {
      message_id: 5,
      date: 0,
      chat: PRIVATE,
      from: { ...ALICE, is_bot: false },
      text: 'How many were killed?',
    },
  });

  async function webhookSetup(options: TelegramAdapterOptions = {}) {
    const ctx = await setup(env, TOKEN, 200, options);
    const app = Fastify();
    ctx.adapter.registerRoutes?.(app);
    await app.ready();
    /** Posts `payload` to the webhook path, with the right secret header unless `headers` are given. */
    const post = (payload: object, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': SECRET }) =>
      app.inject({ method: 'POST', url: '/telegram/webhook', headers, payload });
    return { ...ctx, app, post };
  }

  it('sets the webhook with the secret, then answers an update posted with the right secret', async () => {
    const { fake, adapter, app, post } = await webhookSetup();
    await adapter.start();
    expect(fake.webhook).toMatchObject({ url: env.TELEGRAM_WEBHOOK_URL, secret_token: SECRET });
    expect(fake.callsTo('getUpdates')).toHaveLength(0);
    const res = await post(update(1));
    expect(res.statusCode).toBe(200);
    const sent = await fake.nextCall('sendMessage');
    expect(sent.body.text).toContain('<b>123</b>');
    await app.close();
  });

  it.each([
    ['missing', {}],
    ['wrong', { 'x-telegram-bot-api-secret-token': 'not-the-secret' }],
    ['a prefix of the', { 'x-telegram-bot-api-secret-token': SECRET.slice(0, -1) }],
  ])('rejects a %s secret with 401 and handles nothing', async (_name, headers) => {
    const { fake, adapter, app, post } = await webhookSetup();
    await adapter.start();
    const res = await post(update(2), headers);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'unauthorized', message: 'wrong or missing X-Telegram-Bot-Api-Secret-Token' },
    });
    expect(fake.callsTo('sendMessage')).toHaveLength(0);
    await app.close();
  });

  it('stop() waits for an update still being handled after its webhook request was answered at the timeout', async () => {
    const { fake, adapter, app, post } = await webhookSetup({ webhookTimeoutMs: 50 });
    await adapter.start();
    fake.failNext('sendMessage', 1, 429);
    const res = await post(update(6));
    expect(res.statusCode).toBe(200);
    // The answer waits out the 429's retry_after (1 s), well past the webhook's timeout.
    expect(fake.callsTo('sendMessage').filter((c) => c.status === 200)).toEqual([]);
    await adapter.stop();
    expect(fake.callsTo('sendMessage').map((c) => c.status)).toEqual([429, 200]);
    await app.close();
  });

  it('answers 503 before start and after stop, and 400 for a body that is not an update', async () => {
    const { adapter, app, post } = await webhookSetup();
    expect((await post(update(3))).statusCode).toBe(503);
    await adapter.start();
    expect((await post({ hello: 'world' })).statusCode).toBe(400);
    await adapter.stop();
    expect((await post(update(4))).statusCode).toBe(503);
    await app.close();
  });
});
