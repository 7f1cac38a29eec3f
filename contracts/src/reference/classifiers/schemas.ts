import { z } from 'zod';
import { classifierNames } from '../classifier.ts';
import { localizedName } from '../schemas.ts';

const isoDate = z.iso.date();

export const classifierDateQuery = z.object({
  date: isoDate.optional().describe('The day the classifier is read as of, YYYY-MM-DD; today in Almaty when absent'),
});

export const classifierNameParam = z.object({
  name: z
    .string()
    .max(40)
    .describe(`One of: ${classifierNames.join(', ')}`),
});

export const classifierSummaryList = z.object({
  classifiers: z.array(
    z.object({
      name: z.string(),
      title: localizedName,
      count: z.number().int().describe('Items in force today'),
    }),
  ),
});

export const classifierItem = z
  .object({
    code: z.string(),
    name: localizedName,
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    extra: z
      .record(z.string(), z.union([z.string(), z.number(), z.null()]))
      .optional()
      .describe(
        "This classifier's own facts: a country's or currency's numeric code, a currency's minor units, a unit's symbols, a VAT rate's percent",
      ),
  })
  .meta({ id: 'ClassifierItem' });

export const classifierResponse = z.object({
  name: z.string(),
  date: isoDate,
  items: z.array(classifierItem),
});
