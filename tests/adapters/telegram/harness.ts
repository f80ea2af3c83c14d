import type { Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import type { Engine } from '../../../src/core/types.js';
import { createLogger } from '../../../src/logger.js';
import type { LimitResult, RateLimiter } from '../../../src/rate-limit.js';
import { entitiesOf } from '../../fakes/telegram-bot-api.js';
import { createFakeEngine } from './fake-engine.js';

export const TOKEN = '123456:TEST-token-never-logged';
export const BOT_INFO: UserFromGetMe = {
  id: 7000001,
  is_bot: true,
  first_name: 'Sanad',
  username: 'sanad_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export const ALICE = { id: 42, is_bot: false, first_name: 'Alice', language_code: 'en' } as const;
export const SAMI = { id: 43, is_bot: false, first_name: 'Sami', language_code: 'ar' } as const;
export const PRIVATE = { id: 42, type: 'private', first_name: 'Alice' } as const;
export const GROUP = { id: -100123, type: 'supergroup', title: 'Readers' } as const;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A limiter that allows `n` questions in total, then refuses (retry in 42 s); records the keys it saw. */
export function countingLimiter(n = Number.POSITIVE_INFINITY): RateLimiter & { keys: string[] } {
  const keys: string[] = [];
  return {
    keys,
    async take(key): Promise<LimitResult> {
      keys.push(key);
      return keys.length <= n
        ? { allowed: true, remaining: n - keys.length }
        : { allowed: false, retryAfterSeconds: 42 };
    },
  };
}

/**
 * grammY's own test style: a real bot driven with `bot.handleUpdate()`, and an API transformer that records every
 * call and answers it without any network (sendMessage gets a Message; `fail` can make a method fail).
 */
export function createHarness(opts: { engine?: Engine; limiter?: RateLimiter } = {}) {
  const engine = opts.engine ?? createFakeEngine();
  const limiter = opts.limiter ?? countingLimiter();
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => logLines.push(s) } });
  const { bot } = createTelegramBot({ token: TOKEN, engine, limiter, logger, botInfo: BOT_INFO });
  const calls: ApiCall[] = [];
  const failing = new Map<string, { error_code: number; description: string }>();
  let messageId = 500;
  const transformer: Transformer = async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const failure = failing.get(method);
    if (failure) return { ok: false, ...failure } as never;
    const result =
      method === 'sendMessage'
        ? {
            message_id: messageId++,
            date: 0,
            chat: { id: (payload as { chat_id: number }).chat_id, type: 'private' },
            text: '',
          }
        : true;
    return { ok: true, result } as never;
  };
  bot.api.config.use(transformer);
  let updateId = 1;
  let nextMessage = 1;
  const handle = (update: Omit<Update, 'update_id'>) =>
    bot.handleUpdate({ update_id: updateId++, ...update } as Update);

  return {
    bot,
    engine,
    limiter,
    calls,
    logLines,
    sent: () => calls.filter((c) => c.method === 'sendMessage'),
    fail: (method: string, error_code: number, description: string) => failing.set(method, { error_code, description }),
    handle,
    /** A text message from `from` in `chat`, with the entities Telegram would attach. */
    text(chat: object, from: object, text: string, extra: object = {}) {
      const entities = entitiesOf(text);
      const message = {
        message_id: nextMessage++,
        date: 0,
        chat,
        from,
        text,
        ...(entities.length ? { entities } : {}),
        ...extra,
      };
      return handle({ message } as never).then(() => message);
    },
    sticker(chat: object, from: object) {
      const sticker = {
        file_id: 'f',
        file_unique_id: 'u',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      };
      return handle({ message: { message_id: nextMessage++, date: 0, chat, from, sticker } } as never);
    },
    inline(from: object, query: string) {
      return handle({ inline_query: { id: `iq${updateId}`, from, query, offset: '' } } as never);
    },
  };
}
