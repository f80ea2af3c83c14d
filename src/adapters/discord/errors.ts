import { DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';

/** The Discord adapter could not start; `message` is one clear line and never carries the bot token. */
export class DiscordStartError extends Error {
  override name = 'DiscordStartError';
}

/** The gateway closed for good while the adapter was starting (bad token, disallowed intents, ...). */
export class GatewayClosedError extends Error {
  override name = 'GatewayClosedError';
  constructor(readonly closeCode: number) {
    super(
      `Discord closed the gateway connection with code ${closeCode} (${GatewayCloseCodes[closeCode] ?? 'unknown'})`,
    );
  }
}

/** Discord refused the slash-command registration (wrong application id, bot not in the guild, ...). */
export class CommandRegistrationError extends Error {
  override name = 'CommandRegistrationError';
  constructor(
    readonly route: string,
    cause: unknown,
  ) {
    super(`could not register slash commands (PUT ${route}): ${cause instanceof Error ? cause.message : cause}`, {
      cause,
    });
  }
}

// Interaction and webhook tokens sit in REST paths; they are short-lived secrets, so logs keep only the route.
const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/?#]+/g;

/** A log-safe summary of an error: type, message, Discord code/status and the request route, never a token. */
export function describeError(err: unknown, secrets: readonly string[] = []): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: scrub(String(err), secrets) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: scrub(e.message, secrets) };
  if (e.code !== undefined) out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.route = routeOf(e.url);
  if (e.stack) out.stack = scrub(e.stack, secrets).replace(TOKEN_IN_PATH, '/$1/$2/:token');
  return out;
}

function routeOf(url: string): string {
  try {
    return new URL(url).pathname.replace(TOKEN_IN_PATH, '/$1/$2/:token');
  } catch {
    return '(unparsable url)';
  }
}

/** `text` with every secret (and its URL-encoded form) replaced. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets.filter((x) => x.length >= 4)) {
    for (const form of [s, encodeURIComponent(s)]) out = out.split(form).join('[REDACTED]');
  }
  return out;
}

/** Turns whatever stopped `start()` into one line an operator can act on. */
export function explainStartFailure(err: unknown, ctx: { restApi: string; token: string }): DiscordStartError {
  const root = err instanceof CommandRegistrationError ? err.cause : err;
  const code = (root as { code?: unknown } | null)?.code;
  const status = (root as { status?: unknown } | null)?.status;
  let message: string;
  if (code === DiscordjsErrorCodes.TokenInvalid || status === 401) {
    message = 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the developer portal';
  } else if (err instanceof GatewayClosedError && err.closeCode === GatewayCloseCodes.AuthenticationFailed) {
    message = 'Discord rejected DISCORD_TOKEN at the gateway (close code 4004): copy the bot token again';
  } else if (err instanceof GatewayClosedError && err.closeCode === GatewayCloseCodes.DisallowedIntents) {
    message = 'Discord refused the gateway intents (close code 4014); Sanad needs no privileged intent';
  } else if (err instanceof CommandRegistrationError) {
    const hint = status === 403 || status === 404 ? '; check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID' : '';
    message = `${err.message}${hint}`;
  } else {
    const detail = err instanceof Error ? err.message : String(err);
    message = `could not connect to Discord via ${ctx.restApi}: ${detail}`;
  }
  const cause = root instanceof Error ? describeError(root, [ctx.token]) : undefined;
  return new DiscordStartError(`Discord adapter: ${scrub(message, [ctx.token])}`, { cause });
}
