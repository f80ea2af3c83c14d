import type { ArticleMeta, Lang } from '../../core/types.js';
import { esc, hasArabic, isolate } from './html.js';

/** The most likely language for a fixed message: the question's script first, then the user's Telegram language. */
export function pickLang(text: string | undefined, languageCode: string | undefined): Lang {
  if (text !== undefined && text.trim() !== '') return hasArabic(text) ? 'ar' : 'en';
  return languageCode?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Bot commands for `setMyCommands`: English for everyone, Arabic for clients set to Arabic. */
export const COMMANDS: Record<Lang, Array<{ command: string; description: string }>> = {
  en: [
    { command: 'ask', description: 'Ask a question about the article' },
    { command: 'source', description: 'The article: title, date and language' },
    { command: 'help', description: 'How to use this bot, with example questions' },
    { command: 'start', description: 'Welcome and example questions' },
  ],
  ar: [
    { command: 'ask', description: 'اطرح سؤالًا عن المقال' },
    { command: 'source', description: 'المقال: العنوان والتاريخ واللغة' },
    { command: 'help', description: 'طريقة الاستخدام مع أمثلة على الأسئلة' },
    { command: 'start', description: 'الترحيب وأمثلة على الأسئلة' },
  ],
};

/** /start and /help: a short bilingual welcome with three example questions. */
export function renderWelcome(examples: readonly string[]): string {
  return [
    '<b>Sanad · سند</b>',
    'I answer questions about one Arabic news article and quote the sentences each answer comes from.',
    'أجيب عن الأسئلة حول مقال إخباري عربي واحد، وأقتبس الجمل التي يستند إليها كل جواب.',
    '',
    'Send a question in Arabic or English. In groups: /ask, a mention, or a reply to me. /source shows the article.',
    'أرسل سؤالك بالعربية أو بالإنجليزية. في المجموعات: \u2068/ask\u2069 أو الإشارة إليّ أو الرد على رسالتي. \u2068/source\u2069 يعرض المقال.',
    ...(examples.length > 0 ? ['', '<b>Try · جرّب:</b>', ...examples.slice(0, 3).map((q) => `• ${esc(q)}`)] : []),
  ].join('\n');
}

const LANGUAGE_NAMES: Record<Lang, string> = { ar: 'Arabic · العربية', en: 'English · الإنجليزية' };

/** /source: the article's title, date and language. */
export function renderSource(meta: ArticleMeta): string {
  return [
    '<b>Source · المصدر</b>',
    `Title: ${isolate(meta.title.en)}`,
    `العنوان: ${isolate(meta.title.ar)}`,
    `Date · التاريخ: ${isolate(meta.date)}`,
    `Language · اللغة: ${isolate(LANGUAGE_NAMES[meta.language])}`,
  ].join('\n');
}

const TEXT = {
  en: {
    nonText: 'Please send your question as text.',
    tooLong: (n: number, max: number) =>
      `Sorry, that question is too long (${n} characters). Please keep it under ${max} characters.`,
    rateLimited: (s: number) => `You are asking faster than I can answer. Please try again in ${s} seconds.`,
    askUsage: 'Write your question after the command, e.g. /ask Who was killed in the attack?',
    unknownCommand: 'I do not know that command. Send a question, or /help.',
  },
  ar: {
    nonText: 'أرسل سؤالك نصًا من فضلك.',
    tooLong: (n: number, max: number) => `عذرًا، السؤال طويل جدًا (${n} حرفًا). يُرجى ألا يتجاوز ${max} حرف.`,
    rateLimited: (s: number) => `أسئلتك أسرع مما أستطيع الإجابة عنه. حاول مجددًا بعد ${s} ثانية.`,
    askUsage: 'اكتب سؤالك بعد الأمر، مثلًا: \u2068/ask\u2069 من قُتل في الهجوم؟',
    unknownCommand: 'لا أعرف هذا الأمر. أرسل سؤالًا، أو \u2068/help\u2069.',
  },
} as const;

export const renderNonTextHint = (lang: Lang) => esc(TEXT[lang].nonText);
export const renderTooLong = (lang: Lang, length: number, max: number) => esc(TEXT[lang].tooLong(length, max));
export const renderRateLimited = (lang: Lang, seconds: number) => esc(TEXT[lang].rateLimited(seconds));
export const renderAskUsage = (lang: Lang) => esc(TEXT[lang].askUsage);
export const renderUnknownCommand = (lang: Lang) => esc(TEXT[lang].unknownCommand);
