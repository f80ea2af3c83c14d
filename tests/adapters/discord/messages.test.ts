import { describe, expect, it } from 'vitest';
import { createNoticeThrottle, handleMessage, questionOf } from '../../../src/adapters/discord/messages.js';
import { BOT_ID, countingLimiter, createContext, embedOf, fakeMessage } from './harness.js';

const NO_PINGS = { parse: [], repliedUser: false };

function run(message: ReturnType<typeof fakeMessage>, limiter = countingLimiter()) {
  const { ctx, engine, logs } = createContext(limiter);
  const outcome = handleMessage(message, { ...ctx, botUserId: BOT_ID, notices: createNoticeThrottle() });
  return { outcome, engine, logs };
}

describe('questionOf', () => {
  it.each([
    [`<@${BOT_ID}> who attacked the camp?`, 'who attacked the camp?'],
    [`<@!${BOT_ID}>   من هاجم المعسكر؟`, 'من هاجم المعسكر؟'],
    [`what about <@${BOT_ID}> the camp <@${BOT_ID}>`, 'what about   the camp'],
    [`<@${BOT_ID}> ask <@222222222222222222> too`, 'ask <@222222222222222222> too'],
    [`<@${BOT_ID}>`, ''],
  ])('%j -> %j', (content, question) => {
    expect(questionOf(content, BOT_ID)).toBe(question);
  });
});

describe('handleMessage', () => {
  it('answers a guild mention, without the mention, in a reply that pings nobody', async () => {
    const m = fakeMessage(`<@${BOT_ID}> How many people were killed in the first attack on the camp?`);
    const { outcome, engine } = run(m);
    expect(await outcome).toBe('answered');
    expect(engine.asked[0]?.question).toBe('How many people were killed in the first attack on the camp?');
    expect(m.sent).toHaveLength(1);
    expect(m.sent[0]?.payload.allowedMentions).toEqual(NO_PINGS);
    expect(m.sent[0]?.payload.failIfNotExists).toBe(false);
    expect(embedOf(m.sent[0]).fields?.[0]?.value).toContain('قتل 123 شخصا');
  });

  it('answers any direct message, mention or not', async () => {
    const m = fakeMessage('كم شخصا قتل في الهجوم الأول على المعسكر؟', { guildId: null });
    const { outcome } = run(m);
    expect(await outcome).toBe('answered');
    expect(embedOf(m.sent[0]).fields?.[0]?.name).toBe('الفقرة 9 · المقال');
  });

  it.each([
    ['guild chatter without a mention', fakeMessage('the camp was attacked @everyone')],
    ['another bot mentioning it', fakeMessage(`<@${BOT_ID}> the camp?`, { bot: true })],
    ['its own message', fakeMessage(`<@${BOT_ID}> the camp?`, { authorId: BOT_ID })],
    ['a system message', fakeMessage(`<@${BOT_ID}> pinned a message`, { system: true })],
  ])('ignores %s: no reply, no engine call, no limiter use', async (_, m) => {
    const limiter = countingLimiter();
    const { outcome, engine } = run(m, limiter);
    expect(await outcome).toBe('ignored');
    expect(m.sent).toEqual([]);
    expect(engine.asked).toEqual([]);
    expect(limiter.keys).toEqual([]);
  });

  it('asks the engine at most the first 1000 characters of a long message', async () => {
    const m = fakeMessage(`<@${BOT_ID}> ${'why '.repeat(1000)}`);
    const { outcome, engine } = run(m);
    expect(await outcome).toBe('answered');
    expect(engine.asked[0]?.question).toBe('why '.repeat(250));
  });

  it('a bare mention gets a short how-to, not an engine call', async () => {
    const m = fakeMessage(`<@${BOT_ID}>`);
    const { outcome, engine } = run(m);
    expect(await outcome).toBe('empty');
    expect(engine.asked).toEqual([]);
    expect(m.sent[0]?.payload.content).toMatch(/^Please write a question/);
  });

  it('a question with @everyone and a user mention goes out with mentions disabled', async () => {
    const m = fakeMessage(`<@${BOT_ID}> @everyone <@222222222222222222> the camp?`);
    await run(m).outcome;
    expect(m.sent[0]?.payload.allowedMentions).toEqual(NO_PINGS);
    expect(m.sent[0]?.payload.content).toBeUndefined();
  });

  it('over the limit: one notice per window, then silence', async () => {
    const { ctx, engine } = createContext(countingLimiter(0));
    const deps = { ...ctx, botUserId: BOT_ID, notices: createNoticeThrottle() };
    const first = fakeMessage(`<@${BOT_ID}> the camp?`);
    const second = fakeMessage(`<@${BOT_ID}> the camp?`);
    expect(await handleMessage(first, deps)).toBe('limited');
    expect(await handleMessage(second, deps)).toBe('limited');
    expect(first.sent[0]?.payload.content).toBe('You are asking too fast. Please try again in 42 s.');
    expect(second.sent).toEqual([]);
    expect(engine.asked).toEqual([]);
  });

  it('on a failure: logs the context and tells the user in their language', async () => {
    const m = fakeMessage(`<@${BOT_ID}> boom`, { guildId: null });
    const { outcome, logs } = run(m);
    expect(await outcome).toBe('failed');
    expect(m.sent[0]?.payload.content).toMatch(/^Something went wrong/);
    expect(logs().find((l) => l.msg === 'Discord message failed')).toMatchObject({
      level: 50,
      messageId: '666666666666666666',
      userId: '777777777777777777',
      guildId: null,
      err: { message: 'engine exploded' },
    });
  });
});

describe('createNoticeThrottle', () => {
  it('notifies a key once per window and again after it', () => {
    const t = createNoticeThrottle();
    expect(t.shouldNotify('a', 10, 0)).toBe(true);
    expect(t.shouldNotify('a', 10, 9_999)).toBe(false);
    expect(t.shouldNotify('b', 10, 5_000)).toBe(true);
    expect(t.shouldNotify('a', 10, 10_001)).toBe(true);
  });
});
