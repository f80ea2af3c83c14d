import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halfSentAsk, untilHttpClosing } from '../../helpers/half-sent.js';
import { type RunningService, runUntilExit, startService } from '../../helpers/service.js';

const MANY = { RATE_LIMIT_PER_MINUTE: '100000' };

/** Polls /healthz until it answers 200; resolves with the milliseconds since `since`. */
async function waitHealthy(url: string, since: number): Promise<number> {
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const ask = (url: string, question: string) =>
  fetch(`${url}/v1/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });

describe('starting and stopping the real service', () => {
  // On a loaded 2-core CI machine (other test files spawn services and Chromium in parallel) one start can be slow
  // for reasons outside the service, so it gets up to 5 tries and must once be healthy within 2 s.
  it('is healthy within 2 s of spawn (best of up to 5 starts) and exits 0 within 5 s of each SIGTERM', async ({
    annotate,
  }) => {
    const starts: number[] = [];
    const stops: number[] = [];
    while (starts.length < 5 && !starts.some((ms) => ms < 2000)) {
      const since = performance.now();
      const service = await startService(MANY);
      starts.push(await waitHealthy(service.url, since));
      const { code, ms } = await service.stop();
      expect(code).toBe(0);
      stops.push(ms);
    }
    const figures = `start-to-healthy ms: ${starts.map(Math.round).join(', ')}; SIGTERM-to-exit ms: ${stops.map(Math.round).join(', ')}`;
    await annotate(figures);
    expect(Math.min(...starts), figures).toBeLessThan(2000);
    expect(Math.max(...stops), figures).toBeLessThan(5000);
  }, 60_000);

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
    ['RATE_LIMIT_PER_MINUTE', '1000001'],
  ])('a bad %s=%s stops the start with exit 1 and one stderr line naming it', async (name, value) => {
    const { code, stdout, stderr } = await runUntilExit({ [name]: value });
    expect(code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain(name);
    expect(stdout).toEqual([]);
  });
});

describe('the real service under load', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService(MANY);
  });
  afterAll(() => service.stop());

  it('answers 200 concurrent questions, every one 200 with an Answer', async ({ annotate }) => {
    const questions = ['كم شخصا قتل في الهجوم الأول على المعسكر؟', 'Who opposes the plan?', 'متى نشر المقال؟'];
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ask(service.url, questions[i % questions.length] ?? '')),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    await annotate(`200 concurrent POST /v1/ask in ${Math.round(performance.now() - started)} ms`);
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(200));
    for (const body of bodies) {
      expect(typeof body.answered).toBe('boolean');
      expect(['ar', 'en']).toContain(body.language);
      expect(Array.isArray(body.citations)).toBe(true);
    }
  });

  it('still answers a request in flight at SIGTERM, then exits 0 within 5 s', async () => {
    // Half the body now; the rest only once the HTTP server is closing.
    let release = () => {};
    const response = halfSentAsk(service.url, 'Who opposes the plan?', new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 100));
    const stopped = service.stop();
    await untilHttpClosing(service.url);
    release();
    const { status, connection, body } = await response;
    expect(status).toBe(200);
    expect(connection).toBe('close');
    expect(JSON.parse(body).language).toBe('en');
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
  });
});
