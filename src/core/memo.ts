/**
 * A function of a text key remembered in a map that starts afresh past `max` keys: questions repeat their words and
 * the sentences they read, while arbitrary input can bring any number of new ones. A second argument, where there is
 * one, is read only when the key is new (the caller passes what the key determines). Any result is remembered,
 * undefined too. No rest arguments: stem() runs for every word of every sentence a question reads.
 */
export function remembered<T>(max: number, fn: (key: string) => T): (key: string) => T;
export function remembered<B, T>(max: number, fn: (key: string, extra: B) => T): (key: string, extra: B) => T;
export function remembered<B, T>(max: number, fn: (key: string, extra: B) => T): (key: string, extra: B) => T {
  const memo = new Map<string, T>();
  return (key, extra) => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    const out = fn(key, extra);
    if (memo.size >= max) memo.clear();
    memo.set(key, out);
    return out;
  };
}

/** One remembered function of a key per owner (an index, a lexicon), made when the owner is first met. */
export function rememberedPer<O extends object, T>(
  max: number,
  fn: (owner: O, key: string) => T,
): (owner: O, key: string) => T {
  const byOwner = new WeakMap<O, (key: string) => T>();
  return (owner, key) => {
    let of = byOwner.get(owner);
    if (!of) {
      of = remembered(max, (k: string) => fn(owner, k));
      byOwner.set(owner, of);
    }
    return of(key);
  };
}
