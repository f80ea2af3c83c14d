import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../../src/adapters/http/answer-cache.js';
import { createEngine } from '../../../src/core/engine.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { ROOT } from '../../helpers/service.js';
import { ANSWER, createFakeEngine } from './fake-engine.js';

describe('the answer cache of POST /v1/ask', () => {
  it('answers a repeated question outside a conversation from the cache, with the same body', () => {
    const engine = createFakeEngine();
    const answer = createAnswerCache(engine);
    const first = answer({ question: 'how many?' });
    const second = answer({ question: 'how many?' });
    expect(first.toString('utf8')).toBe(JSON.stringify(ANSWER));
    expect(second).toBe(first);
    expect(engine.asked).toEqual([{ question: 'how many?' }]);
  });

  it('keeps questions with another lang apart', () => {
    const engine = createFakeEngine();
    const answer = createAnswerCache(engine);
    answer({ question: 'how many?' });
    answer({ question: 'how many?', lang: 'en' });
    answer({ question: 'how many?', lang: 'ar' });
    answer({ question: 'how many?', lang: 'en' });
    expect(engine.asked).toHaveLength(3);
  });

  it('always asks the engine inside a conversation, which remembers every turn', () => {
    const engine = createFakeEngine();
    const answer = createAnswerCache(engine);
    answer({ question: 'how many?', conversationId: 'c1' });
    answer({ question: 'how many?', conversationId: 'c1' });
    answer({ question: 'how many?', conversationId: 'c2' });
    expect(engine.asked).toHaveLength(3);
  });

  it('forgets the least recently used answer beyond its size', () => {
    const engine = createFakeEngine();
    const answer = createAnswerCache(engine, 2);
    for (const q of ['a', 'b', 'a', 'c', 'a', 'b']) answer({ question: q });
    expect(engine.asked.map((i) => i.question)).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not cache a failure', () => {
    const engine = createFakeEngine({ fail: true });
    const answer = createAnswerCache(engine);
    expect(() => answer({ question: 'x' })).toThrow('secret internal detail');
    expect(() => answer({ question: 'x' })).toThrow('secret internal detail');
    expect(engine.asked).toHaveLength(2);
  });

  it('with the real engine, gives what a fresh engine answers, even after conversations in between', async () => {
    const knowledge = await loadKnowledge(`${ROOT}knowledge`);
    const questions = (await readFile(`${ROOT}tests/fixtures/questions.jsonl`, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { question: string }).question);
    const answer = createAnswerCache(createEngine(knowledge));
    const engine = createEngine(knowledge);
    for (const q of questions) answer({ question: q });
    answer({ question: 'How many people were killed in the first attack?', conversationId: 'web-1' });
    answer({ question: 'and the second attack?', conversationId: 'web-1' });
    for (const q of [...questions, 'and the second attack?', 'who said that?']) {
      expect(JSON.parse(answer({ question: q }).toString('utf8')), q).toEqual(engine.ask({ question: q }));
    }
  });
});
