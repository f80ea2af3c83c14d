import { describe, expect, it } from 'vitest';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { type DiscordFake, startDiscordFake } from '../../fakes/discord-fake.js';
import { stopAfterEach } from '../../helpers/teardown.js';
import { APP_ID, adapterFor, bodyOf, TOKEN } from './adapter-harness.js';

const EPHEMERAL = 64;
let fake: DiscordFake | undefined;
let adapter: BotAdapter | undefined;

stopAfterEach(
  () => ({ adapter, fake }),
  () => {
    adapter = undefined;
    fake = undefined;
  },
);

async function started(opts: Parameters<typeof adapterFor>[1] = {}) {
  fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID });
  const made = adapterFor(fake, opts);
  adapter = made.adapter;
  await adapter.start();
  return { fake, ...made };
}

const ask = (f: DiscordFake, question: string) =>
  f.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: question }] });

describe('Discord adapter: start', () => {
  it('rejects a wrong token with one clear line that does not contain it', async () => {
    fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID });
    const wrong = 'OTg3NjU0MzIxMDk4NzY1NDMy.ZyXwVu.wrong-secret-part_9876543210';
    const made = adapterFor(fake, { token: wrong });
    const err: Error = await made.adapter.start().then(
      () => new Error('start resolved'),
      (e: Error) => e,
    );
    expect(err.name).toBe('DiscordStartError');
    expect(err.message).toMatch(/^Discord adapter: Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(JSON.stringify({ m: err.message, c: err.cause, s: err.stack })).not.toContain(wrong.split('.')[2]);
    expect(fake.calls.map((c) => `${c.method} ${c.path} ${c.authorized}`)).toEqual(['GET /gateway/bot false']);
    expect(fake.gateway.identifies).toEqual([]);
    expect(made.lines.join('')).not.toContain(wrong.split('.')[2]);
  });

  it.each([
    [4004, /rejected DISCORD_TOKEN at the gateway \(close code 4004\)/],
    [4014, /refused the gateway intents \(close code 4014\)/],
  ])('rejects when the gateway closes for good with %i', async (code, expected) => {
    fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID, rejectIdentifyWith: code });
    const made = adapterFor(fake);
    await expect(made.adapter.start()).rejects.toThrow(expected);
    const closed = await fake.waitFor('the close', () => (fake?.gateway.closes.includes(code) ? true : undefined));
    expect(closed).toBe(true);
    // Sanad's own gateway lines: the close code, and the error discord.js raised for it (either order).
    const gateway = made.logs().filter((l) => l.msg.startsWith('Discord gateway'));
    expect(gateway).toHaveLength(2);
    const closedLine = gateway.find((l) => l.msg === 'Discord gateway closed for good');
    expect(closedLine).toMatchObject({ level: 40, code, shardId: 0 });
    const errorLine = gateway.find((l) => l.msg === 'Discord gateway error');
    expect(errorLine).toMatchObject({ level: 40, shardId: 0, err: { message: expect.stringMatching(/\w/) } });
  });

  it('registers the commands globally when no guild is configured', async () => {
    const { fake } = await started({ guild: false });
    const put = fake.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/commands`);
  });

  it('rejects with a hint when Discord refuses the command registration', async () => {
    fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID });
    fake.failNext('PUT', /commands$/, 403);
    const made = adapterFor(fake);
    await expect(made.adapter.start()).rejects.toThrow(
      /could not register slash commands \(PUT \/applications\/\d+\/guilds\/\d+\/commands\).*DISCORD_GUILD_ID/,
    );
  });
});

describe('Discord adapter: serving', () => {
  it('over the limit, /ask gets an ephemeral notice and no deferral', async () => {
    const { fake } = await started({ perMinute: 1 });
    const first = ask(fake, 'the camp?');
    await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(first.token));
    const second = ask(fake, 'the camp again?');
    const callback = await fake.waitForCall((c) => c.path === `/interactions/${second.id}/${second.token}/callback`);
    expect(bodyOf(callback)).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(bodyOf(callback).data.content).toMatch(/too fast/);
  });

  it('a failed reply is logged with context, the user told privately, and the next question still answered', async () => {
    const { fake, logs } = await started();
    fake.failNext('PATCH', /^\/webhooks\//, 404);
    const broken = ask(fake, 'the camp?');
    const notice = await fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/webhooks/${APP_ID}/${broken.token}`,
    );
    expect(bodyOf(notice)).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(bodyOf(notice).content).toMatch(/^Something went wrong/);
    const line = logs().find((l) => l.msg === 'Discord command failed');
    expect(line).toMatchObject({ level: 50, adapter: 'discord', command: 'ask', interactionId: broken.id });
    expect(JSON.stringify(line)).not.toContain(broken.token);
    const next = ask(fake, 'the camp?');
    await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(next.token), 'the next answer');
  });

  it('malformed gateway events do not stop the bot', async () => {
    const { fake, logs } = await started();
    fake.interact({ command: 'ask', options: [] });
    fake.dispatch('INTERACTION_CREATE', { id: '1', type: 2, data: { type: 1, name: 'ask' } });
    fake.dispatch('MESSAGE_CREATE', { id: '2', channel_id: fake.channelId, guild_id: fake.guildId });
    const next = ask(fake, 'the camp?');
    await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(next.token), 'an answer after bad events');
    const errors = logs().filter((l) => l.level >= 50);
    expect(errors.map((l) => l.msg)).toContain('Discord command failed');
    expect(errors.filter((l) => l.msg === 'Discord event could not be parsed; skipped').map((l) => l.event)).toEqual([
      'INTERACTION_CREATE',
    ]);
  });

  it('stop() closes the gateway with a normal close and never rejects', async () => {
    const { fake, adapter: a, logs } = await started();
    const t0 = performance.now();
    await expect(a.stop()).resolves.toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(2000);
    await fake.waitFor('the close', () => (fake.gateway.closes.includes(1000) ? true : undefined));
    await expect(a.stop()).resolves.toBeUndefined();
    // destroy() closes the socket through discord.js's reconnect path: a shutdown is not logged as a reconnect.
    expect(logs().filter((l) => l.msg.startsWith('Discord gateway'))).toEqual([]);
  });

  it('stop() waits for an answer still in flight, which reaches Discord whole', async () => {
    const { fake, adapter: a, logs } = await started();
    fake.delayNext('POST', /^\/channels\/\d+\/messages$/, 1000);
    const m = fake.message({ content: `<@${fake.bot.id}> How many were killed at the camp?` });
    const reply = await fake.nextArrival('the delayed mention reply');
    expect(reply.status).toBeUndefined();
    const t0 = performance.now();
    await a.stop();
    const waited = performance.now() - t0;
    // Read as soon as stop() resolves: the fake has answered the reply, and discord.js has seen the answer.
    expect(reply.status).toBe(200);
    expect(logs().some((l) => l.msg === 'Discord mention answered' && l.messageId === m.id)).toBe(true);
    expect(waited).toBeGreaterThan(500);
    expect(waited).toBeLessThan(2500);
    expect(bodyOf(reply).message_reference?.message_id).toBe(m.id);
    expect(bodyOf(reply).embeds[0].fields[0].value).toContain('قتل 123 شخصا');
    expect(logs().filter((l) => l.level >= 50)).toEqual([]);
    await fake.waitFor('the close', () => (fake.gateway.closes.includes(1000) ? true : undefined));
  });
});
