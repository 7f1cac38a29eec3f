import { parseIinBin } from '@shekara/contracts/domain';
import type { Queryable } from '../../platform/db/database.ts';
import { CredentialsErrors } from './errors.ts';

/**
 * The identification number the body gives a non-resident individual without an IIN, for the
 * account (the "9900…" numbers Keden issues for personal accounts): `9900` and an 8-digit serial,
 * 12 digits like an IIN/BIN so that it fits wherever one is stored.
 *
 * It can never be someone's real IIN or BIN: both begin with a date, an IIN with the birth date
 * YYMMDD and a BIN with the registration's YYMM, so their third and fourth digits are a month,
 * 01–12; `9900` puts month 00 there. `parseIinBin` refuses every such number, which is checked
 * below too, so a number of this series is also never taken for a real IIN by the forms.
 */
export const nonResidentPrefix = '9900';
const lastSerial = 99_999_999;

/**
 * The next number of the series, in the approving transaction: the counter's one row is
 * incremented under its lock, so two approvals at once get consecutive numbers, and an approval
 * rolled back gives its number back: the series has no gaps and no repeats.
 */
export async function nextNonResidentNumber(tx: Queryable): Promise<string> {
  const { rows } = await tx.query<{ serial: string }>(
    `update non_resident_number_serial set last_serial = last_serial + 1
      where last_serial < $1
      returning last_serial::text as serial`,
    [lastSerial],
  );
  if (!rows[0]) throw CredentialsErrors.CREDENTIALS_IDENTIFICATION_NUMBERS_EXHAUSTED();
  const number = nonResidentNumber(Number(rows[0].serial));
  // The series' whole point: never a number someone already holds as an IIN/BIN.
  if (parseIinBin(number).valid) throw new Error(`non-resident number ${number} reads as a real IIN/BIN`);
  return number;
}

export function nonResidentNumber(serial: number): string {
  return `${nonResidentPrefix}${String(serial).padStart(8, '0')}`;
}
