import type { APIEmbed } from 'discord.js';
import type { Engine } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import type { RateLimiter } from '../../rate-limit.js';

/** What the Discord handlers need: the engine, the shared limiter, a logger and the secrets to keep out of logs. */
export interface HandlerContext {
  engine: Engine;
  limiter: RateLimiter;
  logger: Logger;
  secrets: readonly string[];
}

/** Never ping anyone: no @everyone/@here, no roles, no users, not even the person replied to. */
export const NO_MENTIONS: { parse: []; repliedUser: false } = { parse: [], repliedUser: false };

/** The subset of a discord.js reply payload the adapter sends. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  allowedMentions?: { parse: []; repliedUser?: false };
}

/** Limiter key for a Discord user (the namespace the shared limiter expects). */
export function limiterKey(userId: string): string {
  return `discord:${userId}`;
}
