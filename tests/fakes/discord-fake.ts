import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { FakeGateway, type GatewayRecord } from './discord-gateway.js';
import { dmChannel, type FakeUser, member, sentMessage, snowflake, textChannel, user } from './discord-payloads.js';

/** One REST request the bot made. `authorized`: it carried `Authorization: Bot <the right token>` (never stored). */
export interface RestCall {
  method: string;
  /** Path after `/v10`, e.g. `/interactions/1/abc/callback`. */
  path: string;
  query: Record<string, string>;
  authorized: boolean;
  body: unknown;
  /**
   * The HTTP status the fake answered with, set once it answered: undefined while the call is in flight (e.g. held by
   * `delayNext`), NO_ANSWER when the client closed the connection before a delayed answer.
   */
  status?: number;
}

/** The `status` of a call that got no answer: its client closed the connection while the fake held it. */
export const NO_ANSWER = 0;

export interface DiscordFakeOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  heartbeatIntervalMs?: number;
  /** The shard count `/gateway/bot` recommends (default 1); an IDENTIFY with fewer shards is closed with 4011. */
  shards?: number;
  /** Close every IDENTIFY with this gateway close code instead of sending READY. */
  rejectIdentifyWith?: number;
}

export interface InteractOptions {
  command: string;
  options?: Array<{ name: string; type: number; value: string }>;
  userId?: string;
  /** `null`: a DM with the bot. Default: the fake's guild. */
  guildId?: string | null;
  locale?: string;
}

export interface MessageOptions {
  content: string;
  authorId?: string;
  /** `null`: a DM with the bot. Default: the fake's guild. */
  guildId?: string | null;
  /** Users mentioned (`mentions` array); default: the bot when the content contains `<@botId>`. */
  mentionIds?: string[];
  mentionEveryone?: boolean;
  bot?: boolean;
}

const USER: FakeUser = { id: '300000000000000001', username: 'asker' };

/**
 * A loopback stand-in for Discord: REST under `/api/v10/...` (or `/v10/...`) and a WebSocket gateway, on one
 * 127.0.0.1 port. Records every REST call and gateway frame; dispatches interactions and messages on demand.
 */
export async function startDiscordFake(opts: DiscordFakeOptions) {
  const guildId = opts.guildId ?? snowflake();
  const shards = opts.shards ?? 1;
  const channelId = snowflake();
  const bot: FakeUser = { id: snowflake(), username: 'Sanad', bot: true };
  const calls: RestCall[] = [];
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const w of [...waiters]) w();
  };
  const interactionChannels = new Map<string, string>();
  const failures: Array<{ method: string; path: RegExp; status: number }> = [];
  const delays: Array<{ method: string; path: RegExp; ms: number }> = [];
  /** Delayed calls that have arrived, not yet returned by `nextArrival`. */
  const arrivals: RestCall[] = [];

  const server = createServer((req, res) => {
    void handleRest(req, res).catch(() => reply(res, 500, { message: 'fake failed', code: 0 }));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/gateway')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) =>
      gateway.accept(ws, url.pathname, Object.fromEntries(url.searchParams)),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `127.0.0.1:${port}`;
  const gateway = new FakeGateway({
    token: opts.token,
    applicationId: opts.applicationId,
    guildId,
    channelId,
    bot,
    heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
    shards,
    ...(opts.rejectIdentifyWith ? { rejectIdentifyWith: opts.rejectIdentifyWith } : {}),
    resumeUrl: () => `ws://${base}/gateway-resume`,
    onChange: changed,
  });

  async function handleRest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    const match = /^(?:\/api)?\/v10(\/.*)$/.exec(url.pathname);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(match?.[1] ?? url.pathname),
      query: Object.fromEntries(url.searchParams),
      authorized: req.headers.authorization === `Bot ${opts.token}`,
      body,
    };
    calls.push(call);
    changed();
    if (match) {
      const delayed = delays.findIndex((d) => d.method === call.method && d.path.test(call.path));
      const [d] = delayed >= 0 ? delays.splice(delayed, 1) : [];
      if (d && !(await held(call, res, d.ms))) {
        call.status = NO_ANSWER;
        return changed();
      }
    }
    answer(call, match, res);
    call.status = res.statusCode;
    changed();
  }

  /** Records the arrival of a delayed call, then waits `ms`: true, or false if the client closed the connection first. */
  function held(call: RestCall, res: ServerResponse, ms: number): Promise<boolean> {
    arrivals.push(call);
    changed();
    return new Promise((resolve) => {
      // A socket already gone (closed while the body was read) counts as closed too.
      const timer = setTimeout(() => resolve(res.socket?.destroyed === false), ms);
      res.once('close', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
  }

  function answer(call: RestCall, match: RegExpExecArray | null, res: ServerResponse) {
    if (!match) return reply(res, 404, { message: 'not a v10 route', code: 0 });
    const failure = failures.findIndex((f) => f.method === call.method && f.path.test(call.path));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return reply(res, f?.status ?? 500, { message: 'injected failure', code: 0 });
    }
    return route(call, res);
  }

  function route(call: RestCall, res: ServerResponse) {
    const { method, path } = call;
    const b = (call.body ?? {}) as Record<string, unknown>;
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/([^/]+))?$/.exec(path);
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback) {
      if (call.query.with_response !== 'true') return reply(res, 204);
      return reply(res, 200, { interaction: { id: callback[1], type: 2 } });
    }
    if (webhook) {
      const channel = interactionChannels.get(webhook[2] ?? '') ?? channelId;
      if (method === 'DELETE') return reply(res, 204);
      return reply(res, 200, sentMessage(b, channel, bot, { webhook_id: opts.applicationId }));
    }
    if (!call.authorized) return reply(res, 401, { message: '401: Unauthorized', code: 0 });
    if (method === 'GET' && path === '/gateway/bot') {
      // As for a large bot, every shard may identify at once (discord.js otherwise waits 5 s between shards).
      const limit = { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: shards };
      return reply(res, 200, { url: `ws://${base}/gateway`, shards, session_start_limit: limit });
    }
    if (method === 'GET' && path === '/users/@me') return reply(res, 200, user(bot));
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (method === 'PUT' && commands) {
      const list = Array.isArray(call.body) ? (call.body as Array<Record<string, unknown>>) : [];
      const out = list.map((c) => ({
        id: snowflake(),
        application_id: commands[1],
        version: snowflake(),
        type: 1,
        ...c,
      }));
      return reply(res, 200, out);
    }
    const post = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && post) return reply(res, 200, sentMessage(b, post[1] ?? channelId, bot));
    return reply(res, 404, { message: '404: Not Found', code: 0 });
  }

  /** Resolves with `check()`'s first non-undefined value, re-checked on every REST call and gateway frame. */
  function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`DiscordFake: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(attempt);
      };
      waiters.add(attempt);
      attempt();
    });
  }

  return {
    restApi: `http://${base}/api`,
    gatewayUrl: `ws://${base}/gateway`,
    bot,
    guildId,
    channelId,
    calls,
    gateway: gateway.record as Readonly<GatewayRecord>,
    get live() {
      return gateway.live;
    },
    waitFor,
    /** Waits for a REST call matching `pred` (past or future). */
    waitForCall(pred: (c: RestCall) => boolean, what = 'a REST call', timeoutMs?: number) {
      return waitFor(what, () => calls.find(pred), timeoutMs);
    },
    /** Waits until the session is READY or RESUMED on an open socket. */
    waitUntilLive(timeoutMs?: number) {
      return waitFor('a live gateway session', () => (gateway.live ? true : undefined), timeoutMs);
    },
    /** Makes the next matching REST call fail with `status`. */
    failNext(method: string, path: RegExp, status: number) {
      failures.push({ method, path, status });
    },
    /**
     * Answers the next REST call matching `method` and `path` `ms` late (a slow Discord), as it would have been at
     * once (including a `failNext` failure). A call whose client closes the connection meanwhile is not carried out
     * and gets `status` NO_ANSWER, so a test can tell a call answered while its client still waited from one cut off.
     */
    delayNext(method: string, path: RegExp, ms: number) {
      delays.push({ method, path, ms });
    },
    /** Waits for the earliest call held by `delayNext` not returned before to arrive (it is then in flight). */
    nextArrival(what = 'a delayed REST call', timeoutMs?: number): Promise<RestCall> {
      // Taken by the check itself, so that two waiters never get the same call.
      return waitFor(what, () => arrivals.shift(), timeoutMs);
    },
    /** Dispatches any event as is (for malformed or unusual payloads). */
    dispatch(t: string, d: unknown) {
      gateway.dispatch(t, d);
    },
    /** Dispatches INTERACTION_CREATE for a slash command; returns its id and token. */
    interact(o: InteractOptions) {
      const id = snowflake();
      const token = `aW50ZXJhY3Rpb246${id}${Math.random().toString(36).slice(2)}`;
      const asker: FakeUser = { ...USER, id: o.userId ?? USER.id };
      const inGuild = o.guildId !== null;
      const channel = inGuild ? textChannel(channelId, o.guildId ?? guildId) : dmChannel(snowflake(), asker);
      interactionChannels.set(token, channel.id);
      gateway.dispatch('INTERACTION_CREATE', {
        id,
        application_id: opts.applicationId,
        type: 2,
        token,
        version: 1,
        data: { id: snowflake(), name: o.command, type: 1, options: o.options ?? [] },
        channel,
        channel_id: channel.id,
        ...(inGuild
          ? { guild_id: o.guildId ?? guildId, member: { ...member(asker), permissions: '1071698660929' } }
          : { user: user(asker) }),
        app_permissions: '1071698660929',
        locale: o.locale ?? 'en-US',
        ...(inGuild ? { guild_locale: 'en-US' } : {}),
        entitlements: [],
        authorizing_integration_owners: inGuild ? { 0: o.guildId ?? guildId } : { 1: asker.id },
        context: inGuild ? 0 : 1,
        attachment_size_limit: 8_388_608,
      });
      return { id, token, channelId: channel.id };
    },
    /** Dispatches MESSAGE_CREATE; returns the message and channel ids. */
    message(o: MessageOptions) {
      const id = snowflake();
      const author: FakeUser = { id: o.authorId ?? USER.id, username: 'asker', bot: o.bot ?? false };
      const inGuild = o.guildId !== null;
      const channel = inGuild ? channelId : snowflake();
      const mentionIds = o.mentionIds ?? (o.content.includes(`<@${bot.id}>`) ? [bot.id] : []);
      gateway.dispatch('MESSAGE_CREATE', {
        id,
        channel_id: channel,
        channel_type: inGuild ? 0 : 1,
        ...(inGuild ? { guild_id: o.guildId ?? guildId, member: member(author) } : {}),
        author: user(author),
        content: o.content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: o.mentionEveryone ?? false,
        mentions: mentionIds.map((m) => (m === bot.id ? user(bot) : user({ id: m, username: 'someone' }))),
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        type: 0,
        flags: 0,
      });
      return { id, channelId: channel };
    },
    /** Kills a shard's gateway socket: `resumable` keeps the session (client RESUMEs), else it must re-IDENTIFY. */
    drop(o: { resumable: boolean; shard?: number }) {
      gateway.drop(o);
    },
    async close() {
      gateway.close();
      wss.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}

export type DiscordFake = Awaited<ReturnType<typeof startDiscordFake>>;

function reply(res: ServerResponse, status: number, body?: unknown): ServerResponse {
  if (body === undefined) return res.writeHead(status).end();
  return res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
