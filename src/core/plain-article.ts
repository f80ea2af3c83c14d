import { splitParagraphs, splitSentences } from './sentences.js';
import { REPORTING } from './speakers.js';
import type { Knowledge, Lexicon, Statement } from './types.js';

/**
 * Knowledge for a plain-text article without annotations: one paragraph per non-empty line, every sentence a
 * statement of the article's own reporting, no translations. Suggestions name the article's opening sentences.
 */
export function knowledgeFromText(text: string, opts: { lexicon: Lexicon; id: string }): Knowledge {
  const paragraphs = splitParagraphs(text);
  const statements: Statement[] = paragraphs.flatMap((p, i) =>
    splitSentences(p).map((sentence, j) => ({
      id: `p${i + 1}s${j + 1}`,
      paragraph: i + 1,
      section: 'article' as const,
      speaker: REPORTING,
      text: sentence,
    })),
  );
  const firstWords = (s: string) => s.split(/\s+/).slice(0, 6).join(' ');
  const topics = statements.slice(0, 3).map((s) => firstWords(s.text));
  const title = firstWords(statements[0]?.text ?? opts.id);
  return {
    meta: {
      id: opts.id,
      title: { ar: title, en: title },
      date: '1970-01-01',
      language: 'ar',
      paragraphs: paragraphs.length,
    },
    statements,
    lexicon: opts.lexicon,
    suggestions: {
      ar: topics.map((t) => `ماذا يقول المقال عن: ${t}؟`),
      en: topics.map((t) => `What does the article say about "${t}"?`),
    },
    annotated: false,
  };
}
