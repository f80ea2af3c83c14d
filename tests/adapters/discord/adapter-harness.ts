import { createDiscordAdapter } from '../../../src/adapters/discord/adapter.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createRateLimiter } from '../../../src/rate-limit.js';
import type { DiscordFake, RestCall } from '../../fakes/discord-fake.js';
import { createFakeEngine } from './fake-engine.js';

export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.adapter-test-secret-part_0123456789';
export const APP_ID = '123456789012345678';

/** The real adapter, in process, pointed at `fake`, logging at trace level into `lines`. */
export function adapterFor(fake: DiscordFake, opts: { token?: string; guild?: boolean; perMinute?: number } = {}) {
  const lines: string[] = [];
  const token = opts.token ?? TOKEN;
  const config = parseConfig({
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_GUILD_ID: opts.guild === false ? undefined : fake.guildId,
    DISCORD_REST_API: fake.restApi,
  });
  // No secrets given to the logger: the adapter itself must keep the token out of what it logs.
  const logger = createLogger({ level: 'trace', destination: { write: (s) => lines.push(s) } });
  const adapter = createDiscordAdapter({
    engine: createFakeEngine(),
    config,
    logger,
    limiter: createRateLimiter(opts.perMinute ?? 30),
  });
  const logs = () => lines.map((l) => JSON.parse(l) as Record<string, unknown> & { msg: string; level: number });
  return { adapter, lines, logs };
}

export const isChannelPost = (c: RestCall) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path);
// biome-ignore lint/suspicious/noExplicitAny: REST bodies are free-form JSON; tests read them by path.
export const bodyOf = (c: RestCall | undefined) => c?.body as any;
