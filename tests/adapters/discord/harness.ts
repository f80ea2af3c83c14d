import type { APIEmbed } from 'discord.js';
import type { HandlerContext } from '../../../src/adapters/discord/context.js';
import type { SlashInteraction } from '../../../src/adapters/discord/interactions.js';
import type { IncomingMessage } from '../../../src/adapters/discord/messages.js';
import { createLogger } from '../../../src/logger.js';
import type { LimitResult, RateLimiter } from '../../../src/rate-limit.js';
import { createFakeEngine } from './fake-engine.js';

export const SECRET = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.unit-test-secret';
export const BOT_ID = '111111111111111111';

// biome-ignore lint/suspicious/noExplicitAny: reply payloads are inspected loosely, by field.
export type Sent = { method: string; payload?: any };

/** A limiter that allows the first `allow` questions per key, then refuses with a 42 s retry. */
export function countingLimiter(allow = Number.POSITIVE_INFINITY): RateLimiter & { keys: string[] } {
  const keys: string[] = [];
  return {
    keys,
    async take(key): Promise<LimitResult> {
      keys.push(key);
      const n = keys.filter((k) => k === key).length;
      return n <= allow ? { allowed: true, remaining: 1 } : { allowed: false, retryAfterSeconds: 42 };
    },
  };
}

/** A handler context over the fake engine, with every log line kept (parsed) for assertions. */
export function createContext(limiter: RateLimiter = countingLimiter()) {
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', secrets: [SECRET], destination: { write: (s) => lines.push(s) } });
  const engine = createFakeEngine();
  const ctx: HandlerContext = { engine, limiter, logger, secrets: [SECRET] };
  const logs = () => lines.map((l) => JSON.parse(l) as Record<string, unknown> & { msg: string; level: number });
  return { ctx, engine, lines, logs };
}

/** A plain object standing in for a ChatInputCommandInteraction; records each call and follows discord.js state. */
export function fakeInteraction(
  commandName: string,
  question?: string,
  fail: Partial<Record<'reply' | 'deferReply' | 'editReply' | 'followUp', Error>> = {},
) {
  const sent: Sent[] = [];
  const act = (method: keyof typeof fail, payload?: unknown) => {
    sent.push({ method, payload });
    const err = fail[method];
    return err ? Promise.reject(err) : Promise.resolve();
  };
  const i: SlashInteraction & { sent: Sent[] } = {
    sent,
    id: '222222222222222222',
    commandName,
    user: { id: '333333333333333333' },
    guildId: '444444444444444444',
    channelId: '555555555555555555',
    deferred: false,
    replied: false,
    options: {
      getString: () => question ?? '',
    },
    async reply(payload) {
      await act('reply', payload);
      (i as { replied: boolean }).replied = true;
    },
    async deferReply() {
      await act('deferReply');
      (i as { deferred: boolean }).deferred = true;
    },
    editReply: (payload) => act('editReply', payload),
    deleteReply: async () => {
      sent.push({ method: 'deleteReply' });
    },
    followUp: (payload) => act('followUp', payload),
  };
  return i;
}

/** A plain object standing in for a discord.js Message. */
export function fakeMessage(
  content: string,
  o: { guildId?: string | null; mentionsBot?: boolean; bot?: boolean; system?: boolean; authorId?: string } = {},
) {
  const sent: Sent[] = [];
  const mentioned = o.mentionsBot ?? content.includes(`<@${BOT_ID}>`);
  const m: IncomingMessage & { sent: Sent[] } = {
    sent,
    id: '666666666666666666',
    content,
    system: o.system ?? false,
    author: { id: o.authorId ?? '777777777777777777', bot: o.bot ?? false },
    guildId: o.guildId === undefined ? '444444444444444444' : o.guildId,
    channelId: '555555555555555555',
    mentions: { users: { has: (id) => mentioned && id === BOT_ID } },
    async reply(payload) {
      sent.push({ method: 'reply', payload });
    },
  };
  return m;
}

export const embedOf = (s: Sent | undefined): APIEmbed => s?.payload?.embeds?.[0];
