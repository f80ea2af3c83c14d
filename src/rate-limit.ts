import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type LimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** One limiter shared by every adapter; keys are namespaced by platform (`http:1.2.3.4`, `telegram:42`, `discord:9`). */
export interface RateLimiter {
  /** Counts one question for `key`; resolves whether it may be answered now. */
  take(key: string): Promise<LimitResult>;
}

/** A fixed one-minute window of `perMinute` questions per key, in process memory (see README, Scaling). */
export function createRateLimiter(perMinute: number): RateLimiter {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async take(key) {
      try {
        const res = await limiter.consume(key, 1);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (err) {
        if (err instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
        }
        throw err;
      }
    },
  };
}
