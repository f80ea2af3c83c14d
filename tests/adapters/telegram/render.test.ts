import { describe, expect, it } from 'vitest';
import { esc, FSI, isolate, PDI, packMessages, splitHtml } from '../../../src/adapters/telegram/html.js';
import { renderSource, renderWelcome } from '../../../src/adapters/telegram/messages.js';
import { renderAnswer } from '../../../src/adapters/telegram/render.js';
import type { Answer } from '../../../src/core/types.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';
import { CITATION_COMMENT, CITATION_P9, META } from './fake-engine.js';

const base: Answer = {
  answered: true,
  language: 'en',
  answer: '123 people were killed in the first attack.',
  short: '123',
  confidence: 0.8,
  citations: [CITATION_P9],
  suggestions: [],
};

const expectValid = (messages: string[]) => {
  for (const m of messages) {
    expect(parseTelegramHtml(m)).toMatchObject({ ok: true });
    expect(m.length).toBeLessThanOrEqual(4096);
  }
};

describe('renderAnswer', () => {
  it('an English answer: short answer bold, then the quote with translation and Arabic original', () => {
    const messages = renderAnswer(base);
    expect(messages).toMatchInlineSnapshot(`
      [
        "<b>123</b>
      123 people were killed in the first attack.

      <blockquote><b>Paragraph 9</b> · ⁨the article (reporting)⁩
      123 people were killed in the first attack on the camp.
      <i>Arabic original:</i>
      قتل 123 شخصا في الهجوم الأول على المعسكر.</blockquote>",
      ]
    `);
    expect(messages[0]).toContain(`${FSI}the article (reporting)${PDI}`);
    expectValid(messages);
  });

  it('an Arabic answer quotes the Arabic sentence only, with Arabic labels', () => {
    const messages = renderAnswer({
      ...base,
      language: 'ar',
      answer: 'قتل 123 شخصا.',
      citations: [{ ...CITATION_P9, speaker: 'المقال' }],
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "<b>123</b>
      قتل 123 شخصا.

      <blockquote><b>الفقرة 9</b> · ⁨المقال⁩
      قتل 123 شخصا في الهجوم الأول على المعسكر.</blockquote>",
      ]
    `);
    expect(messages[0]).not.toContain(CITATION_P9.translation);
  });

  it("labels a reader's comment as a reader's comment, in both languages", () => {
    expect(renderAnswer({ ...base, citations: [CITATION_COMMENT] })[0]).toContain(
      '<b>Reader&#39;s comment, not the article (paragraph 31)</b> · ⁨a reader⁩',
    );
    expect(renderAnswer({ ...base, language: 'ar', citations: [CITATION_COMMENT] })[0]).toContain(
      '<b>تعليق أحد القرّاء، لا من نص المقال (الفقرة 31)</b>',
    );
  });

  it('an unanswered question says so and lists suggested questions', () => {
    const answer: Answer = {
      ...base,
      answered: false,
      short: null,
      answer: 'The article does not answer this question.',
      citations: [],
      suggestions: ['Who carried out the attack?', 'When did it happen?'],
    };
    expect(renderAnswer(answer)).toMatchInlineSnapshot(`
      [
        "The article does not answer this question.

      <b>You could ask:</b>
      • Who carried out the attack?
      • When did it happen?",
      ]
    `);
  });

  it('escapes markup in every dynamic piece', () => {
    const evil = '<b>x</b></blockquote>&amp; "q" \'s <a href="http://x">';
    const messages = renderAnswer({
      ...base,
      short: evil,
      answer: evil,
      citations: [{ ...CITATION_P9, speaker: evil, text: evil, translation: evil }],
    });
    expectValid(messages);
    const check = parseTelegramHtml(messages[0] as string);
    // short, answer, speaker, translation and the sentence itself
    expect(check.ok && check.text.split(evil).length - 1).toBe(5);
  });

  it('splits long answers between citations, never inside a tag', () => {
    const long = { ...CITATION_P9, text: 'ا'.repeat(1500), translation: 'x'.repeat(1400) };
    const messages = renderAnswer({ ...base, citations: [long, long, long, long] });
    expect(messages.length).toBeGreaterThan(1);
    expectValid(messages);
    for (const m of messages.slice(1)) expect(m.startsWith('<blockquote>')).toBe(true);
    for (const m of messages) expect(m.endsWith('</blockquote>')).toBe(true);
  });

  it('cuts a single oversized citation into valid pieces, reopening the quote', () => {
    const huge = { ...CITATION_P9, text: 'كلمة '.repeat(2000) };
    const messages = renderAnswer({ ...base, language: 'ar', citations: [huge] });
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expectValid(messages);
    for (const m of messages.slice(1)) expect(m.startsWith('<blockquote>')).toBe(true);
  });
});

describe('html helpers', () => {
  it('esc leaves only the entities Telegram knows, and makes any string valid UTF-8', () => {
    expect(esc(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
    expect(esc('a\uD800b\u0000c\u0007\n\t')).toBe('a\uFFFDbc\n\t');
    expect(isolate('<x>')).toBe(`${FSI}&lt;x&gt;${PDI}`);
  });

  it('packMessages keeps blocks whole and joins them while they fit', () => {
    expect(packMessages(['<b>a</b>', 'b', 'c'], 12)).toEqual(['<b>a</b>\n\nb', 'c']);
  });

  it('splitHtml closes and reopens tags at a cut, preferring whitespace, never cutting an entity', () => {
    const pieces = splitHtml('<blockquote><b>head</b>\nalpha beta &amp;&amp; gamma</blockquote>', 46);
    expect(pieces).toEqual([
      '<blockquote><b>head</b>\nalpha </blockquote>',
      '<blockquote>beta &amp;&amp; gamma</blockquote>',
    ]);
    for (const p of pieces) expect(parseTelegramHtml(p).ok).toBe(true);
  });
});

describe('fixed messages', () => {
  it('the welcome is valid HTML with up to three examples', () => {
    const html = renderWelcome(['a <b>', 'b', 'c', 'd']);
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(html).toContain('• a &lt;b&gt;');
    expect(html).not.toContain('• d');
  });

  it('the source card', () => {
    expect(renderSource(META)).toMatchInlineSnapshot(`
      "<b>Source · المصدر</b>
      Title: ⁨An attack on the camp⁩
      العنوان: ⁨هجوم على المعسكر⁩
      Date · التاريخ: ⁨2016-07-14⁩
      Language · اللغة: ⁨Arabic · العربية⁩"
    `);
  });
});
