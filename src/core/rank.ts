import { analyze } from './analyze.js';
import { type QuestionType, questionType } from './question-type.js';
import { type IndexedStatement, type SearchIndex, termsOf } from './search-index.js';

/** Tunable ranking constants, chosen on the project's own question set (npm run eval). */
export const RANKING = {
  k1: 1.2,
  b: 0.5,
  /** Weight of a deep-stem match relative to a stem match. */
  deepWeight: 0.6,
  /** Weight of a fuzzy (misspelt) match, times (1 - Fuse score). */
  fuzzyWeight: 0.9,
  /** Coverage weight of a word the article never uses, relative to the rarest known word. */
  unknownWeight: 0.8,
  fuzzyMaxScore: 0.34,
  /** Multiplier for statements that fit the question type (a number for "how many", ...). */
  cueBoost: 1.25,
  /** Readers' comments rank lower unless the question is about comments or readers. */
  commentPenalty: 0.55,
};

interface Alt {
  term: string;
  w: number;
}

/** One content word of the question, with every term that would count as finding it. */
export interface Unit {
  word: string;
  alts: Alt[];
  /** What finding this word is worth, for coverage. */
  weight: number;
}

export interface Ranked {
  doc: IndexedStatement;
  score: number;
  /** Share of the question's content the statement covers, 0..1. */
  coverage: number;
}

export interface RankResult {
  ranked: Ranked[];
  units: Unit[];
  type: QuestionType;
  aboutComments: boolean;
}

const idf = (index: SearchIndex, term: string) => {
  const n = index.docs.length;
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
};

/** Looks up a word the article does not contain among the article's words, tolerating typos (Fuse.js). */
export function fuzzyAlts(word: string, index: SearchIndex): Alt[] {
  if (word.length < 4 || /^\d+$/.test(word)) return [];
  const hit = index.fuse.search(word.slice(0, 32), { limit: 3 })[0];
  if (!hit || hit.score === undefined || hit.score > RANKING.fuzzyMaxScore) return [];
  if (Math.abs(hit.item.length - word.length) > Math.max(1, Math.floor(word.length / 4))) return [];
  const w = RANKING.fuzzyWeight * (1 - hit.score);
  return (index.surface.get(hit.item) ?? []).map((term) => ({
    term,
    w: term.startsWith('~') ? w * RANKING.deepWeight : w,
  }));
}

/** Turns a question into content units. `fuzzy` is a (cached) fuzzyAlts. */
export function unitsOf(question: string, index: SearchIndex, fuzzy: (w: string) => Alt[]): Unit[] {
  const maxIdf = idf(index, '\u0000');
  const seen = new Set<string>();
  const units: Unit[] = [];
  for (const t of analyze(question, index.lex)) {
    if (t.stop && t.concepts.length === 0) continue;
    const key = termsOf(t).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    let alts: Alt[] = termsOf(t).map((term) => ({ term, w: term.startsWith('~') ? RANKING.deepWeight : 1 }));
    const known = alts.filter((a) => index.df.has(a.term));
    if (known.length === 0 && t.concepts.length === 0) alts = [...alts, ...fuzzy(t.word)];
    const weights = alts.filter((a) => index.df.has(a.term)).map((a) => a.w * idf(index, a.term));
    const weight = weights.length > 0 ? Math.max(...weights) : RANKING.unknownWeight * maxIdf;
    units.push({ word: t.word, alts, weight });
  }
  return units;
}

function scoreDoc(units: readonly Unit[], doc: IndexedStatement, index: SearchIndex): { score: number; got: number } {
  const norm = 1 - RANKING.b + (RANKING.b * doc.length) / index.avgLength;
  let score = 0;
  let got = 0;
  for (const u of units) {
    let best = 0;
    for (const a of u.alts) {
      const tf = doc.terms.get(a.term);
      if (!tf) continue;
      const s = a.w * idf(index, a.term) * ((tf * (RANKING.k1 + 1)) / (tf + RANKING.k1 * norm));
      if (s > best) best = s;
    }
    if (best > 0) {
      score += best;
      got += u.weight;
    }
  }
  return { score, got };
}

function fitsType(type: QuestionType, doc: IndexedStatement): boolean {
  switch (type) {
    case 'count':
      return doc.hasDigits || doc.kinds.has('number');
    case 'when':
      return doc.kinds.has('time');
    case 'where':
      return doc.kinds.has('place');
    case 'who':
      return doc.kinds.has('person') || doc.kinds.has('org');
    default:
      return false;
  }
}

/** Ranks every statement for a question, best first. */
export function rank(question: string, index: SearchIndex, fuzzy: (w: string) => Alt[]): RankResult {
  const ws = analyze(question, index.lex).map((t) => t.word);
  const type = questionType(ws);
  const units = unitsOf(question, index, fuzzy);
  const aboutComments = units.some((u) => u.alts.some((a) => a.term === '#reader'));
  const total = units.reduce((n, u) => n + u.weight, 0);
  const ranked = index.docs.map((doc) => {
    const { score, got } = scoreDoc(units, doc, index);
    let s = score;
    if (s > 0 && fitsType(type, doc)) s *= RANKING.cueBoost;
    const isComment = doc.statement.section === 'comment';
    if (isComment !== aboutComments) s *= RANKING.commentPenalty;
    return { doc, score: s, coverage: total > 0 ? got / total : 0 };
  });
  ranked.sort((a, b) => b.score - a.score || a.doc.statement.paragraph - b.doc.statement.paragraph);
  return { ranked, units, type, aboutComments };
}
