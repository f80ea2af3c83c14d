import type { Answer, ArticleMeta, AskInput, Citation, Engine, Lang, Statement } from '../../../src/core/types.js';

/** A fixed citation of the article's paragraph 9 (the anchor of the real knowledge). */
export const CITATION_P9: Citation = {
  id: 'p9s1',
  paragraph: 9,
  section: 'article',
  speaker: 'the article (reporting)',
  text: 'قتل 123 شخصا في الهجوم الأول على المعسكر.',
  translation: '123 people were killed in the first attack on the camp.',
  score: 0.91,
};

/** A reader's comment under the article. */
export const CITATION_COMMENT: Citation = {
  id: 'p31s1',
  paragraph: 31,
  section: 'comment',
  speaker: 'a reader',
  text: 'هذا الاتفاق لن يصمد طويلا.',
  translation: 'This agreement will not last long.',
  score: 0.55,
};

export const META: ArticleMeta = {
  id: 'test-article',
  title: { ar: 'هجوم على المعسكر', en: 'An attack on the camp' },
  date: '2016-07-14',
  language: 'ar',
  paragraphs: 31,
};

const SUGGESTIONS: Record<Lang, string[]> = {
  ar: ['كم شخصا قتل في الهجوم الأول على المعسكر؟', 'من نفذ الهجوم؟', 'متى وقع الهجوم؟', 'أين يقع المعسكر؟'],
  en: [
    'How many people were killed in the first attack?',
    'Who carried out the attack?',
    'When did the attack happen?',
    'Where is the camp?',
  ],
};

const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);

/**
 * A small Engine for adapter tests: fixed, valid Answers. Questions mentioning France are not answered; questions
 * mentioning a reader cite a reader's comment; everything else cites paragraph 9. Records what it was asked.
 */
export function createFakeEngine(): Engine & { asked: AskInput[] } {
  const asked: AskInput[] = [];
  const statements: Statement[] = [
    {
      id: CITATION_P9.id,
      paragraph: 9,
      section: 'article',
      speaker: { en: 'the article (reporting)', ar: 'المقال' },
      text: CITATION_P9.text,
      translation: CITATION_P9.translation as string,
    },
  ];
  // A variable rather than a literal, so the fake keeps compiling while the Engine interface grows (excess checks).
  const engine = {
    asked,
    meta: META,
    rank: (_question: string) => [],
    statements,
    suggestions: (lang: Lang, count = 3) => SUGGESTIONS[lang].slice(0, count),
    ask(input: AskInput): Answer {
      asked.push(input);
      const language: Lang = input.lang ?? (isArabic(input.question) ? 'ar' : 'en');
      if (/france|فرنسا/i.test(input.question)) {
        const answer =
          language === 'ar' ? 'لا يجيب المقال عن هذا السؤال.' : 'The article does not answer this question.';
        return {
          answered: false,
          language,
          answer,
          short: null,
          confidence: 0,
          citations: [],
          suggestions: SUGGESTIONS[language].slice(0, 3),
        };
      }
      const comment = /reader|قارئ/i.test(input.question);
      return {
        answered: true,
        language,
        answer: language === 'ar' ? 'قتل 123 شخصا في الهجوم الأول.' : '123 people were killed in the first attack.',
        short: '123',
        confidence: 0.8,
        citations: comment ? [CITATION_COMMENT] : [CITATION_P9],
        suggestions: [],
      };
    },
  };
  return engine;
}
