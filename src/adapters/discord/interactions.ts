import { MessageFlags } from 'discord.js';
import { MAX_QUESTION_LENGTH } from './commands.js';
import { type HandlerContext, limiterKey, NO_MENTIONS, type ReplyPayload } from './context.js';
import { buildAnswerEmbed, buildSourceEmbed } from './embed.js';
import { describeError } from './errors.js';
import { fitContent } from './limits.js';
import { bilingual, langOfText, TEXTS } from './texts.js';

type Ephemeral = ReplyPayload & { flags?: MessageFlags.Ephemeral };

/** The part of a discord.js ChatInputCommandInteraction the handler uses; tests pass plain objects. */
export interface SlashInteraction {
  readonly id: string;
  readonly commandName: string;
  readonly user: { readonly id: string };
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly deferred: boolean;
  readonly replied: boolean;
  readonly options: { getString(name: string, required: true): string };
  reply(options: Ephemeral): Promise<unknown>;
  deferReply(): Promise<unknown>;
  editReply(options: ReplyPayload): Promise<unknown>;
  deleteReply(): Promise<unknown>;
  followUp(options: Ephemeral): Promise<unknown>;
}

export type InteractionOutcome = 'answered' | 'limited' | 'help' | 'source' | 'unknown' | 'failed';

/**
 * Serves one slash command. Never throws: a failure is logged with its context and the user gets an ephemeral
 * "something went wrong". `/ask` is deferred before the engine runs, so a slow answer cannot miss Discord's 3 s window.
 */
export async function handleInteraction(i: SlashInteraction, ctx: HandlerContext): Promise<InteractionOutcome> {
  try {
    switch (i.commandName) {
      case 'ask':
        return await ask(i, ctx);
      case 'source': {
        const embed = buildSourceEmbed(ctx.engine.meta);
        await i.reply({ embeds: [embed], allowedMentions: NO_MENTIONS });
        return 'source';
      }
      case 'help': {
        const { meta } = ctx.engine;
        const text = `${TEXTS.en.help(meta, ctx.engine.suggestions('en', 2))}\n\n${TEXTS.ar.help(meta, ctx.engine.suggestions('ar', 2))}`;
        await i.reply({ content: fitContent(text), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return 'help';
      }
      default:
        ctx.logger.warn({ command: i.commandName, interactionId: i.id }, 'unknown Discord command');
        return 'unknown';
    }
  } catch (err) {
    ctx.logger.error(
      {
        err: describeError(err, ctx.secrets),
        command: i.commandName,
        interactionId: i.id,
        userId: i.user.id,
        guildId: i.guildId,
        channelId: i.channelId,
      },
      'Discord command failed',
    );
    await sayFailed(i, ctx);
    return 'failed';
  }
}

async function ask(i: SlashInteraction, ctx: HandlerContext): Promise<InteractionOutcome> {
  const question = i.options.getString('question', true).trim().slice(0, MAX_QUESTION_LENGTH);
  const limit = await ctx.limiter.take(limiterKey(i.user.id));
  if (!limit.allowed) {
    const content = fitContent(TEXTS[langOfText(question)].rateLimited(limit.retryAfterSeconds));
    await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return 'limited';
  }
  await i.deferReply();
  const started = performance.now();
  const answer = ctx.engine.ask({ question, conversationId: `discord:${i.channelId ?? 'dm'}:${i.user.id}` });
  ctx.logger.debug(
    { interactionId: i.id, answered: answer.answered, ms: Math.round(performance.now() - started) },
    'Discord /ask answered',
  );
  await i.editReply({ embeds: [buildAnswerEmbed(answer, question, ctx.engine.meta)], allowedMentions: NO_MENTIONS });
  return 'answered';
}

/** Tells the user, privately, that this one failed; a public "thinking..." placeholder is removed first. */
async function sayFailed(i: SlashInteraction, ctx: HandlerContext): Promise<void> {
  const payload: Ephemeral = {
    content: bilingual((t) => t.failed),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  };
  try {
    if (i.deferred) {
      // The first follow-up after a public defer would edit the placeholder (and stay public): delete it first.
      await i.deleteReply().catch(() => undefined);
      await i.followUp(payload);
    } else if (i.replied) {
      await i.followUp(payload);
    } else {
      await i.reply(payload);
    }
  } catch (err) {
    ctx.logger.warn({ err: describeError(err, ctx.secrets), interactionId: i.id }, 'could not tell the user it failed');
  }
}
