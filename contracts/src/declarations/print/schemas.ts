import { z } from 'zod';

/**
 * The languages a printed form is made in (ACC-19): the state language and Russian, the two a
 * customs body accepts on paper. Without `lang` the caller's language is used, Russian for English.
 */
export const printLanguages = ['kk', 'ru'] as const;
export type PrintLanguage = (typeof printLanguages)[number];

export const printQuery = z.object({ lang: z.enum(printLanguages).optional() }).strict();
