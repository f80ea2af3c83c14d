import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AskInput } from '../../core/types.js';
import type { AdapterDeps } from '../types.js';
import { createAnswerCache } from './answer-cache.js';
import { HttpError } from './errors.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Longest question accepted, in characters (the contract's limit). */
export const MAX_QUESTION_LENGTH = 1000;
/** Longest conversation id accepted, in characters. */
const MAX_CONVERSATION_ID_LENGTH = 200;

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
    .max(MAX_CONVERSATION_ID_LENGTH, `conversationId must be at most ${MAX_CONVERSATION_ID_LENGTH} characters`)
    .optional(),
});

const ASK_FIELDS: ReadonlySet<string> = new Set(['question', 'lang', 'conversationId']);

/**
 * The engine's input for a body the schema accepts, checked by hand by the schema's own rules (under load the schema
 * cost a fiftieth of a cached answer); undefined for anything else, which the schema then explains.
 */
export function acceptedAskBody(body: unknown): AskInput | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  for (const key of Object.keys(body)) if (!ASK_FIELDS.has(key)) return undefined;
  const { question, lang, conversationId } = body as Record<string, unknown>;
  if (typeof question !== 'string') return undefined;
  const trimmed = question.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_QUESTION_LENGTH) return undefined;
  const input: AskInput = { question: trimmed };
  if (lang === 'ar' || lang === 'en') input.lang = lang;
  else if (lang !== undefined) return undefined;
  if (typeof conversationId === 'string' && conversationId.length <= MAX_CONVERSATION_ID_LENGTH) {
    input.conversationId = conversationId;
  } else if (conversationId !== undefined) return undefined;
  return input;
}

/**
 * Validates a parsed JSON body into the engine's input. Throws HttpError 400 naming the first problem.
 */
export function parseAskBody(body: unknown): AskInput {
  const accepted = acceptedAskBody(body);
  if (accepted) return accepted;
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
