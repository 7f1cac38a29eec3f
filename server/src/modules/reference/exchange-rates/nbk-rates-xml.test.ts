import { describe, expect, it } from 'vitest';
import { nbkRatesXml, november21 } from './nbk-rates.fixture.ts';
import { nbkDate, parseNbkRates, RatesFileRefused } from './nbk-rates-xml.ts';

describe("the National Bank's daily rates XML (issue 5 point 3)", () => {
  it('reads the date and each currency: rate, units and change, decimals as written', () => {
    expect(parseNbkRates(november21)).toEqual({
      date: '2026-11-21',
      rates: [
        { currency: 'USD', units: 1, rate: '470.5', change: '+1.2' },
        { currency: 'EUR', units: 1, rate: '512.34', change: '-0.87' },
        { currency: 'RUB', units: 1, rate: '5.84', change: '+0.02' },
        { currency: 'UZS', units: 100, rate: '3.83', change: '0.00' },
      ],
      rejected: [],
    });
  });

  it('rejects an unreadable item with its position and reason, and keeps the rest', () => {
    const bad = [
      '<item><title>usd</title><description>1</description><quant>1</quant></item>',
      '<item><title>GBP</title><description>abc</description><quant>1</quant></item>',
      '<item><title>JPY</title><description>3.1</description><quant>0</quant></item>',
      '<item><title>CNY</title><description>66.1</description><quant>1</quant><change>up</change></item>',
      '<item><title>USD</title><description>471</description><quant>1</quant></item>',
      '<item><title>KGS</title><description>5,38</description><quant>1</quant></item>',
    ].join('');
    const parsed = parseNbkRates(nbkRatesXml('21.11.2026', { USD: ['470.5', 1, '+1.2'] }, bad));
    expect(parsed.rates.map((r) => r.currency)).toEqual(['USD', 'KGS']);
    expect(parsed.rates[1]).toEqual({ currency: 'KGS', units: 1, rate: '5.38', change: null });
    expect(parsed.rejected.map((r) => [r.line, r.reason])).toEqual([
      ['item 2', 'the currency code "usd" is not three capital letters'],
      ['item 3', 'the rate "abc" is not a positive decimal number'],
      ['item 4', 'the number of units "0" is not a positive whole number'],
      ['item 5', 'the change "up" is not a decimal number'],
      ['item 6', 'USD appears twice'],
    ]);
    expect(parsed.rejected[0]?.text).toContain('<title>usd</title>');
  });

  it('refuses a file that is not the rates file as a whole', () => {
    expect(() => parseNbkRates('<html><body>maintenance</body></html>')).toThrow(RatesFileRefused);
    expect(() => parseNbkRates('<rates><date>31.02.2026</date></rates>')).toThrow(/no valid <date>/);
    expect(() => parseNbkRates('<rates><date>21.11.2026</date>')).toThrow(/not well-formed/);
    expect(() => parseNbkRates('<!DOCTYPE rates [<!ENTITY a "b">]><rates/>')).toThrow(/DTD/);
    expect(() => parseNbkRates(`<rates>${' '.repeat(1024 * 1024)}</rates>`)).toThrow(/longer than/);
  });

  it('writes dates for the National Bank as DD.MM.YYYY', () => {
    expect(nbkDate('2026-01-05')).toBe('05.01.2026');
  });
});
