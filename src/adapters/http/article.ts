import type { ArticleMeta, Section, Statement } from '../../core/types.js';

/** One statement as `GET /v1/article` shows it: the speaker in English, plus its Arabic form. */
export interface ArticleStatement {
  id: string;
  paragraph: number;
  section: Section;
  speaker: string;
  speakerAr: string;
  text: string;
  /** English translation, or `null` when the knowledge has none. */
  translation: string | null;
}

/** The body of `GET /v1/article`: the article's metadata fields, then its statements in order. */
export type ArticleBody = ArticleMeta & { statements: ArticleStatement[] };

/** Builds the `GET /v1/article` body from the engine's metadata and statements. Pure. */
export function toArticleBody(meta: ArticleMeta, statements: readonly Statement[]): ArticleBody {
  return {
    ...meta,
    statements: statements.map((s) => ({
      id: s.id,
      paragraph: s.paragraph,
      section: s.section,
      speaker: s.speaker.en,
      speakerAr: s.speaker.ar,
      text: s.text,
      translation: s.translation ?? null,
    })),
  };
}
