import type { Transformer } from 'grammy';

/** How long one Bot API request may go unanswered (a long poll: its own timeout plus this). */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/**
 * How long one Bot API call other than getUpdates may take in all, retries and waits included: one 60 s
 * `retry_after` (the most auto-retry waits) and a try. Updates are handled one at a time, so a call that never ends
 * would stop the bot; past this the update is given up and logged.
 */
export const CALL_DEADLINE_MS = 75_000;

type Signal = Parameters<Transformer>[3];
/** What grammY's signals (its abort-controller polyfill on Node) and native ones have in common. */
type AnySignal = Pick<AbortSignal, 'aborted' | 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `call` with a signal that aborts when `signal` does or after `ms`, whichever comes first. Wired by hand:
 * AbortSignal.any() does not follow grammY's polyfill signals, so a stop() would no longer abort a long poll.
 */
async function withTimeout<T>(signal: Signal, ms: number, call: (signal: Signal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, ms);
  const source = signal as unknown as AnySignal | undefined;
  if (source?.aborted) abort();
  else source?.addEventListener('abort', abort);
  try {
    return await call(controller.signal as unknown as Signal);
  } finally {
    clearTimeout(timer);
    source?.removeEventListener('abort', abort);
  }
}

/**
 * Aborts a Bot API request left unanswered for `ms` (getUpdates: after its long-poll timeout plus `ms`). Installed
 * before auto-retry, so the aborted request fails with an HttpError that auto-retry tries again.
 */
export function attemptTimeout(ms: number = ATTEMPT_TIMEOUT_MS): Transformer {
  return (prev, method, payload, signal) => {
    const pollSeconds = method === 'getUpdates' ? Number((payload as { timeout?: unknown }).timeout ?? 0) : 0;
    return withTimeout(signal, pollSeconds * 1000 + ms, (s) => prev(method, payload, s));
  };
}

/**
 * Gives up a Bot API call other than getUpdates after `ms` in all. Installed after auto-retry, so it bounds the
 * retries too: auto-retry stops once the call's signal is aborted.
 */
export function callDeadline(ms: number = CALL_DEADLINE_MS): Transformer {
  return (prev, method, payload, signal) =>
    method === 'getUpdates' ? prev(method, payload, signal) : withTimeout(signal, ms, (s) => prev(method, payload, s));
}
