import type { CalculatedPayments } from '@shekara/contracts/declarations/control';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { type Calculation, type CalculationRequest, calculatePayments, type GoodsItem } from './calculate.ts';
import { PaymentErrors } from './errors.ts';
import { loadFacts } from './load-facts.ts';

/**
 * What a goods declaration owes, read from its own boxes and calculated by the engine on the day
 * of its registration (issue 16 points 2–3, ACC-17). This — never box 47 as typed, never a payment
 * document named in box B — is what is reserved at submission and debited at release.
 *
 * Which boxes are read:
 * - the procedure from box 1 (else the first item's box 37);
 * - per item: box 33 (code), 34 (origin), 38 (net mass), 41 (quantity in the additional unit);
 * - the value: box 45, the customs value in tenge, when declared — it is the value the law taxes,
 *   with the additions of the customs value declaration; else box 42 in the box 22 currency,
 *   converted at the National Bank's rate of the day.
 */
export type Assessment =
  | { calculated: true; request: CalculationRequest; calculation: Calculation }
  | { calculated: false; refusal: AppError };

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim().toUpperCase() : undefined;

/** A box's number as a decimal string the engine reads exactly; undefined when absent or negative. */
function decimal(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1e15) return undefined;
  // four places hold every amount a box may carry; trailing zeros say nothing
  return value.toFixed(4).replace(/\.?0+$/, '') || '0';
}

/** The engine's request for a goods declaration, or the refusal that says which box is missing. */
export function goodsCalculationRequest(document: unknown, date: string): CalculationRequest {
  const doc = isObject(document) ? document : {};
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  if (items.length === 0) throw PaymentErrors.PAYMENTS_DECLARATION_INCOMPLETE({ item: '—', box: '32' });
  const currency = text(doc.invoiceCurrency);
  const procedure = text(doc.procedureCode) ?? text(items[0]?.procedureCode) ?? '40';
  return {
    date,
    procedure,
    items: items.map((item, index) => goodsItemOf(item, index + 1, currency)),
  };
}

function goodsItemOf(item: Loose, number: number, currency: string | undefined): GoodsItem {
  const missing = (box: string) => PaymentErrors.PAYMENTS_DECLARATION_INCOMPLETE({ item: number, box });
  const hsCode = typeof item.hsCode === 'string' ? item.hsCode.replace(/\s+/g, '') : '';
  if (!/^[0-9]{10}$/.test(hsCode)) throw missing('33');
  const customsValue = decimal(item.customsValue);
  const invoiceValue = decimal(item.invoiceValue);
  if (customsValue === undefined && (invoiceValue === undefined || currency === undefined))
    throw missing(invoiceValue === undefined ? '42' : '22');
  const netMassKg = decimal(item.netMass);
  if (netMassKg === undefined) throw missing('38');
  const quantity = decimal(item.supplementaryQuantity);
  const unit = text(item.supplementaryUnitCode);
  const origin = text(item.originCountry);
  const preference = text(item.preference);
  return {
    hsCode,
    ...(origin && { originCountry: origin }),
    invoiceValue: customsValue ?? invoiceValue!,
    currency: customsValue !== undefined ? 'KZT' : currency!,
    netMassKg,
    ...(quantity !== undefined && unit && { quantity: { value: quantity, unit } }),
    ...(preference && { preference }),
  };
}

/**
 * Assesses a goods declaration on `date`: the calculation, or the refusal (a missing box, a
 * missing rate) that leaves the declaration to an officer rather than to a guess.
 */
export async function assessGoodsDeclaration(
  db: Database,
  document: unknown,
  date: string,
  language: Language = 'ru',
): Promise<Assessment> {
  try {
    const request = goodsCalculationRequest(document, date);
    return {
      calculated: true,
      request,
      calculation: calculatePayments(request, await loadFacts(db, request), language),
    };
  } catch (error) {
    if (error instanceof AppError) return { calculated: false, refusal: error };
    throw error;
  }
}

/**
 * Box 47 as calculated, for control's comparison: tiyn by payment type per item (by index from 0).
 * The declaration's own lines (the customs fee) are shown in the first item's box 47, as the
 * filling rules of the form place them.
 */
export function calculatedBox47(calculation: Calculation, itemCount: number): CalculatedPayments {
  const items: Record<string, number>[] = Array.from({ length: Math.max(itemCount, 1) }, () => ({}));
  for (const line of calculation.lines) {
    const box = items[(line.item ?? 1) - 1];
    if (box) box[line.paymentType] = (box[line.paymentType] ?? 0) + Number(line.amountTiyn);
  }
  return { items };
}

/** The message of an assessment's stored refusal (its code and params), in `language`. */
export function paymentRefusalMessage(code: string, params: Record<string, unknown>, language: Language): string {
  const known = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | number] =>
      ['string', 'number'].includes(typeof entry[1]),
    ),
  );
  return new AppError(code, 422, known).messageIn(language);
}
