import { describe, expect, it } from 'vitest';
import { issueRequestOf, newIssueDraft } from './issue-form.ts';

describe('the officer’s ТПО form', () => {
  it('ACC-20: becomes the request as the server reads it: IIN and code without spaces, a comma as the point', () => {
    const draft = {
      ...newIssueDraft('2026-04-07'),
      recipientIin: '880101 300123',
      items: [
        {
          hsCode: '6403 99 000 0',
          originCountry: 'it',
          invoiceValue: '1 300,50',
          currency: 'eur',
          netMassKg: '2,5',
          quantity: '',
          unit: '',
          preference: '',
        },
      ],
    };
    expect(issueRequestOf(draft)).toEqual({
      recipientIin: '880101300123',
      channel: 'post',
      date: '2026-04-07',
      items: [
        { hsCode: '6403990000', originCountry: 'IT', invoiceValue: '1300.50', currency: 'EUR', netMassKg: '2.5' },
      ],
    });
  });
});
