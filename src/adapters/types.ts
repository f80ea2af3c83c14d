import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Engine } from '../core/types.js';
import type { Logger } from '../logger.js';
import type { RateLimiter } from '../rate-limit.js';

/** What every adapter factory receives from the composition root (src/main.ts). */
export interface AdapterDeps {
  engine: Engine;
  config: Config;
  logger: Logger;
  limiter: RateLimiter;
}

/** A chat-platform adapter: started after the HTTP server listens, stopped on SIGTERM before it closes. */
export interface BotAdapter {
  /** Resolves once the bot is connected and serving; rejects with a clear Error (never carrying a token) if it cannot. */
  start(): Promise<void>;
  /** Stops taking new updates and lets in-flight ones finish; never rejects. */
  stop(): Promise<void>;
  /** Routes this adapter serves on the shared HTTP server (the Telegram webhook), registered before it listens. */
  registerRoutes?(app: FastifyInstance): void;
}
