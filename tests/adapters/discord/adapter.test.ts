import { once } from 'node:events';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../src/adapters/discord/client.js';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { type DiscordFake, type RestCall, startDiscordFake } from '../../fakes/discord-fake.js';
import { APP_ID, adapterFor, bodyOf, isChannelPost as isReply, TOKEN } from './adapter-harness.js';

const MESSAGE_CONTENT = 1 << 15;

describe('Discord adapter against the loopback fake', () => {
  let fake: DiscordFake;
  let adapter: BotAdapter;
  let lines: string[];
  let logs: ReturnType<typeof adapterFor>['logs'];
  /** Sanad's own lines about the gateway connection (not discord.js's debug lines), from index `from` on. */
  const gatewayLines = (from: number) =>
    logs()
      .slice(from)
      .filter((l) => l.msg.startsWith('Discord gateway'))
      .map((l) => ({ level: l.level, msg: l.msg, shardId: l.shardId }));

  beforeAll(async () => {
    fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID, heartbeatIntervalMs: 500 });
    ({ adapter, lines, logs } = adapterFor(fake));
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('identifies with Guilds, GuildMessages and DirectMessages, never MessageContent', () => {
    expect(fake.gateway.identifies).toHaveLength(1);
    const [identify] = fake.gateway.identifies;
    expect(identify?.tokenMatched).toBe(true);
    expect(identify?.intents).toBe(1 | (1 << 9) | (1 << 12));
    expect(Number(identify?.intents) & MESSAGE_CONTENT).toBe(0);
    expect(fake.gateway.connections[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
  });

  it('registers /ask, /source and /help in the configured guild', () => {
    const put = fake.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/guilds/${fake.guildId}/commands`);
    expect(put?.authorized).toBe(true);
    expect(bodyOf(put as RestCall).map((c: { name: string }) => c.name)).toEqual(['ask', 'source', 'help']);
  });

  it('answers /ask by deferring, then editing the reply with the cited sentence', async () => {
    const { id, token } = fake.interact({
      command: 'ask',
      options: [{ name: 'question', type: 3, value: 'How many were killed at the camp? @everyone <@1>' }],
    });
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token), 'the edited reply');
    const callback = fake.calls.find((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(bodyOf(callback as RestCall).type).toBe(5);
    const body = bodyOf(edit);
    expect(edit.path).toBe(`/webhooks/${APP_ID}/${token}/messages/@original`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds[0].title).toBe('123');
    expect(body.embeds[0].fields[0].value).toContain('قتل 123 شخصا');
  });

  it('answers a guild mention and a DM with replies that ping nobody, and ignores chatter', async () => {
    const chatter = fake.message({ content: 'just chatting about the camp @everyone', mentionEveryone: true });
    const mention = fake.message({ content: `<@${fake.bot.id}> what happened at the camp?` });
    const dm = fake.message({ content: 'كم شخصا قتل في المعسكر؟', guildId: null });
    const mentionReply = await fake.waitForCall(
      (c) => isReply(c) && bodyOf(c).message_reference?.message_id === mention.id,
      'the mention reply',
    );
    const dmReply = await fake.waitForCall((c) => isReply(c) && c.path === `/channels/${dm.channelId}/messages`);
    for (const reply of [mentionReply, dmReply]) {
      expect(bodyOf(reply).allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(bodyOf(reply).embeds[0].fields[0].value).toContain('قتل 123 شخصا');
    }
    expect(fake.calls.some((c) => isReply(c) && bodyOf(c).message_reference?.message_id === chatter.id)).toBe(false);
  });

  it('resumes after the socket drops and still answers', async () => {
    await fake.waitFor('a heartbeat', () => (fake.gateway.heartbeats > 0 ? true : undefined));
    const from = logs().length;
    fake.drop({ resumable: true });
    await fake.waitFor('a RESUMED session', () => (fake.gateway.resumed >= 1 && fake.live ? true : undefined));
    expect(fake.gateway.resumes.at(-1)).toMatchObject({ accepted: true, tokenMatched: true });
    expect(fake.gateway.connections.at(-1)?.path).toBe('/gateway-resume');
    const m = fake.message({ content: `<@${fake.bot.id}> the camp?` });
    await fake.waitForCall((c) => isReply(c) && bodyOf(c).message_reference?.message_id === m.id, 'reply after resume');
    // The resume itself is discord.js's; Sanad's part is saying so in its log.
    expect(gatewayLines(from)).toEqual([
      { level: 30, msg: 'Discord gateway reconnecting', shardId: 0 },
      { level: 30, msg: 'Discord gateway resumed', shardId: 0 },
    ]);
  });

  it('re-identifies when the session cannot be resumed and still answers', async () => {
    const before = fake.gateway.identifies.length;
    const from = logs().length;
    fake.drop({ resumable: false });
    await fake.waitFor('a new READY', () => (fake.gateway.identifies.length > before && fake.live ? true : undefined));
    expect(fake.gateway.resumes.at(-1)).toMatchObject({ accepted: false });
    const { token } = fake.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: 'the camp?' }] });
    await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token), 'an answer after re-identify');
    // Dropped, then the RESUME refused: reconnecting (logged once per attempt), never 'resumed' nor 'closed for good'.
    const seen = gatewayLines(from);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen).toEqual(seen.map(() => ({ level: 30, msg: 'Discord gateway reconnecting', shardId: 0 })));
  });

  it('never writes the token to its logs, even at trace level', () => {
    const all = lines.join('');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.split('.')[2]);
  });
});

describe('the discord.js client the adapter creates', () => {
  // Every send of the adapter passes NO_MENTIONS itself; the client-wide default is the safety net for one that forgets.
  it('pings nobody on a send that sets no allowedMentions of its own', async () => {
    const fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID, heartbeatIntervalMs: 500 });
    const client = createDiscordClient({ DISCORD_REST_API: fake.restApi });
    try {
      const ready = once(client, Events.ClientReady);
      await client.login(TOKEN);
      await ready;
      const channel = client.channels.cache.get(fake.channelId);
      if (!channel?.isSendable()) throw new Error('the fake guild channel is not in the cache as a sendable channel');
      await channel.send({ content: `@everyone @here <@300000000000000001> <@&${fake.guildId}> the camp` });
      const post = fake.calls.find((c) => isReply(c) && c.path === `/channels/${fake.channelId}/messages`);
      expect(bodyOf(post).content).toContain('@everyone');
      expect(bodyOf(post).allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});

describe('Discord adapter, a token discord.js prints whole', () => {
  // discord.js's Client#login emits the debug line `Provided token: ${client._censoredToken}`, and _censoredToken
  // masks only the dot-separated segments after the second. A value with fewer than three segments (not a bot token:
  // e.g. the application's client secret pasted by mistake) is printed whole. Only the adapter's debug-line filter
  // keeps it out of the log (this harness's logger has no secrets to scrub, like the adapter alone).
  const PASTED = 'dotlessClientSecret_must-never-be-logged-0123';

  it('never writes it to its logs, even at trace level, while discord.js debug lines are logged', async () => {
    const fake = await startDiscordFake({ token: PASTED, applicationId: APP_ID, heartbeatIntervalMs: 500 });
    const { adapter, lines, logs } = adapterFor(fake, { token: PASTED });
    try {
      await adapter.start();
      const { token } = fake.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: 'the camp?' }] });
      await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token), 'the answer');
    } finally {
      await adapter.stop();
      await fake.close();
    }
    expect(fake.gateway.identifies.map((i) => i.tokenMatched)).toEqual([true]);
    expect(logs().filter((l) => l.msg === 'Discord debug').length).toBeGreaterThan(5);
    expect(lines.join('')).not.toContain(PASTED);
  });
});
