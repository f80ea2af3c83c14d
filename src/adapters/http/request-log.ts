import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * Request logging in one line per request, written when the response is finished: method, URL, status, client
 * address and milliseconds, at `info` (`error` when the response itself failed). Fastify's default writes two lines
 * per request (`incoming request` and `request completed`), which under load cost more than the engine's answer.
 */
export class OneLineRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ip: request.ip,
      ms: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}
