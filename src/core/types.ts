/** Language of a question and of the answer written for it. */
export type Lang = 'ar' | 'en';

/** `article` for the reported paragraphs, `comment` for readers' comments under the article. */
export type Section = 'article' | 'comment';

/** One sentence of the article, exactly as it appears there, with its annotations. */
export interface Statement {
  /** Stable id, `p<paragraph>s<sentence>` (e.g. `p9s1`). */
  id: string;
  /** 1-based paragraph number. */
  paragraph: number;
  section: Section;
  /** Who says it, as the article attributes it, in English and Arabic. */
  speaker: { en: string; ar: string };
  /** The sentence, verbatim from the article (Arabic). */
  text: string;
  /** English translation, when the knowledge has one. */
  translation?: string | undefined;
  /**
   * Words a reader might use when asking about this statement (paraphrases, synonyms, what it answers), in Arabic
   * and English: document expansion, matched with a lower weight than the statement's own words.
   */
  keywords?: string[] | undefined;
}

/** Article metadata. */
export interface ArticleMeta {
  id: string;
  title: { ar: string; en: string };
  /** ISO date, e.g. `2016-07-14`. */
  date: string;
  language: Lang;
  /** How many paragraphs the article text has (article + comments). */
  paragraphs: number;
}

/** A group of words and phrases that name the same thing, across scripts and spellings. */
export interface LexiconEntry {
  /** Concept id, e.g. `kerry`. */
  id: string;
  /**
   * What kind of thing it is: drives question-type cues (who -> person/role/org, where -> place, when -> time,
   * what name -> person). `person` is a named individual; `role` a description of people (the president, a
   * diplomat, families).
   */
  kind: 'person' | 'role' | 'org' | 'place' | 'time' | 'number' | 'topic' | 'comment';
  /** Every surface form, Arabic and English (single words or phrases). */
  aliases: string[];
  /**
   * A name found only as written (with a glued و/ب/ل/ال, or as its nisba), never by stem or root: طالبان is not
   * طالب (student), الرياض not الرياضة (sport). Gazetteer entries (ids `g_`) always are.
   */
  exact?: boolean | undefined;
  /**
   * Concepts of one group exclude each other (first/second/third; the days of the week): a statement naming
   * another member of the group and not the asked one does not answer the question.
   */
  group?: string | undefined;
  /**
   * Concepts this one stands above: a question asking what "the authorities" did is answered by a sentence saying
   * what the ministry, the police or the municipality did (see RANKING.narrowerWeight).
   */
  narrower?: string[] | undefined;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Dialect or colloquial word -> standard word it stands for (`مين` -> `من`, `بدو` -> `يريد`). */
  dialect: Record<string, string>;
}

/** Everything the engine needs, already validated. */
export interface Knowledge {
  meta: ArticleMeta;
  statements: Statement[];
  lexicon: Lexicon;
  /** Questions the article answers, per language, offered when refusing and on /help. */
  suggestions: Record<Lang, string[]>;
  /** False for a plain article given without annotations (no translations, speakers unknown). */
  annotated: boolean;
}

export interface Citation {
  id: string;
  paragraph: number;
  section: Section;
  speaker: string;
  text: string;
  translation?: string | undefined;
  score: number;
}

/** The contract's Answer object (see ../shared/CONTRACT.md). */
export interface Answer {
  answered: boolean;
  language: Lang;
  answer: string;
  short: string | null;
  confidence: number;
  citations: Citation[];
  suggestions: string[];
}

export interface AskInput {
  question: string;
  /** Forces the answer language; detected from the question when absent. */
  lang?: Lang | undefined;
  /** Groups follow-up questions of one conversation. */
  conversationId?: string | undefined;
}

/** The one use case every adapter calls. */
export interface Engine {
  readonly meta: ArticleMeta;
  readonly statements: readonly Statement[];
  /** Never throws, for any string. */
  ask(input: AskInput): Answer;
  /** Questions the article answers, in the given language. */
  suggestions(lang: Lang, count?: number): string[];
  /** Diagnostics for evaluation: every statement ranked for a question, best first. */
  rank(question: string): RankedStatement[];
}

export interface RankedStatement {
  id: string;
  score: number;
  coverage: number;
}
