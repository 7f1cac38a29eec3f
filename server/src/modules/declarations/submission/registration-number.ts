/**
 * The registration number of a delivered declaration (issue 6 point 5): `OOOOO/DDMMYY/NNNNNNN` —
 * the customs office's code, the Almaty date of registration, and the office's serial for that
 * day, seven digits with leading zeros.
 */
export const registrationNumberPattern = /^\d{5}\/\d{6}\/\d{7}$/;

export function registrationNumber(officeCode: string, almatyDay: string, serial: number): string {
  const [year, month, day] = almatyDay.split('-');
  return `${officeCode}/${day}${month}${year!.slice(2)}/${String(serial).padStart(7, '0')}`;
}
