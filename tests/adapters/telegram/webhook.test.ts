import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { registerWebhookRoute } from '../../../src/adapters/telegram/webhook.js';
import { createLogger } from '../../../src/logger.js';
import { createFakeEngine } from './fake-engine.js';
import { BOT_INFO, countingLimiter, TOKEN } from './harness.js';

const SECRET = 'the-secret';
const update = {
  update_id: 1,
  message: {
    message_id: 1,
    date: 0,
    chat: { id: 42, type: 'private' },
    from: { id: 42, is_bot: false, first_name: 'A' },
    text: 'How many?',
  },
};

/** A bot whose sendMessage takes `delayMs`, behind the webhook route on a bare Fastify app. */
async function slowWebhook(delayMs: number, timeoutMs: number) {
  const logger = createLogger({ level: 'silent' });
  const { bot, inFlight } = createTelegramBot({
    token: TOKEN,
    engine: createFakeEngine(),
    limiter: countingLimiter(),
    logger,
    botInfo: BOT_INFO,
  });
  const sent: number[] = [];
  bot.api.config.use(async (_prev, method) => {
    await new Promise((r) => setTimeout(r, delayMs));
    if (method === 'sendMessage') sent.push(Date.now());
    return { ok: true, result: { message_id: 9, date: 0, chat: { id: 42, type: 'private' } } } as never;
  });
  const app = Fastify();
  registerWebhookRoute(app, {
    bot,
    path: '/hook',
    secret: SECRET,
    token: TOKEN,
    logger,
    accepting: () => true,
    timeoutMs,
  });
  await app.ready();
  return { app, sent, inFlight };
}

describe('telegram webhook route', () => {
  it('answers 200 once the update is handled', async () => {
    const { app, sent } = await slowWebhook(10, 5000);
    const res = await app.inject({
      method: 'POST',
      url: '/hook',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: update,
    });
    expect(res.statusCode).toBe(200);
    expect(sent).toHaveLength(1);
    await app.close();
  });

  it('never leaves Telegram waiting: a slow update is answered 200 at the timeout and finishes afterwards', async () => {
    const { app, sent, inFlight } = await slowWebhook(800, 100);
    const t0 = Date.now();
    const res = await app.inject({
      method: 'POST',
      url: '/hook',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: update,
    });
    expect(res.statusCode).toBe(200);
    expect(Date.now() - t0).toBeLessThan(700);
    expect(sent).toHaveLength(0);
    expect(inFlight.size).toBe(1);
    await inFlight.settle(3000);
    expect(sent).toHaveLength(1);
    await app.close();
  });
});
