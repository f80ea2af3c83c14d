import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { type FakeUser, guildCreate, user } from './discord-payloads.js';

interface Session {
  id: string;
  /** The shard this session serves: `[id, count]` as the client identified. */
  shard: [number, number];
  seq: number;
  ws: WebSocket | null;
  /** Dispatches made while the session had no socket: replayed after RESUME, as Discord does. */
  backlog: Array<{ t: string; d: unknown }>;
}

export interface GatewayOptions {
  token: string;
  applicationId: string;
  guildId: string;
  channelId: string;
  bot: FakeUser;
  heartbeatIntervalMs: number;
  /**
   * The shard count Discord recommends (what `/gateway/bot` says). An IDENTIFY with fewer shards is closed with
   * 4011 (Sharding required), as Discord closes it for a bot in more guilds than its shards may hold.
   */
  shards: number;
  /** Close every IDENTIFY with this code (4004 bad token, 4014 disallowed intents, ...) instead of READY. */
  rejectIdentifyWith?: number;
  resumeUrl: () => string;
  onChange: () => void;
}

/** What the gateway saw, for assertions. Tokens are never stored, only whether they matched. */
export interface GatewayRecord {
  connections: Array<{ path: string; query: Record<string, string> }>;
  identifies: Array<{ intents: number; tokenMatched: boolean; shard: unknown }>;
  resumes: Array<{ sessionId: string; seq: number; tokenMatched: boolean; accepted: boolean }>;
  heartbeats: number;
  readies: number;
  resumed: number;
  closes: number[];
}

/** The shard of `guildId` among `count` shards, by Discord's rule: (guild_id >> 22) % count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/**
 * The gateway half of the Discord fake: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, dispatches.
 * One session per shard: a guild's events go to its shard, everything else (DMs) to shard 0.
 */
export class FakeGateway {
  readonly record: GatewayRecord = {
    connections: [],
    identifies: [],
    resumes: [],
    heartbeats: 0,
    readies: 0,
    resumed: 0,
    closes: [],
  };
  private readonly sessions = new Map<string, Session>();
  /** The session of each shard id, once identified. */
  private readonly current = new Map<number, Session>();
  /** The shard count the client identified with. */
  private shardCount = 1;
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly opts: GatewayOptions) {}

  /** True while every shard has a READY or RESUMED session on an open socket. */
  get live(): boolean {
    for (let id = 0; id < this.shardCount; id++) if (this.current.get(id)?.ws?.readyState !== 1) return false;
    return true;
  }

  accept(ws: WebSocket, path: string, query: Record<string, string>): void {
    this.sockets.add(ws);
    this.record.connections.push({ path, query });
    this.send(ws, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs }, s: null, t: null });
    ws.on('message', (raw) => {
      try {
        this.onFrame(ws, JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> });
      } catch {
        ws.close(4002, 'Decode error');
      }
    });
    ws.on('close', (code) => {
      this.sockets.delete(ws);
      this.record.closes.push(code);
      for (const session of this.current.values()) if (session.ws === ws) session.ws = null;
      this.opts.onChange();
    });
    this.opts.onChange();
  }

  /**
   * Sends a dispatch on the live session of its shard (the shard of its `guild_id`, else shard 0), or queues it for
   * replay when the socket is gone but resumable.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const shard = typeof guildId === 'string' ? shardOf(guildId, this.shardCount) : 0;
    const session = this.current.get(shard);
    if (!session) throw new Error(`FakeGateway: no session on shard ${shard} to dispatch ${t} on`);
    if (session.ws?.readyState === 1) this.sendDispatch(session, t, d);
    else session.backlog.push({ t, d });
  }

  /**
   * Kills the socket of `shard` (default 0) without a close frame. `resumable: false` also forgets the session,
   * forcing a re-IDENTIFY.
   */
  drop({ resumable, shard = 0 }: { resumable: boolean; shard?: number }): void {
    const session = this.current.get(shard);
    if (!session?.ws) throw new Error(`FakeGateway: nothing to drop on shard ${shard}`);
    if (!resumable) {
      this.sessions.delete(session.id);
      this.current.delete(shard);
    }
    session.ws.terminate();
  }

  close(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  private onFrame(ws: WebSocket, frame: { op: number; d: Record<string, unknown> }): void {
    switch (frame.op) {
      case 1:
        this.record.heartbeats += 1;
        this.send(ws, { op: 11, d: null, s: null, t: null });
        break;
      case 2:
        this.identify(ws, frame.d);
        break;
      case 6:
        this.resume(ws, frame.d);
        break;
      default:
        break;
    }
    this.opts.onChange();
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    const tokenMatched = d.token === this.opts.token;
    this.record.identifies.push({ intents: Number(d.intents), tokenMatched, shard: d.shard });
    const [id, count] = Array.isArray(d.shard) ? (d.shard as [number, number]) : [0, 1];
    if (!tokenMatched || this.opts.rejectIdentifyWith) {
      ws.close(this.opts.rejectIdentifyWith ?? 4004, tokenMatched ? 'Rejected by the fake' : 'Authentication failed.');
      return;
    }
    if (count < this.opts.shards) {
      ws.close(4011, 'Sharding required.');
      return;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), shard: [id, count], seq: 0, ws, backlog: [] };
    this.sessions.set(session.id, session);
    this.current.set(id, session);
    this.shardCount = count;
    const { guildId, channelId, bot, applicationId } = this.opts;
    const ownsGuild = shardOf(guildId, count) === id;
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: user(bot),
      guilds: ownsGuild ? [{ id: guildId, unavailable: true }] : [],
      session_id: session.id,
      resume_gateway_url: this.opts.resumeUrl(),
      shard: [id, count],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      auth: {},
    });
    this.record.readies += 1;
    if (ownsGuild) this.sendDispatch(session, 'GUILD_CREATE', guildCreate(guildId, channelId, bot));
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const tokenMatched = d.token === this.opts.token;
    const session = this.sessions.get(String(d.session_id));
    const accepted = tokenMatched && session !== undefined;
    this.record.resumes.push({ sessionId: String(d.session_id), seq: Number(d.seq), tokenMatched, accepted });
    if (!accepted || !session) {
      this.send(ws, { op: 9, d: false, s: null, t: null });
      return;
    }
    session.ws = ws;
    this.current.set(session.shard[0], session);
    for (const { t, d: data } of session.backlog.splice(0)) this.sendDispatch(session, t, data);
    this.sendDispatch(session, 'RESUMED', null);
    this.record.resumed += 1;
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    if (session.ws) this.send(session.ws, { op: 0, t, s: session.seq, d });
  }

  private send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === 1) ws.send(JSON.stringify(payload));
  }
}
