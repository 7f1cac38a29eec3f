import { type LocalizedText, printedDate, withKazakhEnding } from '@shekara/contracts/i18n';
import { tiynOf } from '../ledger/money.ts';
import { ApplicationErrors } from './errors.ts';

/*
 * The rules of a deferral's or an instalment's term (ACC-21), plain functions: a deferral is one
 * payment on one day, an instalment 2 to 12 parts; every day after the day of filing (or of the
 * decision) and at most six months after the application was filed; the parts add up to the
 * amount exactly, to the tiyn.
 */

export interface SchedulePart {
  dueDate: string;
  /** tiyn */
  amount: number;
}

/** An application's schedule: at most this many parts. */
export const maxParts = 12;
/** The longest term, in months from the day the application was filed. */
export const maxTermMonths = 6;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date `months` months after `date`, the day clamped to the month's last (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const match = isoDate.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function realDate(date: string): boolean {
  const match = isoDate.exec(date);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === date;
}

const invalid = (problem: LocalizedText) => ApplicationErrors.PAYMENTS_SCHEDULE_INVALID({ problem });

/** What is wrong with a schedule, in the applicant's words: its days as DD.MM.YYYY. */
const problems = {
  deferralParts: {
    kk: 'кейінге қалдыруда төлеу мерзімі біреу ғана болады',
    ru: 'у отсрочки один срок уплаты',
    en: 'a deferral has exactly one due date',
  },
  instalmentParts: {
    kk: `бөліп төлеуде 2-ден ${withKazakhEnding(maxParts, 'dative')} дейін бөлік болады`,
    ru: `у рассрочки от 2 до ${maxParts} частей`,
    en: `an instalment has from 2 to ${maxParts} parts`,
  },
  notADate: (day: string): LocalizedText => ({
    kk: `«${day}» — жарамды күн емес`,
    ru: `«${day}» — не дата`,
    en: `${day} is not a date`,
  }),
  notAfter: (day: string, after: string): LocalizedText => ({
    kk: `төлеу мерзімі (${printedDate(day)}) ${printedDate(after)} күнінен кейін болуы керек`,
    ru: `срок уплаты (${printedDate(day)}) должен быть позже ${printedDate(after)}`,
    en: `${printedDate(day)} is not after ${printedDate(after)}`,
  }),
  tooLate: (day: string, filedOn: string): LocalizedText => ({
    kk: `төлеу мерзімі (${printedDate(day)}) өтініш берілген ${printedDate(filedOn)} күннен бастап ${maxTermMonths} айдан аспауы керек`,
    ru: `срок уплаты (${printedDate(day)}) наступает позже чем через ${maxTermMonths} месяцев после подачи заявления ${printedDate(filedOn)}`,
    en: `${printedDate(day)} is more than ${maxTermMonths} months after ${printedDate(filedOn)}`,
  }),
  twice: (day: string): LocalizedText => ({
    kk: `${printedDate(day)} күні екі рет көрсетілген`,
    ru: `срок ${printedDate(day)} указан дважды`,
    en: `${printedDate(day)} appears twice`,
  }),
  sum: {
    kk: 'бөліктердің қосындысы өтініштегі сомаға тең емес',
    ru: 'сумма частей не равна сумме заявления',
    en: 'the parts do not add up to the amount',
  },
} satisfies Record<string, LocalizedText | ((...days: string[]) => LocalizedText)>;

/**
 * Checks a schedule given in tenge and answers it in tiyn, sorted by day. `after` is the day the
 * first part must follow (today in Almaty), `filedOn` the day the six months run from.
 */
export function checkedSchedule(
  kind: 'deferral' | 'instalment',
  parts: readonly { dueDate: string; amount: string }[],
  amount: number,
  days: { after: string; filedOn: string },
): SchedulePart[] {
  if (kind === 'deferral' && parts.length !== 1) throw invalid(problems.deferralParts);
  if (kind === 'instalment' && (parts.length < 2 || parts.length > maxParts)) throw invalid(problems.instalmentParts);
  const last = addMonths(days.filedOn, maxTermMonths);
  const checked = parts.map((part) => {
    if (!realDate(part.dueDate)) throw invalid(problems.notADate(part.dueDate));
    if (part.dueDate <= days.after) throw invalid(problems.notAfter(part.dueDate, days.after));
    if (part.dueDate > last) throw invalid(problems.tooLate(part.dueDate, days.filedOn));
    return { dueDate: part.dueDate, amount: tiynOf(part.amount) };
  });
  const sorted = [...checked].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.dueDate === sorted[i - 1]!.dueDate) throw invalid(problems.twice(sorted[i]!.dueDate));
  const sum = sorted.reduce((total, part) => total + part.amount, 0);
  if (sum !== amount) throw invalid(problems.sum);
  return sorted;
}

/** Whether an IBAN's check digits hold (ISO 13616: the letters as numbers, the whole mod 97 is 1). */
export function ibanValid(iban: string): boolean {
  if (!/^KZ[0-9]{2}[0-9A-Z]{16}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
