import { z } from 'zod';

/**
 * The rate shapes of issue 5's HTTP contract. Routes that show rates (the TN VED search and code
 * pages) take these schemas, so the OpenAPI document and the responses cannot drift apart.
 */
export const rateKinds = ['ad_valorem', 'specific', 'combined', 'ad_valorem_plus_specific', 'free'] as const;
export type RateKind = (typeof rateKinds)[number];

const isoDate = z.iso.date();
const decimal = z.string().regex(/^\d+(\.\d+)?$/);

export const rate = z
  .object({
    kind: z
      .enum(rateKinds)
      .describe(
        'ad_valorem: percent of the customs value; specific: amount in currency per unit; combined: percent, but not less than the amount per unit (the larger); ' +
          'ad_valorem_plus_specific: percent plus the amount per unit (the sum; a form the Common Customs Tariff uses for a few lines); free: no duty',
      ),
    percent: decimal.nullable(),
    amount: decimal.nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .describe('ISO 4217 code of the specific amount'),
    unit: z
      .string()
      .regex(/^\d{3}$/)
      .nullable()
      .describe(
        'the unit of the specific amount: its code in the EAEU classifier of units of measure (166 kg, 715 pair, 112 litre…)',
      ),
    text: z.string().describe('the rate as the source wrote it'),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    origin: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .describe('origin country (ISO 3166 alpha-2) the measure applies to; null: every origin'),
  })
  .meta({ id: 'Rate' });
export type Rate = z.infer<typeof rate>;

export const ratesAtDate = z
  .object({
    date: isoDate,
    importDuty: rate.nullable(),
    excise: z.array(rate),
    antiDumping: z.array(rate),
    countervailing: z.array(rate),
    special: z.array(rate),
    vat: z.object({ percent: decimal, validFrom: isoDate }).nullable(),
  })
  .meta({ id: 'RatesAtDate' });
export type RatesAtDate = z.infer<typeof ratesAtDate>;

/** What a rate is made of, before it gets its dates and origin. */
export type RateTerms = Pick<Rate, 'kind' | 'percent' | 'amount' | 'currency' | 'unit'>;

/** The duties held by code, as stored (`tariff_rates.measure`) and as named on the command line. */
export const tariffMeasures = ['import_duty', 'excise', 'anti_dumping', 'countervailing', 'special'] as const;
export type TariffMeasure = (typeof tariffMeasures)[number];

/** Measures that may depend on the origin country of the goods. */
export const measuresByOrigin: ReadonlySet<TariffMeasure> = new Set(['anti_dumping', 'countervailing', 'special']);
