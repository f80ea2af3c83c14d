import { LRUCache } from 'lru-cache';
import type { AskInput, Engine } from '../../core/types.js';

/** Most answers kept, and the most characters they may take together (keys and bodies, about 8 MB of UTF-16). */
const MAX_ANSWERS = 2000;
const MAX_CHARS = 4_000_000;

/**
 * Answers as the JSON body of `POST /v1/ask`, remembering the bodies of questions asked outside a conversation.
 *
 * Without a `conversationId` the engine's answer depends on the question and `lang` alone (its conversation memory
 * is read and written only for a conversation), so the same question gets the same body, and repeated questions (the
 * test page's suggestions, the same question from many readers) skip the engine and the serialization. A question
 * inside a conversation always goes to the engine, which remembers the turn.
 */
export function createAnswerCache(engine: Engine, max = MAX_ANSWERS): (input: AskInput) => string {
  const bodies = new LRUCache<string, string>({
    max,
    maxSize: MAX_CHARS,
    sizeCalculation: (body, key) => body.length + key.length,
  });
  return (input) => {
    if (input.conversationId !== undefined) return JSON.stringify(engine.ask(input));
    const key = `${input.lang ?? ''}\n${input.question}`;
    let body = bodies.get(key);
    if (body === undefined) {
      body = JSON.stringify(engine.ask(input));
      bodies.set(key, body);
    }
    return body;
  };
}
