import { describe, expect, it } from 'vitest';
import { buildAnswerEmbed, buildSourceEmbed, embedLength } from '../../../src/adapters/discord/embed.js';
import type { Answer, ArticleMeta, Citation } from '../../../src/core/types.js';

const META: ArticleMeta = {
  id: 'fake',
  title: { ar: 'مقال تجريبي', en: 'A test article' },
  date: '2016-07-14',
  language: 'ar',
  paragraphs: 30,
};

const P9: Citation = {
  id: 'p9s1',
  paragraph: 9,
  section: 'article',
  speaker: 'the article (reporting)',
  text: 'قتل 123 شخصا في الهجوم الأول على المعسكر.',
  translation: '123 people were killed in the first attack on the camp.',
  score: 0.9,
};

function answer(over: Partial<Answer>): Answer {
  return {
    answered: true,
    language: 'en',
    answer: '123 people were killed in the first attack on the camp.',
    short: '123',
    confidence: 0.9,
    citations: [P9],
    suggestions: [],
    ...over,
  };
}

describe('buildAnswerEmbed', () => {
  it('puts the short answer in the title, the question above it, and the Arabic original under the translation', () => {
    expect(buildAnswerEmbed(answer({}), 'How many were *killed*?', META)).toMatchInlineSnapshot(`
      {
        "author": {
          "name": "How many were \\*killed\\*?",
        },
        "color": 3120708,
        "description": "123 people were killed in the first attack on the camp.",
        "fields": [
          {
            "name": "Paragraph 9 · the article (reporting)",
            "value": "“123 people were killed in the first attack on the camp.”
      Arabic original: «قتل 123 شخصا في الهجوم الأول على المعسكر.»",
          },
        ],
        "footer": {
          "text": "A test article · 2016-07-14",
        },
        "title": "123",
      }
    `);
  });

  it('renders an Arabic answer with Arabic labels and the sentence alone', () => {
    const ar = answer({
      language: 'ar',
      answer: 'قتل 123 شخصا.',
      citations: [{ ...P9, speaker: 'المقال' }],
    });
    expect(buildAnswerEmbed(ar, 'كم شخصا قتل؟', META)).toMatchInlineSnapshot(`
      {
        "author": {
          "name": "كم شخصا قتل؟",
        },
        "color": 3120708,
        "description": "قتل 123 شخصا.",
        "fields": [
          {
            "name": "الفقرة 9 · المقال",
            "value": "«قتل 123 شخصا في الهجوم الأول على المعسكر.»",
          },
        ],
        "footer": {
          "text": "مقال تجريبي · 2016-07-14",
        },
        "title": "123",
      }
    `);
  });

  it("labels a reader's comment as a comment, never as the article", () => {
    const comment: Citation = {
      ...P9,
      id: 'p30s1',
      paragraph: 30,
      section: 'comment',
      speaker: 'a reader',
      text: 'هذا كلام غير دقيق.',
      translation: 'This is inaccurate.',
    };
    const e = buildAnswerEmbed(answer({ short: null, citations: [comment] }), 'What did readers say?', META);
    expect(e.title).toBe('What did readers say?');
    expect(e.author).toBeUndefined();
    expect(e.fields?.[0]?.name).toBe("Reader's comment (not the article) · Paragraph 30 · a reader");
  });

  it('shows the question as title and suggestions when the article does not answer', () => {
    const none = answer({
      answered: false,
      answer: 'The article does not say.',
      short: null,
      citations: [],
      suggestions: ['Who attacked the camp?', 'When was the attack?'],
    });
    expect(buildAnswerEmbed(none, 'What is the capital of France?', META)).toMatchInlineSnapshot(`
      {
        "color": 8818326,
        "description": "The article does not say.",
        "fields": [
          {
            "name": "Try asking",
            "value": "• Who attacked the camp?
      • When was the attack?",
          },
        ],
        "footer": {
          "text": "A test article · 2016-07-14",
        },
        "title": "What is the capital of France?",
      }
    `);
  });

  it('keeps @everyone and user mentions as inert text in the title', () => {
    const e = buildAnswerEmbed(answer({ short: null }), '@everyone <@123456789012345678> camp?', META);
    expect(e.title).toBe('@everyone <@123456789012345678> camp?');
  });

  it("escapes Markdown in the asker's question, as title and as author line", () => {
    const question = '**bold** _it_ `code` ~~gone~~ ||spoiler|| > quote';
    const escaped = '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| > quote';
    expect(buildAnswerEmbed(answer({ short: null }), question, META).title).toBe(escaped);
    expect(buildAnswerEmbed(answer({}), question, META).author?.name).toBe(escaped);
  });

  it('shrinks a huge answer to fit every limit, keeping at least one citation', () => {
    const long = 'ك'.repeat(5000);
    const many = Array.from({ length: 40 }, (_, i) => ({ ...P9, id: `p${i}`, translation: long, text: long }));
    const e = buildAnswerEmbed(answer({ answer: long, short: long, citations: many }), long, META);
    expect(embedLength(e)).toBeLessThanOrEqual(6000);
    expect(e.title?.length).toBe(256);
    expect(e.fields?.length).toBeGreaterThanOrEqual(1);
    expect(e.fields?.every((f) => f.value.length <= 1024 && f.value.includes('Arabic original'))).toBe(true);
  });
});

describe('buildAnswerEmbed with more citations than Discord allows fields', () => {
  const thirty = Array.from({ length: 30 }, (_, i) => ({ ...P9, id: `p${i + 1}s1`, paragraph: i + 1 }));

  it('keeps the first 25 citations, in order, when all 30 would fit the 6000 total', () => {
    const e = buildAnswerEmbed(answer({ citations: thirty }), 'How many were killed?', META);
    // All 30 fields would fit the total (the last citation has the longest field), so only the cap can drop five.
    const one = buildAnswerEmbed(answer({ citations: thirty.slice(29) }), 'How many were killed?', META);
    const [last] = one.fields ?? [];
    expect(embedLength(one) + 29 * ((last?.name.length ?? 6000) + (last?.value.length ?? 0))).toBeLessThan(6000);
    expect(embedLength(e)).toBeLessThanOrEqual(6000);
    expect(e.fields?.map((f) => f.name)).toEqual(
      thirty.slice(0, 25).map((c) => `Paragraph ${c.paragraph} · the article (reporting)`),
    );
  });

  it('drops the suggestions field first when the citations already take all 25', () => {
    const none = answer({ answered: false, short: null, citations: thirty, suggestions: ['Who attacked the camp?'] });
    const e = buildAnswerEmbed(none, 'What is the capital of France?', META);
    expect(e.fields).toHaveLength(25);
    expect(e.fields?.some((f) => f.name === 'Try asking')).toBe(false);
  });
});

describe('buildSourceEmbed', () => {
  it('never sends a blank title, even for a blank title and a blank id (found by the property test)', () => {
    const blank = { ...META, id: ' ', title: { ar: '', en: '' } };
    expect(buildSourceEmbed(blank).title?.trim()).not.toBe('');
  });

  it('names the article in Arabic and English with its date', () => {
    expect(buildSourceEmbed(META)).toMatchInlineSnapshot(`
      {
        "color": 3120708,
        "description": "Published 2016-07-14, 30 paragraphs including readers' comments. Every answer cites sentences of this article, verbatim in Arabic; readers' comments are labelled as such.

      نُشر في 2016-07-14، 30 فقرة مع تعليقات القرّاء. كل إجابة تستشهد بجمل من هذا المقال بنصّها العربي، وتعليقات القرّاء موسومة بأنها تعليقات.",
        "footer": {
          "text": "A test article · 2016-07-14",
        },
        "title": "مقال تجريبي",
      }
    `);
  });
});
