import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelegramAdapter } from '../../../src/adapters/telegram/adapter.js';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { FakeTelegramBotApi, NO_ANSWER } from '../../fakes/telegram-bot-api.js';
import { createFakeEngine } from './fake-engine.js';
import { countingLimiter, TOKEN } from './harness.js';

/**
 * Long polling across a stop and a restart: the adapter, through the real grammY client, against the loopback Bot
 * API; a second adapter on the same fake stands for the next instance of the bot (after a deploy or a restart).
 */

let fake: FakeTelegramBotApi | undefined;
const adapters: BotAdapter[] = [];
afterEach(async () => {
  for (const adapter of adapters.splice(0)) await adapter.stop();
  await fake?.close();
  fake = undefined;
});

/** One instance of the bot against `api`; its log lines (debug and up) go to `logLines`. */
function instance(api: FakeTelegramBotApi) {
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => logLines.push(s) } });
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot });
  const adapter = createTelegramAdapter({ engine: createFakeEngine(), config, logger, limiter: countingLimiter() });
  adapters.push(adapter);
  return { adapter, logLines };
}

/** User `id` asks a question in their private chat (chat id = user id); returns the update_id. */
function ask(api: FakeTelegramBotApi, id: number): number {
  const from = { id, first_name: 'Alice', language_code: 'en' };
  const chat = { id, type: 'private' };
  return api.pushUpdate({ message: { message_id: id, date: 0, chat, from, text: 'How many were killed?' } });
}

/** How many replies each chat got, from every instance together. */
const repliesTo = (api: FakeTelegramBotApi, chats: number[]) =>
  chats.map((chat) => api.callsTo('sendMessage').filter((c) => c.body.chat_id === chat && c.status === 200).length);

describe('telegram adapter, long polling across a stop and a restart', () => {
  it('stop() during a batch, then the next instance: every question answered exactly once, none lost', async () => {
    fake = await FakeTelegramBotApi.start({ token: TOKEN, maxPollSeconds: 2 });
    const first = instance(fake).adapter;
    await first.start();

    // Three questions fetched in one getUpdates batch; the first one's reply is answered 0.8 s late.
    fake.delayNext('sendMessage', 1, 800);
    const batch = [ask(fake, 61), ask(fake, 62), ask(fake, 63)] as const;
    expect(await fake.nextArrival('sendMessage')).toMatchObject({ chat_id: 61 });
    // The stop comes while that reply is in flight, and another question comes in during it.
    const stopped = first.stop();
    const late = ask(fake, 64);
    await stopped;
    expect(repliesTo(fake, [61, 62, 63, 64])).toEqual([1, 1, 1, 0]);
    const firstPolls = fake.callsTo('getUpdates');

    // The next instance starts, fetches what is left (the late question only) and answers it.
    const second = instance(fake).adapter;
    await second.start();
    await fake.nextCall('sendMessage', (b) => b.chat_id === 64);
    // It handles updates in order, so a batch-mate fetched again would have been answered before the late question.
    expect(repliesTo(fake, [61, 62, 63, 64])).toEqual([1, 1, 1, 1]);

    // How: grammY's stop() confirmed up to the question being handled; the adapter confirmed its batch-mates,
    // handled after that, with one call that returned the late question without confirming it.
    expect(firstPolls.map((c) => c.body)).toContainEqual({ offset: batch[0] + 1, limit: 1 });
    expect(firstPolls.at(-1)).toMatchObject({
      body: { offset: batch[2] + 1, limit: 1, timeout: 0 },
      response: { result: [{ update_id: late }] },
    });
  });

  it('stop() with nothing handled past grammY’s own confirmation makes no further getUpdates call', async () => {
    fake = await FakeTelegramBotApi.start({ token: TOKEN, maxPollSeconds: 2 });
    const { adapter } = instance(fake);
    await adapter.start();
    fake.delayNext('sendMessage', 1, 300);
    const id = ask(fake, 65);
    await fake.nextArrival('sendMessage');
    await adapter.stop();
    expect(fake.callsTo('getUpdates').at(-1)?.body).toEqual({ offset: id + 1, limit: 1 });
    expect(fake.callsTo('getUpdates').filter((c) => c.body.limit === 1)).toHaveLength(1);
  });

  it('a confirmation Telegram leaves unanswered holds stop() 0.7 s at most; its updates are answered again, not lost', async () => {
    fake = await FakeTelegramBotApi.start({ token: TOKEN, maxPollSeconds: 2 });
    const { adapter: first, logLines } = instance(fake);
    await first.start();
    fake.delayNext('sendMessage', 2, 400);
    const batch = [ask(fake, 71), ask(fake, 72)] as const;
    await fake.nextArrival('sendMessage');

    const t0 = Date.now();
    const stopped = first.stop();
    // grammY's own confirmation is answered; the adapter's, which comes once the batch-mate is handled, is not.
    await fake.nextCall('getUpdates', (b) => b.offset === batch[0] + 1);
    fake.failNext('getUpdates', 1, 'stall');
    await stopped;
    const ms = Date.now() - t0;
    // About 0.4 s for the first reply, 0.4 s for its batch-mate's, then at most 0.7 s for the confirmation.
    expect(ms).toBeGreaterThanOrEqual(1200);
    expect(ms).toBeLessThan(2500);
    await vi.waitFor(() =>
      expect(fake?.callsTo('getUpdates').at(-1)).toMatchObject({ status: NO_ANSWER, body: { offset: batch[1] + 1 } }),
    );
    expect(logLines.join('')).toContain('telegram could not confirm the updates handled during the stop');
    await fake.nextCall('sendMessage', (b) => b.chat_id === 72);

    // The next instance answers the unconfirmed batch-mate a second time: a duplicate, never a loss.
    const second = instance(fake).adapter;
    await second.start();
    await fake.nextCall('sendMessage', (b) => b.chat_id === 72);
    expect(repliesTo(fake, [71, 72])).toEqual([1, 2]);
  });
});
