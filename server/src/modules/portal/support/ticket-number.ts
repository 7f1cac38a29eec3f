/** A ticket's number as people quote it: `SUP-2026-000123` (the year in Almaty, six digits of serial). */
export function ticketNumber(year: number, serial: number): string {
  return `SUP-${year}-${String(serial).padStart(6, '0')}`;
}
