import { describe, expect, it } from 'vitest';
import { addMonths, checkedSchedule, ibanValid } from './terms.ts';

const days = { after: '2026-04-07', filedOn: '2026-04-07' };

describe('ACC-21: the term of a deferral or instalment', () => {
  it('adds months clamping the day to the month’s end', () => {
    expect(addMonths('2026-04-07', 6)).toBe('2026-10-07');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('takes a deferral of one day and an instalment of parts that add up, sorted by day, in tiyn', () => {
    expect(checkedSchedule('deferral', [{ dueDate: '2026-10-07', amount: '100.50' }], 10050, days)).toEqual([
      { dueDate: '2026-10-07', amount: 10050 },
    ]);
    expect(
      checkedSchedule(
        'instalment',
        [
          { dueDate: '2026-06-01', amount: '0.01' },
          { dueDate: '2026-05-01', amount: '100' },
        ],
        10001,
        days,
      ),
    ).toEqual([
      { dueDate: '2026-05-01', amount: 10000 },
      { dueDate: '2026-06-01', amount: 1 },
    ]);
  });

  it('refuses parts that miss the sum, a term past six months, a day not after today, duplicate days, the wrong count', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'accepted';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    const one = (dueDate: string, amount = '1.00') => [{ dueDate, amount }];
    expect(code(() => checkedSchedule('deferral', one('2026-10-08'), 100, days))).toBe('PAYMENTS_SCHEDULE_INVALID');
    expect(code(() => checkedSchedule('deferral', one('2026-10-07'), 100, days))).toBe('accepted');
    expect(code(() => checkedSchedule('deferral', one('2026-04-07'), 100, days))).toBe('PAYMENTS_SCHEDULE_INVALID');
    expect(code(() => checkedSchedule('deferral', one('2026-02-30'), 100, days))).toBe('PAYMENTS_SCHEDULE_INVALID');
    expect(code(() => checkedSchedule('deferral', one('2026-05-01', '0.99'), 100, days))).toBe(
      'PAYMENTS_SCHEDULE_INVALID',
    );
    expect(code(() => checkedSchedule('instalment', one('2026-05-01'), 100, days))).toBe('PAYMENTS_SCHEDULE_INVALID');
    const thirteen = Array.from({ length: 13 }, (_, i) => ({
      dueDate: `2026-05-${String(i + 1).padStart(2, '0')}`,
      amount: '1',
    }));
    expect(code(() => checkedSchedule('instalment', thirteen, 1300, days))).toBe('PAYMENTS_SCHEDULE_INVALID');
    expect(code(() => checkedSchedule('instalment', thirteen.slice(0, 12), 1200, days))).toBe('accepted');
    expect(
      code(() =>
        checkedSchedule(
          'instalment',
          [
            { dueDate: '2026-05-01', amount: '1' },
            { dueDate: '2026-05-01', amount: '1' },
          ],
          200,
          days,
        ),
      ),
    ).toBe('PAYMENTS_SCHEDULE_INVALID');
  });

  it('checks a Kazakh IBAN’s check digits', () => {
    expect(ibanValid('KZ86125KZT5004100100')).toBe(true);
    expect(ibanValid('KZ87125KZT5004100100')).toBe(false);
    expect(ibanValid('DE89370400440532013000')).toBe(false);
  });
});
