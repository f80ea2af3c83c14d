import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AskInput } from '../../core/types.js';
import type { AdapterDeps } from '../types.js';
import { createAnswerCache } from './answer-cache.js';
import { HttpError } from './errors.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Longest question accepted, in characters (the contract's limit). */
export const MAX_QUESTION_LENGTH = 1000;

/** The body of `POST /v1/ask`; unknown fields are rejected. */
export const askBodySchema = z.strictObject({
  question: z
    .string({ error: (issue) => (issue.input === undefined ? 'question is required' : 'question must be a string') })
    .trim()
    .min(1, 'question must not be empty or blank')
    .max(MAX_QUESTION_LENGTH, `question must be at most ${MAX_QUESTION_LENGTH} characters`),
  lang: z.enum(['ar', 'en'], { error: 'lang must be "ar" or "en"' }).optional(),
  conversationId: z
    .string({ error: 'conversationId must be a string' })
    .max(200, 'conversationId must be at most 200 characters')
    .optional(),
});

/**
 * Validates a parsed JSON body into the engine's input. Throws HttpError 400 naming the first problem.
 */
export function parseAskBody(body: unknown): AskInput {
  const result = askBodySchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    const text = issue?.message ?? 'invalid body';
    throw new HttpError(400, 'invalid_request', path && !text.startsWith(path) ? `${path}: ${text}` : text);
  }
  const { question, lang, conversationId } = result.data;
  const input: AskInput = { question };
  if (lang !== undefined) input.lang = lang;
  if (conversationId !== undefined) input.conversationId = conversationId;
  return input;
}

/**
 * Registers `POST /v1/ask`: rate-limited per client address, then validated, then answered by the engine (through
 * the answer cache, so a repeated question outside a conversation is not answered twice).
 */
export function registerAskRoute(app: FastifyInstance, deps: AdapterDeps): void {
  const limit = async (request: FastifyRequest) => {
    const result = await deps.limiter.take(`http:${request.ip}`);
    if (!result.allowed) {
      const seconds = result.retryAfterSeconds;
      throw new HttpError(429, 'rate_limited', `Too many questions; try again in ${seconds} s.`, {
        'retry-after': String(seconds),
      });
    }
  };
  const answer = createAnswerCache(deps.engine);
  app.post('/v1/ask', { onRequest: limit }, (request, reply) => {
    reply.type(JSON_TYPE).send(answer(parseAskBody(request.body)));
  });
}
