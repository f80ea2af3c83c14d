import { describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../../src/adapters/telegram/adapter.js';
import type { BotAdapter } from '../../../src/adapters/types.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { FakeTelegramBotApi, NO_ANSWER } from '../../fakes/telegram-bot-api.js';
import { stopAfterEach } from '../../helpers/teardown.js';
import { CITATION_P9, createFakeEngine } from './fake-engine.js';
import { countingLimiter, TOKEN } from './harness.js';

/**
 * Bot API faults against the loopback fake: requests that get no answer, connections reset, a Bot API that never
 * answers. The bot handles updates one at a time, so every fault must end (retried, or given up and logged) and
 * the next message must be answered.
 */

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

async function start(options: TelegramAdapterOptions, maxPollSeconds = 1) {
  fake = await FakeTelegramBotApi.start({ token: TOKEN, maxPollSeconds });
  const lines: string[] = [];
  // No secrets given to the logger: the adapter itself must keep the token out of what it logs.
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => lines.push(s) } });
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
  adapter = createTelegramAdapter({ engine: createFakeEngine(), config, logger, limiter: countingLimiter() }, options);
  await adapter.start();
  return { fake, lines };
}

async function waitForLine(lines: string[], fragment: string, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const line = lines.find((l) => l.includes(fragment));
    if (line) return line;
    if (Date.now() > until)
      throw new Error(`no log line with "${fragment}" within ${timeoutMs} ms:\n${lines.join('')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const statuses = (f: FakeTelegramBotApi, method: string) => f.callsTo(method).map((c) => c.status);

describe('Telegram Bot API faults', () => {
  it('a sendMessage left unanswered is abandoned after the attempt timeout and sent again; the bot keeps serving', async () => {
    const { fake } = await start({ apiLimits: { attemptMs: 300 } });
    fake.failNext('sendMessage', 1, 'stall');
    fake.userSends(PRIVATE, ALICE, 'How many were killed?');
    const sent = await fake.nextCall('sendMessage', () => true, 10_000);
    expect(sent.body.text).toContain(CITATION_P9.text);
    expect(statuses(fake, 'sendMessage')).toEqual([NO_ANSWER, 200]);
    fake.userSends(PRIVATE, ALICE, 'And then?');
    await fake.nextCall('sendMessage');
    expect(statuses(fake, 'sendMessage')).toEqual([NO_ANSWER, 200, 200]);
  });

  it('a reset connection is retried', async () => {
    const { fake } = await start({});
    fake.failNext('sendMessage', 1, 'drop');
    fake.userSends(PRIVATE, ALICE, 'How many were killed?');
    expect((await fake.nextCall('sendMessage', () => true, 10_000)).body.text).toContain(CITATION_P9.text);
    expect(statuses(fake, 'sendMessage')).toEqual([NO_ANSWER, 200]);
  });

  it('a Bot API that never answers: the update is given up at the deadline, logged without the token, and the next message is answered', async () => {
    const { fake, lines } = await start({ apiLimits: { attemptMs: 60_000, deadlineMs: 1000 } });
    fake.failNext('sendMessage', 1, 'stall');
    const t0 = Date.now();
    fake.userSends(PRIVATE, ALICE, 'How many were killed?');
    const line = await waitForLine(lines, 'telegram update failed; the bot carries on', 10_000);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(JSON.parse(line)).toMatchObject({ level: 50, adapter: 'telegram' });
    fake.userSends(PRIVATE, ALICE, 'Who said it?');
    const sent = await fake.nextCall('sendMessage');
    expect(sent.body.chat_id).toBe(PRIVATE.id);
    expect(statuses(fake, 'sendMessage')).toEqual([NO_ANSWER, 200]);
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).not.toContain(TOKEN.split(':')[1]);
  });

  it('a long poll left unanswered is abandoned after its timeout plus the attempt timeout, and polling carries on', async () => {
    const { fake } = await start({ pollingTimeoutSeconds: 1, apiLimits: { attemptMs: 500 } });
    fake.failNext('getUpdates', 1, 'stall');
    fake.userSends(PRIVATE, ALICE, 'How many were killed?');
    expect((await fake.nextCall('sendMessage', () => true, 15_000)).body.text).toContain(CITATION_P9.text);
    expect(statuses(fake, 'getUpdates')).toContain(NO_ANSWER);
  });

  it('with the time limits in place, stop() still aborts a long poll at once', async () => {
    const { fake } = await start({}, 30);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo('getUpdates').filter((c) => c.body.timeout === 30)).toEqual([]);
    const t0 = Date.now();
    await adapter?.stop();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
