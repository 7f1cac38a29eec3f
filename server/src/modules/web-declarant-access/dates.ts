import { almatyDate } from '../reference/index.ts';

/** 'YYYY-MM-DD' or an instant as the printed date DD.MM.YYYY (Almaty calendar day), as Kazakh forms write it. */
export function printedDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value : almatyDate(value);
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}
