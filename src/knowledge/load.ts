import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { knowledgeFromText } from '../core/plain-article.js';
import { splitParagraphs, splitSentences } from '../core/sentences.js';
import type { Knowledge, Lexicon, Statement } from '../core/types.js';
import { gazetteerSchema, lexiconSchema, metaSchema, statementsSchema, suggestionsSchema } from './schema.js';

/** A missing or invalid knowledge file; `message` is one line naming the file and the field. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new KnowledgeError(`Knowledge file ${file}: cannot be read (${code})`, { cause: err });
  }
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new KnowledgeError(`Knowledge file ${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(root)';
  throw new KnowledgeError(`Knowledge file ${file}: field ${field}: ${issue?.message ?? 'invalid'}`);
}

/**
 * Checks that the statements are exactly the article's sentences: each once, verbatim, in order, with the right
 * paragraph and id. Returns the first disagreement as a message, or null.
 */
export function checkStatementsAgainstArticle(article: string, statements: readonly Statement[]): string | null {
  const expected = splitParagraphs(article).flatMap((p, i) =>
    splitSentences(p).map((text, j) => ({ id: `p${i + 1}s${j + 1}`, paragraph: i + 1, text })),
  );
  const max = Math.max(expected.length, statements.length);
  for (let k = 0; k < max; k++) {
    const want = expected[k];
    const got = statements[k];
    if (!want) return `statements.${k}: extra statement ${got?.id ?? ''} not in the article`;
    if (!got) return `statements.${k}: sentence ${want.id} of the article is missing`;
    if (got.id !== want.id) return `statements.${k}.id: is ${got.id}, the article's sentence here is ${want.id}`;
    if (got.paragraph !== want.paragraph)
      return `statements.${k}.paragraph: is ${got.paragraph}, not ${want.paragraph}`;
    if (got.text !== want.text) return `statements.${k}.text: differs from the article's sentence ${want.id}`;
  }
  return null;
}

/** The lexicon with the gazetteer's entries added; an id defined twice is an error naming the file. */
async function readLexicon(dir: string): Promise<Lexicon> {
  const gazetteerFile = join(dir, 'gazetteer.json');
  const [lexicon, gazetteer] = await Promise.all([
    readJson(join(dir, 'lexicon.json'), lexiconSchema),
    readJson(gazetteerFile, gazetteerSchema),
  ]);
  const ids = new Set(lexicon.entries.map((e) => e.id));
  const twice = gazetteer.entries.findIndex((e) => ids.has(e.id));
  if (twice >= 0) {
    throw new KnowledgeError(
      `Knowledge file ${gazetteerFile}: field entries.${twice}.id: already defined in lexicon.json`,
    );
  }
  return { ...lexicon, entries: [...lexicon.entries, ...gazetteer.entries] } as Lexicon;
}

/**
 * Loads and validates knowledge/ (article.txt, meta.json, statements.json, lexicon.json, gazetteer.json,
 * suggestions.json).
 */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const articleFile = join(dir, 'article.txt');
  const statementsFile = join(dir, 'statements.json');
  const [article, meta, { statements }, lexicon, suggestions] = await Promise.all([
    readText(articleFile),
    readJson(join(dir, 'meta.json'), metaSchema),
    readJson(statementsFile, statementsSchema),
    readLexicon(dir),
    readJson(join(dir, 'suggestions.json'), suggestionsSchema),
  ]);
  const mismatch = checkStatementsAgainstArticle(article, statements);
  if (mismatch) throw new KnowledgeError(`Knowledge file ${statementsFile}: field ${mismatch}`);
  if (splitParagraphs(article).length !== meta.paragraphs) {
    throw new KnowledgeError(
      `Knowledge file ${join(dir, 'meta.json')}: field paragraphs: does not match ${articleFile}`,
    );
  }
  return { meta, statements: statements as Statement[], lexicon, suggestions, annotated: true };
}

/**
 * Loads a plain-text article (UTF-8, one paragraph per non-empty line) without annotations, reusing the lexicon of
 * `knowledgeDir` when it has one (entity aliases and dialect words are not specific to one article).
 */
export async function loadPlainArticle(file: string, knowledgeDir?: string): Promise<Knowledge> {
  const text = await readText(file);
  if (splitParagraphs(text).length === 0) throw new KnowledgeError(`Article file ${file}: has no text`);
  const lexicon: Lexicon = knowledgeDir ? await readLexicon(knowledgeDir) : { entries: [], dialect: {} };
  return knowledgeFromText(text, { lexicon, id: file });
}
