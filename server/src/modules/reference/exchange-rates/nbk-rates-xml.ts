import { DOMParser, type Element } from '@xmldom/xmldom';
import type { RejectedRow } from '../importing/import-report.ts';

/** The daily file is a few kilobytes; anything far larger is not it. */
export const maxRatesXmlLength = 1024 * 1024;

/** One currency's rate as published: `rate` tenge for `units` of the currency. */
export interface PublishedRate {
  currency: string;
  units: number;
  /** decimal string, as published */
  rate: string;
  /** the change since the previous publication, a signed decimal string; null when absent */
  change: string | null;
}

export interface PublishedRates {
  /** the day the rates are for, YYYY-MM-DD */
  date: string;
  rates: PublishedRate[];
  rejected: RejectedRow[];
}

/** The file as a whole cannot be read (not XML, no date): nothing of it is imported. */
export class RatesFileRefused extends Error {
  override readonly name = 'RatesFileRefused';
}

const decimal = /^\d{1,12}(\.\d{1,4})?$/;
const signedDecimal = /^[+-]?\d{1,12}(\.\d{1,4})?$/;

/**
 * Reads the National Bank of Kazakhstan's daily rates XML
 * (`<rates><date>DD.MM.YYYY</date><item><title>USD</title><description>470.5</description><quant>1</quant><change>+1.2</change>…</item>…</rates>`).
 * An item that cannot be read is rejected with its position and reason, never guessed.
 */
export function parseNbkRates(xml: string): PublishedRates {
  if (xml.length > maxRatesXmlLength)
    throw new RatesFileRefused(`the file is longer than ${maxRatesXmlLength} characters`);
  // Entity declarations could expand without bound; the National Bank's file has none.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new RatesFileRefused('a DTD or entity declaration is not accepted');
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new RatesFileRefused(`not well-formed XML: ${message}`);
      },
    });
    root = parser.parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml').documentElement;
  } catch (error) {
    throw error instanceof RatesFileRefused
      ? error
      : new RatesFileRefused(`not well-formed XML: ${(error as Error).message}`);
  }
  if (root?.tagName !== 'rates') throw new RatesFileRefused('the document element is not <rates>');

  const children = Array.from(root.childNodes).filter((node): node is Element => node.nodeType === node.ELEMENT_NODE);
  const dateText = children.find((child) => child.tagName === 'date')?.textContent?.trim() ?? '';
  const date = isoDateOf(dateText);
  if (!date) throw new RatesFileRefused(`no valid <date> (DD.MM.YYYY): "${dateText.slice(0, 40)}"`);

  const rates: PublishedRate[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  children
    .filter((child) => child.tagName === 'item')
    .forEach((item, index) => {
      const field = (name: string) => Array.from(item.getElementsByTagName(name))[0]?.textContent?.trim() ?? '';
      const currency = field('title');
      const rate = field('description').replace(',', '.');
      const units = field('quant');
      const change = field('change').replace(',', '.');
      const reason = !/^[A-Z]{3}$/.test(currency)
        ? `the currency code "${currency}" is not three capital letters`
        : seen.has(currency)
          ? `${currency} appears twice`
          : !decimal.test(rate) || Number(rate) === 0
            ? `the rate "${rate}" is not a positive decimal number`
            : !/^[1-9]\d{0,6}$/.test(units)
              ? `the number of units "${units}" is not a positive whole number`
              : change !== '' && !signedDecimal.test(change)
                ? `the change "${change}" is not a decimal number`
                : null;
      if (reason) {
        rejected.push({ line: `item ${index + 1}`, reason, text: item.toString().replace(/\s+/g, ' ') });
        return;
      }
      seen.add(currency);
      rates.push({ currency, units: Number(units), rate, change: change === '' ? null : change });
    });
  return { date, rates, rejected };
}

function isoDateOf(text: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** The day as the National Bank's URL wants it: DD.MM.YYYY. */
export function nbkDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
