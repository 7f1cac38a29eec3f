import type { CalculationRequest } from '@shekara/contracts/payments';

/**
 * The payments calculator's form as people fill it, and the request it becomes (ACC-10, ACC-20):
 * codes as people type them (spaces in a TN VED code, lowercase country and currency), amounts
 * with a comma or a dot, and nothing cut silently — a value that cannot be read stays as typed and
 * the server names it.
 */
export type Procedure = '40' | 'personal-use';
export type Channel = 'post' | 'air-baggage' | 'other-baggage';

export interface ItemDraft {
  hsCode: string;
  originCountry: string;
  invoiceValue: string;
  currency: string;
  netMassKg: string;
  quantity: string;
  unit: string;
  /** box 36: preferences claimed, "ОООО-ОО" or empty for none */
  preference: string;
}

export interface CalculatorDraft {
  date: string;
  procedure: Procedure;
  channel: Channel;
  items: ItemDraft[];
}

export const emptyItem: ItemDraft = {
  hsCode: '',
  originCountry: '',
  invoiceValue: '',
  currency: 'EUR',
  netMassKg: '',
  quantity: '',
  unit: '',
  preference: '',
};

export const newDraft = (date: string): CalculatorDraft => ({
  date,
  procedure: '40',
  channel: 'post',
  items: [{ ...emptyItem }],
});

/** The largest number of goods items one calculation takes, as the server bounds it. */
export const maxItems = 999;

/** "1 234,50" or "1234.5" → "1234.50"-like decimal text; anything else is left as typed for the server to refuse. */
export function decimalOf(typed: string): string {
  const compact = typed.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(compact) ? compact : typed.trim();
}

/** A TN VED code as printed ("8517 13 000 0") → its ten digits. */
export const hsCodeOf = (typed: string): string => typed.replace(/[\s.]/g, '');

export function requestOf(draft: CalculatorDraft): CalculationRequest {
  return {
    date: draft.date,
    procedure: draft.procedure,
    ...(draft.procedure === 'personal-use' && { personalUse: { channel: draft.channel } }),
    items: draft.items.map((item) => ({
      hsCode: hsCodeOf(item.hsCode),
      originCountry: item.originCountry.trim().toUpperCase(),
      invoiceValue: decimalOf(item.invoiceValue),
      currency: item.currency.trim().toUpperCase(),
      netMassKg: decimalOf(item.netMassKg),
      ...(item.quantity.trim() !== '' && {
        quantity: { value: decimalOf(item.quantity), unit: item.unit.trim() },
      }),
      ...(draft.procedure === '40' && item.preference.trim() !== '' && { preference: item.preference.trim() }),
    })),
  };
}
