import { z } from 'zod';

const nonBlank = z.string().trim().min(1);

export const metaSchema = z.strictObject({
  id: nonBlank,
  title: z.strictObject({ ar: nonBlank, en: nonBlank }),
  date: z.iso.date(),
  language: z.enum(['ar', 'en']),
  paragraphs: z.number().int().positive(),
});

export const statementSchema = z.strictObject({
  id: z.string().regex(/^p\d+s\d+$/, 'must look like p1s1'),
  paragraph: z.number().int().positive(),
  section: z.enum(['article', 'comment']),
  speaker: z.strictObject({ en: nonBlank, ar: nonBlank }),
  text: nonBlank,
  translation: nonBlank.optional(),
  keywords: z.array(nonBlank).optional(),
});

export const statementsSchema = z.strictObject({ statements: z.array(statementSchema).min(1) });

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and _'),
  kind: z.enum(['person', 'role', 'org', 'place', 'time', 'number', 'topic', 'comment']),
  aliases: z.array(nonBlank).min(1),
  /** Found only as written (with a glued و/ب/ل/ال, or as its nisba), never by stem: طالبان is not طالب. */
  exact: z.boolean().optional(),
  group: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
  /** Concepts this one stands above ("the authorities": a ministry, the police, a municipality): their ids. */
  narrower: z
    .array(z.string().regex(/^[a-z0-9_]+$/))
    .min(1)
    .optional(),
});

/** People, places and bodies in the news at large, most of them not in the article (see README, Knowledge). */
export const gazetteerSchema = z.strictObject({ entries: z.array(entrySchema) });

export const lexiconSchema = z
  .strictObject({
    entries: z.array(entrySchema),
    dialect: z.record(nonBlank, z.string()),
  })
  .superRefine((lexicon, ctx) => {
    const ids = new Set(lexicon.entries.map((e) => e.id));
    for (const [i, e] of lexicon.entries.entries()) {
      for (const [k, id] of (e.narrower ?? []).entries()) {
        if (!ids.has(id))
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'narrower', k], message: `no entry "${id}"` });
      }
    }
  });

export const suggestionsSchema = z.strictObject({
  ar: z.array(nonBlank).min(3),
  en: z.array(nonBlank).min(3),
});
