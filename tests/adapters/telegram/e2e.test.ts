import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { FakeTelegramBotApi, type Json } from '../../fakes/telegram-bot-api.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';
import { ROOT, type RunningService, runUntilExit, startService } from '../../helpers/service.js';

/**
 * End to end: the real service (`node --import tsx src/main.ts`) with TELEGRAM_API_ROOT pointed at a loopback fake
 * of the Bot API. Updates go in through the fake; the test asserts what the bot sent back.
 */

const TOKEN = '123456:TEST-token-e2e-must-never-be-logged';
const SECRET = 'e2e-webhook-secret_42';
const ALICE = { id: 42, first_name: 'Alice', language_code: 'en' };
const SAMI = { id: 43, first_name: 'Sami', language_code: 'ar' };
const PRIVATE = { id: 42, type: 'private' } as const;
const GROUP = { id: -100777, type: 'supergroup', title: 'Readers' } as const;
const AR_QUESTION = 'كم شخصا قتل في الهجوم الأول على المعسكر؟';
const EN_QUESTION = 'How many people were killed in the first attack on the camp?';

const visible = (call: { body: Json }) => {
  const parsed = parseTelegramHtml(String(call.body.text));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};

async function waitForLog(service: RunningService, fragment: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!service.logs.some((l) => l.includes(fragment))) {
    if (Date.now() > until) throw new Error(`no log line with ${fragment}:\n${service.logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let p9s1: Statement;
beforeAll(async () => {
  const knowledge = await loadKnowledge(join(ROOT, 'knowledge'));
  p9s1 = knowledge.statements.find((s) => s.id === 'p9s1') as Statement;
  expect(p9s1.text).toContain('123');
});

describe('Telegram end to end, long polling', () => {
  let fake: FakeTelegramBotApi;
  let service: RunningService;

  beforeAll(async () => {
    fake = await FakeTelegramBotApi.start({ token: TOKEN });
    service = await startService({ LOG_LEVEL: 'debug', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    await waitForLog(service, 'telegram adapter started');
  }, 30_000);
  afterAll(async () => {
    await service?.stop('SIGKILL');
    await fake?.close();
  });

  it('registers its commands and answers /start', async () => {
    expect(fake.commands.get('ar')?.length).toBeGreaterThan(0);
    fake.userSends(PRIVATE, ALICE, '/start');
    const sent = await fake.nextCall('sendMessage');
    expect(visible(sent)).toContain('I answer questions');
  });

  it('answers an Arabic question in a private chat with the right sentence', async () => {
    fake.userSends(PRIVATE, SAMI, AR_QUESTION);
    const sent = await fake.nextCall('sendMessage');
    expect(sent.body.chat_id).toBe(PRIVATE.id);
    expect(visible(sent)).toContain(p9s1.text);
    expect(visible(sent)).toContain('الفقرة 9');
  });

  it('answers an English question with the translation and the Arabic original', async () => {
    fake.userSends(PRIVATE, ALICE, EN_QUESTION);
    const shown = visible(await fake.nextCall('sendMessage'));
    expect(shown).toContain(p9s1.text);
    if (p9s1.translation) expect(shown).toContain(p9s1.translation);
  });

  it('in a group: ignores chatter, answers /ask@bot and an @mention as replies', async () => {
    fake.userSends(GROUP, SAMI, 'did anyone watch the match yesterday?');
    const ask = fake.userSends(GROUP, ALICE, `/ask@${fake.bot.username} ${EN_QUESTION}`);
    const first = await fake.nextCall('sendMessage');
    expect(first.body).toMatchObject({ chat_id: GROUP.id, reply_parameters: { message_id: ask.message_id } });
    expect(visible(first)).toContain(p9s1.text);

    const mention = fake.userSends(GROUP, SAMI, `@${fake.bot.username} ${AR_QUESTION}`);
    const second = await fake.nextCall('sendMessage');
    expect(second.body).toMatchObject({ chat_id: GROUP.id, reply_parameters: { message_id: mention.message_id } });
    expect(visible(second)).toContain(p9s1.text);
    expect(fake.callsTo('sendMessage').filter((c) => c.body.chat_id === GROUP.id)).toHaveLength(2);
  });

  it('markup in a question cannot break the reply', async () => {
    fake.userSends(
      PRIVATE,
      ALICE,
      `<b>How many</b> people </blockquote> were killed & <i>in the first attack on the camp?`,
    );
    const sent = await fake.nextCall('sendMessage');
    expect(sent.status).toBe(200);
    expect(fake.calls.filter((c) => c.status === 400)).toEqual([]);
  });

  it('answers inline queries', async () => {
    fake.userQueriesInline(ALICE, EN_QUESTION);
    const inline = await fake.nextCall('answerInlineQuery');
    const results = inline.body.results as Json[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
  });

  it('retries a sendMessage that got 429 and the message arrives', async () => {
    fake.failNext('sendMessage', 1, 429);
    const before = fake.callsTo('sendMessage').length;
    fake.userSends(PRIVATE, ALICE, EN_QUESTION);
    const sent = await fake.nextCall('sendMessage', () => true, 15_000);
    expect(visible(sent)).toContain(p9s1.text);
    expect(
      fake
        .callsTo('sendMessage')
        .slice(before)
        .map((c) => c.status),
    ).toEqual([429, 200]);
  });

  it('stops on SIGTERM with exit 0 within 5 s, and never logged the token', async () => {
    const { code, ms } = await service.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
    const output = [...service.logs, ...service.stderr].join('\n');
    expect(service.logs.some((l) => l.includes('"level":20'))).toBe(true);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain('TEST-token-e2e');
  });
});

describe('Telegram end to end, long polling, SIGTERM while updates are being handled, then a restart', () => {
  let fake: FakeTelegramBotApi;
  let service: RunningService;
  /** The next instance, started against the same fake once the first has exited. */
  let restarted: RunningService | undefined;

  beforeAll(async () => {
    fake = await FakeTelegramBotApi.start({ token: TOKEN });
    service = await startService({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    await waitForLog(service, 'telegram adapter started');
  }, 30_000);
  afterAll(async () => {
    service?.kill();
    restarted?.kill();
    await fake?.close();
  });

  /** User `id` asks EN_QUESTION in their private chat (chat id = user id); returns the update_id. */
  const ask = (id: number) =>
    fake.pushUpdate({
      message: { message_id: id, date: 0, chat: { id, type: 'private' }, from: { ...ALICE, id }, text: EN_QUESTION },
    });
  /** What became of update `updateId` from chat `chatId`: the replies sent there, and whether polling confirmed it. */
  const fate = (chatId: number, updateId: number) => ({
    replies: fake.callsTo('sendMessage').filter((c) => c.body.chat_id === chatId),
    confirmed: fake.callsTo('getUpdates').some((c) => Number(c.body.offset ?? 0) > updateId),
  });

  it('lets them finish, their replies whole and answered before the exit; exit 0; nothing lost', async () => {
    // The reply when the Bot API answers at once, to compare the delayed ones with.
    ask(50);
    const prompt = await fake.nextCall('sendMessage', (b) => b.chat_id === 50);

    // Two questions fetched in one getUpdates batch; each reply is answered by the Bot API 1 s after it arrives.
    fake.delayNext('sendMessage', 2, 1000);
    const first = ask(51);
    const second = ask(52);
    expect(await fake.nextArrival('sendMessage')).toMatchObject({ chat_id: 51 });

    // SIGTERM while the first reply is in flight; a question that comes in during the shutdown is not fetched.
    const stopped = service.stop('SIGTERM');
    await waitForLog(service, 'shutting down', 2000);
    const late = ask(53);
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(4500);

    // No Bot API call was cut off by the exit: every reply begun was answered while the bot still waited for it.
    expect(fake.calls.filter((c) => c.status !== 200)).toEqual([]);
    // The one in flight at SIGTERM: delivered whole (the same text as the prompt reply) and confirmed.
    expect(fate(51, first)).toMatchObject({ replies: [{ body: { text: prompt.body.text } }], confirmed: true });
    // Its batch-mate, handled after grammY's stop() had confirmed the offset: answered whole, and confirmed too, so
    // that the next instance does not answer it again.
    expect(fate(52, second)).toMatchObject({ replies: [{ body: { text: prompt.body.text } }], confirmed: true });
    // The question sent during the shutdown: not handled, and not confirmed, so Telegram keeps it for the next start.
    expect(fate(53, late)).toEqual({ replies: [], confirmed: false });
    const line = service.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'telegram adapter stopped');
    expect(line).toMatchObject({ unfinished: 0 });
  });

  it('the next start answers the question left during the shutdown, and no question twice', async () => {
    restarted = await startService({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    await fake.nextCall('sendMessage', (b) => b.chat_id === 53, 15_000);
    // Updates are handled in order, so one answered again would have been answered before the late question.
    const replies = [50, 51, 52, 53].map((chat) => fake.callsTo('sendMessage').filter((c) => c.body.chat_id === chat));
    expect(replies.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect((await restarted.stop('SIGTERM')).code).toBe(0);
  }, 30_000);
});

describe('Telegram end to end, webhook', () => {
  let fake: FakeTelegramBotApi;
  let service: RunningService;
  const webhookUrl = 'http://127.0.0.1:9/telegram/webhook';

  beforeAll(async () => {
    fake = await FakeTelegramBotApi.start({ token: TOKEN });
    service = await startService({
      LOG_LEVEL: 'debug',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: webhookUrl,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    await waitForLog(service, 'telegram adapter started');
  }, 30_000);
  afterAll(async () => {
    await service?.stop('SIGKILL');
    await fake?.close();
  });

  const post = (headers: Record<string, string>, update: Json) =>
    fetch(`${service.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(update),
    });
  const update = (id: number, text: string) => ({
    update_id: id,
    message: { message_id: id, date: 0, chat: PRIVATE, from: { ...ALICE, is_bot: false }, text },
  });

  it('registers the webhook with the secret and does not poll', () => {
    expect(fake.webhook).toMatchObject({ url: webhookUrl, secret_token: SECRET });
    expect(fake.callsTo('getUpdates')).toEqual([]);
  });

  it('handles an update posted with the right secret', async () => {
    const res = await post({ 'x-telegram-bot-api-secret-token': SECRET }, update(1, EN_QUESTION));
    expect(res.status).toBe(200);
    expect(visible(await fake.nextCall('sendMessage'))).toContain(p9s1.text);
  });

  it('rejects a wrong or missing secret with 401 and handles nothing', async () => {
    const before = fake.callsTo('sendMessage').length;
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' }, update(2, EN_QUESTION))).status).toBe(401);
    expect((await post({}, update(3, EN_QUESTION))).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('sendMessage')).toHaveLength(before);
  });

  it('stops on SIGTERM with exit 0, and never logged the token or the secret', async () => {
    const { code, ms } = await service.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
    const output = [...service.logs, ...service.stderr].join('\n');
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(SECRET);
  });
});

describe('Telegram end to end, a wrong token', () => {
  it('stops the service with exit 1 and a clear reason, without printing the token', async () => {
    const fake = await FakeTelegramBotApi.start({ token: TOKEN });
    try {
      const wrong = '654321:WRONG-token-must-never-be-logged';
      const run = await runUntilExit({
        LOG_LEVEL: 'debug',
        TELEGRAM_BOT_TOKEN: wrong,
        TELEGRAM_API_ROOT: fake.apiRoot,
      });
      expect(run.code).toBe(1);
      const output = [...run.stdout, ...run.stderr].join('\n');
      expect(output).toContain('Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized from getMe)');
      expect(output).not.toContain(wrong);
      expect(output).not.toContain('WRONG-token');
    } finally {
      await fake.close();
    }
  });
});
