import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../../src/core/answer-schema.js';

const exec = promisify(execFile);

/** Runs the CLI as `npm run -s ask` does, with optional stdin. */
async function ask(args: string[], stdin?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = exec(process.execPath, ['--import', 'tsx', 'src/adapters/cli/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'info' },
  });
  if (stdin !== undefined) {
    child.child.stdin?.end(stdin);
  } else child.child.stdin?.end();
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('npm run ask', () => {
  it('--json prints exactly one JSON line of the contract Answer', async () => {
    const { stdout, code } = await ask(['--json', 'من يعارض نهج كيري؟']);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const answer = answerSchema.parse(JSON.parse(lines[0] as string));
    expect(answer.citations[0]?.id).toBe('p1s1');
  });

  it('prints a readable answer with paragraph and speaker', async () => {
    const { stdout } = await ask(['How many people were killed in the second attack?']);
    expect(stdout).toContain('Short answer: at least 12 more people');
    expect(stdout).toMatch(/\[p9s2\] \(paragraph 9, two US intelligence officials\)/);
  });

  it('--batch answers every line in order and reports bad lines in place', async () => {
    const input = [
      JSON.stringify({ question: 'متى وقع الهجوم الثاني؟' }),
      'not json',
      JSON.stringify({ question: 'Where is the camp?', lang: 'en' }),
      JSON.stringify({ question: 1 }),
      JSON.stringify({ question: 'What did Lavrov tell Kerry?' }),
    ].join('\n');
    const { stdout, code } = await ask(['--batch'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].citations[0].id).toBe('p9s2');
    expect(out[1].error.code).toBe('invalid_json');
    expect(out[2].citations[0].id).toBe('p10s1');
    expect(out[3].error.code).toBe('invalid_line');
    expect(out[4].answered).toBe(false);
  });

  it('--article answers from another plain-text article', async () => {
    const { stdout, code } = await ask(['--json', '--article', 'tests/fixtures/other-article.txt', 'كم كلفة المكتبة؟']);
    expect(code).toBe(0);
    const answer = answerSchema.parse(JSON.parse(stdout));
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('مليوني دينار');
    expect(answer.citations[0]?.translation).toBeUndefined();
  });

  it('--article says so when an English question gets an Arabic-only answer', async () => {
    const { stdout } = await ask(['--article', 'tests/fixtures/other-article.txt', 'Who is the mayor Imad al-Khatib?']);
    expect(stdout).toMatch(/in Arabic; no English translation available|does not answer/);
  });

  it('fails with one clear line for a missing article file, and with usage for no question', async () => {
    const missing = await ask(['--article', 'no/such/file.txt', 'سؤال']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no\/such\/file\.txt: cannot be read/);
    const none = await ask([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no question given/);
  });
});
