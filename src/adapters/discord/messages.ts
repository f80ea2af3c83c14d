import { MAX_QUESTION_LENGTH } from './commands.js';
import { type HandlerContext, limiterKey, NO_MENTIONS, type ReplyPayload } from './context.js';
import { buildAnswerEmbed } from './embed.js';
import { describeError } from './errors.js';
import { fitContent } from './limits.js';
import { langOfText, TEXTS } from './texts.js';

/** The part of a discord.js Message the handler uses; tests pass plain objects. */
export interface IncomingMessage {
  readonly id: string;
  readonly content: string;
  readonly system: boolean;
  readonly author: { readonly id: string; readonly bot: boolean };
  readonly guildId: string | null;
  readonly channelId: string;
  readonly mentions: { readonly users: { has(id: string): boolean } };
  reply(options: ReplyPayload & { failIfNotExists?: boolean }): Promise<unknown>;
}

export type MessageOutcome = 'ignored' | 'answered' | 'empty' | 'limited' | 'failed';

/** Remembers whom it already told "too fast", so a flood of mentions gets one notice per window, not one each. */
export function createNoticeThrottle(maxEntries = 10_000) {
  const until = new Map<string, number>();
  return {
    /** True when `key` should be told now; then stays quiet for `seconds`. */
    shouldNotify(key: string, seconds: number, now = Date.now()): boolean {
      if ((until.get(key) ?? 0) > now) return false;
      if (until.size >= maxEntries) until.clear();
      until.set(key, now + seconds * 1000);
      return true;
    },
  };
}

export type NoticeThrottle = ReturnType<typeof createNoticeThrottle>;

/** The question in a message: the bot's own mentions (`<@id>`, `<@!id>`) removed and the rest trimmed. */
export function questionOf(content: string, botUserId: string): string {
  return content.split(`<@${botUserId}>`).join(' ').split(`<@!${botUserId}>`).join(' ').trim();
}

/**
 * Answers a guild message that mentions the bot, or any direct message; ignores everything else (other people's
 * chatter, bots, system messages). Never throws: a failure is logged with context and the user told briefly.
 */
export async function handleMessage(
  m: IncomingMessage,
  ctx: HandlerContext & { botUserId: string; notices: NoticeThrottle },
): Promise<MessageOutcome> {
  if (m.author.bot || m.system || m.author.id === ctx.botUserId) return 'ignored';
  const isDirect = m.guildId === null;
  if (!isDirect && !m.mentions.users.has(ctx.botUserId)) return 'ignored';
  const question = questionOf(m.content, ctx.botUserId).slice(0, MAX_QUESTION_LENGTH);
  const lang = langOfText(question);
  try {
    if (question === '') {
      await send(m, { content: fitContent(TEXTS[lang].emptyQuestion) });
      return 'empty';
    }
    const limit = await ctx.limiter.take(limiterKey(m.author.id));
    if (!limit.allowed) {
      if (ctx.notices.shouldNotify(m.author.id, limit.retryAfterSeconds)) {
        await send(m, { content: fitContent(TEXTS[lang].rateLimited(limit.retryAfterSeconds)) });
      }
      return 'limited';
    }
    const answer = ctx.engine.ask({ question, conversationId: `discord:${m.channelId}:${m.author.id}` });
    await send(m, { embeds: [buildAnswerEmbed(answer, question, ctx.engine.meta)] });
    ctx.logger.debug({ messageId: m.id, direct: isDirect, answered: answer.answered }, 'Discord mention answered');
    return 'answered';
  } catch (err) {
    ctx.logger.error(
      {
        err: describeError(err, ctx.secrets),
        messageId: m.id,
        userId: m.author.id,
        guildId: m.guildId,
        channelId: m.channelId,
      },
      'Discord message failed',
    );
    await send(m, { content: TEXTS[lang].failed }).catch((e: unknown) =>
      ctx.logger.warn({ err: describeError(e, ctx.secrets), messageId: m.id }, 'could not tell the user it failed'),
    );
    return 'failed';
  }
}

function send(m: IncomingMessage, payload: ReplyPayload): Promise<unknown> {
  return m.reply({ ...payload, allowedMentions: NO_MENTIONS, failIfNotExists: false });
}
