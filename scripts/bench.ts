/**
 * npm run bench: performance figures, measured in one run on this machine.
 *   engine  in-process latency per question (p50/p99), index build time, heap
 *   http    autocannon against POST /v1/ask of the real service and against a bare Fastify route (the ceiling)
 *   service start to healthy, resident memory after the load
 * Options: --duration SECONDS (default 8), --connections N (default 50).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createEngine } from '../src/core/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '8' }, connections: { type: 'string', default: '50' } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(3)} ms`;

const questions = (await readFile('tests/fixtures/questions.jsonl', 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { question: string }).question);

async function benchEngine() {
  const knowledge = await loadKnowledge('knowledge');
  const builds: number[] = [];
  let engine = createEngine(knowledge);
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    engine = createEngine(knowledge);
    builds.push(performance.now() - t);
  }
  for (const q of questions) engine.ask({ question: q });
  const times: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of questions) {
      const t = performance.now();
      engine.ask({ question: q });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
    build: percentile(builds, 50),
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

/** Spawns a server script and resolves with its logged URL and the milliseconds until it logged it. */
async function spawnServer(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} logged no URL within 20 s`)), 20_000);
    timer.unref();
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      try {
        const u = (JSON.parse(line) as { url?: string }).url;
        if (u) resolve(u);
      } catch {
        // not a JSON line
      }
    });
  });
  return { child, url, ms: performance.now() - t };
}

async function healthyAfter(url: string, started: number): Promise<number> {
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function load(url: string) {
  const requests = questions.slice(0, 60).map((q) => ({
    method: 'POST' as const,
    path: '/v1/ask',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: q }),
  }));
  const r = await autocannon({ url, connections, duration, requests });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    total: r.requests.total,
  };
}

function rssMb(pid: number | undefined): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024,
    () => Number.NaN,
  );
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

// The service runs with its default log level (info), so the figures include request logging.
const engine = await benchEngine();
const started = performance.now();
const service = await spawnServer(['src/main.ts'], { PORT: '0', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000' });
const healthyMs = await healthyAfter(service.url, started);
const ask = await load(service.url);
const rss = await rssMb(service.child.pid);
await stop(service.child);
const bare = await spawnServer(['scripts/bare-server.ts'], {});
const ceiling = await load(bare.url);
await stop(bare.child);

const rows = [
  ['engine: questions answered', `${engine.n} (${questions.length} questions x 30)`],
  ['engine: latency p50 / p99 / max', `${ms(engine.p50)} / ${ms(engine.p99)} / ${ms(engine.max)}`],
  ['engine: index build (median of 20)', ms(engine.build)],
  ['engine: heap used', `${engine.heapMb.toFixed(1)} MB`],
  ['service: start to healthy', `${healthyMs.toFixed(0)} ms`],
  [
    `http POST /v1/ask (${connections} conn, ${duration} s)`,
    `${ask.rps.toFixed(0)} req/s, p50 ${ask.p50} ms, p99 ${ask.p99} ms, ${ask.total} requests, ${ask.errors} errors/non-2xx`,
  ],
  [
    `bare Fastify route (${connections} conn, ${duration} s)`,
    `${ceiling.rps.toFixed(0)} req/s, p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms, ${ceiling.errors} errors/non-2xx`,
  ],
  ['throughput ratio (ask / bare)', (ask.rps / ceiling.rps).toFixed(2)],
  ['p99 ratio (ask / bare)', (ask.p99 / Math.max(1, ceiling.p99)).toFixed(2)],
  ['service: resident memory after load (HTTP only)', `${rss.toFixed(1)} MB`],
];
const width = Math.max(...rows.map((r) => (r[0] as string).length));
process.stdout.write(`Sanad bench (node ${process.version}, ${new Date().toISOString()})\n\n`);
for (const [k, v] of rows) process.stdout.write(`${(k as string).padEnd(width)}  ${v}\n`);
