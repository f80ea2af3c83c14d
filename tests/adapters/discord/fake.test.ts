import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type DiscordFake, NO_ANSWER, startDiscordFake } from '../../fakes/discord-fake.js';

const TOKEN = 'fake.self.test-token';
let fake: DiscordFake;

beforeAll(async () => {
  fake = await startDiscordFake({ token: TOKEN, applicationId: '123456789012345678', heartbeatIntervalMs: 45_000 });
});
afterAll(async () => {
  await fake.close();
});

const get = (url: string, token?: string) =>
  fetch(url, token ? { headers: { authorization: `Bot ${token}` } } : {}).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Record<string, unknown>,
  }));

describe('the Discord fake itself', () => {
  it('serves /gateway/bot under /api/v10 and /v10, pointing at its own ws gateway', async () => {
    const withApi = await get(`${fake.restApi}/v10/gateway/bot`, TOKEN);
    const bare = await get(`${fake.restApi.replace(/\/api$/, '')}/v10/gateway/bot`, TOKEN);
    expect(withApi).toEqual(bare);
    expect(withApi.body).toMatchObject({
      url: fake.gatewayUrl,
      shards: 1,
      session_start_limit: { max_concurrency: 1 },
    });
  });

  it('answers 401 without the right bot token, 404 for unknown routes, and records both', async () => {
    expect((await get(`${fake.restApi}/v10/users/@me`, 'other')).status).toBe(401);
    expect((await get(`${fake.restApi}/v10/nowhere`, TOKEN)).status).toBe(404);
    expect(fake.calls.slice(-2).map((c) => [c.path, c.authorized])).toEqual([
      ['/users/@me', false],
      ['/nowhere', true],
    ]);
  });

  it('says HELLO, and closes an IDENTIFY with a wrong token with 4004, recording no token', async () => {
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const [hello] = (await once(ws, 'message')) as [Buffer];
    expect(JSON.parse(hello.toString())).toMatchObject({ op: 10, d: { heartbeat_interval: 45_000 } });
    ws.send(JSON.stringify({ op: 1, d: null }));
    const [ack] = (await once(ws, 'message')) as [Buffer];
    expect(JSON.parse(ack.toString())).toMatchObject({ op: 11 });
    ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 513, properties: {} } }));
    const [code] = (await once(ws, 'close')) as [number];
    expect(code).toBe(4004);
    expect(fake.gateway.identifies).toEqual([{ intents: 513, tokenMatched: false, shard: undefined }]);
    expect(JSON.stringify(fake.gateway)).not.toContain('wrong');
  });

  it('answers a RESUME of an unknown session with INVALID_SESSION (d: false)', async () => {
    const ws = new WebSocket(`${fake.gatewayUrl}-resume?v=10&encoding=json`);
    await once(ws, 'message');
    ws.send(JSON.stringify({ op: 6, d: { token: TOKEN, session_id: 'nope', seq: 3 } }));
    const [invalid] = (await once(ws, 'message')) as [Buffer];
    expect(JSON.parse(invalid.toString())).toMatchObject({ op: 9, d: false });
    expect(fake.gateway.resumes.at(-1)).toEqual({ sessionId: 'nope', seq: 3, tokenMatched: true, accepted: false });
    ws.close();
  });

  it('answers a delayed call late, tells when it arrived, and records a client that left as NO_ANSWER', async () => {
    fake.delayNext('GET', /^\/users\/@me$/, 300);
    const t0 = performance.now();
    const answered = get(`${fake.restApi}/v10/users/@me`, TOKEN);
    const held = await fake.nextArrival();
    expect([held.path, held.status]).toEqual(['/users/@me', undefined]);
    expect((await answered).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(held.status).toBe(200);

    fake.delayNext('GET', /^\/users\/@me$/, 5000);
    const abort = new AbortController();
    const left = fetch(`${fake.restApi}/v10/users/@me`, { signal: abort.signal }).catch(() => 'aborted');
    const cut = await fake.nextArrival();
    abort.abort();
    expect(await left).toBe('aborted');
    await fake.waitFor('the cut-off call', () => (cut.status === NO_ANSWER ? true : undefined), 2000);
    expect((await get(`${fake.restApi}/v10/users/@me`, TOKEN)).status).toBe(200);
  });
});
