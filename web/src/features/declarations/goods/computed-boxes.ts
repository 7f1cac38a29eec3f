/** A published rate as the reference module gives it: tenge for `units` of the currency. */
export interface ExchangeRate {
  currency: string;
  units: number;
  rate: string;
}

type Item = Record<string, unknown> & { invoiceValue?: number; customsValue?: number; packages?: number };
type Document = Record<string, unknown> & { items?: Item[] };

const cents = (value: number) => Math.round(value * 100) / 100;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Tenge for one unit of a currency from the rates of the document's date; 1 for tenge; undefined when not published. */
export function rateOf(rates: readonly ExchangeRate[] | undefined, currency: unknown): number | undefined {
  if (typeof currency !== 'string' || currency === '') return undefined;
  if (currency === 'KZT') return 1;
  const found = rates?.find((rate) => rate.currency === currency);
  if (!found) return undefined;
  const value = Number(found.rate) / found.units;
  return Number.isFinite(value) && value > 0 ? Math.round(value * 10_000) / 10_000 : undefined;
}

/** What `changed` says when the rates of the document's date arrive: first on opening, then after its date changed. */
export const firstRates = '#first-rates';
export const ratesOfNewDate = '#rates-of-new-date';

/**
 * The boxes the editor computes as the user edits (issue 19 point 2), so they are never retyped
 * from control's messages: box 23 (the rate of box 22's currency on the document's date), each
 * item's box 45 (its box 42 at that rate, the transaction value when no other method is stated)
 * and the totals of boxes 5, 6, 12 and 22. `changed` is the path just edited: a customs value
 * typed by hand stays until its item's invoice value or the rate changes; a rate the document
 * holds is kept on opening (the rates' first arrival fills only an empty box 23). Returns the same object
 * when nothing changes, so an edit that computes nothing saves nothing more.
 */
export function withComputedBoxes(
  doc: Document,
  changed: string,
  rates: readonly ExchangeRate[] | undefined,
): Document {
  let next: Document = doc;
  const set = (key: string, value: unknown) => {
    if (next[key] !== value) next = { ...next, [key]: value };
  };

  if (
    changed === 'invoiceCurrency' ||
    changed === ratesOfNewDate ||
    (changed === firstRates && doc.exchangeRate === undefined)
  ) {
    const rate = rateOf(rates, doc.invoiceCurrency);
    if (rate !== undefined && doc.invoiceCurrency !== 'KZT') set('exchangeRate', rate);
  }
  const rate = next.invoiceCurrency === 'KZT' ? 1 : isNumber(next.exchangeRate) ? next.exchangeRate : undefined;
  const rateChanged = next.exchangeRate !== doc.exchangeRate || changed === 'exchangeRate';
  const edited = /^items\.(\d+)\.invoiceValue$/.exec(changed);

  const items = doc.items ?? [];
  let valued = items;
  if (rate !== undefined && (rateChanged || edited)) {
    valued = items.map((item, index) => {
      if (!rateChanged && String(index) !== edited?.[1]) return item;
      if (item.valuationMethod !== undefined && item.valuationMethod !== '1') return item;
      const value = isNumber(item.invoiceValue) ? cents(item.invoiceValue * rate) : undefined;
      return value === item.customsValue ? item : { ...item, customsValue: value };
    });
    if (valued.some((item, index) => item !== items[index])) next = { ...next, items: valued };
  }

  if (valued.length > 0 || next.totalItems !== undefined) set('totalItems', valued.length);
  const sum = (key: 'packages' | 'customsValue' | 'invoiceValue') =>
    valued.some((item) => isNumber(item[key]))
      ? cents(valued.reduce((total, item) => total + (isNumber(item[key]) ? (item[key] as number) : 0), 0))
      : undefined;
  const packages = sum('packages');
  if (packages !== undefined || next.totalPackages !== undefined) set('totalPackages', packages);
  const customs = sum('customsValue');
  if (customs !== undefined || next.totalCustomsValue !== undefined) set('totalCustomsValue', customs);
  const invoice = sum('invoiceValue');
  if (invoice !== undefined || next.totalInvoiceAmount !== undefined) set('totalInvoiceAmount', invoice);
  return next;
}
