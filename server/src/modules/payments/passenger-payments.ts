import { type PassengerDeclaration, passengerChannelOf } from '@shekara/contracts/declarations/documents';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { type Calculation, type CalculationRequest, calculatePayments } from './calculate.ts';
import type { Assessment } from './declaration-payments.ts';
import { PaymentErrors } from './errors.ts';
import { loadFacts } from './load-facts.ts';

/**
 * What a passenger declaration owes (issue 17 point 2; ACC-10, ACC-20): its goods for personal
 * use together, at the unified rate (6010) over the norms of EEC Council Decision No. 107 of the
 * channel its box 2 names — post or carrier, baggage by air, other baggage — on the day of its
 * registration. Goods taken out of the Union, or a declaration of cash or vehicles alone, owe
 * nothing at the unified rate: the request is null.
 *
 * Goods for personal use carry no TN VED code: the unified rate does not depend on it, and the
 * engine reads no tariff for them.
 */
export function passengerCalculationRequest(document: unknown, date: string): CalculationRequest | null {
  const doc = (typeof document === 'object' && document !== null ? document : {}) as PassengerDeclaration;
  const goods = Array.isArray(doc.goods) ? doc.goods : [];
  if (doc.direction === 'exit' || goods.length === 0) return null;
  const channel = passengerChannelOf(doc);
  if (!channel) throw PaymentErrors.PAYMENTS_PERSONAL_USE_CHANNEL_REQUIRED();
  return {
    date,
    procedure: 'personal-use',
    personalUse: { channel },
    items: goods.map((item, index) => {
      const missing = () => PaymentErrors.PAYMENTS_DECLARATION_INCOMPLETE({ item: index + 1, box: '5' });
      const value = decimal(item.value);
      const mass = decimal(item.massKg);
      const currency = typeof item.currency === 'string' ? item.currency.trim().toUpperCase() : '';
      if (value === undefined || mass === undefined || !/^[A-Z]{3}$/.test(currency)) throw missing();
      return { hsCode: '', invoiceValue: value, currency, netMassKg: mass };
    }),
  };
}

/** A number of the form as a decimal string the engine reads exactly; undefined when absent or negative. */
function decimal(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1e15) return undefined;
  return value.toFixed(4).replace(/\.?0+$/, '') || '0';
}

const nothingOwed: Calculation = { lines: [], totals: new Map(), total: 0n };

/** The calculation of a passenger declaration's payments on `date`: nothing, when it owes nothing at the unified rate. */
export async function calculatePassengerDeclaration(
  db: Database,
  document: unknown,
  date: string,
  language: Language = 'ru',
): Promise<Calculation> {
  const request = passengerCalculationRequest(document, date);
  if (!request) return nothingOwed;
  return calculatePayments(request, await loadFacts(db, request), language);
}

/**
 * Assesses a passenger declaration at registration, as goods declarations are assessed: the
 * calculation, or the refusal (a missing value, a missing exchange rate) that leaves it to an
 * officer.
 */
export async function assessPassengerDeclaration(db: Database, document: unknown, date: string): Promise<Assessment> {
  try {
    const request = passengerCalculationRequest(document, date);
    if (!request)
      return { calculated: true, request: { date, procedure: 'personal-use', items: [] }, calculation: nothingOwed };
    return { calculated: true, request, calculation: calculatePayments(request, await loadFacts(db, request)) };
  } catch (error) {
    if (error instanceof AppError) return { calculated: false, refusal: error };
    throw error;
  }
}
