import type { Bot } from 'grammy';

/** How long stop() waits for Telegram to take the confirmation (see below) before giving up on it. */
export const CONFIRM_TIMEOUT_MS = 700;

type Signal = Parameters<Bot['api']['getUpdates']>[1];

/** Confirms, at stop, the updates long polling handled after the offset grammY's own stop() confirmed. */
export interface UpdateConfirmer {
  /**
   * If an update was handled at or past the highest offset Telegram has answered a getUpdates for, calls getUpdates
   * once with the offset just past it, and resolves with that offset; resolves with undefined when there is nothing
   * to confirm. Rejects (the next instance then answers those updates again) if Telegram does not answer in time.
   */
  confirm(timeoutMs?: number): Promise<number | undefined>;
}

/**
 * grammY's bot.stop() confirms the updates up to the one being handled at that moment (getUpdates with offset = its
 * update_id + 1), then goes on to handle the rest of the batch it had fetched, and nothing confirms those: the next
 * instance would fetch and answer them a second time. This watches the offsets of the bot's getUpdates calls, so
 * that once polling has settled the adapter can confirm what was handled after them.
 *
 * `lastHandledUpdateId` is the highest update_id whose handling finished; in long polling every update up to it
 * has been handled, so confirming it loses nothing.
 */
export function createUpdateConfirmer(bot: Bot, lastHandledUpdateId: () => number | undefined): UpdateConfirmer {
  // Every update below this offset is confirmed: Telegram answered a getUpdates call that carried it.
  let confirmedBelow = 0;
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const offset = method === 'getUpdates' ? Number((payload as { offset?: unknown }).offset ?? 0) : 0;
    if (result.ok && offset > confirmedBelow) confirmedBelow = offset;
    return result;
  });

  return {
    async confirm(timeoutMs = CONFIRM_TIMEOUT_MS) {
      const last = lastHandledUpdateId();
      if (last === undefined || last < confirmedBelow) return undefined;
      const offset = last + 1;
      // An update is confirmed once getUpdates is called with an offset higher than its update_id. With limit 1 and
      // no long poll, the one update this may return (one that came in meanwhile) is not confirmed by it, and is
      // not handled here: the next instance fetches it.
      const signal = AbortSignal.timeout(timeoutMs) as unknown as Signal;
      await bot.api.getUpdates({ offset, limit: 1, timeout: 0 }, signal);
      return offset;
    },
  };
}
