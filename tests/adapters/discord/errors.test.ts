import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { describeError, explainStartFailure, GatewayClosedError } from '../../../src/adapters/discord/errors.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.errors-test-secret';
const ctx = { restApi: 'http://127.0.0.1:9/api', token: TOKEN };

describe('describeError', () => {
  it('keeps the REST route but not the interaction token in it', () => {
    const err = new DiscordAPIError(
      { code: 10062, message: 'Unknown interaction' },
      10062,
      404,
      'POST',
      'https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246c2VjcmV0/callback',
      { body: {} },
    );
    const out = describeError(err);
    expect(out).toMatchObject({ message: 'Unknown interaction', code: 10062, status: 404, method: 'POST' });
    expect(out.route).toBe('/api/v10/interactions/123456789012345678/:token/callback');
    expect(JSON.stringify(out)).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
  });

  it('scrubs secrets from the message and stack, and handles non-errors', () => {
    const out = describeError(new Error(`bad ${TOKEN}`), [TOKEN]);
    expect(JSON.stringify(out)).not.toContain(TOKEN);
    expect(describeError('plain', [])).toEqual({ message: 'plain' });
  });
});

describe('explainStartFailure', () => {
  it.each([
    [Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), /rejected DISCORD_TOKEN/],
    [new GatewayClosedError(4004), /rejected DISCORD_TOKEN at the gateway/],
    [new GatewayClosedError(4014), /refused the gateway intents/],
    [new Error(`connect ECONNREFUSED for ${TOKEN}`), /could not connect to Discord via http:\/\/127\.0\.0\.1:9\/api/],
  ])('%s -> one clear line without the token', (err, expected) => {
    const out = explainStartFailure(err, ctx);
    expect(out.name).toBe('DiscordStartError');
    expect(out.message).toMatch(expected);
    expect(out.message).not.toContain('\n');
    expect(JSON.stringify({ message: out.message, cause: out.cause })).not.toContain(TOKEN);
  });
});
