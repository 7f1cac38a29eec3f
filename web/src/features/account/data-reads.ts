import type { DataRead } from './account-api.ts';

/**
 * Who read the data, as the user's list names them: the officer and the body they work in, or
 * the Committee's administrator, who belongs to no body. Missing parts are left out, not guessed.
 */
export function readerOf(
  read: Pick<DataRead, 'officerName' | 'officeName' | 'officeCode' | 'administrator'>,
  administrator: string,
): string {
  const body = read.administrator
    ? administrator
    : [read.officeCode, read.officeName].filter((part): part is string => Boolean(part)).join(' ');
  return [read.officerName, body].filter(Boolean).join(', ');
}

/** The catalogue key of what was read (an account, its access, a declaration, a file attached to one…). */
export const readObjectKey = (object: DataRead['object']) => `account.dataReads.objects.${object}`;

/** The page the list shows, from the address: 1 unless a whole number above 1 is given. */
export function pageOf(raw: string | null): number {
  const page = Number(raw ?? '1');
  return Number.isInteger(page) && page > 1 ? page : 1;
}
