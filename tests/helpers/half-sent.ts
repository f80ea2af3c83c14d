import { request } from 'node:http';

/**
 * A `POST /v1/ask` sent in two halves: the first ten bytes at once, the rest only when `release` resolves (a request
 * in flight, e.g. across a SIGTERM). Resolves with the status and the body text.
 */
export function halfSentAsk(
  url: string,
  question: string,
  release: Promise<void>,
): Promise<{ status: number; body: string }> {
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
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
  });
}
