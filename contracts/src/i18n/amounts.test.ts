import { describe, expect, it } from 'vitest';
import { printedAmount } from './amounts.ts';

describe('printedAmount (issue 19 point 9, issue 21 point 6)', () => {
  it('writes kk and ru amounts with a no-break space between thousands and a decimal comma, en the English way', () => {
    expect(printedAmount(36465313.15, 'kk')).toBe('36\u00a0465\u00a0313,15');
    expect(printedAmount('7416352.81', 'ru')).toBe('7\u00a0416\u00a0352,81');
    expect(printedAmount(7416352.8, 'en')).toBe('7,416,352.80');
    expect(printedAmount('-1000', 'ru')).toBe('-1\u00a0000');
  });

  it('groups every length of whole part from the right, and leaves the fraction as it is', () => {
    const grouped = ['0', '12', '123', '1\u00a0234', '12\u00a0345', '123\u00a0456', '1\u00a0234\u00a0567'];
    for (const written of grouped) {
      const digits = written.replaceAll('\u00a0', '');
      expect(printedAmount(digits, 'ru')).toBe(written);
      expect(printedAmount(`-${digits}.0050`, 'kk')).toBe(`-${written},0050`);
      expect(printedAmount(`${digits}.5`, 'en')).toBe(`${written.replaceAll('\u00a0', ',')}.5`);
    }
    expect(printedAmount('0012', 'ru')).toBe('0\u00a0012');
  });

  it('leaves what is not an amount as it is', () => {
    for (const text of ['15%', '-', '1.', '.5', '1.2.3', '--1', '1 000', ''])
      expect(printedAmount(text, 'kk')).toBe(text);
  });
});
