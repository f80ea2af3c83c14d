import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AdapterDeps } from '../types.js';
import { toArticleBody } from './article.js';
import { registerAskRoute } from './ask.js';
import { registerGracefulClose } from './drain.js';
import { errorBody, toErrorReply } from './errors.js';
import { CONTENT_SECURITY_POLICY, registerPageRoutes } from './page.js';
import { OneLineRequestLog } from './request-log.js';
import { registerSecurityHeaders } from './security-headers.js';

/** The largest request body accepted (16 KiB); larger bodies get 413. */
export const BODY_LIMIT = 16 * 1024;

/**
 * Builds the HTTP service (contract: `GET /healthz`, `GET /v1/article`, `POST /v1/ask`, the test page at `/`)
 * without listening; the composition root listens and closes it. Every error reply is
 * `{"error":{"code","message"}}`; bad input never gets a 5xx.
 */
export async function createHttpApp(deps: AdapterDeps): Promise<FastifyInstance> {
  // Typed as Fastify's base logger so the instance is the plain FastifyInstance that bot adapters receive.
  const loggerInstance: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance,
    logController: new OneLineRequestLog(deps.logger),
    bodyLimit: BODY_LIMIT,
    // A slow or stalled client cannot hold a connection open for long.
    requestTimeout: 15_000,
  });
  // Only JSON is accepted: without this, Fastify would parse text/plain and the contract's 415 row would be a 400.
  app.removeContentTypeParser('text/plain');
  registerGracefulClose(app);

  app.setErrorHandler((err, request, reply) => {
    const { status, headers, body } = toErrorReply(err);
    if (status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ status, code: body.error.code }, body.error.message);
    return reply.code(status).headers(headers).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`)),
  );

  registerSecurityHeaders(app, { contentSecurityPolicy: CONTENT_SECURITY_POLICY });

  const article = toArticleBody(deps.engine.meta, deps.engine.statements);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/v1/article', async () => article);
  registerAskRoute(app, deps);
  await registerPageRoutes(app);
  return app;
}
