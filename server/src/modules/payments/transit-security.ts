import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { type CalculationRequest, calculatePayments } from './calculate.ts';
import { PaymentErrors } from './errors.ts';
import { loadFacts } from './load-facts.ts';

/**
 * The security of a transit declaration (procedure 80, EAEU Customs Code art. 268 p. 4) as the
 * engine calculates it on `date`: the duties and taxes the goods would owe released for domestic
 * consumption, read from the transit declaration's own boxes — 33 (code), 42 (value) in the
 * header's currency (box 22). The transit form carries no net mass, so box 35's gross mass stands
 * for it: a rate per kilogram then secures a little more, never less. A box missing or a rate
 * missing gives the refusal, and the office of departure judges the security from box 52.
 */
export type TransitSecurity = { calculated: true; amountTiyn: bigint } | { calculated: false; refusal: AppError };

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const decimal = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e15
    ? value.toFixed(4).replace(/\.?0+$/, '') || '0'
    : undefined;

export function transitSecurityRequest(document: unknown, date: string): CalculationRequest {
  const doc = isObject(document) ? document : {};
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  if (items.length === 0) throw PaymentErrors.PAYMENTS_DECLARATION_INCOMPLETE({ item: '—', box: '32' });
  const currency = typeof doc.invoiceCurrency === 'string' ? doc.invoiceCurrency.trim().toUpperCase() : '';
  return {
    date,
    procedure: '80',
    items: items.map((item, index) => {
      const missing = (box: string) => PaymentErrors.PAYMENTS_DECLARATION_INCOMPLETE({ item: index + 1, box });
      const hsCode = typeof item.hsCode === 'string' ? item.hsCode.replace(/\s+/g, '') : '';
      if (!/^[0-9]{10}$/.test(hsCode)) throw missing('33');
      const invoiceValue = decimal(item.invoiceValue);
      if (invoiceValue === undefined) throw missing('42');
      if (!/^[A-Z]{3}$/.test(currency)) throw missing('22');
      const mass = decimal(item.grossMass);
      if (mass === undefined) throw missing('35');
      return { hsCode, invoiceValue, currency, netMassKg: mass };
    }),
  };
}

export async function assessTransitSecurity(db: Database, document: unknown, date: string): Promise<TransitSecurity> {
  try {
    const request = transitSecurityRequest(document, date);
    const calculation = calculatePayments(request, await loadFacts(db, request));
    return { calculated: true, amountTiyn: calculation.security?.amountTiyn ?? 0n };
  } catch (error) {
    if (error instanceof AppError) return { calculated: false, refusal: error };
    throw error;
  }
}
