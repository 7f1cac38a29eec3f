import { describe, expect, it } from 'vitest';
import {
  balancesAfter,
  debitLines,
  depositLines,
  isBalanced,
  refundLines,
  releaseLines,
  reservationLines,
  reversalLines,
  withinFunds,
} from './entries.ts';
import { tengeOf, tiynOf } from './money.ts';

describe('the balancing rules of the advance account', () => {
  it('every kind of posting balances: its lines sum to zero', () => {
    for (const lines of [
      depositLines(150_000),
      reservationLines(150_000),
      debitLines(150_000, 150_000),
      debitLines(100_000, 150_000),
      releaseLines(150_000),
      refundLines(150_000),
      reversalLines(depositLines(150_000)),
    ]) {
      expect(isBalanced(lines), JSON.stringify(lines)).toBe(true);
    }
  });

  it('refuses lines that do not balance, a single line, a zero line or an account twice', () => {
    expect(
      isBalanced([
        { account: 'available', amount: 100 },
        { account: 'bank_clearing', amount: -99 },
      ]),
    ).toBe(false);
    expect(isBalanced([{ account: 'available', amount: 0 }])).toBe(false);
    expect(
      isBalanced([
        { account: 'available', amount: 0 },
        { account: 'reserved', amount: 0 },
      ]),
    ).toBe(false);
    expect(
      isBalanced([
        { account: 'available', amount: 5 },
        { account: 'available', amount: -5 },
      ]),
    ).toBe(false);
    expect(
      isBalanced([
        { account: 'available', amount: 0.5 },
        { account: 'reserved', amount: -0.5 },
      ]),
    ).toBe(false);
  });

  it('a deposit adds to available money; a reservation moves it to reserved; a debit takes it out', () => {
    let balances = { available: 0, reserved: 0 };
    balances = balancesAfter(balances, depositLines(1_000_00));
    expect(balances).toEqual({ available: 1_000_00, reserved: 0 });
    balances = balancesAfter(balances, reservationLines(600_00));
    expect(balances).toEqual({ available: 400_00, reserved: 600_00 });
    balances = balancesAfter(balances, debitLines(550_00, 600_00));
    expect(balances).toEqual({ available: 450_00, reserved: 0 });
  });

  it('a release returns the reservation; a refund pays available money back; a reversal undoes a deposit', () => {
    const start = { available: 400_00, reserved: 600_00 };
    expect(balancesAfter(start, releaseLines(600_00))).toEqual({ available: 1_000_00, reserved: 0 });
    expect(balancesAfter(start, refundLines(400_00))).toEqual({ available: 0, reserved: 600_00 });
    expect(balancesAfter(start, reversalLines(depositLines(400_00)))).toEqual({ available: 0, reserved: 600_00 });
  });

  it('a reservation above the available money leaves the balance below zero, which is not allowed', () => {
    const after = balancesAfter({ available: 100_00, reserved: 0 }, reservationLines(100_01));
    expect(after.available).toBe(-1);
    expect(withinFunds(after)).toBe(false);
    expect(withinFunds(balancesAfter({ available: 100_00, reserved: 0 }, reservationLines(100_00)))).toBe(true);
  });

  it('a debit above its reservation is a programming error', () => {
    expect(() => debitLines(101, 100)).toThrow(RangeError);
  });
});

describe('money in tiyn', () => {
  it('reads tenge with up to two places and writes two', () => {
    expect(tiynOf('1500')).toBe(150_000);
    expect(tiynOf('1500.5')).toBe(150_050);
    expect(tiynOf('0.01')).toBe(1);
    expect(tiynOf('100000000000')).toBe(10_000_000_000_000);
    expect(tengeOf(150_005)).toBe('1500.05');
    expect(tengeOf(-5)).toBe('-0.05');
    expect(tengeOf(0)).toBe('0.00');
  });

  it.each(['0', '0.00', '-1', '1.001', '1e3', '01', '', ' 1', '100000000000.01', '1,5'])('refuses %j', (text) => {
    expect(() => tiynOf(text)).toThrow(/LEDGER_AMOUNT_INVALID/);
  });
});
