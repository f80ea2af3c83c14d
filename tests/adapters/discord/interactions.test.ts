import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { handleInteraction } from '../../../src/adapters/discord/interactions.js';
import { countingLimiter, createContext, embedOf, fakeInteraction, SECRET } from './harness.js';

const NO_PINGS = { parse: [], repliedUser: false };

describe('/ask', () => {
  it('defers, asks the engine once with a per-channel conversation, then edits in the answer embed', async () => {
    const { ctx, engine } = createContext();
    const i = fakeInteraction('ask', '  How many people were killed in the first attack on the camp?  ');
    expect(await handleInteraction(i, ctx)).toBe('answered');
    expect(i.sent.map((s) => s.method)).toEqual(['deferReply', 'editReply']);
    expect(engine.asked).toEqual([
      {
        question: 'How many people were killed in the first attack on the camp?',
        conversationId: 'discord:555555555555555555:333333333333333333',
      },
    ]);
    const embed = embedOf(i.sent[1]);
    expect(embed.title).toBe('123');
    expect(embed.fields?.[0]?.value).toContain('قتل 123 شخصا');
    expect(i.sent[1]?.payload.allowedMentions).toEqual(NO_PINGS);
  });

  it('asks the engine at most the first 1000 characters of a question (Discord caps the option too)', async () => {
    const { ctx, engine } = createContext();
    expect(await handleInteraction(fakeInteraction('ask', `  ${'why '.repeat(1000)}`), ctx)).toBe('answered');
    expect(engine.asked[0]?.question).toBe('why '.repeat(250));
  });

  it('keys the shared limiter by Discord user and answers over the limit with an ephemeral notice only', async () => {
    const limiter = countingLimiter(1);
    const { ctx, engine } = createContext(limiter);
    await handleInteraction(fakeInteraction('ask', 'the camp?'), ctx);
    const second = fakeInteraction('ask', 'the camp again?');
    expect(await handleInteraction(second, ctx)).toBe('limited');
    expect(limiter.keys).toEqual(['discord:333333333333333333', 'discord:333333333333333333']);
    expect(engine.asked).toHaveLength(1);
    expect(second.sent).toEqual([
      {
        method: 'reply',
        payload: {
          content: 'You are asking too fast. Please try again in 42 s.',
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_PINGS,
        },
      },
    ]);
  });

  it('writes the rate-limit notice in Arabic for an Arabic question', async () => {
    const { ctx } = createContext(countingLimiter(0));
    const i = fakeInteraction('ask', 'كم شخصا قتل؟');
    await handleInteraction(i, ctx);
    expect(i.sent[0]?.payload.content).toBe('أسئلتك كثيرة في وقت قصير. حاول مجددًا بعد 42 ثانية.');
  });

  it('on an engine failure: logs the context, removes the public placeholder and tells the user privately', async () => {
    const { ctx, logs, lines } = createContext();
    const i = fakeInteraction('ask', `boom ${SECRET}`);
    expect(await handleInteraction(i, ctx)).toBe('failed');
    expect(i.sent.map((s) => s.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(i.sent[2]?.payload.flags).toBe(MessageFlags.Ephemeral);
    expect(i.sent[2]?.payload.content).toMatch(/^Something went wrong[\s\S]*حدث خطأ/);
    const line = logs().find((l) => l.msg === 'Discord command failed');
    expect(line).toMatchObject({
      level: 50,
      command: 'ask',
      interactionId: '222222222222222222',
      userId: '333333333333333333',
      guildId: '444444444444444444',
      err: { message: 'engine exploded' },
    });
    expect(lines.join('')).not.toContain(SECRET);
  });

  it('when Discord rejects the edit, still tells the user and logs the REST error', async () => {
    const { ctx, logs } = createContext();
    const i = fakeInteraction('ask', 'the camp?', { editReply: new Error('Unknown Webhook') });
    expect(await handleInteraction(i, ctx)).toBe('failed');
    expect(i.sent.at(-1)?.method).toBe('followUp');
    expect(logs().some((l) => l.msg === 'Discord command failed')).toBe(true);
  });

  it('when even the failure notice cannot be sent, logs a warning and resolves', async () => {
    const { ctx, logs } = createContext();
    const gone = new Error('Unknown interaction');
    const i = fakeInteraction('ask', 'the camp?', { deferReply: gone, reply: gone });
    await expect(handleInteraction(i, ctx)).resolves.toBe('failed');
    expect(logs().map((l) => l.msg)).toEqual(['Discord command failed', 'could not tell the user it failed']);
  });
});

describe('/help and /source', () => {
  it('/help answers privately, in English and Arabic, with example questions, within 2000 characters', async () => {
    const { ctx } = createContext();
    const i = fakeInteraction('help');
    expect(await handleInteraction(i, ctx)).toBe('help');
    const [sent] = i.sent;
    expect(sent?.payload.flags).toBe(MessageFlags.Ephemeral);
    expect(sent?.payload.content).toContain('/ask');
    expect(sent?.payload.content).toContain('Who attacked the camp?');
    expect(sent?.payload.content).toContain('كم شخصا قتل في الهجوم الأول على المعسكر؟');
    expect(sent?.payload.content.length).toBeLessThanOrEqual(2000);
  });

  it('/source shows the article card publicly', async () => {
    const { ctx } = createContext();
    const i = fakeInteraction('source');
    expect(await handleInteraction(i, ctx)).toBe('source');
    expect(embedOf(i.sent[0])).toMatchObject({ title: 'مقال تجريبي', footer: { text: 'A test article · 2016-07-14' } });
    expect(i.sent[0]?.payload.flags).toBeUndefined();
  });

  it('ignores an unknown command with a warning, sending nothing', async () => {
    const { ctx, logs } = createContext();
    const i = fakeInteraction('dance');
    expect(await handleInteraction(i, ctx)).toBe('unknown');
    expect(i.sent).toEqual([]);
    expect(logs()[0]).toMatchObject({ level: 40, command: 'dance' });
  });
});
