import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { secretMatches } from '../../../src/adapters/telegram/webhook.js';

// Every comparison must go through crypto.timingSafeEqual: a plain `===` (or a loop that stops at the first
// difference) answers sooner the earlier the guess goes wrong, which lets a client find the secret byte by byte.
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof crypto>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

describe('the webhook secret check', () => {
  it.each([
    ['the secret', 's3cret-value', true],
    ['a wrong first character', 'x3cret-value', false],
    ['a wrong last character', 's3cret-valuf', false],
    ['a prefix', 's3cret', false],
    ['a longer value', 's3cret-value-and-more', false],
  ])('compares %s in constant time, over equal-length digests', (_name, received, expected) => {
    const timingSafeEqual = vi.mocked(crypto.timingSafeEqual);
    timingSafeEqual.mockClear();
    expect(secretMatches(received, 's3cret-value')).toBe(expected);
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [a, b] = timingSafeEqual.mock.calls[0] as [Buffer, Buffer];
    expect(a.length).toBe(32);
    expect(b.length).toBe(32);
  });
});
