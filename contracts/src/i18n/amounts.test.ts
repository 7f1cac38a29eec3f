import { describe, expect, it } from 'vitest';
import { printedAmount } from './amounts.ts';

describe('printedAmount (issue 19 point 9, issue 21 point 6)', () => {
  it('writes kk and ru amounts with a no-break space between thousands and a decimal comma, en the English way', () => {
    expect(printedAmount(36465313.15, 'kk')).toBe('36\u00a0465\u00a0313,15');
    expect(printedAmount('7416352.81', 'ru')).toBe('7\u00a0416\u00a0352,81');
    expect(printedAmount(7416352.8, 'en')).toBe('7,416,352.80');
    expect(printedAmount('-1000', 'ru')).toBe('-1\u00a0000');
  });

  it('leaves what is not an amount as it is', () => {
    expect(printedAmount('15%', 'kk')).toBe('15%');
  });
});
