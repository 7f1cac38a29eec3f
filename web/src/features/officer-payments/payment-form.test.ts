import { describe, expect, it } from 'vitest';
import { newIdempotencyKey, statementFormatOf, tengeTyped } from './payment-form.ts';

describe('the officer’s payment forms (ACC-14)', () => {
  it('makes an idempotency key the server accepts, new for each form', () => {
    const key = newIdempotencyKey('deposit');
    expect(key).toMatch(/^deposit-[A-Za-z0-9._:-]{8,}$/);
    expect(key.length).toBeLessThanOrEqual(100);
    expect(newIdempotencyKey('deposit')).not.toBe(key);
    expect(newIdempotencyKey('reverse', () => 'fixed')).toBe('reverse-fixed');
  });

  it('reads an amount as people type it, and refuses what is no amount', () => {
    expect(tengeTyped('1 500,50')).toBe('1500.50');
    expect(tengeTyped('20000')).toBe('20000');
    expect(tengeTyped('12\u00a0000.5')).toBe('12000.5');
    expect(tengeTyped('0')).toBeNull();
    expect(tengeTyped('0.00')).toBeNull();
    expect(tengeTyped('-5')).toBeNull();
    expect(tengeTyped('1.234')).toBeNull();
    expect(tengeTyped('1e9')).toBeNull();
    expect(tengeTyped('')).toBeNull();
  });

  it('tells a camt.053 statement from a CSV one', () => {
    expect(statementFormatOf('statement.xml', 'anything')).toBe('camt053');
    expect(statementFormatOf('statement.txt', '\uFEFF  <?xml version="1.0"?><Document/>')).toBe('camt053');
    expect(statementFormatOf('statement.csv', 'payer;amount;document_number;document_date;note')).toBe('csv');
  });
});
