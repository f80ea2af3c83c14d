import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((v) => blankToUndefined(v) ?? fallback, schema);

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord snowflake (17-20 digits)');

const schema = z
  .object({
    PORT: withDefault(z.coerce.number({ error: 'must be an integer from 0 to 65535' }).int().min(0).max(65535), '3000'),
    HOST: withDefault(z.string().min(1), '127.0.0.1'),
    LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
    KNOWLEDGE_DIR: withDefault(z.string().min(1), 'knowledge'),
    TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]+$/, 'must look like 123456:ABC-token from BotFather')),
    TELEGRAM_API_ROOT: withDefault(httpUrl, 'https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    TELEGRAM_WEBHOOK_SECRET: optional(
      z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -'),
    ),
    DISCORD_TOKEN: optional(z.string().min(1)),
    DISCORD_APPLICATION_ID: optional(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    DISCORD_REST_API: withDefault(httpUrl, 'https://discord.com/api'),
    RATE_LIMIT_PER_MINUTE: withDefault(
      z.coerce.number({ error: 'must be a whole number from 1 to 1000000' }).int().min(1).max(1_000_000),
      '30',
    ),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'is required with TELEGRAM_WEBHOOK_URL',
      });
    }
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required with DISCORD_TOKEN' });
    }
  });

export type Config = z.infer<typeof schema>;

/** A bad environment: `message` is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses and validates the environment (the contract's table). Pure: reads only `env`.
 * Throws ConfigError with one line naming the first bad variable.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join('.') || 'environment';
  throw new ConfigError(`Invalid environment variable ${name}: ${issue?.message ?? 'invalid value'}`);
}

/** Every secret value in the config, for log scrubbing. */
export function secretsOf(config: Config): string[] {
  // discord.js strips a leading "Bot " / "Bearer " from the token it is given: the bare value is a secret too.
  const bareDiscord = config.DISCORD_TOKEN?.replace(/^(?:Bot|Bearer)\s+/i, '');
  return [
    config.TELEGRAM_BOT_TOKEN,
    config.TELEGRAM_WEBHOOK_SECRET,
    config.DISCORD_TOKEN,
    bareDiscord === config.DISCORD_TOKEN ? undefined : bareDiscord,
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}
