import { type LocalizedText, localizedAmount } from '../../../i18n/index.ts';

/**
 * Small pieces the rules share. Rules read half-filled drafts: every field may be absent, and a
 * rule that needs a value another rule reports missing stays silent rather than report twice.
 */
export const say = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

/** An IIN or BIN that fails its rule ({value} is the text as written): one message wherever a rule checks one. */
export const invalidIinBin = say(
  '«{value}» жарамды ЖСН/БСН емес: 12 цифр, соңғысы бақылау цифры.',
  '«{value}» — недействительный ИИН/БИН: 12 цифр, последняя — контрольная.',
  '"{value}" is not a valid IIN/BIN: 12 digits, the last a check digit.',
);

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Amounts compared to the cent: sums of decimals in binary floating point drift by far less. */
export const cents = 0.01;
export function differs(a: number, b: number, tolerance = cents): boolean {
  return Math.abs(a - b) > tolerance + 1e-9;
}

/** An amount as a message prints it: two decimals, as each language writes them (1 234,50 in kk and ru). */
export const money = (value: number): LocalizedText => localizedAmount(value.toFixed(2));
/** A mass or quantity: up to three decimals, trailing zeros dropped, as each language writes them. */
export const measure = (value: number): LocalizedText => localizedAmount(String(Math.round(value * 1000) / 1000));

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date written YYYY-MM-DD that exists (no 31 April, 29 February in leap years only). Arithmetic, no Date: it runs for every date of every item. */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : daysInMonth[month - 1]!);
}

/** The value at a dotted path (`declarant.iinBin`), or undefined. */
export function valueAt(document: unknown, path: string): unknown {
  let value: unknown = document;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The list at a field, or an empty one when a draft has none yet. */
export function listOf<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A field's path in parts (`'items', 3, 'documents', 0, 'kindCode'`), joined only when a finding
 * names it: fixed parameters, no array per call, on the paths walked for every item.
 */
export type PathParts = [a: string, b?: string | number, c?: string | number, d?: string | number, e?: string | number];

export function joinPath(
  a: string,
  b?: string | number,
  c?: string | number,
  d?: string | number,
  e?: string | number,
): string {
  let path = a;
  for (const part of [b, c, d, e]) if (part !== undefined) path += `.${part}`;
  return path;
}
