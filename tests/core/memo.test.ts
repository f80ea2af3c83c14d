import { describe, expect, it } from 'vitest';
import { remembered, rememberedPer } from '../../src/core/memo.js';

describe('remembered', () => {
  it('computes each key once, undefined results too, and starts afresh past its bound', () => {
    const calls: string[] = [];
    const f = remembered(2, (key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
    expect([f('a'), f('a'), f('none'), f('none')]).toEqual(['A', 'A', undefined, undefined]);
    expect(calls).toEqual(['a', 'none']);
    f('b'); // a third key: the map is full, so it starts afresh with b
    f('a');
    expect(calls).toEqual(['a', 'none', 'b', 'a']);
  });

  it('reads the second argument only for a new key', () => {
    const f = remembered(10, (key: string, extra: number) => `${key}${extra}`);
    expect(f('x', 1)).toBe('x1');
    expect(f('x', 2)).toBe('x1');
  });

  it('keeps one memory per owner', () => {
    const f = rememberedPer(10, (owner: { n: number }, key: string) => `${key}${owner.n}`);
    const one = { n: 1 };
    const two = { n: 2 };
    expect([f(one, 'k'), f(two, 'k'), f(one, 'k')]).toEqual(['k1', 'k2', 'k1']);
  });
});
