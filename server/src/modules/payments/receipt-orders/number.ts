/**
 * The number of a customs receipt order: the customs body's code, the day of issue as DDMMYY and
 * 'Т' (Cyrillic) with the day's serial in seven digits — 75101/070426/Т0000001.
 */
export function receiptOrderNumber(officeCode: string, day: string, serial: number): string {
  const ddmmyy = `${day.slice(8, 10)}${day.slice(5, 7)}${day.slice(2, 4)}`;
  return `${officeCode}/${ddmmyy}/Т${String(serial).padStart(7, '0')}`;
}
