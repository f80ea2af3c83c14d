/** The speaker of the article's own reporting, as the knowledge writes it (not a quoted source, not a reader). */
export const REPORTING = { en: 'the article (reporting)', ar: 'نص المقال (تقرير الكاتب)' } as const;
