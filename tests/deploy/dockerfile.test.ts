import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startService } from '../helpers/service.js';

/**
 * The Dockerfile cannot be built here (no Docker engine), so this checks what the issue asks of it line by line, and
 * runs its build and its commands (CMD and HEALTHCHECK) on this machine against the same build output.
 */

let lines: string[] = [];
/** The JSON array of an exec-form instruction (`CMD [...]`), from its last occurrence. */
const execForm = (instruction: string): string[] => {
  const line = lines.filter((l) => l.startsWith(`${instruction} [`)).at(-1) ?? '';
  return JSON.parse(line.slice(instruction.length + 1)) as string[];
};

beforeAll(async () => {
  // Continuation lines (`\` at the end) joined into one.
  lines = (await readFile(`${ROOT}Dockerfile`, 'utf8'))
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
});

describe('the Dockerfile', () => {
  it('is multi-stage on one slim Node LTS image and installs with npm ci', () => {
    const images = lines.filter((l) => l.startsWith('FROM ')).map((l) => l.split(/\s+/)[1]);
    expect(images.length).toBeGreaterThanOrEqual(2);
    expect(new Set(images).size).toBe(1);
    const major = Number(/^node:(\d+)-[a-z]+-slim$/.exec(images[0] ?? '')?.[1]);
    expect(major % 2, `${images[0]} is not an even (LTS) Node major`).toBe(0);
    expect(major).toBeGreaterThanOrEqual(20);
    const installs = lines.filter((l) => /\bnpm (ci|install|i)\b/.test(l));
    expect(installs.length).toBeGreaterThan(0);
    for (const l of installs) expect(l).toMatch(/\bnpm ci\b/);
    expect(lines.some((l) => /npm ci .*--omit=dev/.test(l))).toBe(true);
  });

  it('runs the final stage as a non-root user, listening on 0.0.0.0', () => {
    const final = lines.slice(lines.findLastIndex((l) => l.startsWith('FROM ')));
    const user = final.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)(:|$)/);
    expect(final.some((l) => /^ENV .*\bHOST=0\.0\.0\.0\b/.test(l))).toBe(true);
  });

  it('starts the service with node itself (PID 1 gets SIGTERM) and checks its health on /healthz', () => {
    const cmd = execForm('CMD');
    expect(cmd[0]).toBe('node');
    expect(cmd.join(' ')).not.toMatch(/\bnpm\b|\btsx\b/);
    const healthcheck = lines.find((l) => l.startsWith('HEALTHCHECK ')) ?? '';
    expect(healthcheck).toContain('/healthz');
  });
});

describe("the image's commands, run here on the same build", () => {
  it('npm run build, then CMD serves /healthz, the page and answers; HEALTHCHECK passes; SIGTERM exits 0', async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe' });
    const service = await startService({ NODE_ENV: 'production' }, 15_000, execForm('CMD').slice(1));
    const port = new URL(service.url).port;
    const check = JSON.parse(
      /CMD (\[.*\])$/.exec(lines.find((l) => l.startsWith('HEALTHCHECK ')) ?? '')?.[1] ?? '[]',
    ) as string[];
    const healthcheck = () =>
      spawnSync(check[0] === 'node' ? process.execPath : (check[0] ?? ''), check.slice(1), {
        env: { PATH: process.env.PATH ?? '', PORT: port },
      }).status;
    try {
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${service.url}/`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
      const res = await fetch(`${service.url}/v1/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'How many people were killed in the first attack on the camp?' }),
      });
      expect((await res.json()).citations[0].id).toBe('p9s1');
      expect(healthcheck()).toBe(0);
    } finally {
      const { code, ms } = await service.stop();
      expect(code).toBe(0);
      expect(ms).toBeLessThan(5000);
    }
    expect(healthcheck()).toBe(1);
  }, 60_000);
});
