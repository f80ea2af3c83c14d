import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/core/answer-schema.js';
import { createEngine } from '../../src/core/engine.js';
import { asksGist, messageWords, smallTalkOf } from '../../src/core/small-talk.js';
import { isStopword } from '../../src/core/stopwords.js';
import type { Engine } from '../../src/core/types.js';
import { loadKnowledge, loadPlainArticle } from '../../src/knowledge/load.js';

describe('smallTalkOf', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['Good morning', 'greeting'],
    ['السلام عليكم ورحمة الله', 'greeting'],
    ['مرحبا', 'greeting'],
    ['صباح الخير', 'greeting'],
    ['thanks!', 'thanks'],
    ['Thank you very much', 'thanks'],
    ['شكرا جزيلا', 'thanks'],
    ['يعطيك العافية', 'thanks'],
    ['bye', 'bye'],
    ['مع السلامة', 'bye'],
    ['help', 'help'],
    ['ممكن تساعدني؟', null],
  ])('%s -> %s', (text, kind) => {
    expect(smallTalkOf(messageWords(text))).toBe(kind === null ? null : kind);
  });

  it('is not small talk when the message asks something of the article', () => {
    for (const q of [
      'hi, who opposes Kerry?',
      'مرحبا، متى يصل كيري إلى موسكو؟',
      'thanks, and when?',
      'When does the trip start?',
    ])
      expect(smallTalkOf(messageWords(q))).toBeNull();
  });
});

describe('asksGist', () => {
  it.each([
    'What is this article about?',
    "what's the story?",
    'Summarize the article',
    'what happened?',
    'عن ماذا يتحدث المقال؟',
    'ما موضوع الخبر؟',
    'لخص المقال',
    'شو القصة؟',
    'ماذا حدث؟',
    'ما هو عنوان المقال؟',
    "What's the headline?",
  ])('%s asks what the article is about', (q) => {
    expect(asksGist(messageWords(q), isStopword, false)).toBe(true);
  });

  it('is not a question about something in the article, nor a bare "what happened?" within a conversation', () => {
    expect(asksGist(messageWords('What happened to the camp?'), isStopword, false)).toBe(false);
    expect(asksGist(messageWords('ماذا قال المقال عن الأسد؟'), isStopword, false)).toBe(false);
    expect(asksGist(messageWords('what happened?'), isStopword, true)).toBe(false);
    expect(asksGist(messageWords('what is the article about?'), isStopword, true)).toBe(true);
  });
});

describe('engine: small talk and the gist', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await loadKnowledge('knowledge'));
  });

  it("greets back in the asker's language with suggestions, answering nothing from the article", () => {
    const en = engine.ask({ question: 'hello' });
    expect(answerSchema.parse(en)).toEqual(en);
    expect(en).toMatchObject({ answered: false, language: 'en', citations: [], short: null });
    expect(en.answer).toMatch(/^Hello!/);
    expect(en.suggestions).toHaveLength(3);
    const ar = engine.ask({ question: 'مرحبا' });
    expect(ar).toMatchObject({ answered: false, language: 'ar', citations: [] });
    expect(ar.answer).toMatch(/^أهلاً/);
    expect(engine.ask({ question: 'شكرا' }).answer).toMatch(/^عفواً/);
  });

  it('answers "what is the article about?" with its first sentence, in either language', () => {
    const en = engine.ask({ question: 'What is this article about?' });
    expect(en).toMatchObject({ answered: true, short: null, citations: [{ id: 'p1s1' }] });
    expect(en.answer).toContain('The article reports (paragraph 1)');
    expect(engine.ask({ question: 'عن ماذا يتحدث المقال؟' }).citations[0]?.id).toBe('p1s1');
  });

  it('remembers the gist as the answer a follow-up refers to', () => {
    engine.ask({ question: 'What is the article about?', conversationId: 'gist-1' });
    const who = engine.ask({ question: 'who said that?', conversationId: 'gist-1' });
    expect(who).toMatchObject({ answered: true, short: 'the article (reporting)', citations: [{ id: 'p1s1' }] });
  });

  it("gives a plain article's first sentence as its gist", async () => {
    const plain = createEngine(await loadPlainArticle('tests/fixtures/other-article.txt', 'knowledge'));
    const a = plain.ask({ question: 'ما موضوع المقال؟' });
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.id).toBe('p1s1');
  });

  it('takes a verb of starting as part of "when" ("When does the trip begin?")', () => {
    expect(engine.ask({ question: "When does Kerry's trip begin?" })).toMatchObject({
      answered: true,
      short: 'Thursday (14 July 2016)',
      citations: [{ id: 'p1s1' }],
    });
  });
});
