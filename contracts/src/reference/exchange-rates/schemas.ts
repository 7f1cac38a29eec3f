import { z } from 'zod';
import { localizedName } from '../schemas.ts';

const isoDate = z.iso.date();

export const exchangeRatesQuery = z.object({
  date: isoDate.optional().describe('The day asked about, YYYY-MM-DD; today in Almaty when absent'),
});

export const exchangeRate = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    name: localizedName.nullable().describe("The currency's names, when the currencies classifier knows it"),
    units: z.number().int().describe('How many units of the currency the rate is for'),
    rate: z.string().describe('Tenge for `units` of the currency, a decimal'),
    change: z.string().nullable().describe('Change since the previous publication, a signed decimal'),
  })
  .meta({ id: 'ExchangeRate' });
export type ExchangeRate = z.infer<typeof exchangeRate>;

export const exchangeRatesResponse = z.object({
  date: isoDate,
  source: z.string().nullable().describe('Where the most recently published of these rates came from'),
  rates: z.array(exchangeRate).describe("Each currency's latest rate published on or before the date"),
  publishedOn: isoDate.nullable().describe('The day the most recent of these rates was published'),
  future: z
    .boolean()
    .describe(
      'The date is after today in Almaty: its rates are not set yet, and these are only the latest published (issue 19 point 7)',
    ),
});
