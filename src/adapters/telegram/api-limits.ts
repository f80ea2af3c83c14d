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

function withTimeout(signal: Signal, ms: number): Signal {
  const timeout = AbortSignal.timeout(ms);
  // grammY types its signal with the abort-controller polyfill; at run time it is the native AbortSignal.
  return (signal ? AbortSignal.any([signal as unknown as AbortSignal, timeout]) : timeout) as unknown as Signal;
}

/**
 * Aborts a Bot API request left unanswered for `ms` (getUpdates: after its long-poll timeout plus `ms`). Installed
 * before auto-retry, so the aborted request fails with an HttpError that auto-retry tries again.
 */
export function attemptTimeout(ms: number = ATTEMPT_TIMEOUT_MS): Transformer {
  return (prev, method, payload, signal) => {
    const pollSeconds = method === 'getUpdates' ? Number((payload as { timeout?: unknown }).timeout ?? 0) : 0;
    return prev(method, payload, withTimeout(signal, pollSeconds * 1000 + ms));
  };
}

/**
 * Gives up a Bot API call other than getUpdates after `ms` in all. Installed after auto-retry, so it bounds the
 * retries too: auto-retry stops once the call's signal is aborted.
 */
export function callDeadline(ms: number = CALL_DEADLINE_MS): Transformer {
  return (prev, method, payload, signal) =>
    method === 'getUpdates' ? prev(method, payload, signal) : prev(method, payload, withTimeout(signal, ms));
}
