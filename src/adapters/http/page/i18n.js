/** The page's own words, in Arabic and English. Functions take the values they show. */
export const TEXT = {
  ar: {
    skip: 'انتقل إلى السؤال',
    tagline: 'اسأل عن المقال، فيجيبك سند بجمل من المقال نفسه.',
    askHeading: 'اسأل سؤالًا',
    questionLabel: 'سؤالك، بالعربية أو بالإنجليزية',
    ask: 'اسأل',
    otherLang: 'English',
    articleLoading: 'المقال',
    answerHeading: 'الإجابة',
    short: 'باختصار: ',
    citations: 'الشواهد من المقال',
    suggestions: 'أسئلة يجيب عنها المقال:',
    paragraph: (n) => `الفقرة ${n}`,
    speaker: (s) => `القائل: ${s}`,
    comment: 'تعليق قارئ، وليس من نص المقال',
    commentsHeading: 'تعليقات القراء (ليست من نص المقال)',
    showInArticle: 'اعرضها في المقال',
    searching: 'جارٍ البحث في المقال…',
    answered: 'وصلت الإجابة.',
    notAnswered: 'لم يجد سند جوابًا لهذا السؤال في المقال.',
    empty: 'اكتب سؤالك أولًا.',
    invalid: 'تعذّر قبول السؤال. اكتب سؤالًا لا يزيد على 1000 حرف.',
    tooMany: (n) => `أسئلة كثيرة في وقت قصير. حاول مرة أخرى بعد ${n} ث.`,
    unavailable: 'تعذّر الوصول إلى الخدمة. حاول مرة أخرى بعد قليل.',
    articleFailed: 'تعذّر تحميل المقال. أعد تحميل الصفحة.',
    published: (d) => `تاريخ النشر: ${d}`,
  },
  en: {
    skip: 'Skip to the question',
    tagline: 'Ask about the article; Sanad answers with sentences from the article itself.',
    askHeading: 'Ask a question',
    questionLabel: 'Your question, in Arabic or English',
    ask: 'Ask',
    otherLang: 'العربية',
    articleLoading: 'The article',
    answerHeading: 'Answer',
    short: 'In short: ',
    citations: 'Evidence from the article',
    suggestions: 'Questions the article answers:',
    paragraph: (n) => `Paragraph ${n}`,
    speaker: (s) => `Speaker: ${s}`,
    comment: "A reader's comment, not the article",
    commentsHeading: "Readers' comments (not part of the article)",
    showInArticle: 'Show in the article',
    searching: 'Searching the article…',
    answered: 'The answer is ready.',
    notAnswered: 'Sanad did not find an answer to this question in the article.',
    empty: 'Please type your question first.',
    invalid: 'That question could not be accepted. Please keep it under 1000 characters.',
    tooMany: (n) => `Too many questions in a short time. Please try again in ${n} s.`,
    unavailable: 'The service could not be reached. Please try again shortly.',
    articleFailed: 'The article could not be loaded. Please reload the page.',
    published: (d) => `Published ${d}`,
  },
};

/** Arabic when the text has Arabic letters, else English: the language to speak to the asker in. */
export function languageOf(text) {
  return /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
}

/** Text direction for a language. */
export function dirOf(lang) {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
