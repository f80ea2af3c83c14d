/** The ceiling for `npm run bench`: a bare Fastify route answering a constant JSON body, in its own process. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = {
  answered: true,
  language: 'en',
  answer: 'constant',
  short: null,
  confidence: 1,
  citations: [],
  suggestions: [],
};
app.post('/v1/ask', async () => body);
app.get('/healthz', async () => ({ status: 'ok' }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
