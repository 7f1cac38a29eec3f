import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { transitSecurityRequest } from './transit-security.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, params: error.params };
  }
  return null;
};

describe('the security of a transit declaration, read from its boxes (ACC-10)', () => {
  it('asks the engine for procedure 80 with box 33, box 42 in the box 22 currency and box 35 as the mass', () => {
    const request = transitSecurityRequest(
      {
        invoiceCurrency: 'usd',
        items: [{ hsCode: '8418 1020 01', invoiceValue: 1200.5, grossMass: 80 }],
      },
      '2026-04-07',
    );
    expect(request).toEqual({
      date: '2026-04-07',
      procedure: '80',
      items: [{ hsCode: '8418102001', invoiceValue: '1200.5', currency: 'USD', netMassKg: '80' }],
    });
  });

  it('names the box it misses rather than guessing: a six-digit code, no value, no currency, no mass', () => {
    const item = { hsCode: '8418102001', invoiceValue: 10, grossMass: 1 };
    const boxOf = (document: unknown) => refusal(() => transitSecurityRequest(document, '2026-04-07'))?.params.box;
    expect(boxOf({ invoiceCurrency: 'USD', items: [] })).toBe('32');
    expect(boxOf({ invoiceCurrency: 'USD', items: [{ ...item, hsCode: '841810' }] })).toBe('33');
    expect(boxOf({ invoiceCurrency: 'USD', items: [{ ...item, invoiceValue: undefined }] })).toBe('42');
    expect(boxOf({ items: [item] })).toBe('22');
    expect(boxOf({ invoiceCurrency: 'USD', items: [{ ...item, grossMass: -1 }] })).toBe('35');
  });
});
