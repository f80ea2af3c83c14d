import { request } from 'node:http';

/**
 * A `POST /v1/ask` sent in two halves: the first ten bytes at once, the rest only when `release` resolves (a request
 * in flight, e.g. across a SIGTERM). Resolves with the status, the `Connection` header and the body text.
 */
export function halfSentAsk(
  url: string,
  question: string,
  release: Promise<void>,
): Promise<{ status: number; connection: string | undefined; body: string }> {
  const body = JSON.stringify({ question });
  const req = request({ host: '127.0.0.1', port: new URL(url).port, method: 'POST', path: '/v1/ask' });
  req.setHeader('content-type', 'application/json');
  req.setHeader('content-length', Buffer.byteLength(body));
  req.write(body.slice(0, 10));
  void release.then(() => req.end(body.slice(10)));
  return new Promise((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
    });
  });
}

/**
 * Resolves once the HTTP server at `url` is closing: a new request gets 503 (Fastify refuses requests while it
 * closes) or can no longer connect. A request released after this is answered only if the server drains its
 * in-flight requests, not because it had not begun to close yet.
 */
export async function untilHttpClosing(url: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const status = await fetch(`${url}/healthz`).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
      () => 0,
    );
    if (status !== 200) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} was still serving ${timeoutMs} ms after the signal`);
}
