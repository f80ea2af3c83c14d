import type { FastifyInstance } from 'fastify';
import { createHttpApp } from '../../../src/adapters/http/app.js';
import { parseConfig } from '../../../src/config.js';
import type { Answer, ArticleMeta, AskInput, Engine, Statement } from '../../../src/core/types.js';
import { createLogger } from '../../../src/logger.js';
import { createRateLimiter } from '../../../src/rate-limit.js';

/** A two-paragraph article: one reported sentence with a translation, one reader's comment without. */
export const META: ArticleMeta = {
  id: 'test-article',
  title: { ar: 'عنوان', en: 'Title' },
  date: '2016-07-14',
  language: 'ar',
  paragraphs: 2,
};

export const STATEMENTS: Statement[] = [
  {
    id: 'p1s1',
    paragraph: 1,
    section: 'article',
    speaker: { en: 'the article (reporting)', ar: 'المقال' },
    text: 'قتل ثلاثة أشخاص في الهجوم.',
    translation: 'Three people were killed in the attack.',
  },
  {
    id: 'p2s1',
    paragraph: 2,
    section: 'comment',
    speaker: { en: 'a reader', ar: 'قارئ' },
    text: 'تعليق قارئ.',
  },
];

/** The fixed Answer the fake engine gives to every question. */
export const ANSWER: Answer = {
  answered: true,
  language: 'en',
  answer: 'Three people were killed.',
  short: 'three',
  confidence: 0.8,
  citations: [
    {
      id: 'p1s1',
      paragraph: 1,
      section: 'article',
      speaker: 'the article (reporting)',
      text: 'قتل ثلاثة أشخاص في الهجوم.',
      translation: 'Three people were killed in the attack.',
      score: 0.9,
    },
  ],
  suggestions: [],
};

/** A fixed-answer Engine that records what it was asked; `fail` makes ask() throw (a bug the boundary must hide). */
export function createFakeEngine(opts: { fail?: boolean } = {}): Engine & { asked: AskInput[] } {
  const asked: AskInput[] = [];
  return {
    meta: META,
    statements: STATEMENTS,
    asked,
    ask(input) {
      asked.push(input);
      if (opts.fail) throw new Error('secret internal detail');
      return ANSWER;
    },
    suggestions: () => ['How many people were killed?'],
    rank: () => [],
  };
}

/** The HTTP app over `engine`, with a silent logger and a limiter of `perMinute` questions per client. */
export function buildApp(engine: Engine, perMinute = 100_000): Promise<FastifyInstance> {
  const config = parseConfig({});
  const logger = createLogger({ level: 'silent' });
  return createHttpApp({ engine, config, logger, limiter: createRateLimiter(perMinute) });
}
