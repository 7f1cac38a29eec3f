import { printedDayTime } from '../../day-text.ts';
import type { Printers } from './goods-boxes.ts';

/**
 * A document of any kind as label–value lines (`declarant.address.city` → `Алматы`), for the kinds
 * that have no laid-out view: every filled field shows, in the document's own order. Bounded, so
 * a document with thousands of entries cannot stall the page. Days, days with a time and numbers
 * with a fraction are written as officials write them (issue 21 point 6: 21.11.2025 14:30,
 * 1 234,50); whole numbers stay as they are, since most are codes (8517130000, 75101).
 */
export interface DocumentLine {
  path: string;
  value: string;
}

export function documentLines(
  document: unknown,
  printers?: Pick<Printers, 'number'>,
  limit = 2000,
): { lines: DocumentLine[]; truncated: boolean } {
  const lines: DocumentLine[] = [];
  let truncated = false;
  const walk = (value: unknown, path: string) => {
    if (lines.length >= limit) {
      truncated = true;
      return;
    }
    if (value === null || value === undefined || value === '') return;
    if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, `${path}[${index + 1}]`));
    else if (typeof value === 'object')
      for (const [key, entry] of Object.entries(value)) walk(entry, path ? `${path}.${key}` : key);
    else lines.push({ path, value: printedValue(value, printers) });
  };
  walk(document, '');
  return { lines, truncated };
}

function printedValue(value: unknown, printers?: Pick<Printers, 'number'>): string {
  if (typeof value === 'number' && !Number.isInteger(value) && printers) return printers.number(value);
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(text)) return printedDayTime(text);
  if (printers && /^-?\d+\.\d+$/.test(text)) return printers.number(text);
  return text;
}
