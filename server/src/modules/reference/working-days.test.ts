import type { CalendarDay } from '@shekara/contracts/reference';
import { seededRandom } from '@shekara/nca/testing';
import { describe, expect, it } from 'vitest';
import { calendarDays } from './demo-data/calendar.ts';
import { addDays, almatyDate, createCalendar } from './working-days.ts';

const name = { kk: 'k', ru: 'r', en: 'e' };
const kazakhstan = createCalendar(calendarDays, { from: '2025-01-01', to: '2027-12-31' });

describe('working days', () => {
  it('are Monday to Friday when nothing else is said', () => {
    const plain = createCalendar([], { from: '2026-11-01', to: '2026-11-30' });
    expect(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map(plain.isWorkingDay)).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(plain.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(plain.addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(plain.addWorkingDays('2026-11-20', 0)).toBe('2026-11-20');
    expect(plain.workingDaysBetween('2026-11-20', '2026-11-27')).toBe(5);
    expect(plain.workingDaysBetween('2026-11-27', '2026-11-20')).toBe(-5);
  });

  it('skip holidays and days off, and count a Saturday made working', () => {
    const rows: CalendarDay[] = [
      { day: '2026-01-09', kind: 'day_off', name },
      { day: '2026-01-10', kind: 'working_day', name },
      { day: '2026-01-12', kind: 'holiday', name },
    ];
    const calendar = createCalendar(rows, { from: '2026-01-01', to: '2026-01-31' });
    expect(calendar.isWorkingDay('2026-01-09')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-01-08', 1)).toBe('2026-01-10');
    expect(calendar.addWorkingDays('2026-01-08', 2)).toBe('2026-01-13');
    expect(calendar.workingDaysBetween('2026-01-08', '2026-01-13')).toBe(2);
  });

  it('run through the Nauryz week: 21-23 March 2026 and the two days carried over from the weekend', () => {
    expect(['2026-03-20', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'].map(kazakhstan.isWorkingDay)).toEqual(
      [true, false, false, false, true],
    );
    expect(kazakhstan.addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    // AST-5: a request received on Monday 16 March 2026 is due 15 working days later
    expect(kazakhstan.addWorkingDays('2026-03-16', 15)).toBe('2026-04-09');
  });

  it('cross the year end past the New Year holidays and Orthodox Christmas', () => {
    expect(kazakhstan.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(kazakhstan.addWorkingDays('2025-12-31', 3)).toBe('2026-01-08');
    expect(kazakhstan.workingDaysBetween('2025-12-26', '2026-01-09')).toBe(7);
  });

  it('count back what they added', () => {
    const random = seededRandom(84);
    for (let i = 0; i < 200; i++) {
      const start = addDays('2025-01-01', random.int(900));
      const n = random.int(40);
      expect(kazakhstan.workingDaysBetween(start, kazakhstan.addWorkingDays(start, n))).toBe(n);
    }
  });

  it('refuse to count past the loaded range, or a term that is not a whole number of days', () => {
    const december = createCalendar([], { from: '2026-12-01', to: '2026-12-31' });
    expect(() => december.addWorkingDays('2026-12-30', 5)).toThrow(RangeError);
    expect(() => december.isWorkingDay('2027-01-04')).toThrow(/outside the loaded calendar/);
    expect(() => december.addWorkingDays('2026-12-01', 1.5)).toThrow(RangeError);
    expect(() => december.isWorkingDay('2026-12-32')).toThrow(/not a real date/);
  });
});

describe('almatyDate', () => {
  it('gives the calendar day in Almaty, UTC+5 since 1 March 2024', () => {
    expect(almatyDate(new Date('2026-11-21T18:59:59Z'))).toBe('2026-11-21');
    expect(almatyDate(new Date('2026-11-21T19:00:00Z'))).toBe('2026-11-22');
    expect(almatyDate(new Date('2024-02-28T18:00:00Z'))).toBe('2024-02-29');
    expect(almatyDate(new Date('2024-02-29T18:30:00Z'))).toBe('2024-02-29');
    expect(almatyDate(new Date('2024-03-01T18:59:00Z'))).toBe('2024-03-01');
  });
});
