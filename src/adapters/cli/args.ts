/** Parsed command line of `npm run ask`. */
export interface CliArgs {
  json: boolean;
  batch: boolean;
  help: boolean;
  article?: string;
  lang?: 'ar' | 'en';
  question: string;
}

export const USAGE = `Usage:
  npm run ask -- "QUESTION"                 answer one question
  npm run ask -- --json "QUESTION"          print the Answer object as one JSON line
  npm run ask -- --batch < questions.jsonl  one {"question": "..."} per line in, one Answer JSON line per line out
  npm run ask -- --article FILE ...         answer over another plain-text article (one paragraph per line)
  npm run ask -- --lang en|ar ...           answer in this language instead of the question's`;

/** Parses argv (without node and the script). Returns an error message instead of throwing. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const out: CliArgs = { json: false, batch: false, help: false, question: '' };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') out.json = true;
    else if (a === '--batch') out.batch = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--article' || a === '--lang') {
      const value = argv[++i];
      if (value === undefined) return { error: `${a} needs a value` };
      if (a === '--article') out.article = value;
      else if (value === 'ar' || value === 'en') out.lang = value;
      else return { error: '--lang must be ar or en' };
    } else if (a === '--') continue;
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else rest.push(a);
  }
  out.question = rest.join(' ');
  if (!out.help && !out.batch && out.question.trim() === '') return { error: 'no question given' };
  if (out.batch && rest.length > 0) return { error: '--batch reads questions from stdin, not from arguments' };
  return out;
}
