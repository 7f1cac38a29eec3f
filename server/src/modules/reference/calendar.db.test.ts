import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import { loadReferenceDemoData } from './load-demo-data.ts';
import { loadCalendar } from './repository.ts';

const db = await suiteDatabase(loadReferenceDemoData);

describe('loadCalendar', () => {
  it('counts terms over the stored holidays', async () => {
    const calendar = await loadCalendar(db, '2026-01-01', '2026-12-31');
    expect(calendar.isWorkingDay('2026-05-27')).toBe(false); // Kurban Ait
    expect(calendar.isWorkingDay('2026-05-11')).toBe(false); // Victory Day, carried over from Saturday
    expect(calendar.addWorkingDays('2026-05-06', 1)).toBe('2026-05-08');
    expect(calendar.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(246);
  });

  it('reads a Saturday made working and a day off moved by decree once they are stored', async () => {
    await db.query(
      `insert into calendar_days (day, kind, name_kk, name_ru, name_en) values
         ('2027-01-08', 'day_off', 'k', 'r', 'e'), ('2027-01-09', 'working_day', 'k', 'r', 'e')`,
    );
    const calendar = await loadCalendar(db, '2027-01-01', '2027-01-31');
    expect(calendar.addWorkingDays('2027-01-06', 2)).toBe('2027-01-11');
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true);
    await db.query(`delete from calendar_days where day in ('2027-01-08', '2027-01-09')`);
  });
});

describe('GET /api/v1/reference/calendar', () => {
  it('gives the exceptional days of a range and its working days', async () => {
    const app = await buildTestApp(db);
    const response = await app.inject('/api/v1/reference/calendar?from=2026-03-01&to=2026-03-31');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((d: { day: string; kind: string }) => `${d.day} ${d.kind}`)).toEqual([
      '2026-03-08 holiday',
      '2026-03-09 day_off',
      '2026-03-21 holiday',
      '2026-03-22 holiday',
      '2026-03-23 holiday',
      '2026-03-24 day_off',
      '2026-03-25 day_off',
    ]);
    expect(body.items[2].name).toEqual({ kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' });
    expect(body.workingDays).toBe(18);
    expect(response.headers.etag).toBeDefined();
    await app.close();
  });

  it('refuses a reversed or too long range, and dates that do not exist', async () => {
    const app = await buildTestApp(db);
    for (const query of ['from=2026-03-31&to=2026-03-01', 'from=2026-01-01&to=2027-02-05']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/reference/calendar?${query}`,
        headers: { 'accept-language': 'en' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'CALENDAR_RANGE_INVALID',
        message: expect.stringContaining('400 days'),
      });
    }
    const invalid = await app.inject('/api/v1/reference/calendar?from=2026-02-30&to=2026-03-01');
    expect(invalid.json().error.code).toBe('VALIDATION_FAILED');
    await app.close();
  });
});
