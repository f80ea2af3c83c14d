import type { Answer, Citation, Lang } from '../../core/types.js';
import { esc, isBlank, isolate, MAX_MESSAGE_LENGTH, packMessages } from './html.js';

const LABELS = {
  en: {
    paragraph: (n: number) => `Paragraph ${n}`,
    comment: (n: number) => `Reader's comment, not the article (paragraph ${n})`,
    original: 'Arabic original:',
    suggestions: 'You could ask:',
    question: 'Question:',
  },
  ar: {
    paragraph: (n: number) => `الفقرة ${n}`,
    comment: (n: number) => `تعليق أحد القرّاء، لا من نص المقال (الفقرة ${n})`,
    original: 'الأصل العربي:',
    suggestions: 'يمكنك أن تسأل:',
    question: 'السؤال:',
  },
} as const;

/** The header line of a cited sentence: where it is and who says it; readers' comments are labelled as such. */
function citationHeader(c: Citation, lang: Lang): string {
  const where = c.section === 'comment' ? LABELS[lang].comment(c.paragraph) : LABELS[lang].paragraph(c.paragraph);
  const speaker = isBlank(c.speaker) ? '' : ` · ${isolate(c.speaker)}`;
  return `<b>${esc(where)}</b>${speaker}`;
}

/**
 * One cited sentence as a `<blockquote>`. English answers show the translation first, then the Arabic original
 * (the article's own words, which is what the citation vouches for).
 */
export function renderCitation(c: Citation, lang: Lang): string {
  const lines = [citationHeader(c, lang)];
  if (lang === 'en' && c.translation !== undefined && !isBlank(c.translation)) {
    lines.push(esc(c.translation), `<i>${esc(LABELS.en.original)}</i>`);
  }
  if (!isBlank(c.text)) lines.push(esc(c.text));
  return `<blockquote>${lines.join('\n')}</blockquote>`;
}

/** The answer's opening block: the short answer in bold (when there is one), then the answer sentence. */
function headBlock(answer: Answer): string {
  const lines: string[] = [];
  if (answer.short !== null && !isBlank(answer.short)) lines.push(`<b>${esc(answer.short)}</b>`);
  if (!isBlank(answer.answer)) lines.push(esc(answer.answer));
  return lines.join('\n');
}

function suggestionsBlock(answer: Answer): string | null {
  if (answer.answered) return null;
  const items = answer.suggestions
    .filter((s) => !isBlank(s))
    .slice(0, 5)
    .map((s) => `• ${esc(s)}`);
  if (items.length === 0) return null;
  return [`<b>${esc(LABELS[answer.language].suggestions)}</b>`, ...items].join('\n');
}

/** The question as the user asked it, for messages that stand apart from it (inline results). */
export function renderQuestion(question: string, lang: Lang): string {
  return `<i>${esc(LABELS[lang].question)}</i> ${isolate(question)}`;
}

/** The blocks of an answer, in order: head, then each citation, then (when unanswered) suggested questions. */
export function answerBlocks(answer: Answer): string[] {
  const blocks = [headBlock(answer), ...answer.citations.map((c) => renderCitation(c, answer.language))];
  const suggestions = suggestionsBlock(answer);
  if (suggestions !== null) blocks.push(suggestions);
  return blocks.filter((b) => b !== '');
}

/**
 * Renders an Answer as Telegram HTML messages (`parse_mode: 'HTML'`). Pure. Every dynamic piece is escaped, so any
 * text yields valid Telegram HTML; each message is at most `limit` characters and messages break between citations
 * (a single oversized block is cut at whitespace, never inside a tag or an entity).
 */
export function renderAnswer(answer: Answer, limit = MAX_MESSAGE_LENGTH): string[] {
  const messages = packMessages(answerBlocks(answer), limit);
  return messages.length > 0 ? messages : [esc(answer.language === 'ar' ? 'لا جواب.' : 'No answer.')];
}
