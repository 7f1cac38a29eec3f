import { LedgerErrors } from './errors.ts';

/**
 * Money in the ledger is a whole number of tiyn (1 tenge = 100 tiyn), never a binary float: the
 * API speaks decimal strings in tenge with two places, the database bigint tiyn. A posting is
 * bounded at 100 billion tenge, so every sum the ledger makes stays a safe JavaScript integer.
 */
export const maxPostingTiyn = 100_000_000_000 * 100;

const tengePattern = /^(0|[1-9][0-9]{0,11})(?:\.([0-9]{1,2}))?$/;

/** Tiyn of a decimal string in tenge ("1500", "1500.5", "1500.05"); refuses zero, negatives and more than two places. */
export function tiynOf(tenge: string): number {
  const match = tengePattern.exec(tenge);
  if (!match) throw LedgerErrors.LEDGER_AMOUNT_INVALID();
  const tiyn = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (tiyn <= 0 || tiyn > maxPostingTiyn) throw LedgerErrors.LEDGER_AMOUNT_INVALID();
  return tiyn;
}

/** A tiyn amount as tenge with two places: 150005 → "1500.05", -5 → "-0.05". */
export function tengeOf(tiyn: number): string {
  if (!Number.isSafeInteger(tiyn)) throw new RangeError(`not a whole number of tiyn: ${tiyn}`);
  const sign = tiyn < 0 ? '-' : '';
  const abs = Math.abs(tiyn);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
