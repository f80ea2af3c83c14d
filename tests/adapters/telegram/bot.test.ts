import type { InlineQueryResultArticle, InputTextMessageContent } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../../src/adapters/telegram/adapter.js';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createRateLimiter } from '../../../src/rate-limit.js';
import { FakeTelegramBotApi } from '../../fakes/telegram-bot-api.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';
import { stopAfterEach } from '../../helpers/teardown.js';
import { CITATION_P9, createFakeEngine } from './fake-engine.js';
import { ALICE, BOT_INFO, countingLimiter, createHarness, GROUP, PRIVATE, SAMI, TOKEN } from './harness.js';

const textOf = (call: { payload: Record<string, unknown> } | undefined) => String(call?.payload.text ?? '');

describe('telegram bot, private chats', () => {
  it('answers an Arabic question with the short answer in bold and the cited sentence quoted', async () => {
    const h = createHarness();
    await h.text(PRIVATE, SAMI, 'كم شخصا قتل في الهجوم الأول على المعسكر؟');
    expect(h.sent()).toHaveLength(1);
    const [call] = h.sent();
    expect(call?.payload).toMatchObject({
      chat_id: PRIVATE.id,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    expect(call?.payload.reply_parameters).toBeUndefined();
    expect(textOf(call)).toMatch(/^<b>123<\/b>\n/);
    expect(textOf(call)).toContain(`<blockquote><b>الفقرة 9</b>`);
    expect(textOf(call)).toContain(CITATION_P9.text);
    expect(parseTelegramHtml(textOf(call))).toMatchObject({ ok: true });
  });

  it('answers an English question with the translation and the Arabic original', async () => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    await h.text(PRIVATE, ALICE, 'How many people were killed in the first attack on the camp?');
    const text = textOf(h.sent()[0]);
    expect(text).toContain(CITATION_P9.translation);
    expect(text).toContain('<i>Arabic original:</i>');
    expect(text).toContain(CITATION_P9.text);
    expect(engine.asked).toEqual([
      { question: 'How many people were killed in the first attack on the camp?', conversationId: 'telegram:42:42' },
    ]);
  });

  it.each(['/start', '/help'])('%s sends a bilingual welcome with three example questions', async (command) => {
    const h = createHarness();
    await h.text(PRIVATE, ALICE, command);
    const text = textOf(h.sent()[0]);
    expect(text).toContain('I answer questions');
    expect(text).toContain('أجيب عن الأسئلة');
    expect(text.match(/^• /gm)).toHaveLength(3);
    expect(text).toContain('• Who carried out the attack?');
    expect(parseTelegramHtml(text).ok).toBe(true);
  });

  it('/start shows Arabic examples to a user whose Telegram is in Arabic', async () => {
    const h = createHarness();
    await h.text(PRIVATE, SAMI, '/start');
    expect(textOf(h.sent()[0])).toContain('• من نفذ الهجوم؟');
  });

  it('/source shows the title, date and language', async () => {
    const h = createHarness();
    await h.text(PRIVATE, ALICE, '/source');
    const text = textOf(h.sent()[0]);
    expect(text).toContain('An attack on the camp');
    expect(text).toContain('هجوم على المعسكر');
    expect(text).toContain('2016-07-14');
    expect(text).toContain('Arabic');
  });

  it('/ask <question> works in private chats; a bare /ask explains itself', async () => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    await h.text(PRIVATE, ALICE, '/ask How many were killed?');
    await h.text(PRIVATE, ALICE, '/ask');
    expect(engine.asked.map((a) => a.question)).toEqual(['How many were killed?']);
    expect(textOf(h.sent()[0])).toContain('<b>123</b>');
    expect(textOf(h.sent()[1])).toContain('Write your question after the command');
  });

  it('an unknown command gets a hint instead of being taken as a question', async () => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    await h.text(PRIVATE, ALICE, '/settings');
    expect(engine.asked).toHaveLength(0);
    expect(textOf(h.sent()[0])).toContain('I do not know that command');
  });

  it('a non-text message gets a one-line hint', async () => {
    const h = createHarness();
    await h.sticker(PRIVATE, SAMI);
    expect(h.sent()).toHaveLength(1);
    expect(textOf(h.sent()[0])).toBe('أرسل سؤالك نصًا من فضلك.');
    expect(textOf(h.sent()[0])).not.toContain('\n');
  });

  it('refuses a question over 1000 characters politely, without asking the engine', async () => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    await h.text(PRIVATE, ALICE, `${'why '.repeat(250)}why?`);
    expect(engine.asked).toHaveLength(0);
    expect(textOf(h.sent()[0])).toBe(
      'Sorry, that question is too long (1004 characters). Please keep it under 1000 characters.',
    );
  });

  it('a user over the rate limit gets one short notice, keyed by Telegram user', async () => {
    const engine = createFakeEngine();
    const limiter = countingLimiter(1);
    const h = createHarness({ engine, limiter });
    for (const q of ['first?', 'second?', 'third?']) await h.text(PRIVATE, ALICE, q);
    expect(limiter.keys).toEqual(['telegram:42', 'telegram:42', 'telegram:42']);
    expect(engine.asked.map((a) => a.question)).toEqual(['first?']);
    expect(h.sent().map(textOf)).toHaveLength(2);
    expect(textOf(h.sent()[1])).toBe('You are asking faster than I can answer. Please try again in 42 seconds.');
  });
});

describe('telegram bot, groups', () => {
  const asGroupReply = (h: ReturnType<typeof createHarness>, messageId: number) =>
    expect(h.sent()[0]?.payload).toMatchObject({
      chat_id: GROUP.id,
      parse_mode: 'HTML',
      reply_parameters: { message_id: messageId, allow_sending_without_reply: true },
    });

  it.each([
    ['/ask How many were killed?', 'How many were killed?'],
    ['/ask@sanad_test_bot How many were killed?', 'How many were killed?'],
    ['@sanad_test_bot how many were killed?', 'how many were killed?'],
    ['So, @Sanad_Test_Bot, how many were killed?', 'So, how many were killed?'],
    ['@sanad_test_bot، كم قتيلا؟', 'كم قتيلا؟'],
  ])('answers %j as a reply, asking %j', async (text, question) => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    const message = await h.text(GROUP, ALICE, text);
    expect(engine.asked.map((a) => a.question)).toEqual([question]);
    expect(engine.asked[0]?.conversationId).toBe(`telegram:${GROUP.id}:${ALICE.id}`);
    asGroupReply(h, message.message_id);
  });

  it('answers a text_mention of the bot', async () => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    const entities = [{ type: 'text_mention', offset: 0, length: 5, user: BOT_INFO }];
    await h.text(GROUP, ALICE, 'Sanad who attacked?', { entities });
    expect(engine.asked.map((a) => a.question)).toEqual(['who attacked?']);
  });

  it("answers a reply to one of the bot's own messages", async () => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    const botMessage = { message_id: 9, date: 0, chat: GROUP, from: BOT_INFO, text: '123' };
    const message = await h.text(GROUP, ALICE, 'and who did it?', { reply_to_message: botMessage });
    expect(engine.asked.map((a) => a.question)).toEqual(['and who did it?']);
    asGroupReply(h, message.message_id);
  });

  it.each([
    ['chatter', 'did anyone watch the match?', {}],
    ['a command for another bot', '/ask@other_bot How many were killed?', {}],
    ['a mention of someone else', '@someone_else how many were killed?', {}],
    [
      'a reply to another user',
      'yes',
      { reply_to_message: { message_id: 3, date: 0, chat: GROUP, from: ALICE, text: 'x' } },
    ],
  ])('ignores %s', async (_name, text, extra) => {
    const engine = createFakeEngine();
    const h = createHarness({ engine });
    await h.text(GROUP, SAMI, text, extra);
    await h.sticker(GROUP, SAMI);
    expect(engine.asked).toHaveLength(0);
    expect(h.calls).toHaveLength(0);
  });

  it('a bare mention gets the usage hint as a reply', async () => {
    const h = createHarness();
    const message = await h.text(GROUP, ALICE, '@sanad_test_bot');
    expect(textOf(h.sent()[0])).toContain('Write your question after the command');
    asGroupReply(h, message.message_id);
  });
});

const messageText = (r: InlineQueryResultArticle | undefined) =>
  (r?.input_message_content as InputTextMessageContent | undefined)?.message_text ?? '';

describe('telegram bot, inline mode', () => {
  const results = (h: ReturnType<typeof createHarness>) =>
    (h.calls.find((c) => c.method === 'answerInlineQuery')?.payload.results ?? []) as InlineQueryResultArticle[];

  it('offers suggested questions for an empty query', async () => {
    const h = createHarness();
    await h.inline(ALICE, '');
    const list = results(h);
    expect(list.map((r) => r.title)).toEqual([
      'How many people were killed in the first attack?',
      'Who carried out the attack?',
      'When did the attack happen?',
    ]);
    for (const r of list) expect(parseTelegramHtml(messageText(r)).ok).toBe(true);
  });

  it('answers a query with up to three results carrying the cited sentences', async () => {
    const h = createHarness();
    await h.inline(ALICE, 'How many were killed? <b>&amp;');
    const list = results(h);
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list.length).toBeLessThanOrEqual(3);
    expect(list[0]).toMatchObject({
      type: 'article',
      id: '0-p9s1',
      title: '123',
      description: CITATION_P9.translation,
    });
    const html = messageText(list[0]);
    expect(list[0]?.input_message_content).toMatchObject({
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    expect(html).toContain('How many were killed? &lt;b&gt;&amp;amp;');
    expect(html).toContain(CITATION_P9.text);
    expect(parseTelegramHtml(html).ok).toBe(true);
  });

  it('an unanswerable query gives one result saying so', async () => {
    const h = createHarness();
    await h.inline(ALICE, 'What is the capital of France?');
    expect(results(h)).toHaveLength(1);
    expect(results(h)[0]?.title).toBe('The article does not answer this question.');
  });

  it('a user over the rate limit gets no results and nothing cached', async () => {
    const h = createHarness({ limiter: countingLimiter(0) });
    await h.inline(ALICE, 'How many?');
    expect(h.calls).toEqual([
      {
        method: 'answerInlineQuery',
        payload: expect.objectContaining({ results: [], cache_time: 0, is_personal: true }),
      },
    ]);
  });
});

describe('telegram bot, error boundary', () => {
  it('an engine failure is logged and the next update is still answered', async () => {
    const engine = createFakeEngine();
    const broken = {
      ...engine,
      ask: () => {
        throw new Error('engine exploded');
      },
    };
    const h = createHarness({ engine: broken });
    await expect(h.text(PRIVATE, ALICE, 'boom?')).resolves.toBeDefined();
    expect(h.logLines.join('')).toContain('engine exploded');
    await h.text(PRIVATE, ALICE, '/help');
    expect(textOf(h.sent()[0])).toContain('I answer questions');
  });

  it('a Bot API error while sending is logged without the token and does not escape', async () => {
    const h = createHarness();
    h.fail('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await expect(h.text(PRIVATE, ALICE, 'How many?')).resolves.toBeDefined();
    const logs = h.logLines.join('');
    expect(logs).toContain('Forbidden: bot was blocked by the user');
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain('TEST-token');
  });
});

describe('telegram bot, the shared rate limiter in groups (real adapter over the loopback Bot API)', () => {
  const OTHER_GROUP = { id: -100456, type: 'supergroup', title: 'Other readers' } as const;
  const SAMI_PRIVATE = { id: SAMI.id, type: 'private' } as const;
  const NOTICE = /^You are asking faster than I can answer\. Please try again in \d+ seconds\.$/;
  let fake: FakeTelegramBotApi | undefined;
  let adapter: BotAdapter | undefined;
  stopAfterEach(
    () => ({ adapter, fake }),
    () => {
      adapter = undefined;
      fake = undefined;
    },
  );

  /** Long polling against the fake, with the limiter main.ts builds: 2 questions a minute per key. */
  async function start() {
    fake = await FakeTelegramBotApi.start({ token: TOKEN, maxPollSeconds: 2 });
    const engine = createFakeEngine();
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    const logger = createLogger({ level: 'silent' });
    adapter = createTelegramAdapter(
      { engine, config, logger, limiter: createRateLimiter(2) },
      { pollingRestartMs: 200 },
    );
    await adapter.start();
    return { fake, engine };
  }

  /**
   * Updates are handled in order: once a /source sent last (in Alice's private chat, which the tests do not otherwise
   * use) is answered, everything before it has been handled. Returns the other messages sent, in order.
   */
  async function settle(f: FakeTelegramBotApi) {
    f.userSends(PRIVATE, ALICE, '/source');
    await f.nextCall('sendMessage', (body) => body.chat_id === PRIVATE.id);
    return f.callsTo('sendMessage').filter((c) => c.body.chat_id !== PRIVATE.id);
  }
  /** Each message sent: its chat, the message it replies to, and whether it is an answer or the rate-limit notice. */
  const replies = (calls: Array<{ body: Record<string, unknown> }>) =>
    calls.map(({ body }) => {
      const text = String(body.text);
      const kind = NOTICE.test(text) ? 'notice' : text.startsWith('<b>123</b>') ? 'answer' : text;
      return {
        chat: body.chat_id,
        to: (body.reply_parameters as { message_id?: number } | undefined)?.message_id,
        kind,
      };
    });

  it('two users in one group chat each have their own budget', async () => {
    const { fake, engine } = await start();
    const a = [1, 2, 3].map((n) => fake.userSends(GROUP, ALICE, `/ask How many were killed? (${n})`));
    const s = fake.userSends(GROUP, SAMI, '/ask How many were killed?');
    const sent = await settle(fake);
    expect(engine.asked.map((q) => q.conversationId)).toEqual([
      `telegram:${GROUP.id}:${ALICE.id}`,
      `telegram:${GROUP.id}:${ALICE.id}`,
      `telegram:${GROUP.id}:${SAMI.id}`,
    ]);
    expect(replies(sent)).toEqual([
      { chat: GROUP.id, to: a[0]?.message_id, kind: 'answer' },
      { chat: GROUP.id, to: a[1]?.message_id, kind: 'answer' },
      { chat: GROUP.id, to: a[2]?.message_id, kind: 'notice' },
      { chat: GROUP.id, to: s.message_id, kind: 'answer' },
    ]);
  });

  it('one user asking in two groups and a private chat spends one budget', async () => {
    const { fake, engine } = await start();
    fake.userSends(GROUP, SAMI, '/ask How many were killed?');
    fake.userSends(SAMI_PRIVATE, SAMI, 'How many were killed?');
    const refused = fake.userSends(OTHER_GROUP, SAMI, '/ask How many were killed?');
    const other = fake.userSends(OTHER_GROUP, ALICE, '/ask How many were killed?');
    const sent = await settle(fake);
    expect(engine.asked.map((q) => q.conversationId)).toEqual([
      `telegram:${GROUP.id}:${SAMI.id}`,
      `telegram:${SAMI.id}:${SAMI.id}`,
      `telegram:${OTHER_GROUP.id}:${ALICE.id}`,
    ]);
    expect(replies(sent)).toEqual([
      { chat: GROUP.id, to: expect.any(Number), kind: 'answer' },
      { chat: SAMI.id, to: undefined, kind: 'answer' },
      { chat: OTHER_GROUP.id, to: refused.message_id, kind: 'notice' },
      { chat: OTHER_GROUP.id, to: other.message_id, kind: 'answer' },
    ]);
  });
});
