import type { Answer, AskInput, Engine, Statement } from '../../../src/core/types.js';

const STATEMENTS: Statement[] = [
  {
    id: 'p9s1',
    paragraph: 9,
    section: 'article',
    speaker: { en: 'the article (reporting)', ar: 'المقال' },
    text: 'قتل 123 شخصا في الهجوم الأول على المعسكر.',
    translation: '123 people were killed in the first attack on the camp.',
  },
  {
    id: 'p30s1',
    paragraph: 30,
    section: 'comment',
    speaker: { en: 'a reader', ar: 'قارئ' },
    text: 'هذا كلام غير دقيق.',
    translation: 'This is inaccurate.',
  },
];

/**
 * A tiny Engine for adapter tests: "camp"/"المعسكر" questions cite p9s1, "comment"/"تعليق" cite the reader's
 * comment, "boom" throws (to exercise error paths), anything else is unanswered. Records every ask().
 */
export function createFakeEngine(): Engine & { asked: AskInput[] } {
  const asked: AskInput[] = [];
  return {
    asked,
    meta: {
      id: 'fake',
      title: { ar: 'مقال تجريبي', en: 'A test article' },
      date: '2016-07-14',
      language: 'ar',
      paragraphs: 30,
    },
    statements: STATEMENTS,
    ask(input: AskInput): Answer {
      asked.push(input);
      if (input.question.includes('boom')) throw new Error('engine exploded');
      const language = /[\u0600-\u06ff]/.test(input.question) ? 'ar' : 'en';
      const hit = /camp|المعسكر/.test(input.question)
        ? STATEMENTS[0]
        : /comment|تعليق/.test(input.question)
          ? STATEMENTS[1]
          : undefined;
      if (!hit) {
        return {
          answered: false,
          language,
          answer: language === 'ar' ? 'لا يذكر المقال ذلك.' : 'The article does not say.',
          short: null,
          confidence: 0,
          citations: [],
          suggestions: ['How many people were killed in the first attack on the camp?'],
        };
      }
      return {
        answered: true,
        language,
        answer: language === 'ar' ? hit.text : (hit.translation ?? hit.text),
        short: hit.id === 'p9s1' ? '123' : null,
        confidence: 0.9,
        citations: [
          {
            id: hit.id,
            paragraph: hit.paragraph,
            section: hit.section,
            speaker: hit.speaker[language],
            text: hit.text,
            ...(hit.translation ? { translation: hit.translation } : {}),
            score: 0.9,
          },
        ],
        suggestions: [],
      };
    },
    rank() {
      return [];
    },
    suggestions(lang) {
      return lang === 'ar' ? ['كم شخصا قتل في الهجوم الأول على المعسكر؟'] : ['Who attacked the camp?'];
    },
  };
}
