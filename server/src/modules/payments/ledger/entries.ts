/**
 * The balancing rules of the advance account, as pure functions: which accounts each kind of
 * posting moves money between, and what the payer's balances become. A line's amount is signed
 * tiyn, positive into the account and negative out of it; the lines of a posting sum to zero.
 * The payer's accounts (`available`, `reserved`) never go below zero; the customs accounts may:
 * `bank_clearing` is where deposits come from, so it runs negative by what the bank has paid in.
 */
export type LedgerAccountKind = 'available' | 'reserved' | 'bank_clearing' | 'customs_receipts';
export type PostingKind = 'deposit' | 'reservation' | 'debit' | 'release' | 'refund' | 'reversal';

export interface Line {
  account: LedgerAccountKind;
  amount: number;
}

export interface PayerBalances {
  available: number;
  reserved: number;
}

/** A bank payment credited to the payer: from the bank's clearing account to the payer's available money. */
export const depositLines = (amount: number): Line[] => [
  { account: 'bank_clearing', amount: -amount },
  { account: 'available', amount },
];

/** Money held for a declaration on submission: from available to reserved. */
export const reservationLines = (amount: number): Line[] => [
  { account: 'available', amount: -amount },
  { account: 'reserved', amount },
];

/**
 * At release the reservation is closed: what the declaration owes goes to the customs receipts,
 * and what was reserved above it (a lower assessed amount) returns to the payer's available money,
 * in the same posting.
 */
export function debitLines(amount: number, reserved: number): Line[] {
  if (amount > reserved) throw new RangeError(`debit ${amount} above the reservation ${reserved}`);
  const lines: Line[] = [
    { account: 'reserved', amount: -reserved },
    { account: 'customs_receipts', amount },
  ];
  if (reserved > amount) lines.push({ account: 'available', amount: reserved - amount });
  return lines;
}

/** At refusal or withdrawal the reservation returns to available money. */
export const releaseLines = (reserved: number): Line[] => [
  { account: 'reserved', amount: -reserved },
  { account: 'available', amount: reserved },
];

/** Money paid back to the payer's bank account: from available to the bank's clearing account. */
export const refundLines = (amount: number): Line[] => [
  { account: 'available', amount: -amount },
  { account: 'bank_clearing', amount },
];

/** A reversal moves every line of the posting it undoes back. */
export const reversalLines = (original: readonly Line[]): Line[] =>
  original.map((line) => ({ account: line.account, amount: -line.amount }));

/** Double entry: at least two lines, none zero, one per account, summing to zero. */
export function isBalanced(lines: readonly Line[]): boolean {
  const accounts = new Set(lines.map((line) => line.account));
  return (
    lines.length >= 2 &&
    accounts.size === lines.length &&
    lines.every((line) => Number.isSafeInteger(line.amount) && line.amount !== 0) &&
    lines.reduce((sum, line) => sum + line.amount, 0) === 0
  );
}

/** The payer's balances after the lines. */
export function balancesAfter(before: PayerBalances, lines: readonly Line[]): PayerBalances {
  const delta = (account: LedgerAccountKind) =>
    lines.filter((line) => line.account === account).reduce((sum, line) => sum + line.amount, 0);
  return { available: before.available + delta('available'), reserved: before.reserved + delta('reserved') };
}

/** Whether the balances are allowed: the payer's money never below zero. */
export const withinFunds = (balances: PayerBalances): boolean => balances.available >= 0 && balances.reserved >= 0;
