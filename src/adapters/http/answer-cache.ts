import { LRUCache } from 'lru-cache';
import type { AskInput, Engine } from '../../core/types.js';

/** Most answers kept, and the most they may take together: body bytes plus key characters (about 4 to 8 MB). */
const MAX_ANSWERS = 2000;
const MAX_SIZE = 4_000_000;

/**
 * Answers as the JSON body of `POST /v1/ask` (UTF-8 bytes, so a repeated answer is not encoded again), remembering
 * the bodies of questions asked outside a conversation.
 *
 * Without a `conversationId` the engine's answer depends on the question and `lang` alone (its conversation memory
 * is read and written only for a conversation), so the same question gets the same body, and repeated questions (the
 * test page's suggestions, the same question from many readers) skip the engine and the serialization. A question
 * inside a conversation always goes to the engine, which remembers the turn.
 */
export function createAnswerCache(engine: Engine, max = MAX_ANSWERS): (input: AskInput) => Buffer {
  const bodies = new LRUCache<string, Buffer>({
    max,
    maxSize: MAX_SIZE,
    sizeCalculation: (body, key) => body.length + key.length,
  });
  return (input) => {
    if (input.conversationId !== undefined) return Buffer.from(JSON.stringify(engine.ask(input)));
    const key = `${input.lang ?? ''}\n${input.question}`;
    let body = bodies.get(key);
    if (body === undefined) {
      body = Buffer.from(JSON.stringify(engine.ask(input)));
      bodies.set(key, body);
    }
    return body;
  };
}
