import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { type DiscordFake, startDiscordFake } from '../../fakes/discord-fake.js';
import { shardOf } from '../../fakes/discord-gateway.js';
import { APP_ID, adapterFor, bodyOf, isChannelPost, TOKEN } from './adapter-harness.js';

/** A guild that Discord's rule, (id >> 22) % 2, puts on shard 1 of 2. */
const GUILD_ON_SHARD_1 = String(999_999_999_999n << 22n);

describe('Discord adapter when Discord recommends two shards', () => {
  let fake: DiscordFake;
  let adapter: BotAdapter;

  beforeAll(async () => {
    // The fake refuses an IDENTIFY with fewer shards than it recommends (4011), as Discord does past 2,500 guilds.
    fake = await startDiscordFake({ token: TOKEN, applicationId: APP_ID, guildId: GUILD_ON_SHARD_1, shards: 2 });
    ({ adapter } = adapterFor(fake));
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('opens both shards in one process, each identified once with the recommended count', () => {
    expect(shardOf(GUILD_ON_SHARD_1, 2)).toBe(1);
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.gateway.identifies.every((i) => i.tokenMatched)).toBe(true);
    expect(fake.live).toBe(true);
  });

  it('answers /ask in the guild (shard 1) and a DM (shard 0)', async () => {
    const { token } = fake.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: 'the camp?' }] });
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token), 'the /ask answer');
    expect(bodyOf(edit).embeds[0].fields[0].value).toContain('قتل 123 شخصا');
    const dm = fake.message({ content: 'كم شخصا قتل في المعسكر؟', guildId: null });
    await fake.waitForCall((c) => isChannelPost(c) && c.path === `/channels/${dm.channelId}/messages`, 'the DM reply');
  });

  it('resumes shard 1 after its socket drops, and still answers in the guild', async () => {
    fake.drop({ resumable: true, shard: 1 });
    await fake.waitFor('shard 1 resumed', () => (fake.gateway.resumed >= 1 && fake.live ? true : undefined));
    const m = fake.message({ content: `<@${fake.bot.id}> the camp?` });
    await fake.waitForCall(
      (c) => isChannelPost(c) && bodyOf(c).message_reference?.message_id === m.id,
      'the reply after the resume',
    );
  });
});
