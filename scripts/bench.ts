/**
 * npm run bench: the performance figures of issue 7, measured in one run on this machine, printed as one table.
 *   engine   in-process latency per question (p50/p99/max): the question set repeated, then 590 questions new to a
 *            fresh engine, then the slowest of 2000 arbitrary questions (fast-check samples, fixed seed) and of 200
 *            Arabizi-looking ones; index build time, heap
 *   start    start to healthy (median of 3 starts): the Docker image's command and `npm start`
 *   http     autocannon against POST /v1/ask of the full service (the image's command, both bots on, the default
 *            `info` log level) with a mix of questions, then with every request in a new conversation (no answer
 *            cache), and against a bare Fastify route (the ceiling, run with the image's node flags). The loads take
 *            turns in short rounds, so that other work on the machine weighs on each alike: each round runs the mix
 *            and the bare route back to back (first one, then the other, alternately) and the throughput ratio is
 *            the median over the rounds of mix / bare within a round; latency percentiles are over every response.
 *   memory   resident memory of the full service after the load
 * Options: --duration SECONDS per load in all (default 8), --rounds N (default 8), --connections N (default 50).
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import fc from 'fast-check';
import { createEngine } from '../src/core/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { startDiscordFake } from '../tests/fakes/discord-fake.js';
import { FakeTelegramBotApi } from '../tests/fakes/telegram-bot-api.js';
import { spawnService } from '../tests/helpers/service.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const WARMUP_S = 2;
const TELEGRAM_TOKEN = '123456:BENCH-token';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.bench-token';
const APP_ID = '123456789012345678';
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const ms = (n: number) => `${n.toFixed(3)} ms`;

const readQuestions = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question);
const questions = await readQuestions('tests/fixtures/questions.jsonl');
/** Development question sets the own set does not contain: questions new to a fresh engine. */
const UNSEEN_SETS = ['holdout', 'holdout2', 'holdout3', 'holdout4', 'hard-dev'];
const unseen = (await Promise.all(UNSEEN_SETS.map((f) => readQuestions(`tests/fixtures/${f}.jsonl`)))).flat();

/** The Docker image's command (its CMD line), e.g. `node dist/main.js`, without the leading `node`. */
async function imageCommand(): Promise<string[]> {
  const line = (await readFile('Dockerfile', 'utf8')).split('\n').find((l) => l.startsWith('CMD ['));
  const [node, ...args] = JSON.parse(line?.slice('CMD '.length) ?? '[]') as string[];
  if (node !== 'node') throw new Error('Dockerfile: no CMD ["node", ...] line');
  return args;
}

/** Collects garbage when the bench runs with --expose-gc (npm run bench does), so heap figures are live data only. */
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function benchEngine() {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const knowledge = await loadKnowledge('knowledge');
  const builds: number[] = [];
  let engine = createEngine(knowledge);
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    engine = createEngine(knowledge);
    builds.push(performance.now() - t);
  }
  // The 19 engines built above are garbage: collected now, not during the timed questions (a service builds one).
  gc();
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
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  // Questions the engine has not met, each asked once of a fresh engine: its typo look-up cache starts empty.
  const firstTimes = timeEach(createEngine(knowledge), unseen);
  // Arbitrary input, as the engine's property tests generate it (fixed seed): the slowest answer must stay under
  // 10 ms. Measured here rather than asserted in a timed unit test.
  const articleWords = knowledge.statements.flatMap((st) => st.text.split(/\s+/));
  const arbitrary = [
    ...fc.sample(fc.string({ unit: 'binary', maxLength: 1000 }), { numRuns: 1000, seed: 7 }),
    ...fc.sample(
      fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)), maxLength: 1000 }),
      {
        numRuns: 500,
        seed: 7,
      },
    ),
    ...fc
      .sample(fc.array(fc.constantFrom(...articleWords), { maxLength: 200 }), { numRuns: 500, seed: 7 })
      .map((ws) => ws.join(' ').slice(0, 1000)),
  ];
  // Arabizi-looking input (Latin words with digits): every word may be spelled many ways in Arabic letters.
  const arabizi = fc
    .sample(fc.array(fc.stringMatching(/^[abdefhiklmnorstuwy]{2,7}[2357]$/), { minLength: 20, maxLength: 150 }), {
      numRuns: 200,
      seed: 7,
    })
    .map((ws) => ws.join(' ').slice(0, 1000));
  const arabiziTimes = timeEach(engine, arabizi);
  const arbitraryMax = timeEach(engine, arbitrary).at(-1) ?? 0;
  return {
    n: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
    unseen: {
      n: firstTimes.length,
      p50: percentile(firstTimes, 50),
      p99: percentile(firstTimes, 99),
      max: firstTimes.at(-1) ?? 0,
    },
    arbitrary: { n: arbitrary.length, max: arbitraryMax },
    arabizi: { n: arabiziTimes.length, p50: percentile(arabiziTimes, 50), max: arabiziTimes.at(-1) ?? 0 },
    build: median(builds),
    heapMb,
    engine,
  };
}

interface Started {
  child: ChildProcess;
  url: string;
  healthyMs: number;
  /** Resolves with the milliseconds from spawn to the first stdout line containing `fragment`. */
  logged(fragment: string): Promise<number>;
  /** Stops parsing stdout (it is still drained), so the service's request log costs this process little. */
  stopReading(): void;
}

/** Spawns `args` with a clean environment (see spawnService) and resolves once its `/healthz` answers 200. */
async function start(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const t0 = performance.now();
  const child = spawnService({ RATE_LIMIT_PER_MINUTE: '1000000', NODE_ENV: 'production', ...env }, args);
  child.stderr?.pipe(process.stderr);
  const seen: Array<{ line: string; at: number }> = [];
  const waiting = new Set<() => void>();
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    seen.push({ line, at: performance.now() - t0 });
    for (const w of [...waiting]) w();
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`))),
  );
  exited.catch(() => {});
  const logged = (fragment: string) => {
    const found = new Promise<number>((resolve) => {
      const check = () => {
        const hit = seen.find((s) => s.line.includes(fragment));
        if (!hit) return;
        waiting.delete(check);
        resolve(hit.at);
      };
      waiting.add(check);
      check();
    });
    return Promise.race([found, exited]);
  };
  await logged('"url"');
  const url = (JSON.parse(seen.find((s) => s.line.includes('"url"'))?.line ?? '{}') as { url: string }).url;
  while (
    !(await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await new Promise((r) => setTimeout(r, 5));
  const healthyMs = performance.now() - t0;
  const stopReading = () => {
    lines.close();
    child.stdout?.resume();
  };
  return { child, url, healthyMs, logged, stopReading };
}

/** SIGTERM; resolves with the exit code and the milliseconds to the exit. */
const stop = (child: ChildProcess) =>
  new Promise<{ code: number | null; ms: number }>((resolve) => {
    const t = performance.now();
    child.once('exit', (code) => resolve({ code, ms: performance.now() - t }));
    child.kill('SIGTERM');
  });

/** Median start to healthy over `n` starts of `args` (HTTP only). */
async function startToHealthy(args: string[], n = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = await start(args);
    times.push(s.healthyMs);
    await stop(s.child);
  }
  return median(times);
}

/** Process CPU time (user + system, all threads) in milliseconds, from /proc. */
async function cpuMs(pid: number | undefined): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function rssMb(pid: number | undefined): Promise<number> {
  return Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

type Request = autocannon.Request;
const askRequest = (body: object): Request => ({
  method: 'POST',
  path: '/v1/ask',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** One load target: a server, the requests to send it, and what was measured over its rounds. */
interface Target {
  url: string;
  pid: number | undefined;
  requests: () => Request[];
  latencies: number[];
  /** Requests per second of each recorded round, in order. */
  rounds: number[];
  total: number;
  seconds: number;
  errors: number;
  cpuMs: number;
}
const target = (url: string, pid: number | undefined, requests: () => Request[]): Target => ({
  url,
  pid,
  requests,
  latencies: [],
  rounds: [],
  total: 0,
  seconds: 0,
  errors: 0,
  cpuMs: 0,
});

/** One autocannon run against `t` for `seconds`; recorded into `t` unless it is a warm-up. */
async function run(t: Target, seconds: number, record: boolean): Promise<void> {
  const cpu0 = await cpuMs(t.pid);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: t.url, connections, duration: seconds, requests: t.requests() },
      (err: Error | null, r: autocannon.Result) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status < 200 || status > 299) t.errors += record ? 1 : 0;
    });
  });
  if (!record) return;
  t.cpuMs += (await cpuMs(t.pid)) - cpu0;
  t.latencies.push(...latencies);
  t.rounds.push(result.requests.total / result.duration);
  t.total += result.requests.total;
  t.seconds += result.duration;
  t.errors += result.errors + result.timeouts;
}

/** Each question asked once of the engine: the times in milliseconds, fastest first. */
function timeEach(engine: ReturnType<typeof createEngine>, questions: readonly string[]): number[] {
  const times = questions.map((q) => {
    const t = performance.now();
    engine.ask({ question: q });
    return performance.now() - t;
  });
  return times.sort((a, b) => a - b);
}

function summary(t: Target) {
  const sorted = t.latencies.sort((a, b) => a - b);
  return {
    rps: t.total / t.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpuUs: (t.cpuMs * 1000) / Math.max(1, t.total),
    total: t.total,
    errors: t.errors,
  };
}

// 1. The engine alone, then the build the Docker image runs.
const engine = await benchEngine();
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const image = await imageCommand();
const tsx = ['--import', 'tsx', 'src/main.ts'];

// 2. Start to healthy, HTTP only.
const imageStart = await startToHealthy(image);
const tsxStart = await startToHealthy(tsx);

// 3. The full service: Telegram (long polling) and Discord against the loopback fakes.
const telegram = await FakeTelegramBotApi.start({ token: TELEGRAM_TOKEN });
const discord = await startDiscordFake({ token: DISCORD_TOKEN, applicationId: APP_ID });
const botEnv = {
  TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
  TELEGRAM_API_ROOT: telegram.apiRoot,
  DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: APP_ID,
  DISCORD_GUILD_ID: discord.guildId,
  DISCORD_REST_API: discord.restApi,
};
const full = await start(image, botEnv);
const botsMs = Math.max(await full.logged('telegram adapter started'), await full.logged('discord adapter started'));
full.stopReading();
const idleRss = await rssMb(full.child.pid);

/** One question through each bot; resolves with the milliseconds to each reply. */
async function askBots() {
  let t = performance.now();
  telegram.userSends({ id: 42, type: 'private' }, { id: 42, first_name: 'Bench' }, questions[0] ?? '');
  await telegram.nextCall('sendMessage');
  const telegramMs = performance.now() - t;
  t = performance.now();
  const { token } = discord.interact({ command: 'ask', options: [{ name: 'question', type: 3, value: 'Who?' }] });
  await discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token), 'the /ask reply');
  return { telegramMs, discordMs: performance.now() - t };
}
await askBots();

// 4. The loads, in turns, against the full service and the bare route (its own process).
const bare = await start([...image.slice(0, -1), '--import', 'tsx', 'scripts/bare-server.ts']);
bare.stopReading();
let conversation = 0;
const sixty = questions.slice(0, 60);
const mix = target(full.url, full.child.pid, () => sixty.map((question) => askRequest({ question })));
const fresh = target(full.url, full.child.pid, () =>
  sixty.map((question) => ({
    ...askRequest({ question }),
    setupRequest: (req: Request) => ({
      ...req,
      body: JSON.stringify({ question, conversationId: `b${++conversation}` }),
    }),
  })),
);
const ceiling = target(bare.url, bare.child.pid, () => [askRequest({ question: 'constant' })]);
for (const t of [mix, fresh, ceiling]) await run(t, WARMUP_S, false);
for (let r = 0; r < rounds; r++) {
  const pair = r % 2 === 0 ? [mix, ceiling] : [ceiling, mix];
  for (const t of [...pair, fresh]) await run(t, duration / rounds, true);
}
await stop(bare.child);

const bots = await askBots();
const rss = await rssMb(full.child.pid);
const exit = await stop(full.child);
await telegram.close();
await discord.close();

const [m, f, b] = [summary(mix), summary(fresh), summary(ceiling)];
const http = (s: typeof m) =>
  `${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ${s.cpuUs.toFixed(0)} µs CPU/req, ${s.errors} errors of ${s.total}`;
const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
/** Median, lowest and highest over the rounds of `t`'s requests/s against the bare route's in the same round. */
const perRound = (t: Target) => {
  const ratios = t.rounds.map((rps, i) => rps / (ceiling.rounds[i] ?? Number.NaN)).sort((x, y) => x - y);
  return { median: median(ratios), low: ratios[0] ?? 0, high: ratios.at(-1) ?? 0 };
};
const ratioCell = (r: ReturnType<typeof perRound>) =>
  `${r.median.toFixed(2)} (rounds ${r.low.toFixed(2)} to ${r.high.toFixed(2)})`;
const mixRatio = perRound(mix);
const throughputRatio = mixRatio.median;
const p99Ratio = m.p99 / b.p99;
const loads = `${connections} connections, ${rounds} rounds of ${duration / rounds} s per load after ${WARMUP_S} s warm-up`;
const rows: Array<[string, string, string]> = [
  ['engine: questions answered', `${engine.n} (${questions.length} questions x 30)`, ''],
  [
    'engine: latency p50 / p99 / max',
    `${ms(engine.p50)} / ${ms(engine.p99)} / ${ms(engine.max)}`,
    `p99 < 1 ms: ${check(engine.p99 < 1)}`,
  ],
  [
    `engine: ${engine.unseen.n} new questions, once each, fresh engine (empty caches): p50 / p99 / max`,
    `${ms(engine.unseen.p50)} / ${ms(engine.unseen.p99)} / ${ms(engine.unseen.max)}`,
    '',
  ],
  [
    `engine: ${engine.arbitrary.n} arbitrary questions (fast-check, up to 1000 characters): slowest answer`,
    ms(engine.arbitrary.max),
    `< 10 ms: ${check(engine.arbitrary.max < 10)}`,
  ],
  [
    `engine: ${engine.arabizi.n} Arabizi-looking questions (20-150 Latin words with a digit, up to 1000 characters): p50 / slowest`,
    `${ms(engine.arabizi.p50)} / ${ms(engine.arabizi.max)}`,
    `< 10 ms: ${check(engine.arabizi.max < 10)}`,
  ],
  ['engine: index build (median of 20)', ms(engine.build), ''],
  ['engine: heap of the knowledge, index and caches (after GC)', `${engine.heapMb.toFixed(1)} MB`, ''],
  [
    `start to healthy, HTTP only, \`node ${image.join(' ')}\` (median of 3)`,
    `${imageStart.toFixed(0)} ms`,
    `< 1.5 s: ${check(imageStart < 1500)}`,
  ],
  ['start to healthy, HTTP only, `npm start` (tsx, median of 3)', `${tsxStart.toFixed(0)} ms`, ''],
  [
    'full service (HTTP + Telegram + Discord): start to healthy / both bots serving',
    `${full.healthyMs.toFixed(0)} ms / ${botsMs.toFixed(0)} ms`,
    `< 1.5 s: ${check(full.healthyMs < 1500)}`,
  ],
  ['`POST /v1/ask`, mix of 60 questions', http(m), ''],
  ['`POST /v1/ask`, each request a new conversation (no answer cache)', http(f), ''],
  ['bare Fastify route (the ceiling)', http(b), ''],
  [
    'throughput ratio, mix / bare (median of the rounds)',
    ratioCell(mixRatio),
    `>= 0.5: ${check(throughputRatio >= 0.5)}`,
  ],
  ['p99 ratio, mix / bare', p99Ratio.toFixed(2), `<= 4: ${check(p99Ratio <= 4)}`],
  ['server CPU per request, bare / mix', (b.cpuUs / m.cpuUs).toFixed(2), ''],
  ['throughput ratio, new conversations / bare (median of the rounds)', ratioCell(perRound(fresh)), ''],
  [
    'bots: question to reply after the load, Telegram / Discord',
    `${bots.telegramMs.toFixed(0)} ms / ${bots.discordMs.toFixed(0)} ms`,
    '',
  ],
  [
    'full service: resident memory idle / after the load',
    `${idleRss.toFixed(1)} MB / ${rss.toFixed(1)} MB`,
    `< 150 MB: ${check(rss < 150)}`,
  ],
  [
    'full service: SIGTERM after the load',
    `exit ${exit.code} in ${exit.ms.toFixed(0)} ms`,
    `0 within 5 s: ${check(exit.code === 0 && exit.ms < 5000)}`,
  ],
];
const cell = (s: string) => s.replaceAll('|', '\\|');
process.stdout.write(`\nSanad bench (node ${process.version}, ${new Date().toISOString()}; loads: ${loads})\n\n`);
process.stdout.write('| figure | value | target |\n| --- | --- | --- |\n');
for (const [k, v, t] of rows) process.stdout.write(`| ${cell(k)} | ${cell(v)} | ${cell(t)} |\n`);
