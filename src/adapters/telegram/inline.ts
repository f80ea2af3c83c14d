import type { InlineQueryResultArticle } from 'grammy/types';
import type { Answer, Engine, Lang } from '../../core/types.js';
import { MAX_MESSAGE_LENGTH, packMessages } from './html.js';
import { answerBlocks, renderCitation, renderQuestion } from './render.js';

/** Telegram shows at most this many of our inline results. */
export const MAX_INLINE_RESULTS = 3;

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
};

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: 'article',
    id,
    title: clip(title, 120) || '…',
    description: clip(description, 200),
    input_message_content: {
      message_text: html,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

/** The question, then the blocks, as one message that fits (an inline result is a single message). */
function oneMessage(question: string, lang: Lang, blocks: string[]): string {
  return packMessages([renderQuestion(question, lang), ...blocks], MAX_MESSAGE_LENGTH)[0] ?? '…';
}

/** One result per cited sentence (best first): the short answer or answer as title, the sentence as description. */
function answerResults(question: string, answer: Answer): InlineQueryResultArticle[] {
  const head = answerBlocks({ ...answer, citations: [] });
  if (!answer.answered || answer.citations.length === 0) {
    return [article('0', answer.answer, answer.suggestions.join(' · '), oneMessage(question, answer.language, head))];
  }
  return answer.citations.slice(0, MAX_INLINE_RESULTS).map((c, i) => {
    const html = oneMessage(question, answer.language, [...head, renderCitation(c, answer.language)]);
    const description = answer.language === 'en' && c.translation ? c.translation : c.text;
    return article(`${i}-${c.id}`.slice(0, 64), answer.short ?? answer.answer, description, html);
  });
}

/**
 * Inline mode: up to three results for `query`. An empty query offers suggested questions in `lang`; choosing one
 * posts that question with its answer.
 */
export function inlineResults(engine: Engine, query: string, lang: Lang): InlineQueryResultArticle[] {
  if (query === '') {
    return engine
      .suggestions(lang, MAX_INLINE_RESULTS)
      .slice(0, MAX_INLINE_RESULTS)
      .map((question, i) => {
        const answer = engine.ask({ question, lang });
        const html = oneMessage(
          question,
          answer.language,
          answerBlocks({ ...answer, citations: answer.citations.slice(0, 1) }),
        );
        return article(`s${i}`, question, answer.short ?? answer.answer, html);
      });
  }
  return answerResults(query, engine.ask({ question: query }));
}
