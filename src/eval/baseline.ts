import { normalize, words } from '../core/normalize.js';
import { stem } from '../core/stem.js';
import { isStopword } from '../core/stopwords.js';
import type { Statement } from '../core/types.js';

const K1 = 1.2;
const B = 0.75;

const termsOf = (text: string) =>
  words(normalize(text))
    .filter((w) => !isStopword(w))
    .map(stem);

/**
 * The baseline of the issues: Okapi BM25 over each statement's Arabic words (normalized, stopwords dropped,
 * light-stemmed), with no lexicon, translation, keywords or question-type cues. Returns statement ids, best first.
 */
export function bm25Ranker(statements: readonly Statement[]): (question: string) => string[] {
  const docs = statements.map((s) => {
    const tf = new Map<string, number>();
    const terms = termsOf(s.text);
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { id: s.id, tf, length: terms.length };
  });
  const avg = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => {
    const n = df.get(t) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };
  return (question) => {
    const q = [...new Set(termsOf(question))];
    return docs
      .map((d, i) => {
        let score = 0;
        for (const t of q) {
          const f = d.tf.get(t) ?? 0;
          if (f > 0) score += (idf(t) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avg));
        }
        return { id: d.id, score, i };
      })
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map((d) => d.id);
  };
}
