import type { FastifyInstance } from 'fastify';

/**
 * Makes `app.close()` finish as soon as the last in-flight request is answered.
 *
 * Node's `server.close()` closes the keep-alive connections that are idle when it is called, but not one that is
 * busy then: after its response it would be kept open for Fastify's 72 s keep-alive timeout and hold `close()` (and
 * so the SIGTERM exit) past the 5 s budget. So once closing has begun, every response says `Connection: close`, and
 * Node ends its connection when it has been sent. (A response is sent in the tick its `onSend` hooks finish, so one
 * that went out keep-alive was ended before `server.close()` ran, and Node closes its connection then.)
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // A callback hook, not an async one: it runs for every response, and an async hook costs a promise each time.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}
