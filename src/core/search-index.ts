import Fuse from 'fuse.js';
import { analyze, type Token } from './analyze.js';
import type { CompiledLexicon, ConceptKind } from './lexicon.js';
import type { Statement } from './types.js';

/** One statement as the ranker sees it. */
export interface IndexedStatement {
  statement: Statement;
  /** Term -> frequency over the Arabic text and its translation (stems, `~deep` stems, `#concepts`). */
  terms: Map<string, number>;
  /** Content words of the Arabic sentence: the BM25 length. */
  length: number;
  /** Kinds of the concepts it mentions (drives question-type cues). */
  kinds: Set<ConceptKind>;
  hasDigits: boolean;
}

export interface SearchIndex {
  docs: IndexedStatement[];
  df: Map<string, number>;
  avgLength: number;
  /** Normalized surface word -> the terms it stands for; the vocabulary Fuse.js searches for misspelt words. */
  surface: Map<string, string[]>;
  fuse: Fuse<string>;
  lex: CompiledLexicon;
}

/** Terms a token contributes to an index or a query (stop words contribute only their concepts). */
export function termsOf(t: Token): string[] {
  return t.stop ? [...t.concepts] : [t.stem, t.deep, ...t.concepts];
}

function indexStatement(statement: Statement, lex: CompiledLexicon, surface: Map<string, string[]>): IndexedStatement {
  const terms = new Map<string, number>();
  const kinds = new Set<ConceptKind>();
  const arabic = analyze(statement.text, lex);
  const english = statement.translation ? analyze(statement.translation, lex) : [];
  // Who says it is part of what a statement is about ("what did the military official say?", "readers' comments").
  const speaker = analyze(`${statement.speaker.ar} ${statement.speaker.en}`, lex);
  for (const tokens of [arabic, english, speaker]) {
    // A term's frequency is its count in the language that says it most: a translation restates, it adds nothing.
    const counts = new Map<string, number>();
    for (const t of tokens) {
      for (const term of termsOf(t)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const c of t.concepts) {
        const kind = lex.kinds.get(c.slice(1));
        if (kind) kinds.add(kind);
      }
      if (!t.stop && t.word.length >= 3 && !surface.has(t.word)) surface.set(t.word, termsOf(t));
    }
    for (const [term, n] of counts) terms.set(term, Math.max(n, terms.get(term) ?? 0));
  }
  return {
    statement,
    terms,
    length: Math.max(1, arabic.filter((t) => !t.stop).length),
    kinds,
    hasDigits: arabic.some((t) => /\d/.test(t.word)),
  };
}

/** Builds the index over the statements. Pure; cost is linear in the article's size. */
export function buildIndex(statements: readonly Statement[], lex: CompiledLexicon): SearchIndex {
  const surface = new Map<string, string[]>(lex.aliasWords);
  const docs = statements.map((s) => indexStatement(s, lex, surface));
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const avgLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const fuse = new Fuse([...surface.keys()], {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
    shouldSort: true,
  });
  return { docs, df, avgLength, surface, fuse, lex };
}
