import { z } from 'zod';

/** The contract's Answer object as a schema: what every adapter may rely on. */
export const citationSchema = z.strictObject({
  id: z.string().min(1),
  paragraph: z.number().int().positive(),
  section: z.enum(['article', 'comment']),
  speaker: z.string().min(1),
  text: z.string().min(1),
  translation: z.string().min(1).optional(),
  score: z.number().min(0).max(1),
});

export const answerSchema = z
  .strictObject({
    answered: z.boolean(),
    language: z.enum(['ar', 'en']),
    answer: z.string().min(1),
    short: z.string().min(1).nullable(),
    confidence: z.number().min(0).max(1),
    citations: z.array(citationSchema).max(3),
    suggestions: z.array(z.string().min(1)),
  })
  .refine((a) => (a.answered ? a.citations.length > 0 : a.citations.length === 0 && a.suggestions.length > 0), {
    message: 'an answer cites at least one statement; a refusal cites none and offers suggestions',
  });
