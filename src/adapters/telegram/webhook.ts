import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type Bot, webhookCallback } from 'grammy';
import type { Logger } from '../../logger.js';
import { safeError } from './errors.js';

/** The header Telegram sends with the secret_token given to setWebhook. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** Answer Telegram within this time even if handling goes on (Telegram redelivers unanswered updates). */
const WEBHOOK_TIMEOUT_MS = 8_000;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Compares a received secret with the expected one in constant time (over digests, so length leaks nothing). */
export function secretMatches(received: unknown, expected: string): boolean {
  if (typeof received !== 'string') return false;
  return timingSafeEqual(digest(received), digest(expected));
}

export interface WebhookRouteOptions {
  bot: Bot;
  /** The path of TELEGRAM_WEBHOOK_URL, e.g. `/telegram/webhook`. */
  path: string;
  secret: string;
  token: string;
  logger: Logger;
  /** False before start() has set the webhook and after stop(): updates then get 503 and Telegram retries. */
  accepting: () => boolean;
  /** Answer 200 after this long even if the update is still being handled (default WEBHOOK_TIMEOUT_MS). */
  timeoutMs?: number;
}

function error(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}

/**
 * The webhook route on the shared Fastify server: a wrong or missing secret header gets 401 before anything else;
 * an update is handed to grammY, and the request is always answered, with 200 once the update is handled or after
 * WEBHOOK_TIMEOUT_MS while handling goes on.
 */
export function registerWebhookRoute(app: FastifyInstance, opts: WebhookRouteOptions): void {
  const { bot, secret, logger } = opts;
  let handle: ((req: unknown, reply: unknown) => Promise<unknown>) | undefined;

  app.post(opts.path, async (request, reply) => {
    if (!secretMatches(request.headers[SECRET_HEADER], secret)) {
      return error(reply, 401, 'unauthorized', 'wrong or missing X-Telegram-Bot-Api-Secret-Token');
    }
    if (!opts.accepting()) return error(reply, 503, 'unavailable', 'the Telegram adapter is not running');
    const body = request.body as { update_id?: unknown } | null | undefined;
    if (typeof body !== 'object' || body === null || typeof body.update_id !== 'number') {
      return error(reply, 400, 'bad_request', 'the body is not a Telegram update');
    }
    handle ??= webhookCallback(bot, 'fastify', {
      onTimeout: 'return',
      timeoutMilliseconds: opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
      secretToken: secret,
    }) as (req: unknown, reply: unknown) => Promise<unknown>;
    try {
      await handle(request, reply);
    } catch (err) {
      // The handlers' error boundary catches update errors; this is grammY itself failing. Telegram must still get an
      // answer, and a 200 keeps it from redelivering an update that cannot be handled.
      logger.error({ err: safeError(err, [opts.token, secret]), updateId: body.update_id }, 'telegram webhook failed');
    }
    if (!reply.sent) reply.code(200).send('');
    return reply;
  });
}
