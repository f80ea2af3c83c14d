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

let sharedStdout: { write(line: string): boolean } | undefined;
/** Most characters handed to the destination at once, so that little is in flight when the process exits. */
const MAX_CHUNK = 8192;

/**
 * Stdout, shared by every logger of the process: written asynchronously, the lines of one event-loop turn joined
 * into one write. Under load a turn answers many requests, and handing each line to the destination on its own cost
 * about 15,000 instructions a cached answer, of about 195,000 (callgrind). No line waits past the end of its turn;
 * at exit, the lines of the last turn are written synchronously, after what the destination holds.
 */
function stdout(): { write(line: string): boolean } {
  if (sharedStdout) return sharedStdout;
  const destination = pino.destination({ dest: 1, sync: false });
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    let chunk = '';
    for (const line of pending) {
      if (chunk.length + line.length > MAX_CHUNK && chunk !== '') {
        destination.write(chunk);
        chunk = '';
      }
      chunk += line;
    }
    pending = [];
    if (chunk !== '') destination.write(chunk);
  };
  // Pino's own exit handler for the destination (registered with it, so it runs first) writes what it holds
  // synchronously; the last turn's lines follow. (A chunk already in flight is at most MAX_CHUNK long.)
  process.once('exit', () => {
    if (pending.length > 0) pino.destination({ dest: 1, sync: true }).write(pending.join(''));
    pending = [];
  });
  sharedStdout = {
    write(line) {
      pending.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      return true;
    },
  };
  return sharedStdout;
}

/**
 * The service logger: pino JSON on stdout, secrets scrubbed from every line and common secret fields redacted.
 * Stdout is written asynchronously, a turn's lines at a time (see stdout()), and nothing logged is lost at exit.
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
  const out = opts.destination ?? stdout();
  return pino(options, scrubbingStream(opts.secrets ?? [], out));
}
