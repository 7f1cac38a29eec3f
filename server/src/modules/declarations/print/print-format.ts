import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import { printedAmount } from '@shekara/contracts/i18n';

/**
 * How values are written on a printed form in Kazakh and Russian (the glossary's rule): a decimal
 * comma, a no-break space between thousands (1 234 567,89), dates DD.MM.YYYY. The space does not
 * break, so a number never splits across lines of a box.
 */
const thousands = '\u00a0';

/** A number as printed: money with two decimals, other quantities with up to three. */
export function printedNumber(value: number | undefined, decimals: 'money' | 'quantity' = 'quantity'): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const fixed = decimals === 'money' ? value.toFixed(2) : String(Number(value.toFixed(3)));
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

export const printedMoney = (value: number | undefined) => printedNumber(value, 'money');

/** An exchange rate with every decimal it has (605.72, 1.2345), a decimal comma as in Kazakh and Russian. */
export const printedRate = (rate: number) => printedAmount(String(rate), 'ru');

/** 'YYYY-MM-DD' (or an ISO instant's date part) as DD.MM.YYYY; anything else as it is. */
export function printedDate(date: string | undefined): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/** An instant as DD.MM.YYYY HH:MM in Almaty (UTC+5 since 1 March 2024, UTC+6 before). */
export function printedAlmatyTime(instant: string | Date): string {
  const at = new Date(instant);
  const offsetHours = at.getTime() >= Date.UTC(2024, 1, 29, 18) ? 5 : 6;
  const local = new Date(at.getTime() + offsetHours * 3_600_000).toISOString();
  return `${printedDate(local)} ${local.slice(11, 16)}`;
}

/** Non-empty parts joined by `separator`. */
export const joined = (parts: readonly (string | number | undefined | null | false)[], separator = ', ') =>
  parts.filter((part) => part !== undefined && part !== null && part !== false && part !== '').join(separator);

interface PartyLike {
  iinBin?: string;
  name?: string;
  address?: { countryCode?: string; region?: string; city?: string; street?: string; postalCode?: string };
}

/** A party as a box prints it: its IIN/BIN, name, then its address on the next line. */
export function printedParty(party: PartyLike | undefined, language: PrintLanguage): string {
  if (!party) return '';
  const number = party.iinBin ? `${language === 'kk' ? 'ЖСН/БСН' : 'ИИН/БИН'} ${party.iinBin}` : '';
  const a = party.address;
  const address = a ? joined([a.postalCode, a.countryCode, a.region, a.city, a.street]) : '';
  return joined([joined([party.name, number]), address], '\n');
}

/** A supporting document as box 44 lists it: kind code, number, date. */
export const printedDocument = (d: { kindCode?: string; number?: string; date?: string }) =>
  joined([d.kindCode, d.number, printedDate(d.date)], ' ');
