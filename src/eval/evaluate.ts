import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { normalize } from '../core/normalize.js';
import type { Engine } from '../core/types.js';

export const questionSchema = z.object({
  id: z.string(),
  category: z.string(),
  question: z.string(),
  expected: z.array(z.string()),
  /** A text the answer's `short` must contain (compared after normalization). */
  short: z.string().optional(),
  /** The question asked just before this one in the same conversation (a follow-up). */
  after: z.string().optional(),
  note: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

/** Reads a question set (JSONL, one question object per line); a bad line names its line number. */
export async function readQuestions(file: string): Promise<EvalQuestion[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const out: EvalQuestion[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = questionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    out.push(parsed.data);
  });
  return out;
}

export interface Outcome {
  q: EvalQuestion;
  answered: boolean;
  confidence: number;
  /** Answerable: the first citation is expected. Unanswerable: refused. */
  correct: boolean;
  top1: boolean;
  top3: boolean;
  /** The best-ranked statement is expected, whether or not the engine answered (ranking alone, as BM25 is scored). */
  ranked1: boolean;
  firstId: string | null;
  /** The answer's `short`; `shortRight` is null when the question names no expected short answer. */
  short: string | null;
  shortRight: boolean | null;
}

export interface CategoryRow {
  category: string;
  n: number;
  answerable: number;
  top1: number;
  top3: number;
  ranked1: number;
  /** Answerable questions answered, or unanswerable ones refused. */
  abstentionRight: number;
}

const comparable = (s: string) => normalize(s).toLowerCase();

/**
 * Runs every question through the engine. A follow-up (`after`) is asked in a conversation of its own, right
 * after its first question; its top-3 is its first citation (the engine's `rank` knows no conversation).
 */
export function evaluate(engine: Engine, questions: readonly EvalQuestion[]): Outcome[] {
  return questions.map((q, i) => {
    const conversationId = q.after === undefined ? undefined : `eval-${i}`;
    if (q.after !== undefined) engine.ask({ question: q.after, conversationId });
    const a = engine.ask({ question: q.question, conversationId });
    const firstId = a.citations[0]?.id ?? null;
    const ranked =
      q.after === undefined
        ? engine
            .rank(q.question)
            .slice(0, 3)
            .map((r) => r.id)
        : a.citations.slice(0, 1).map((c) => c.id);
    const answerable = q.expected.length > 0;
    const ranked1 = answerable && ranked[0] !== undefined && q.expected.includes(ranked[0]);
    const top1 = answerable && a.answered && firstId !== null && q.expected.includes(firstId);
    const top3 = answerable && a.answered && ranked.some((id) => q.expected.includes(id));
    return {
      q,
      answered: a.answered,
      confidence: a.confidence,
      correct: answerable ? top1 : !a.answered,
      top1,
      top3,
      ranked1,
      firstId,
      short: a.short,
      shortRight: q.short === undefined ? null : a.short !== null && comparable(a.short).includes(comparable(q.short)),
    };
  });
}

/** Questions that name an expected short answer, and how many got it. */
export function shortAnswers(outcomes: readonly Outcome[]): { n: number; right: number } {
  const asked = outcomes.filter((o) => o.shortRight !== null);
  return { n: asked.length, right: asked.filter((o) => o.shortRight).length };
}

/** Per-category counts, plus an "all answerable" row. */
export function summarize(outcomes: readonly Outcome[]): CategoryRow[] {
  const rows = new Map<string, CategoryRow>();
  const row = (category: string) => {
    let r = rows.get(category);
    if (!r) {
      r = { category, n: 0, answerable: 0, top1: 0, top3: 0, ranked1: 0, abstentionRight: 0 };
      rows.set(category, r);
    }
    return r;
  };
  for (const o of outcomes) {
    const answerable = o.q.expected.length > 0;
    for (const r of answerable ? [row(o.q.category), row('ALL answerable')] : [row(o.q.category)]) {
      r.n++;
      if (answerable) r.answerable++;
      if (o.top1) r.top1++;
      if (o.top3) r.top3++;
      if (o.ranked1) r.ranked1++;
      if (answerable ? o.answered : !o.answered) r.abstentionRight++;
    }
  }
  const all = rows.get('ALL answerable');
  return [...[...rows.values()].filter((r) => r !== all), ...(all ? [all] : [])];
}

/** Confidence buckets against how often the answer was right (answered questions only). */
export function reliability(outcomes: readonly Outcome[]): Array<{ bucket: string; n: number; accuracy: number }> {
  const edges = [0, 0.6, 0.7, 0.8, 0.9, 1.01];
  const out: Array<{ bucket: string; n: number; accuracy: number }> = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const lo = edges[i] as number;
    const hi = edges[i + 1] as number;
    const inBucket = outcomes.filter((o) => o.answered && o.confidence >= lo && o.confidence < hi);
    const right = inBucket.filter((o) => o.top1).length;
    out.push({
      bucket: `${lo.toFixed(1)}-${Math.min(1, hi).toFixed(1)}`,
      n: inBucket.length,
      accuracy: inBucket.length ? right / inBucket.length : 0,
    });
  }
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** The eval table as text. */
export function formatTable(rows: readonly CategoryRow[]): string {
  const head = `${'category'.padEnd(16)} ${'n'.padStart(4)}  ${'top-1'.padStart(14)}  ${'top-3'.padStart(14)}  ${'abstention ok'.padStart(16)}  ${'ranked top-1'.padStart(14)}`;
  const body = rows.map((r) => {
    const a = r.answerable;
    return `${r.category.padEnd(16)} ${String(r.n).padStart(4)}  ${`${r.top1}/${a}`.padStart(7)} ${pct(r.top1, a)}  ${`${r.top3}/${a}`.padStart(7)} ${pct(r.top3, a)}  ${`${r.abstentionRight}/${r.n}`.padStart(9)} ${pct(r.abstentionRight, r.n)}  ${`${r.ranked1}/${a}`.padStart(7)} ${pct(r.ranked1, a)}`;
  });
  return [head, ...body].join('\n');
}
