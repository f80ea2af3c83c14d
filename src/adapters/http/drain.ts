import type { FastifyInstance } from 'fastify';

const SWEEP_MS = 50;

/**
 * Makes `app.close()` finish as soon as the last in-flight request is answered.
 *
 * Node's `server.close()` closes the keep-alive connections that are idle when it is called, but not one that was
 * busy then: after its response it is kept open for Fastify's 72 s keep-alive timeout and holds `close()` (and so
 * the SIGTERM exit) past the 5 s budget. So while closing, every response says `Connection: close`, and idle
 * connections are swept until the server has closed.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  let sweeper: NodeJS.Timeout | undefined;
  app.addHook('preClose', (done) => {
    closing = true;
    sweeper = setInterval(() => app.server.closeIdleConnections(), SWEEP_MS);
    sweeper.unref();
    done();
  });
  // A callback hook, not an async one: it runs for every response, and an async hook costs a promise each time.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onClose', (_instance, done) => {
    clearInterval(sweeper);
    done();
  });
}
