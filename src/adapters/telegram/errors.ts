import { GrammyError, HttpError } from 'grammy';

const REDACTED = '[REDACTED]';

/** Why the Telegram adapter could not start; its message and cause never carry the bot token. */
export class TelegramStartError extends Error {
  override name = 'TelegramStartError';
}

/** Replaces every occurrence of the secrets (raw and URL-encoded) in `text`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of [secret, encodeURIComponent(secret)]) out = out.split(form).join(REDACTED);
  }
  return out;
}

/**
 * A log- and throw-safe copy of any error from grammY: only the name, a scrubbed message and, for Bot API errors,
 * the method and error code. grammY's HttpError keeps the underlying fetch error (whose message holds the request
 * URL, token included) and GrammyError keeps the request payload; neither is copied.
 */
export function safeError(err: unknown, secrets: readonly string[]): Error {
  const inner = err instanceof Error && err.name === 'BotError' && 'error' in err ? err.error : err;
  if (inner instanceof GrammyError) {
    const safe = new Error(scrub(inner.message, secrets));
    safe.name = 'GrammyError';
    return Object.assign(safe, {
      method: inner.method,
      error_code: inner.error_code,
      stack: scrub(safe.stack ?? '', secrets),
    });
  }
  if (inner instanceof HttpError) {
    const cause = inner.error instanceof Error ? ` (${scrub(inner.error.message, secrets)})` : '';
    const safe = new Error(scrub(inner.message, secrets) + cause);
    safe.name = 'HttpError';
    safe.stack = scrub(safe.stack ?? '', secrets);
    return safe;
  }
  const safe = new Error(scrub(inner instanceof Error ? inner.message : String(inner), secrets));
  safe.name = inner instanceof Error ? inner.name : 'Error';
  safe.stack = scrub(inner instanceof Error ? (inner.stack ?? '') : (safe.stack ?? ''), secrets);
  return safe;
}

/** The clear, token-free reason `start()` rejects with. */
export function startError(err: unknown, apiRoot: string, secrets: readonly string[]): TelegramStartError {
  const safe = safeError(err, secrets);
  if (err instanceof GrammyError && err.error_code === 401) {
    return new TelegramStartError(
      'Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized from getMe); check the token with @BotFather',
      { cause: safe },
    );
  }
  if (err instanceof GrammyError && err.error_code === 409) {
    return new TelegramStartError(
      'Telegram reported a conflict (409): another instance is already receiving updates for this bot',
      { cause: safe },
    );
  }
  return new TelegramStartError(`Could not start the Telegram bot via ${apiRoot}: ${safe.message}`, { cause: safe });
}
