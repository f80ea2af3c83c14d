/** The contract's error body: `{"error": {"code": string, "message": string}}`. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** An expected request failure (4xx) with a stable machine-readable code and a message fit for the client. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Stable codes for the errors Fastify itself raises while reading a request. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_BAD_URL: 'invalid_url',
};

const STATUS_CODES: Record<number, string> = {
  400: 'invalid_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

const JSON_MESSAGE = 'The request body is not valid JSON (or contains a forbidden key such as __proto__).';
const MEDIA_MESSAGE = 'Send the body as application/json.';
const SIZE_MESSAGE = 'The request body is larger than 16 KiB.';

/**
 * Turns anything thrown while serving a request into a status, headers and the contract's error body.
 * Only 4xx errors keep a specific message; anything else becomes a generic 500 (the caller logs the cause).
 */
export function toErrorReply(err: unknown): { status: number; headers: Record<string, string>; body: ErrorBody } {
  if (err instanceof HttpError) {
    return { status: err.statusCode, headers: err.headers, body: errorBody(err.code, err.message) };
  }
  const fields = (typeof err === 'object' && err !== null ? err : {}) as { statusCode?: unknown; code?: unknown };
  const status = typeof fields.statusCode === 'number' ? fields.statusCode : 500;
  if (status < 400 || status >= 500) {
    return { status: 500, headers: {}, body: errorBody('internal_error', 'Something went wrong on our side.') };
  }
  const fastifyCode = typeof fields.code === 'string' ? FASTIFY_CODES[fields.code] : undefined;
  const code = fastifyCode ?? STATUS_CODES[status] ?? 'invalid_request';
  return { status, headers: {}, body: errorBody(code, messageFor(code, err)) };
}

function messageFor(code: string, err: unknown): string {
  if (code === 'invalid_json') return JSON_MESSAGE;
  if (code === 'unsupported_media_type') return MEDIA_MESSAGE;
  if (code === 'payload_too_large') return SIZE_MESSAGE;
  return err instanceof Error && err.message ? err.message : 'The request is invalid.';
}

/** Builds the contract's error body. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
