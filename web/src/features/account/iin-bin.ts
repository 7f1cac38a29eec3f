/**
 * The IIN/BIN check as the user types, mirroring the server's (server/src/domain/iin-bin.ts):
 * 12 digits, the last a check digit (two weighted passes mod 11), and a plausible structure —
 * a birth date and century digit for an IIN; month, entity type and attribute for a BIN.
 */
export type IinBinCheck = 'incomplete' | 'format' | 'check_digit' | 'structure' | 'iin' | 'bin';

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function checkDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
  const first = weighted(firstWeights);
  if (first !== 10) return first;
  const second = weighted(secondWeights);
  return second === 10 ? null : second;
}

const centuries: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

function plausibleIin(value: string): boolean {
  const century = centuries[value[6]!];
  if (century === undefined) return false;
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function plausibleBin(value: string): boolean {
  const month = Number(value.slice(2, 4));
  return month >= 1 && month <= 12 && ['0', '1', '2', '3'].includes(value[5]!);
}

/** What the number typed so far is: still being typed, wrong (and how), or a valid IIN or BIN. */
export function checkIinBin(value: string): IinBinCheck {
  if (/^\d{0,11}$/.test(value)) return 'incomplete';
  if (!/^\d{12}$/.test(value)) return 'format';
  if (checkDigit(value.slice(0, 11)) !== Number(value[11])) return 'check_digit';
  // A BIN is told from an IIN by its fifth digit (4, 5 or 6), as on the server.
  const isBin = ['4', '5', '6'].includes(value[4]!);
  if (isBin) return plausibleBin(value) ? 'bin' : 'structure';
  return plausibleIin(value) ? 'iin' : 'structure';
}
