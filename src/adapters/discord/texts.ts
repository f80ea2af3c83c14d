import type { ArticleMeta, Lang } from '../../core/types.js';

/** Every fixed string the Discord adapter shows, in the two languages Sanad answers in. */
export const TEXTS = {
  en: {
    paragraph: (n: number) => `Paragraph ${n}`,
    readerComment: "Reader's comment (not the article)",
    arabicOriginal: 'Arabic original',
    tryAsking: 'Try asking',
    rateLimited: (s: number) => `You are asking too fast. Please try again in ${s} s.`,
    failed: 'Something went wrong while answering. Please try again in a moment.',
    emptyQuestion: 'Please write a question after the mention, for example: "Who attacked the camp?"',
    help: (meta: ArticleMeta, examples: string[]) =>
      [
        `**Sanad** answers questions about one news article, quoting the sentences it relies on.`,
        `Article: ${meta.title.en} (${meta.date})`,
        '',
        '• `/ask question:` your question, in Arabic or English',
        '• Mention me in a channel, or send me a direct message',
        '• `/source` shows which article I answer from',
        ...(examples.length > 0 ? ['', 'Try:', ...examples.map((q) => `• ${q}`)] : []),
      ].join('\n'),
    source: (meta: ArticleMeta) =>
      `Published ${meta.date}, ${meta.paragraphs} paragraphs including readers' comments. ` +
      "Every answer cites sentences of this article, verbatim in Arabic; readers' comments are labelled as such.",
  },
  ar: {
    paragraph: (n: number) => `الفقرة ${n}`,
    readerComment: 'تعليق قارئ (ليس من نص المقال)',
    arabicOriginal: 'النص العربي',
    tryAsking: 'جرّب أن تسأل',
    rateLimited: (s: number) => `أسئلتك كثيرة في وقت قصير. حاول مجددًا بعد ${s} ثانية.`,
    failed: 'حدث خطأ أثناء الإجابة. حاول مجددًا بعد قليل.',
    emptyQuestion: 'اكتب سؤالك بعد الإشارة، مثلًا: «من هاجم المعسكر؟»',
    help: (meta: ArticleMeta, examples: string[]) =>
      [
        '**سند** يجيب عن أسئلة حول مقال إخباري واحد، مع ذكر الجمل التي يستند إليها.',
        `المقال: ${meta.title.ar} (${meta.date})`,
        '',
        '• `/ask question:` سؤالك بالعربية أو الإنجليزية',
        '• أشِر إليّ في قناة، أو أرسل لي رسالة خاصة',
        '• `/source` يعرض المقال الذي أجيب منه',
        ...(examples.length > 0 ? ['', 'جرّب:', ...examples.map((q) => `• ${q}`)] : []),
      ].join('\n'),
    source: (meta: ArticleMeta) =>
      `نُشر في ${meta.date}، ${meta.paragraphs} فقرة مع تعليقات القرّاء. ` +
      'كل إجابة تستشهد بجمل من هذا المقال بنصّها العربي، وتعليقات القرّاء موسومة بأنها تعليقات.',
  },
} as const;

/** Arabic when the text has Arabic letters, else English: how the adapter picks a language for its own notices. */
export function langOfText(text: string): Lang {
  return /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/.test(text) ? 'ar' : 'en';
}

/** English then Arabic, for replies with no question to take a language from (Discord has no Arabic locale). */
export function bilingual(pick: (t: (typeof TEXTS)['en'] | (typeof TEXTS)['ar']) => string): string {
  return `${pick(TEXTS.en)}\n\n${pick(TEXTS.ar)}`;
}
