import { once } from 'node:events';
import { connect } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerGracefulClose } from '../../../src/adapters/http/drain.js';

/** Reads from `socket` until `text` has arrived; resolves with everything read. */
function readUntil(socket: ReturnType<typeof connect>, text: string): Promise<string> {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (!seen.includes(text)) return;
      socket.off('data', onData);
      resolve(seen);
    };
    socket.on('data', onData);
  });
}

describe('graceful close of the HTTP server', () => {
  it('answers a keep-alive request in flight with Connection: close, so that its connection ends and close() resolves', async () => {
    // Node keeps an idle keep-alive connection open for keepAliveTimeout; ten minutes here, so a connection left
    // open would hold close() past the test's timeout.
    const app = Fastify({ keepAliveTimeout: 600_000 });
    registerGracefulClose(app);
    app.post('/echo', async (request) => request.body);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const socket = connect((app.server.address() as { port: number }).port, '127.0.0.1');
    await once(socket, 'connect');

    // Headers now (the request is routed before closing begins), the body only once the server is closing.
    const body = '{"question":"in flight"}';
    socket.write(
      `POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.slice(0, 5));
    await new Promise((r) => setTimeout(r, 50));
    const closed = app.close();
    while (app.server.listening) await new Promise((r) => setImmediate(r));
    socket.write(body.slice(5));

    const response = await readUntil(socket, body);
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response.toLowerCase()).toContain('connection: close');
    await Promise.all([closed, once(socket, 'close')]);
  });
});
