import { parseIinBin, checkDigit as serverCheckDigit } from '@shekara/contracts/domain';
import { organization, plannedHolders } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { checkIinBin } from './iin-bin.ts';

/** A number with the right check digit for its first 11 digits (or null when none exists). */
function complete(first11: string): string | null {
  const digit = serverCheckDigit(first11);
  return digit === null ? null : first11 + digit;
}

describe('the IIN/BIN check as the user types (REG-6)', () => {
  it('waits while fewer than 12 digits are typed, and refuses anything else', () => {
    const verdicts = {
      incomplete: ['', '85011530'],
      format: ['85011530012a', '8501153001234'],
    };
    for (const [verdict, typings] of Object.entries(verdicts))
      for (const typed of typings) expect(checkIinBin(typed), typed).toBe(verdict);
  });

  it('knows the test PKI’s people by IIN and their company by BIN', () => {
    for (const holder of plannedHolders) expect(checkIinBin(holder.iin), holder.id).toBe('iin');
    expect(checkIinBin(organization.bin)).toBe('bin');
  });

  it('finds a wrong check digit', () => {
    const iin = plannedHolders[0]!.iin;
    const wrong = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
    expect(checkIinBin(wrong)).toBe('check_digit');
  });

  it('agrees with the server on every kind of number', () => {
    const samples = [
      '850115300012',
      '790308400027',
      '150440000012',
      '151399000012',
      '990230500012',
      '000000000000',
      '123456789012',
      '850115900012',
    ];
    let counted = 0;
    for (let serial = 0; serial < 400; serial++)
      samples.push(String(850115300000 + serial * 37).padStart(12, '0'), String(150440000000 + serial * 91));
    for (const sample of samples) {
      const fixed = complete(sample.slice(0, 11)) ?? sample;
      for (const value of [sample, fixed]) {
        const server = parseIinBin(value);
        const client = checkIinBin(value);
        if (server.valid) expect(client, value).toBe(server.number.kind);
        else expect(client, value).toBe(server.problem);
        counted++;
      }
    }
    expect(counted).toBeGreaterThan(800);
  });
});
