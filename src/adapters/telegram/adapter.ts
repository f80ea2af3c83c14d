import { type Bot, GrammyError } from 'grammy';
import type { AdapterDeps, BotAdapter } from '../types.js';
import { ALLOWED_UPDATES, createTelegramBot } from './bot.js';
import { createUpdateConfirmer } from './confirm-updates.js';
import { safeError, startError } from './errors.js';
import { COMMANDS } from './messages.js';
import { registerWebhookRoute } from './webhook.js';

/** How long start() waits for getMe (with retries) before giving up. */
const GET_ME_TIMEOUT_MS = 30_000;
/** Pause before polling again after a 409 Conflict (another instance was polling with the same token). */
const POLLING_RESTART_MS = 5_000;
/**
 * How long stop() waits for in-flight updates; then it may take up to CONFIRM_TIMEOUT_MS (0.7 s) more to confirm
 * them to Telegram. main.ts forces an exit at 4.5 s.
 */
const STOP_TIMEOUT_MS = 3_500;

async function registerCommands(bot: Bot, onError: (err: unknown) => void): Promise<void> {
  try {
    await bot.api.setMyCommands(COMMANDS.en);
    await bot.api.setMyCommands(COMMANDS.ar, { language_code: 'ar' });
  } catch (err) {
    onError(err);
  }
}

/** Timings, shortened by tests. */
export interface TelegramAdapterOptions {
  /** Pause before polling again after a 409 Conflict (default 5 s). */
  pollingRestartMs?: number;
  /** The long-poll timeout of getUpdates (grammY's default: 30 s). */
  pollingTimeoutSeconds?: number;
  /** Bot API time limits (see api-limits.ts). */
  apiLimits?: { attemptMs?: number; deadlineMs?: number };
  /** How long a webhook request waits for its update before answering 200 anyway (see webhook.ts). */
  webhookTimeoutMs?: number;
}

/**
 * The Telegram adapter: long polling by default, a webhook on the shared HTTP server when TELEGRAM_WEBHOOK_URL is
 * set. start() resolves once updates flow (getMe succeeded, then polling began or setWebhook succeeded) and rejects
 * with a token-free TelegramStartError otherwise; stop() lets in-flight updates finish and never rejects. In long
 * polling, stop() also confirms to Telegram every update it handled, so that the next instance answers only the
 * others (see confirm-updates.ts).
 */
export function createTelegramAdapter(deps: AdapterDeps, options: TelegramAdapterOptions = {}): BotAdapter {
  const pollingRestartMs = options.pollingRestartMs ?? POLLING_RESTART_MS;
  const { config, engine, limiter } = deps;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('createTelegramAdapter needs TELEGRAM_BOT_TOKEN');
  const secrets = [token, config.TELEGRAM_WEBHOOK_SECRET ?? ''].filter((s) => s !== '');
  const logger = deps.logger.child({ adapter: 'telegram' });
  const apiRoot = config.TELEGRAM_API_ROOT.replace(/\/+$/, '');
  const { bot, inFlight } = createTelegramBot({
    token,
    apiRoot,
    engine,
    limiter,
    logger,
    ...(options.apiLimits ? { apiLimits: options.apiLimits } : {}),
  });
  const confirmer = createUpdateConfirmer(bot, () => inFlight.lastHandledUpdateId);
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  const webhookSecret = config.TELEGRAM_WEBHOOK_SECRET;

  let accepting = false;
  let stopping = false;
  let polling: Promise<void> | undefined;
  let restartTimer: NodeJS.Timeout | undefined;

  /**
   * Starts long polling; resolves once it runs. If polling later ends on a 409 (another poller took over, as during
   * a rolling restart), it is started again after a pause, unless the adapter is stopping; other errors end it.
   */
  function startPolling(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let started = false;
      polling = bot
        .start({
          allowed_updates: [...ALLOWED_UPDATES],
          ...(options.pollingTimeoutSeconds === undefined ? {} : { timeout: options.pollingTimeoutSeconds }),
          onStart: () => {
            started = true;
            resolve();
          },
        })
        .catch((err: unknown) => {
          const safe = startError(err, apiRoot, secrets);
          if (!started) return reject(safe);
          if (stopping) return;
          if (err instanceof GrammyError && err.error_code === 409) {
            logger.warn({ err: safe, retryInMs: pollingRestartMs }, 'telegram polling conflict; retrying');
            restartTimer = setTimeout(() => void startPolling().catch(() => {}), pollingRestartMs);
            return;
          }
          logger.error({ err: safe }, 'telegram polling stopped');
        });
    });
  }

  return {
    registerRoutes(app) {
      if (!webhookUrl || !webhookSecret) return;
      const path = new URL(webhookUrl).pathname;
      const timeout = options.webhookTimeoutMs === undefined ? {} : { timeoutMs: options.webhookTimeoutMs };
      registerWebhookRoute(app, {
        bot,
        path,
        secret: webhookSecret,
        token,
        logger,
        accepting: () => accepting,
        ...timeout,
      });
    },

    async start() {
      try {
        // grammY types its signal with the abort-controller polyfill; a native AbortSignal is what it uses at runtime.
        const signal = AbortSignal.timeout(GET_ME_TIMEOUT_MS) as unknown as Parameters<Bot['api']['getMe']>[0];
        bot.botInfo = await bot.api.getMe(signal);
      } catch (err) {
        throw startError(err, apiRoot, secrets);
      }
      logger.info({ username: bot.botInfo.username, apiRoot }, 'telegram bot authenticated');
      await registerCommands(bot, (err) =>
        logger.warn({ err: safeError(err, secrets) }, 'telegram setMyCommands failed; commands menu not updated'),
      );
      if (webhookUrl && webhookSecret) {
        try {
          await bot.api.setWebhook(webhookUrl, {
            secret_token: webhookSecret,
            allowed_updates: [...ALLOWED_UPDATES],
          });
        } catch (err) {
          throw startError(err, apiRoot, secrets);
        }
        accepting = true;
        logger.info({ path: new URL(webhookUrl).pathname }, 'telegram webhook set');
      } else {
        await startPolling();
        logger.info('telegram long polling started');
      }
    },

    async stop() {
      accepting = false;
      stopping = true;
      clearTimeout(restartTimer);
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      try {
        const stopped = Promise.allSettled([bot.isRunning() ? bot.stop() : undefined, polling]);
        await Promise.race([stopped, new Promise((r) => setTimeout(r, STOP_TIMEOUT_MS).unref())]);
        await inFlight.settle(Math.max(0, deadline - Date.now()));
      } catch (err) {
        logger.warn({ err: safeError(err, secrets) }, 'telegram stop was not clean');
      }
      if (polling) {
        try {
          const offset = await confirmer.confirm();
          if (offset !== undefined) logger.debug({ offset }, 'telegram updates handled during the stop confirmed');
        } catch (err) {
          logger.warn(
            { err: safeError(err, secrets) },
            'telegram could not confirm the updates handled during the stop; the next start answers them again',
          );
        }
      }
      logger.info({ unfinished: inFlight.size }, 'telegram adapter stopped');
    },
  };
}
