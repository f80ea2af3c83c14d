import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type BotError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Engine } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import type { RateLimiter } from '../../rate-limit.js';
import { attemptTimeout, callDeadline } from './api-limits.js';
import { safeError } from './errors.js';
import { createHandlers } from './handlers.js';

/** The update types the bot asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'inline_query'] as const;

export interface TelegramBotDeps {
  token: string;
  engine: Engine;
  limiter: RateLimiter;
  logger: Logger;
  /** Bot API root without a trailing slash (default https://api.telegram.org). */
  apiRoot?: string;
  /** Known bot info (tests); otherwise the adapter sets it from getMe at start. */
  botInfo?: UserFromGetMe;
  /** Bot API time limits (tests shorten them): one request unanswered, one call in all (see api-limits.ts). */
  apiLimits?: { attemptMs?: number; deadlineMs?: number };
}

/** Counts the updates being handled, so that a stop can let them finish. */
export interface InFlight {
  readonly size: number;
  /**
   * The highest update_id whose handling has finished (undefined before the first). In long polling, where grammY
   * handles updates one at a time in update_id order, every update fetched up to it has been handled.
   */
  readonly lastHandledUpdateId: number | undefined;
  /** Resolves when every update being handled now has finished (or after `timeoutMs`). */
  settle(timeoutMs: number): Promise<void>;
}

/**
 * Builds the grammY bot: auto-retry for 429 and transient errors, the handlers behind one error boundary (no
 * update, in polling or webhook mode, can stop the bot or escape as a rejection), and logging that never carries
 * the token. Does no I/O until it is started or handed an update.
 */
export function createTelegramBot(deps: TelegramBotDeps): { bot: Bot; inFlight: InFlight } {
  const { token, logger } = deps;
  const bot = new Bot(token, {
    client: { apiRoot: (deps.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, ''), timeoutSeconds: 60 },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  // Innermost first: an unanswered request is aborted; 429s wait their retry_after (up to a minute), 5xx back off
  // (up to 5 tries), and network errors and aborted requests back off too; a call (other than getUpdates) ends in
  // all after a deadline, so that no update can hold the bot, which handles them one at a time.
  bot.api.config.use(attemptTimeout(deps.apiLimits?.attemptMs));
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  bot.api.config.use(callDeadline(deps.apiLimits?.deadlineMs));

  const onError = (err: BotError) => {
    logger.error(
      { err: safeError(err, [token]), updateId: err.ctx?.update?.update_id },
      'telegram update failed; the bot carries on',
    );
  };
  bot.catch(onError);

  const running = new Set<Promise<unknown>>();
  let lastHandledUpdateId: number | undefined;
  bot.use(async (ctx, next) => {
    const task = next();
    running.add(task);
    try {
      await task;
    } finally {
      running.delete(task);
      const id = ctx.update.update_id;
      if (lastHandledUpdateId === undefined || id > lastHandledUpdateId) lastHandledUpdateId = id;
    }
  });
  bot.errorBoundary(onError).use(createHandlers(deps));

  const inFlight: InFlight = {
    get size() {
      return running.size;
    },
    get lastHandledUpdateId() {
      return lastHandledUpdateId;
    },
    async settle(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
    },
  };
  return { bot, inFlight };
}
