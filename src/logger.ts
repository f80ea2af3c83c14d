import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger };

const REDACTED = '[REDACTED]';

/**
 * Wraps a destination so that no secret can reach it, whatever logged it: grammY and discord.js errors may carry
 * the bot token inside a request URL, so field-based redaction alone is not enough.
 */
export function scrubbingStream(secrets: readonly string[], out: { write(s: string): unknown }): DestinationStream {
  const list = secrets.filter((s) => s.length >= 4);
  const escaped = list.flatMap((s) => [s, encodeURIComponent(s)]);
  return {
    write(line: string) {
      let text = line;
      for (const s of escaped) if (text.includes(s)) text = text.split(s).join(REDACTED);
      out.write(text);
    },
  };
}

/**
 * The service logger: pino JSON on stdout, secrets scrubbed from every line and common secret fields redacted.
 * Stdout is written asynchronously (lines written while a write is pending go out together in one syscall, so
 * request logging costs little under load); pino flushes what is pending synchronously when the process exits.
 */
export function createLogger(
  opts: { level: string; secrets?: readonly string[]; destination?: { write(s: string): unknown } } = { level: 'info' },
): Logger {
  const options: LoggerOptions = {
    level: opts.level,
    base: { service: 'sanad' },
    redact: {
      paths: [
        'token',
        '*.token',
        'config.TELEGRAM_BOT_TOKEN',
        'config.DISCORD_TOKEN',
        'config.TELEGRAM_WEBHOOK_SECRET',
        'req.headers.authorization',
        'req.headers["x-telegram-bot-api-secret-token"]',
      ],
      censor: REDACTED,
    },
  };
  const out = opts.destination ?? pino.destination({ dest: 1, sync: false });
  return pino(options, scrubbingStream(opts.secrets ?? [], out));
}
