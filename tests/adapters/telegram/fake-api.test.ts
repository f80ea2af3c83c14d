import { afterEach, describe, expect, it } from 'vitest';
import { entitiesOf, FakeTelegramBotApi, NO_ANSWER } from '../../fakes/telegram-bot-api.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';

/** The fake must have teeth: these pin what it accepts and refuses, the way Telegram does. */
describe('the fake Bot API HTML check', () => {
  it.each([
    ['<b>bold</b> <i>it</i> <blockquote>q</blockquote> &lt;&gt;&amp;&quot;&#39;&#x1F600;', true],
    ['<blockquote expandable>q</blockquote><a href="https://x.y/?a=1&amp;b=2">l</a><pre><code>c</code></pre>', true],
    ['<b>unclosed', false],
    ['stray </b>', false],
    ['<b><i>crossed</b></i>', false],
    ['<script>x</script>', false],
    ['<blockquote>a<blockquote>b</blockquote></blockquote>', false],
    ['a & b', false],
    ['&nbsp;', false],
    ['&#xD800;', false],
    ['1 > 0', false],
    ['lone \uD800 surrogate', false],
    ['<b></b>   ', false],
    ['x'.repeat(4097), false],
  ])('%j -> valid: %s', (html, valid) => {
    expect(parseTelegramHtml(html).ok).toBe(valid);
  });

  it("reports Telegram's reason", () => {
    expect(parseTelegramHtml('<b>x')).toEqual({
      ok: false,
      error: `can't parse entities: Can't find end tag corresponding to start tag "b"`,
    });
  });

  it('attaches bot_command and mention entities like Telegram', () => {
    expect(entitiesOf('/ask@sanad_bot hi @someone_x')).toEqual([
      { type: 'bot_command', offset: 0, length: 14 },
      { type: 'mention', offset: 18, length: 10 },
    ]);
  });
});

describe('the fake Bot API over HTTP', () => {
  let fake: FakeTelegramBotApi | undefined;
  afterEach(async () => fake?.close());

  const call = async (root: string, token: string, method: string, body: object = {}) => {
    const res = await fetch(`${root}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('answers Telegram envelopes: 401 for a wrong token, 400 for bad HTML, 429 with retry_after', async () => {
    fake = await FakeTelegramBotApi.start({ token: '1:good' });
    expect(await call(fake.apiRoot, '1:bad', 'getMe')).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    const bad = await call(fake.apiRoot, '1:good', 'sendMessage', { chat_id: 1, text: '<b>x', parse_mode: 'HTML' });
    expect(bad.status).toBe(400);
    expect(bad.body.description).toMatch(/^Bad Request: can't parse entities: /);
    fake.failNext('sendMessage', 1, 429);
    expect(await call(fake.apiRoot, '1:good', 'sendMessage', { chat_id: 1, text: 'x' })).toEqual({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      },
    });
    const good = await call(fake.apiRoot, '1:good', 'sendMessage', { chat_id: 1, text: 'x' });
    expect(good).toMatchObject({ status: 200, body: { ok: true, result: { text: 'x' } } });
  });

  it('holds getUpdates until an update arrives, and forgets updates once confirmed', async () => {
    fake = await FakeTelegramBotApi.start({ token: '1:good' });
    const poll = call(fake.apiRoot, '1:good', 'getUpdates', { timeout: 5 });
    await new Promise((r) => setTimeout(r, 100));
    const id = fake.pushUpdate({ message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'q' } });
    const got = await poll;
    expect((got.body.result as Array<{ update_id: number }>).map((u) => u.update_id)).toEqual([id]);
    const after = await call(fake.apiRoot, '1:good', 'getUpdates', { offset: id + 1, timeout: 0 });
    expect(after.body.result).toEqual([]);
  });

  it('answers a delayed call late, and records one whose client hung up meanwhile as NO_ANSWER, not carried out', async () => {
    fake = await FakeTelegramBotApi.start({ token: '1:good' });
    fake.delayNext('sendMessage', 2, 300);
    const t0 = Date.now();
    const late = call(fake.apiRoot, '1:good', 'sendMessage', { chat_id: 1, text: 'late' });
    expect(await fake.nextArrival('sendMessage')).toMatchObject({ text: 'late' });
    expect(fake.callsTo('sendMessage')).toEqual([]);
    expect(await late).toMatchObject({ status: 200, body: { ok: true, result: { text: 'late' } } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);

    const aborted = new AbortController();
    const cut = fetch(`${fake.apiRoot}/bot1:good/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: 1, text: 'cut' }),
      signal: aborted.signal,
    });
    await fake.nextArrival('sendMessage');
    aborted.abort();
    await expect(cut).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.callsTo('sendMessage').map((c) => [c.body.text, c.status])).toEqual([
      ['late', 200],
      ['cut', NO_ANSWER],
    ]);
    // Not delayed any more, and the cut call sent nothing: the next message gets the next id.
    const next = await call(fake.apiRoot, '1:good', 'sendMessage', { chat_id: 1, text: 'now' });
    expect(next.body.result).toMatchObject({ message_id: 2 });
  });
});
