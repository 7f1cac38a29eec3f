import { z } from 'zod';
import { declarationKinds } from '../classifiers/document-kinds.ts';
import { customsBodyKinds, localizedName } from '../schemas.ts';

const isoDate = z.iso.date();

/** Longest search text: a name in any language is shorter. */
export const maxOfficeQueryLength = 100;

export const customsOfficeQuery = z.object({
  region: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('Region code (first two digits of KATO)'),
  kind: z.enum(customsBodyKinds).optional(),
  documentKind: z.enum(declarationKinds).optional().describe('Only bodies that accept this kind of document'),
  q: z
    .string()
    .trim()
    .max(maxOfficeQueryLength)
    .optional()
    .describe('The start of a 5-digit code, or part of a name in kk, ru or en'),
  date: isoDate.optional().describe('The day asked about, YYYY-MM-DD; today in Almaty when absent'),
});

export const customsOffice = z
  .object({
    code: z.string().regex(/^\d{5}$/),
    kind: z.enum(customsBodyKinds),
    regionCode: z.string().regex(/^\d{2}$/),
    parentCode: z
      .string()
      .regex(/^\d{5}$/)
      .nullable(),
    name: localizedName,
    address: z.string(),
    acceptsDocumentKinds: z
      .array(z.string())
      .describe('The kinds of documents the body accepts on the date asked about'),
  })
  .meta({ id: 'CustomsOffice' });
export type CustomsOffice = z.infer<typeof customsOffice>;

export const customsOfficeList = z.object({ offices: z.array(customsOffice) });

/** A body accepting a kind of document from `validFrom` to `validTo` (null: still). */
export interface DocumentAcceptance {
  bodyCode: string;
  documentKind: string;
  validFrom: string;
  validTo: string | null;
}
