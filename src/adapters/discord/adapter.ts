import { type Client, Events } from 'discord.js';
import type { AdapterDeps, BotAdapter } from '../types.js';
import { createDiscordClient, guardPacketHandling } from './client.js';
import { COMMANDS, commandsRoute } from './commands.js';
import type { HandlerContext } from './context.js';
import { CommandRegistrationError, describeError, explainStartFailure, GatewayClosedError } from './errors.js';
import { handleInteraction } from './interactions.js';
import { createNoticeThrottle, handleMessage } from './messages.js';

/** How long start() waits for READY (and command registration) before giving up. */
const START_TIMEOUT_MS = 30_000;
/** How long stop() lets in-flight answers finish before closing the connection (main.ts allows 4.5 s in all). */
const DRAIN_MS = 3_000;

/**
 * The Discord adapter: slash commands (/ask, /source, /help), guild mentions and DMs in, engine.ask(), embeds out.
 * start() logs in, waits for READY and registers the commands; stop() drains in-flight answers and destroys the client.
 */
export function createDiscordAdapter(deps: AdapterDeps): BotAdapter {
  const { config, engine, limiter } = deps;
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token || !applicationId) throw new Error('the Discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const logger = deps.logger.child({ adapter: 'discord' });
  const ctx: HandlerContext = { engine, limiter, logger, secrets: [token] };
  const notices = createNoticeThrottle();
  const client = createDiscordClient(config);
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  /** The per-event error boundary: whatever a handler does, it is logged and the bot carries on. */
  const track = (event: string, work: () => Promise<unknown>) => {
    if (!accepting) return;
    const p = work()
      .catch((err: unknown) => logger.error({ err: describeError(err, ctx.secrets), event }, 'Discord event failed'))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };

  client.on(Events.InteractionCreate, (interaction) =>
    track('interactionCreate', async () => {
      if (interaction.isChatInputCommand()) await handleInteraction(interaction, ctx);
    }),
  );
  client.on(Events.MessageCreate, (message) =>
    track('messageCreate', async () => {
      const botUserId = client.user?.id;
      if (botUserId) await handleMessage(message, { ...ctx, botUserId, notices });
    }),
  );
  const guarded = guardPacketHandling(client, (err, event) =>
    logger.error({ err: describeError(err, ctx.secrets), event }, 'Discord event could not be parsed; skipped'),
  );
  if (!guarded) logger.warn('discord.js has no packet hook: a malformed gateway event may stop the process');
  client.on(Events.Error, (err) => logger.error({ err: describeError(err, ctx.secrets) }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'Discord warning'));
  client.on(Events.ShardError, (err, shardId) =>
    logger.warn({ err: describeError(err, ctx.secrets), shardId }, 'Discord gateway error'),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'Discord gateway closed for good'),
  );
  client.on(Events.ShardReconnecting, (shardId) => {
    // destroy() closes the socket through the same path; only a drop while serving is a reconnect.
    if (accepting) logger.info({ shardId }, 'Discord gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'Discord gateway resumed'));
  // discord.js debug lines are chatty; the one naming the token ('Provided token: ...' at login) is dropped outright:
  // discord.js masks only the segments after the second dot, so a value with fewer dots is printed whole, and with a
  // 'Bot ' prefix (which discord.js strips) the logger's scrubbing of the configured value misses it.
  client.on(Events.Debug, (message) => {
    if (!/token/i.test(message)) logger.trace({ discord: message }, 'Discord debug');
  });

  return {
    async start() {
      try {
        await withTimeout(connect(client, token), START_TIMEOUT_MS, 'timed out waiting for READY from the gateway');
        const route = commandsRoute(applicationId, config.DISCORD_GUILD_ID);
        await withTimeout(client.rest.put(route, { body: COMMANDS }), START_TIMEOUT_MS, 'timed out').catch((err) => {
          throw new CommandRegistrationError(route, err);
        });
        logger.info(
          { user: client.user?.tag, scope: config.DISCORD_GUILD_ID ? 'guild' : 'global', commands: COMMANDS.length },
          'Discord ready; slash commands registered',
        );
      } catch (err) {
        accepting = false;
        await client.destroy().catch(() => undefined);
        throw explainStartFailure(err, { restApi: config.DISCORD_REST_API, token });
      }
    },
    async stop() {
      accepting = false;
      await Promise.race([Promise.allSettled([...inFlight]), delay(DRAIN_MS)]);
      try {
        await client.destroy();
        logger.info('Discord client destroyed');
      } catch (err) {
        logger.warn({ err: describeError(err, ctx.secrets) }, 'Discord client did not close cleanly');
      }
    },
  };
}

/** Logs in and resolves on the client's READY; rejects when login fails or the gateway closes for good first. */
function connect(client: Client, token: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onReady = () => {
      cleanup();
      resolve();
    };
    const onClosed = (event: { code: number }) => {
      cleanup();
      reject(new GatewayClosedError(event.code));
    };
    const cleanup = () => {
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onClosed);
    };
    client.once(Events.ClientReady, onReady);
    client.once(Events.ShardDisconnect, onClosed);
    client.login(token).catch((err: unknown) => {
      cleanup();
      reject(err);
    });
  });
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
