import { checkDigit } from '@shekara/contracts/domain';

/**
 * IINs and BINs that pass the check digit (domain/iin-bin.ts), unlike NCA's own test numbers:
 * certificates carrying them pass the NCA profile without the test-identifier exemption.
 */
export function validIin(birthDate: string, centuryAndSex: 3 | 4 | 5 | 6, serial: number): string {
  const match = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) throw new RangeError('birth date must be YYYY-MM-DD');
  return completed(`${match[1]}${match[2]}${match[3]}${centuryAndSex}`, 4, serial);
}

/** A resident legal entity's head office BIN registered in `yearMonth` (YYYY-MM). */
export function validBin(yearMonth: string, serial: number): string {
  const match = /^\d{2}(\d{2})-(\d{2})$/.exec(yearMonth);
  if (!match) throw new RangeError('registration must be YYYY-MM');
  return completed(`${match[1]}${match[2]}40`, 5, serial);
}

// Some 11-digit prefixes have no check digit (the weighted sums give 10 twice): take the next serial.
function completed(prefix: string, serialDigits: number, serial: number): string {
  for (let next = serial; next < 10 ** serialDigits; next++) {
    const first11 = `${prefix}${String(next).padStart(serialDigits, '0')}`;
    const digit = checkDigit(first11);
    if (digit !== null) return `${first11}${digit}`;
  }
  throw new RangeError('no serial with a check digit left');
}
