import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

type HeaderValue = string | number | readonly string[];

/**
 * The headers Helmet sets for `options`, computed once. Helmet's headers are the same on every response as long as
 * no option is a per-request function (a CSP nonce); such an option is refused here rather than frozen.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === 'object' ? (csp.directives ?? {}) : {};
  for (const [name, value] of Object.entries(directives)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'function')) {
      throw new Error(`helmetHeaders: CSP directive ${name} is computed per request; it cannot be fixed once`);
    }
  }
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: HeaderValue) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

/**
 * Sends Helmet's headers for `options` with every response (routes, 404s and errors alike). They are computed once
 * and set from one synchronous hook: `@fastify/helmet` builds a new Helmet middleware for every request, which cost
 * more than the rest of a `/v1/ask` request apart from the engine.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
