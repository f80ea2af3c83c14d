/**
 * npm run eval [-- --questions FILE] [--article FILE] [--misses]
 * Scores the engine on a question set and prints a table per category and a reliability table.
 */
import { parseArgs } from 'node:util';
import { createEngine } from '../src/core/engine.js';
import { bm25Ranker } from '../src/eval/baseline.js';
import { evaluate, formatTable, readQuestions, reliability, shortAnswers, summarize } from '../src/eval/evaluate.js';
import { loadKnowledge, loadPlainArticle } from '../src/knowledge/load.js';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: 'tests/fixtures/questions.jsonl' },
    article: { type: 'string' },
    knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR ?? 'knowledge' },
    misses: { type: 'boolean', default: false },
  },
});

const knowledge = values.article
  ? await loadPlainArticle(values.article, values.knowledge)
  : await loadKnowledge(values.knowledge);
const engine = createEngine(knowledge);
const questions = await readQuestions(values.questions);
const outcomes = evaluate(engine, questions);
const out: string[] = [
  `Sanad eval: ${questions.length} questions from ${values.questions}${values.article ? ` over ${values.article}` : ''}`,
  '',
];
out.push(
  formatTable(summarize(outcomes)),
  '',
  'Reliability (answered questions): confidence bucket -> share with the right first citation',
);
for (const r of reliability(outcomes))
  out.push(`  ${r.bucket}  n=${String(r.n).padStart(3)}  right ${(100 * r.accuracy).toFixed(1)}%`);
const bm25 = bm25Ranker(knowledge.statements);
const answerable = questions.filter((q) => q.expected.length > 0 && q.after === undefined);
const bm25Right = answerable.filter((q) => q.expected.includes(bm25(q.question)[0] ?? '')).length;
out.push(
  '',
  `Baseline, BM25 over the normalized, stemmed Arabic words (no lexicon; always answers): ranked top-1 ${bm25Right}/${answerable.length} (${((100 * bm25Right) / Math.max(1, answerable.length)).toFixed(1)}%), questions without a previous turn`,
);
const shorts = shortAnswers(outcomes);
if (shorts.n > 0) {
  out.push(
    '',
    `Short answers: ${shorts.right}/${shorts.n} contain the expected text (${((100 * shorts.right) / shorts.n).toFixed(1)}%)`,
  );
}
if (values.misses) {
  out.push('', 'Misses:');
  for (const o of outcomes.filter((x) => !x.correct)) {
    out.push(
      `  [${o.q.category}] ${o.q.after ? `(after: ${o.q.after}) ` : ''}${o.q.question}  expected=${o.q.expected.join('|') || 'refuse'} got=${o.answered ? o.firstId : 'refused'} conf=${o.confidence}`,
    );
  }
  out.push('', 'Short answer misses:');
  for (const o of outcomes.filter((x) => x.shortRight === false)) {
    out.push(`  [${o.q.category}] ${o.q.question}  expected short=${o.q.short} got=${o.short ?? 'null'}`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
