import { describe, expect, it } from 'vitest';
import { calendarDays, statutoryCalendar } from './calendar.ts';

const daysOff = (year: number) =>
  statutoryCalendar(year)
    .filter((d) => d.kind === 'day_off')
    .map((d) => d.day);

describe('the statutory calendar', () => {
  it('carries a holiday on a weekend over to the next working day after the holiday', () => {
    expect(daysOff(2025)).toEqual(['2025-03-10', '2025-03-24', '2025-03-25', '2025-07-07', '2025-09-01', '2025-10-27']);
    expect(daysOff(2026)).toEqual(['2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26']);
    expect(daysOff(2027)).toEqual(['2027-01-04', '2027-03-24', '2027-05-03', '2027-05-10']);
  });

  it('does not carry over religious days off', () => {
    // 2023: 1 January a Sunday (carried to Tuesday 3rd), 7 January a Saturday (not carried)
    expect(daysOff(2023)).toContain('2023-01-03');
    expect(daysOff(2023)).not.toContain('2023-01-09');
  });

  it('has Kurban Ait where its date is known, and no year twice', () => {
    const kurban = calendarDays.filter((d) => d.name.en === 'Kurban Ait').map((d) => d.day);
    expect(kurban).toEqual(['2025-06-06', '2026-05-27']);
    expect(new Set(calendarDays.map((d) => d.day)).size).toBe(calendarDays.length);
    expect(statutoryCalendar(2026).filter((d) => d.kind === 'holiday')).toHaveLength(15);
  });
});
