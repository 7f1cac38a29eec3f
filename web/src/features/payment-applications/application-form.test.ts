import { describe, expect, it } from 'vitest';
import { emptyForm, formProblems, requestOf, tiynOf } from './application-form.ts';

describe('ACC-21: the cabinet’s application form', () => {
  it('reads tenge with a point or a comma, to the tiyn', () => {
    expect(tiynOf('1500')).toBe(150000);
    expect(tiynOf('1500,5')).toBe(150050);
    expect(tiynOf('0.01')).toBe(1);
    expect(tiynOf('1.001')).toBeNull();
    expect(tiynOf('-1')).toBeNull();
  });

  it('asks an instalment for 2 to 12 parts that add up to the amount', () => {
    const form = {
      ...emptyForm('instalment'),
      registrationNumber: '75101/071226/0000001',
      amount: '1000',
      reason: 'cash flow',
      schedule: [
        { dueDate: '2027-01-10', amount: '600' },
        { dueDate: '2027-02-10', amount: '300' },
      ],
    };
    expect(formProblems(form)).toEqual(['sum']);
    form.schedule[1]!.amount = '400,00';
    expect(formProblems(form)).toEqual([]);
    expect(requestOf(form, 'id')).toMatchObject({
      kind: 'instalment',
      amount: '1000',
      schedule: [
        { dueDate: '2027-01-10', amount: '600' },
        { dueDate: '2027-02-10', amount: '400.00' },
      ],
    });
    expect(formProblems({ ...form, schedule: [form.schedule[0]!] })).toContain('parts');
  });

  it('asks a refund for the body, an IBAN of Kazakhstan and a BIC', () => {
    const refund = {
      ...emptyForm('refund'),
      amount: '10',
      customsOffice: '75101',
      iban: 'kz86125kzt5004100100',
      bic: 'KCJBKZKX',
    };
    expect(formProblems(refund)).toEqual([]);
    expect(requestOf(refund, 'id')).toMatchObject({ bank: { iban: 'KZ86125KZT5004100100', bic: 'KCJBKZKX' } });
    expect(formProblems({ ...refund, iban: 'DE89370400440532013000' })).toEqual(['iban']);
  });
});
