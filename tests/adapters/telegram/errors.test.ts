import { BotError, GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { safeError, scrub, startError } from '../../../src/adapters/telegram/errors.js';
import { secretMatches } from '../../../src/adapters/telegram/webhook.js';
import { createLogger } from '../../../src/logger.js';

const TOKEN = '123456:TEST-token/with+odd=chars';
const url = `https://api.telegram.org/bot${TOKEN}/sendMessage`;

describe('token-safe errors', () => {
  it('scrub removes the raw and the URL-encoded token', () => {
    expect(scrub(`a ${TOKEN} b ${encodeURIComponent(TOKEN)} c`, [TOKEN])).toBe('a [REDACTED] b [REDACTED] c');
  });

  it("an HttpError's underlying fetch error (with the request URL) never survives into logs", () => {
    const fetchError = new Error(`request to ${url} failed, reason: connect ECONNREFUSED`);
    const err = new HttpError("Network request for 'sendMessage' failed!", fetchError);
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => lines.push(s) } });
    logger.error({ err: safeError(err, [TOKEN]) }, 'failed');
    expect(lines.join('')).toContain('ECONNREFUSED');
    expect(lines.join('')).not.toContain('TEST-token');
  });

  it('a GrammyError keeps method and code but not the payload', () => {
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
      'sendMessage',
      { chat_id: 1, text: `secret ${TOKEN}` },
    );
    const safe = safeError(new BotError(err, {} as never), [TOKEN]);
    expect(safe).toMatchObject({ name: 'GrammyError', method: 'sendMessage', error_code: 400 });
    expect(JSON.stringify({ ...safe, message: safe.message, stack: safe.stack })).not.toContain('TEST-token');
  });

  it('start errors explain a 401 and carry no token', () => {
    const err = new GrammyError(
      "Call to 'getMe' failed!",
      { ok: false, error_code: 401, description: 'Unauthorized' },
      'getMe',
      {},
    );
    const start = startError(err, 'https://api.telegram.org', [TOKEN]);
    expect(start.message).toBe(
      'Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized from getMe); check the token with @BotFather',
    );
    const network = startError(new HttpError('Network request for getMe failed!', new Error(url)), 'http://x', [TOKEN]);
    expect(network.message).toContain('Could not start the Telegram bot via http://x');
    expect(`${network.message}${String(network.cause)}`).not.toContain('TEST-token');
  });
});

describe('webhook secret comparison', () => {
  it.each([
    ['the secret', 's3cret-value', true],
    ['another value', 's3cret-valuf', false],
    ['a prefix', 's3cret-valu', false],
    ['a longer value', 's3cret-value-', false],
    ['an empty header', '', false],
    ['no header', undefined, false],
    ['a repeated header', ['s3cret-value', 's3cret-value'], false],
  ])('%s -> %s', (_name, received, expected) => {
    expect(secretMatches(received, 's3cret-value')).toBe(expected);
  });
});
