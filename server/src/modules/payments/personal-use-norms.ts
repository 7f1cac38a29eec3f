/**
 * Goods for personal use (Decision of the EEC Council No. 107 of 20.12.2017, Annexes 1 and 2, as
 * amended): the value and mass a person may bring in free of duties and taxes by each channel,
 * and the unified rate (6010) on what exceeds them — a percent of the value over the norm, but
 * not less than an amount in euro per kilogram over the norm. The norms are per shipment or per
 * person's baggage, so they apply to the declaration's items together.
 */
export const personalUseChannels = ['post', 'air-baggage', 'other-baggage'] as const;
export type PersonalUseChannel = (typeof personalUseChannels)[number];

export interface PersonalUseNorm {
  /** free of payments up to this value, in euro */
  valueEur: string;
  /** and up to this gross mass, in kilograms */
  massKg: string;
  /** the unified rate: this percent of the value over the norm… */
  percent: string;
  /** …but not less than this many euro per kilogram over the norm */
  eurPerKg: string;
}

interface DatedNorms {
  validFrom: string;
  validTo: string | null;
  norms: Record<PersonalUseChannel, PersonalUseNorm>;
}

export const personalUseNorms: DatedNorms[] = [
  {
    // the post norm came down to 200 EUR on 01.01.2020 (Decision No. 107 as first adopted)
    validFrom: '2020-01-01',
    validTo: null,
    norms: {
      post: { valueEur: '200', massKg: '31', percent: '15', eurPerKg: '2' },
      'air-baggage': { valueEur: '10000', massKg: '50', percent: '30', eurPerKg: '4' },
      'other-baggage': { valueEur: '500', massKg: '25', percent: '30', eurPerKg: '4' },
    },
  },
];

export function normsOn(date: string): DatedNorms['norms'] | undefined {
  return personalUseNorms.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo >= date))?.norms;
}
