import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml } from './telegram-html.js';

/**
 * A loopback fake of the Telegram Bot API (https://core.telegram.org/bots/api), for tests: a real HTTP server on
 * 127.0.0.1 serving POST /bot<token>/<method> with Telegram's envelopes ({ok, result} / {ok:false, error_code,
 * description, parameters}) and HTTP statuses. It implements getMe, getUpdates (long polling, offsets confirm),
 * sendMessage (HTML checked like Telegram does), answerInlineQuery, setMyCommands, setWebhook, deleteWebhook and
 * getWebhookInfo; records every call; lets a test push updates, force 429/500 answers, delay answers, and await the
 * next call (or the arrival of a delayed one).
 */

export type Json = Record<string, unknown>;
export interface RecordedCall {
  method: string;
  body: Json;
  /** HTTP status the fake answered with. */
  status: number;
  response: Json;
}
export interface FakeUser {
  id: number;
  first_name: string;
  username?: string;
  language_code?: string;
}
export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
}
export interface FakeTelegramOptions {
  token: string;
  username?: string;
  /** Longest a getUpdates call is held, whatever timeout it asks for (seconds). */
  maxPollSeconds?: number;
}

type Reply = { status: number; body: Json };
/** How a forced failure answers: an HTTP error status, no answer at all (`stall`), or a reset connection (`drop`). */
export type FailureStatus = 400 | 409 | 429 | 500 | 'stall' | 'drop';
/** The status recorded for a call that got no answer (stalled until the client gave up, or dropped). */
export const NO_ANSWER = 0;
const ok = (result: unknown): Reply => ({ status: 200, body: { ok: true, result } });
const bad = (description: string): Reply => ({
  status: 400,
  body: { ok: false, error_code: 400, description: `Bad Request: ${description}` },
});

/** The entities Telegram itself attaches to a user's text: bot commands and @mentions (UTF-16 offsets). */
export function entitiesOf(text: string): Json[] {
  const entities: Json[] = [];
  for (const m of text.matchAll(/(^|[\s(])(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?|@[A-Za-z0-9_]{5,32})/g)) {
    const value = m[2] as string;
    const offset = (m.index ?? 0) + (m[1] as string).length;
    entities.push({ type: value.startsWith('/') ? 'bot_command' : 'mention', offset, length: value.length });
  }
  return entities;
}

export class FakeTelegramBotApi {
  readonly calls: RecordedCall[] = [];
  readonly bot: FakeUser & { is_bot: true; can_join_groups: boolean; supports_inline_queries: boolean };
  webhook: { url: string; secret_token?: string; allowed_updates?: string[] } | null = null;
  readonly commands = new Map<string, Json[]>();
  apiRoot = '';

  private readonly server = createServer((req, res) => void this.serve(req, res));
  private readonly updates: Json[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private readonly messages = new Set<string>();
  private readonly chats = new Map<string, FakeChat>();
  private allowedUpdates: string[] = [];
  private readonly polls = new Set<() => void>();
  private readonly failures = new Map<string, Array<{ status: FailureStatus; retryAfter: number }>>();
  private readonly consumed = new Set<RecordedCall>();
  private readonly waiters = new Set<() => void>();
  private readonly delays = new Map<string, number[]>();
  private readonly arrivals: Array<{ method: string; body: Json }> = [];

  constructor(private readonly options: FakeTelegramOptions) {
    const username = options.username ?? 'sanad_test_bot';
    this.bot = {
      id: 7000001,
      is_bot: true,
      first_name: 'Sanad',
      username,
      can_join_groups: true,
      supports_inline_queries: true,
    };
  }

  /** Starts a fake on 127.0.0.1 and a free port; `apiRoot` is the value for TELEGRAM_API_ROOT. */
  static async start(options: FakeTelegramOptions): Promise<FakeTelegramBotApi> {
    const fake = new FakeTelegramBotApi(options);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    fake.apiRoot = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    for (const wake of this.polls) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update (update_id is assigned) and wakes a waiting getUpdates. */
  pushUpdate(update: Json): number {
    const id = this.nextUpdateId++;
    this.updates.push({ update_id: id, ...update });
    const message = update.message as { chat: FakeChat; message_id: number } | undefined;
    if (message) {
      this.messages.add(`${message.chat.id}:${message.message_id}`);
      this.chats.set(String(message.chat.id), message.chat);
    }
    for (const wake of this.polls) wake();
    return id;
  }

  /** A user sends `text` in `chat`, with the entities Telegram would attach; returns the message. */
  userSends(chat: FakeChat, from: FakeUser, text: string, extra: Json = {}): Json {
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: { is_bot: false, ...from },
      text,
      ...(entitiesOf(text).length > 0 ? { entities: entitiesOf(text) } : {}),
      ...extra,
    };
    this.pushUpdate({ message });
    return message;
  }

  /** A user sends a non-text message (a sticker) in `chat`. */
  userSendsSticker(chat: FakeChat, from: FakeUser): Json {
    const sticker = {
      file_id: 'CAACAgIAAxk',
      file_unique_id: 'AgAD',
      type: 'regular',
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
    };
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: { is_bot: false, ...from },
      sticker,
    };
    this.pushUpdate({ message });
    return message;
  }

  /** A user types `@bot query` in some chat. */
  userQueriesInline(from: FakeUser, query: string): string {
    const id = `iq${this.nextUpdateId}`;
    this.pushUpdate({ inline_query: { id, from: { is_bot: false, ...from }, query, offset: '' } });
    return id;
  }

  /**
   * The next `count` calls of `method` fail with 400, 429 (retry_after seconds), 500 or 409 (another poller), get no
   * answer until the client gives up (`stall`), or have their connection reset (`drop`); such calls are recorded
   * with status NO_ANSWER.
   */
  failNext(method: string, count: number, status: FailureStatus, retryAfter = 1): void {
    const list = this.failures.get(method.toLowerCase()) ?? [];
    for (let n = 0; n < count; n++) list.push({ status, retryAfter });
    this.failures.set(method.toLowerCase(), list);
  }

  /**
   * The next `count` calls of `method` are answered `ms` late (a slow Bot API), as they would have been at once. A
   * call whose client closes the connection meanwhile is not carried out and is recorded with status NO_ANSWER, so a
   * test can tell a call answered while its client still waited from one cut off. `nextArrival` tells when a delayed
   * call has arrived, so that a test can act while it is in flight.
   */
  delayNext(method: string, count: number, ms: number): void {
    const list = this.delays.get(method.toLowerCase()) ?? [];
    for (let n = 0; n < count; n++) list.push(ms);
    this.delays.set(method.toLowerCase(), list);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method.toLowerCase() === method.toLowerCase());
  }

  /** The earliest call of `method` (answered 200, matching `where`) not returned before; waits for it. */
  nextCall(method: string, where: (body: Json) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall> {
    const find = () =>
      this.calls.find(
        (c) =>
          c.method.toLowerCase() === method.toLowerCase() && c.status === 200 && !this.consumed.has(c) && where(c.body),
      );
    return this.waitFor(find, (call) => this.consumed.add(call), `${method} call`, timeoutMs);
  }

  /** The body of the earliest call of `method` delayed by `delayNext` whose arrival was not returned before; waits. */
  nextArrival(method: string, timeoutMs = 10_000): Promise<Json> {
    const find = () => this.arrivals.find((a) => a.method.toLowerCase() === method.toLowerCase());
    const take = (arrival: { method: string; body: Json }) => this.arrivals.splice(this.arrivals.indexOf(arrival), 1);
    return this.waitFor(find, take, `delayed ${method} call`, timeoutMs).then((a) => a.body);
  }

  /** Resolves with what `find` finds, now or once a call is recorded or arrives, after `take`; rejects on timeout. */
  private waitFor<T>(find: () => T | undefined, take: (found: T) => void, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return false;
        take(found);
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ${what} within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    let body: Json = Object.fromEntries(url.searchParams);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (raw !== '') {
      try {
        body = { ...body, ...(JSON.parse(raw) as Json) };
      } catch {
        return this.send(res, '?', body, bad('invalid JSON body'));
      }
    }
    if (!match)
      return this.send(res, '?', body, { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    // Telegram's method names are case-insensitive; calls are recorded as the client spelled them.
    const method = match[2] as string;
    if (decodeURIComponent(match[1] as string) !== this.options.token) {
      return this.send(res, method, body, {
        status: 401,
        body: { ok: false, error_code: 401, description: 'Unauthorized' },
      });
    }
    const delay = this.delays.get(method.toLowerCase())?.shift();
    if (delay !== undefined && !(await this.delayed(method, body, res, delay))) {
      const reply = { ok: false, description: 'the client closed the connection before the delayed answer' };
      return this.send(res, method, body, { status: NO_ANSWER, body: reply });
    }
    const failure = this.failures.get(method.toLowerCase())?.shift();
    if (failure?.status === 'stall') {
      await new Promise<void>((resolve) => res.once('close', () => resolve()));
      return this.send(res, method, body, { status: NO_ANSWER, body: { ok: false, description: 'stalled' } });
    }
    if (failure?.status === 'drop') {
      req.socket.destroy();
      return this.send(res, method, body, { status: NO_ANSWER, body: { ok: false, description: 'dropped' } });
    }
    if (failure?.status === 429) {
      const description = `Too Many Requests: retry after ${failure.retryAfter}`;
      const reply = { ok: false, error_code: 429, description, parameters: { retry_after: failure.retryAfter } };
      return this.send(res, method, body, { status: 429, body: reply });
    }
    if (failure?.status === 409) {
      const description =
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
      return this.send(res, method, body, { status: 409, body: { ok: false, error_code: 409, description } });
    }
    if (failure?.status === 400) return this.send(res, method, body, bad('forced by the test'));
    if (failure?.status === 500) {
      return this.send(res, method, body, {
        status: 500,
        body: { ok: false, error_code: 500, description: 'Internal Server Error' },
      });
    }
    this.send(res, method, body, await this.handle(method.toLowerCase(), body, req));
  }

  /** Records the arrival of a delayed call, then waits `ms`: true, or false if the client closed the connection first. */
  private delayed(method: string, body: Json, res: ServerResponse, ms: number): Promise<boolean> {
    this.arrivals.push({ method, body });
    for (const check of [...this.waiters]) check();
    return new Promise((resolve) => {
      // A socket already gone (closed while the body was read) counts as closed too.
      const timer = setTimeout(() => resolve(res.socket?.destroyed === false), ms);
      res.once('close', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
  }

  private send(res: ServerResponse, method: string, body: Json, reply: Reply): void {
    this.calls.push({ method, body, status: reply.status, response: reply.body });
    for (const check of [...this.waiters]) check();
    if (res.destroyed || reply.status === NO_ANSWER) return;
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }

  private async handle(method: string, body: Json, req: IncomingMessage): Promise<Reply> {
    switch (method) {
      case 'getme':
        return ok(this.bot);
      case 'getupdates':
        return this.getUpdates(body, req);
      case 'sendmessage':
        return this.sendMessage(body);
      case 'answerinlinequery':
        return this.answerInlineQuery(body);
      case 'setmycommands':
        return this.setMyCommands(body);
      case 'setwebhook':
        return this.setWebhook(body);
      case 'deletewebhook':
        this.webhook = null;
        if (body.drop_pending_updates === true) this.updates.length = 0;
        return ok(true);
      case 'getwebhookinfo':
        return ok({
          url: this.webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: this.updates.length,
        });
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found: method not found' } };
    }
  }

  private async getUpdates(body: Json, req: IncomingMessage): Promise<Reply> {
    if (this.webhook) {
      return {
        status: 409,
        body: {
          ok: false,
          error_code: 409,
          description:
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        },
      };
    }
    if (Array.isArray(body.allowed_updates)) this.allowedUpdates = body.allowed_updates as string[];
    const offset = Number(body.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(body.limit ?? 100)));
    if (offset > 0) while ((this.updates[0]?.update_id as number) < offset) this.updates.shift();
    const pending = () =>
      this.updates
        .filter((u) => this.allowedUpdates.length === 0 || this.allowedUpdates.some((t) => t in u))
        .slice(0, limit);
    const seconds = Math.min(Number(body.timeout ?? 0), this.options.maxPollSeconds ?? 30);
    if (pending().length === 0 && seconds > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.polls.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, seconds * 1000);
        this.polls.add(wake);
        req.socket.once('close', wake);
      });
    }
    return ok(pending());
  }

  private sendMessage(body: Json): Reply {
    if (body.chat_id === undefined || body.chat_id === '') return bad('chat_id is empty');
    if (typeof body.text !== 'string' || body.text.trim() === '') return bad('message text is empty');
    let text = body.text;
    if (body.parse_mode === 'HTML') {
      const check = parseTelegramHtml(body.text);
      if (!check.ok) return bad(check.error);
      text = check.text;
    } else if (text.length > 4096) return bad('message is too long');
    const replyTo = body.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
    if (
      replyTo &&
      !replyTo.allow_sending_without_reply &&
      !this.messages.has(`${body.chat_id}:${replyTo.message_id}`)
    ) {
      return bad('message to be replied not found');
    }
    const message_id = this.nextMessageId++;
    this.messages.add(`${body.chat_id}:${message_id}`);
    const { is_bot, id, first_name, username } = this.bot;
    return ok({
      message_id,
      date: Math.floor(Date.now() / 1000),
      chat: this.chats.get(String(body.chat_id)) ?? { id: body.chat_id, type: 'private' },
      from: { id, is_bot, first_name, username },
      text,
    });
  }

  private answerInlineQuery(body: Json): Reply {
    if (typeof body.inline_query_id !== 'string')
      return bad('query is too old and response timeout expired or query ID is invalid');
    const results = body.results;
    if (!Array.isArray(results) || results.length > 50) return bad('RESULTS_TOO_MUCH');
    const ids = new Set<string>();
    for (const r of results as Json[]) {
      const id = String(r.id ?? '');
      if (id === '' || Buffer.byteLength(id) > 64) return bad('RESULT_ID_INVALID');
      if (ids.has(id)) return bad('RESULT_ID_DUPLICATE');
      ids.add(id);
      if (r.type === 'article' && (typeof r.title !== 'string' || r.title === '')) return bad('RESULT_TITLE_EMPTY');
      const content = r.input_message_content as Json | undefined;
      if (typeof content?.message_text !== 'string') return bad('MESSAGE_EMPTY');
      if (content.parse_mode === 'HTML') {
        const check = parseTelegramHtml(content.message_text);
        if (!check.ok) return bad(check.error);
      }
    }
    return ok(true);
  }

  private setMyCommands(body: Json): Reply {
    const commands = body.commands;
    if (!Array.isArray(commands)) return bad('commands must be an array');
    for (const c of commands as Json[]) {
      if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) return bad('BOT_COMMAND_INVALID');
      if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) {
        return bad('BOT_COMMAND_DESCRIPTION_INVALID');
      }
    }
    this.commands.set(String(body.language_code ?? ''), commands as Json[]);
    return ok(true);
  }

  private setWebhook(body: Json): Reply {
    if (typeof body.url !== 'string') return bad('bad webhook: URL is empty');
    if (body.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(body.secret_token))) {
      return bad('secret token contains unallowed characters');
    }
    this.webhook = {
      url: body.url,
      ...(typeof body.secret_token === 'string' ? { secret_token: body.secret_token } : {}),
      ...(Array.isArray(body.allowed_updates) ? { allowed_updates: body.allowed_updates as string[] } : {}),
    };
    return ok(true);
  }
}
