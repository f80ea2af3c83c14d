import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ConfigError, parseConfig } from '../../config.js';
import { createEngine } from '../../core/engine.js';
import type { Engine, Knowledge } from '../../core/types.js';
import { KnowledgeError, loadKnowledge, loadPlainArticle } from '../../knowledge/load.js';
import { type CliArgs, parseArgs, USAGE } from './args.js';
import { renderText } from './render-text.js';

const batchLine = z.strictObject({
  question: z.string().max(1000),
  lang: z.enum(['ar', 'en']).optional(),
  conversationId: z.string().max(200).optional(),
});

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Answers stdin's JSONL questions in order; a bad line gets an error object on its own line, never a stop. */
async function runBatch(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    let out: unknown;
    try {
      const parsed = batchLine.safeParse(JSON.parse(line));
      out = parsed.success
        ? engine.ask(parsed.data)
        : { error: { code: 'invalid_line', message: `line ${n}: ${parsed.error.issues[0]?.message ?? 'invalid'}` } };
    } catch {
      out = { error: { code: 'invalid_json', message: `line ${n}: not valid JSON` } };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

async function knowledgeFor(args: CliArgs, dir: string): Promise<Knowledge> {
  return args.article ? loadPlainArticle(args.article, dir) : loadKnowledge(dir);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) fail(`ask: ${args.error}\n${USAGE}`, 2);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = parseConfig(process.env);
  const engine = createEngine(await knowledgeFor(args, config.KNOWLEDGE_DIR));
  if (args.batch) return runBatch(engine);
  const answer = engine.ask({ question: args.question, ...(args.lang ? { lang: args.lang } : {}) });
  process.stdout.write(`${args.json ? JSON.stringify(answer) : renderText(answer)}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof KnowledgeError) fail(err.message, 1);
  fail(`ask: ${err instanceof Error ? err.message : String(err)}`, 1);
});
