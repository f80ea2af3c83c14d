import { Composer, type Context } from 'grammy';
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';
import type { Engine } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import type { RateLimiter } from '../../rate-limit.js';
import { inlineResults } from './inline.js';
import {
  pickLang,
  renderAskUsage,
  renderNonTextHint,
  renderRateLimited,
  renderSource,
  renderTooLong,
  renderUnknownCommand,
  renderWelcome,
} from './messages.js';
import { renderAnswer } from './render.js';

/** The contract's limit on a question's length. */
export const MAX_QUESTION_LENGTH = 1000;

export interface HandlerDeps {
  engine: Engine;
  limiter: RateLimiter;
  logger: Logger;
}

const isGroup = (ctx: Context) => ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';

/** Sends HTML; in groups as a reply to the message that asked. Link previews are always off. */
function send(ctx: Context, html: string) {
  const messageId = ctx.message?.message_id;
  return ctx.reply(html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(isGroup(ctx) && messageId !== undefined
      ? { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } }
      : {}),
  });
}

/**
 * The question a group message puts to the bot, or null when it is not addressed to the bot: it @mentions the bot
 * (the mention is removed) or it replies to one of the bot's own messages. Commands are handled before this.
 */
export function addressedQuestion(message: Pick<Message, 'text' | 'entities' | 'reply_to_message'>, me: UserFromGetMe) {
  const text = message.text ?? '';
  const mentions = (message.entities ?? []).filter((e: MessageEntity) => {
    if (e.type === 'text_mention') return e.user.id === me.id;
    if (e.type !== 'mention') return false;
    return text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username.toLowerCase()}`;
  });
  const repliesToBot = message.reply_to_message?.from?.id === me.id;
  if (mentions.length === 0 && !repliesToBot) return null;
  let question = text;
  for (const e of [...mentions].sort((a, b) => b.offset - a.offset)) {
    question = `${question.slice(0, e.offset)} ${question.slice(e.offset + e.length).replace(/^\s*[,:;،؛]/, '')}`;
  }
  return question
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:;،؛-]+/, '')
    .trim();
}

/** Telegram in, engine.ask() out: private chats, groups and inline mode. */
export function createHandlers({ engine, limiter, logger }: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const notified = new Map<number, number>();

  /** Takes one question from the user's budget; sends one notice per limited window, then stays quiet. */
  async function allowed(ctx: Context, lang: ReturnType<typeof pickLang>): Promise<boolean> {
    const userId = ctx.from?.id ?? ctx.chat?.id ?? 0;
    const result = await limiter.take(`telegram:${userId}`);
    if (result.allowed) return true;
    const now = Date.now();
    if ((notified.get(userId) ?? 0) <= now) {
      if (notified.size > 10_000) for (const [id, until] of notified) if (until <= now) notified.delete(id);
      notified.set(userId, now + result.retryAfterSeconds * 1000);
      if (ctx.message) await send(ctx, renderRateLimited(lang, result.retryAfterSeconds));
    }
    logger.debug({ userId, chatType: ctx.chat?.type ?? 'inline' }, 'telegram question rate limited');
    return false;
  }

  async function answer(ctx: Context, question: string): Promise<void> {
    const lang = pickLang(question, ctx.from?.language_code);
    if (!(await allowed(ctx, lang))) return;
    if (question.length > MAX_QUESTION_LENGTH) {
      await send(ctx, renderTooLong(lang, question.length, MAX_QUESTION_LENGTH));
      return;
    }
    const conversationId = `telegram:${ctx.chat?.id ?? 0}:${ctx.from?.id ?? 0}`;
    const result = engine.ask({ question, conversationId });
    logger.debug({ chatType: ctx.chat?.type, answered: result.answered, length: question.length }, 'telegram answer');
    for (const html of renderAnswer(result)) await send(ctx, html);
  }

  const welcome = (ctx: Context) =>
    send(ctx, renderWelcome(engine.suggestions(pickLang(undefined, ctx.from?.language_code), 3)));
  composer.command(['start', 'help'], welcome);
  composer.command('source', (ctx) => send(ctx, renderSource(engine.meta)));
  composer.command('ask', async (ctx) => {
    const question = ctx.match.trim();
    if (question === '') await send(ctx, renderAskUsage(pickLang(undefined, ctx.from?.language_code)));
    else await answer(ctx, question);
  });

  const privateChat = composer.chatType('private');
  privateChat.on('message:text', async (ctx) => {
    const text = ctx.message.text;
    if (ctx.message.entities?.[0]?.type === 'bot_command' && ctx.message.entities[0].offset === 0) {
      await send(ctx, renderUnknownCommand(pickLang(undefined, ctx.from.language_code)));
      return;
    }
    await answer(ctx, text.trim());
  });
  privateChat.on('message', (ctx) => send(ctx, renderNonTextHint(pickLang(undefined, ctx.from.language_code))));

  composer.chatType(['group', 'supergroup']).on('message:text', async (ctx) => {
    const question = addressedQuestion(ctx.message, ctx.me);
    if (question === null) return;
    if (question === '') await send(ctx, renderAskUsage(pickLang(ctx.message.text, ctx.from.language_code)));
    else await answer(ctx, question);
  });

  composer.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    if (query !== '' && !(await allowed(ctx, pickLang(query, ctx.from.language_code)))) {
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
      return;
    }
    const results = inlineResults(engine, query, pickLang(query, ctx.from.language_code));
    await ctx.answerInlineQuery(results, { cache_time: query === '' ? 3600 : 300 });
  });

  return composer;
}
