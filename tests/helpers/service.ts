import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root: every service is started from here, like `npm start` does. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A running service (the real `node --import tsx src/main.ts`). */
export interface RunningService {
  /** The URL the service logged once listening, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every stdout line so far (pino JSON), in order; keeps filling while the service runs. */
  logs: string[];
  /** Every stderr line so far. */
  stderr: string[];
  /** Milliseconds from spawn to the log line with the URL. */
  startMs: number;
  /**
   * Sends `signal` (SIGTERM by default) once and resolves when the process has exited, with its exit code (null if
   * killed by a signal) and the milliseconds from the signal to the exit. Later calls return the same result.
   */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
  /** SIGKILLs the process if it still runs, even after stop(): the way out when a test finds a stop hanging. */
  kill(): void;
}

/** Services started and not yet stopped, killed if the test process exits without stopping them. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** How the service is started: `node --import tsx src/main.ts`, as `npm start` does. */
export const SERVICE_ARGS = ['--import', 'tsx', 'src/main.ts'];

/**
 * Spawns `node ARGS` (the service by default) in the repository with a clean environment (PATH and HOME, `PORT=0`,
 * `HOST=127.0.0.1`, `LOG_LEVEL=info`, then `env`), so no token from the developer's shell can turn a bot on. Only
 * the variables given are set.
 */
export function spawnService(env: Record<string, string>, args: readonly string[] = SERVICE_ARGS): ChildProcess {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT };
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...base, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Collects a stream's lines into `into`, calling `onLine` for each. */
function collect(stream: NodeJS.ReadableStream | null, into: string[], onLine: (line: string) => void = () => {}) {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => {
    into.push(line);
    onLine(line);
  });
}

/** The `url` field of a pino JSON line, if it has one. */
function urlOf(line: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    const url = (parsed as { url?: unknown } | null)?.url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the real service (`node ARGS`, `npm start`'s command by default) and resolves once it has logged the line
 * with its `url` (it listens by then).
 * Rejects, with its output, if it exits first or does not listen within `timeoutMs`.
 */
export async function startService(
  env: Record<string, string> = {},
  timeoutMs = 15_000,
  args: readonly string[] = SERVICE_ARGS,
): Promise<RunningService> {
  const started = performance.now();
  const child = spawnService(env, args);
  const logs: string[] = [];
  const stderr: string[] = [];
  // 'close' comes after the process exited and its output pipes drained, so `logs` is complete by then.
  const closed = once(child, 'close').then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The service ${why}.\nstderr:\n${stderr.join('\n')}\nstdout:\n${logs.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`did not log its URL within ${timeoutMs} ms`), timeoutMs);
    void closed.then((code) => fail(`exited with code ${code} before listening`));
    collect(child.stderr, stderr);
    collect(child.stdout, logs, (line) => {
      const found = urlOf(line);
      if (found === undefined) return;
      clearTimeout(timer);
      resolve(found);
    });
  });
  const startMs = performance.now() - started;
  // Only the first call signals: a second SIGTERM would hit Node's default handler and kill the service mid-shutdown.
  let stopping: Promise<{ code: number | null; ms: number }> | undefined;
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    stopping ??= (async () => {
      const sent = performance.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await closed;
      return { code, ms: performance.now() - sent };
    })();
    return stopping;
  };
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { url, logs, stderr, startMs, stop, kill };
}

/** Runs the service until it exits on its own (a bad start), and returns its exit code and output lines. */
export async function runUntilExit(
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<{ code: number | null; stdout: string[]; stderr: string[] }> {
  const child = spawnService(env);
  const stdout: string[] = [];
  const stderr: string[] = [];
  collect(child.stdout, stdout);
  collect(child.stderr, stderr);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr };
}
