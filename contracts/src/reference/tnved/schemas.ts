import { z } from 'zod';
import { ratesAtDate } from '../tariffs/schemas.ts';
import { nomenclatureLevels } from './nomenclature.ts';

/** The TN VED routes' shapes, as issue 5's HTTP contract gives them. */
const isoDate = z.iso.date();

export const nomenclatureName = z
  .object({ ru: z.string(), kk: z.string().nullable(), en: z.string().nullable() })
  .meta({
    id: 'NomenclatureName',
    description: 'The official Russian name; Kazakh and English where the nomenclature has them',
  });

const level = z.enum(nomenclatureLevels);
const code = z
  .string()
  .describe('I…XXI for a section, 2 digits for a chapter, 4 for a heading, 6, 8 or 10 for a subheading');

export const pathStep = z.object({ code, level, name: nomenclatureName }).meta({ id: 'NomenclaturePathStep' });

const dateQuery = isoDate
  .optional()
  .describe('the date the nomenclature and rates are read at, YYYY-MM-DD; today in Almaty when omitted');

export const maxSearchLength = 200;

export const searchQuery = z.object({
  q: z
    .string()
    .max(maxSearchLength)
    .default('')
    .describe('a code prefix (digits; spaces ignored), or words in Russian or Kazakh'),
  date: dateQuery,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchHit = z
  .object({
    code,
    level,
    name: nomenclatureName,
    path: z.array(pathStep).describe('the nodes above, from the section down'),
    rates: ratesAtDate.nullable(),
    score: z.number().describe('relevance: exact code 100, code prefix 90, all words 50–80, some words below 50'),
  })
  .meta({ id: 'NomenclatureSearchHit' });

export const searchResponse = z.object({
  date: isoDate,
  query: z.string(),
  hits: z.array(searchHit),
  validFrom: isoDate
    .nullable()
    .optional()
    .describe(
      'Set when nothing is found on the date but the query finds codes in force later: the first day any of them is valid (issue 19 point 7), so the date is the cause',
    ),
});

export const nodeParams = z.object({
  code: z
    .string()
    .min(1)
    .max(10)
    .regex(/^(\d+|[IVXL]+)$/, "a code: digits, or a section's roman numeral"),
});
export const dateOnlyQuery = z.object({ date: dateQuery });

export const nodeResponse = z
  .object({
    date: isoDate,
    code,
    level,
    name: nomenclatureName,
    path: z.array(pathStep),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    children: z.array(z.object({ code, level, name: nomenclatureName, hasChildren: z.boolean() })),
    rates: ratesAtDate.nullable(),
  })
  .meta({ id: 'NomenclatureNode' });

export const sectionsResponse = z.object({
  date: isoDate,
  sections: z.array(
    z.object({ code, name: nomenclatureName, chapters: z.array(z.object({ code, name: nomenclatureName })) }),
  ),
});
