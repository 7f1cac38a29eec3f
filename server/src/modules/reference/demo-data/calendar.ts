import type { CalendarDay } from '@shekara/contracts/reference';
import { addDays, dayNumber } from '../working-days.ts';

type Name = CalendarDay['name'];

interface Holiday {
  /** 'MM-DD' */
  date: string;
  name: Name;
  /** Religious days off are not carried over when they fall on a weekend. */
  religious?: true;
}

const newYear: Name = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const nauryz: Name = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };
const kurbanAit: Name = { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' };

/**
 * Holidays with a fixed date: the Law "On holidays in the Republic of Kazakhstan" (No. 267-II of
 * 13.12.2001, as amended in 2022: Republic Day 25 October restored, 17 December and
 * 1 December no longer holidays), and the two religious days off of Labour Code art. 84 p. 5.
 */
const fixedHolidays: readonly Holiday[] = [
  { date: '01-01', name: newYear },
  { date: '01-02', name: newYear },
  {
    date: '01-07',
    name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
    religious: true,
  },
  {
    date: '03-08',
    name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
  },
  { date: '03-21', name: nauryz },
  { date: '03-22', name: nauryz },
  { date: '03-23', name: nauryz },
  {
    date: '05-01',
    name: {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
      en: "Kazakhstan People's Unity Day",
    },
  },
  {
    date: '05-07',
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  },
  { date: '05-09', name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' } },
  { date: '07-06', name: { kk: 'Астана күні', ru: 'День Столицы', en: 'Capital Day' } },
  {
    date: '08-30',
    name: {
      kk: 'Қазақстан Республикасының Конституциясы күні',
      ru: 'День Конституции Республики Казахстан',
      en: 'Constitution Day',
    },
  },
  { date: '10-25', name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' } },
  { date: '12-16', name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' } },
];

/**
 * The first day of Kurban Ait moves with the lunar calendar and is fixed each year. 2025: 6 June
 * (as announced). 2026: 27 May, by the calendar of the Spiritual Administration of Muslims of
 * Kazakhstan published in November 2025 (it warns of a possible shift by one day). 2027 is left
 * out until its date is announced (it is expected around 16 May, a Sunday).
 */
const kurbanAitFirstDay: Readonly<Record<number, string>> = { 2025: '2025-06-06', 2026: '2026-05-27' };

const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The holidays of `year` and the days off they carry over: when a non-religious holiday falls on
 * a Saturday or Sunday, the next working day after the holiday is a day off (Law on holidays
 * art. 5). The Government may also move days off by decree (Labour Code art. 85 p. 3); such
 * moves are not derived here and are added as data when decreed.
 */
export function statutoryCalendar(year: number): CalendarDay[] {
  const holidays = fixedHolidays.map((h) => ({ ...h, date: `${year}-${h.date}` }));
  const kurban = kurbanAitFirstDay[year];
  if (kurban) holidays.push({ date: kurban, name: kurbanAit, religious: true });

  const taken = new Set(holidays.map((h) => h.date));
  const days: CalendarDay[] = holidays.map((h) => ({ day: h.date, kind: 'holiday', name: h.name }));
  for (const holiday of holidays) {
    if (holiday.religious || !isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (taken.has(day) || isWeekend(day)) day = addDays(day, 1);
    taken.add(day);
    days.push({
      day,
      kind: 'day_off',
      name: {
        kk: `Ауыстырылған демалыс күні (${holiday.name.kk})`,
        ru: `Перенесённый выходной день (${holiday.name.ru})`,
        en: `Day off carried over (${holiday.name.en})`,
      },
    });
  }
  return days.sort((a, b) => dayNumber(a.day) - dayNumber(b.day));
}

/**
 * Demo calendar for 2025–2027: statutory holidays, Kurban Ait where known, and the automatic
 * weekend carry-over. Government decrees moving days off are not included: none is recorded here
 * that could be checked, so none is invented.
 */
export const calendarDays: readonly CalendarDay[] = [2025, 2026, 2027].flatMap(statutoryCalendar);
