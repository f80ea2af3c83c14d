import { createHttpApp } from './adapters/http/app.js';
import type { BotAdapter } from './adapters/types.js';
import { ConfigError, parseConfig, secretsOf } from './config.js';
import { createEngine } from './core/engine.js';
import { KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { createLogger } from './logger.js';
import { createRateLimiter } from './rate-limit.js';

const SHUTDOWN_GRACE_MS = 4_500;

/** Writes one line to stderr and exits 1: the contract's behaviour for a bad environment or knowledge. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });

  let knowledge: Awaited<ReturnType<typeof loadKnowledge>>;
  try {
    knowledge = await loadKnowledge(config.KNOWLEDGE_DIR);
  } catch (err) {
    if (err instanceof KnowledgeError) fail(err.message);
    throw err;
  }
  const engine = createEngine(knowledge);
  const limiter = createRateLimiter(config.RATE_LIMIT_PER_MINUTE);
  const deps = { engine, config, logger, limiter };

  // Bot adapters are imported only when enabled, and after the HTTP server listens: grammY and discord.js take about
  // half a second to load, which /healthz need not wait for. Only a Telegram webhook is loaded first, because its
  // route must be registered before the server listens.
  const bots: Array<{ name: string; adapter: BotAdapter }> = [];
  const loadTelegram = async () => {
    const { createTelegramAdapter } = await import('./adapters/telegram/adapter.js');
    bots.push({ name: 'telegram', adapter: createTelegramAdapter(deps) });
  };
  const loadDiscord = async () => {
    const { createDiscordAdapter } = await import('./adapters/discord/adapter.js');
    bots.push({ name: 'discord', adapter: createDiscordAdapter(deps) });
  };
  const webhook = Boolean(config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL);
  if (webhook) await loadTelegram();

  const app = await createHttpApp(deps);
  for (const { adapter } of bots) adapter.registerRoutes?.(app);

  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // What the graceful path is waiting on, named in the line the forced exit logs.
    let waitingFor = 'the bot adapters to stop';
    const force = setTimeout(() => {
      logger.error(
        { graceMs: SHUTDOWN_GRACE_MS, waitingFor },
        `shutdown took too long (still waiting for ${waitingFor} after ${SHUTDOWN_GRACE_MS} ms); exiting with code 1`,
      );
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    await Promise.allSettled(bots.map(({ adapter }) => adapter.stop()));
    waitingFor = 'the HTTP server to close (requests still in flight)';
    await app.close();
    logger.info('stopped');
    process.exit(exitCode);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const url = await app.listen({ port: config.PORT, host: config.HOST });
  const enabled = [config.TELEGRAM_BOT_TOKEN && 'telegram', config.DISCORD_TOKEN && 'discord'].filter(
    (name): name is string => Boolean(name),
  );
  logger.info(
    { url, adapters: ['http', ...enabled] },
    enabled.length === 0
      ? `HTTP listening at ${url}; no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN set, so serving HTTP only`
      : `HTTP listening at ${url}; starting ${enabled.join(' and ')}`,
  );

  if (config.TELEGRAM_BOT_TOKEN && !webhook) await loadTelegram();
  if (config.DISCORD_TOKEN) await loadDiscord();
  for (const { name, adapter } of bots) {
    if (stopping) return;
    try {
      await adapter.start();
      logger.info({ adapter: name }, `${name} adapter started`);
    } catch (err) {
      logger.fatal({ adapter: name, err }, `${name} adapter could not start`);
      await shutdown('startup-failure', 1);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Sanad could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
