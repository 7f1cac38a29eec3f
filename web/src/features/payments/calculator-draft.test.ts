import { describe, expect, it } from 'vitest';
import { decimalOf, hsCodeOf, newDraft, requestOf } from './calculator-draft.ts';

describe('the payments calculator’s request, as the form makes it (ACC-10)', () => {
  it('reads codes and amounts as people type them, and cuts nothing silently', () => {
    expect(hsCodeOf('8517 13 000 0')).toBe('8517130000');
    expect(decimalOf('1 234,50')).toBe('1234.50');
    expect(decimalOf(' 15000 ')).toBe('15000');
    expect(decimalOf('twelve')).toBe('twelve');
    const draft = newDraft('2026-04-07');
    draft.items[0] = {
      hsCode: '1601 00 990 0',
      originCountry: 'de',
      invoiceValue: '15 000,00',
      currency: 'eur',
      netMassKg: '10000',
      quantity: '',
      unit: '',
      preference: ' ',
    };
    expect(requestOf(draft)).toEqual({
      date: '2026-04-07',
      procedure: '40',
      items: [
        { hsCode: '1601009900', originCountry: 'DE', invoiceValue: '15000.00', currency: 'EUR', netMassKg: '10000' },
      ],
    });
  });

  it('sends the channel only for goods for personal use, and a quantity only when one is given', () => {
    const draft = { ...newDraft('2026-04-07'), procedure: 'personal-use' as const, channel: 'air-baggage' as const };
    draft.items[0] = { ...draft.items[0]!, quantity: '24 000', unit: '112' };
    const request = requestOf(draft);
    expect(request.personalUse).toEqual({ channel: 'air-baggage' });
    expect(request.items[0]!.quantity).toEqual({ value: '24000', unit: '112' });
  });

  it('sends box 36 only when something is claimed in it (ACC-10: duties with the preferences claimed)', () => {
    const draft = newDraft('2026-04-07');
    draft.items[0] = { ...draft.items[0]!, preference: ' ООРС-ОО ' };
    expect(requestOf(draft).items[0]!.preference).toBe('ООРС-ОО');
  });
});
