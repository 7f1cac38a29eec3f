/**
 * IIN (individual identification number) and BIN (business identification number) of Kazakhstan:
 * 12 digits, the last a check digit (Government Decree No. 406 of 22.05.2007).
 *
 * IIN: YYMMDD birth date, century-and-sex digit 1–6, 4 serial digits, check digit.
 * BIN: YYMM registration, type digit (4 resident legal entity, 5 non-resident legal entity, 6 an
 * individual entrepreneur in joint entrepreneurship), attribute digit (0 head office, 1 branch,
 * 2 representative office, 3 peasant farm), 5 serial digits, check digit. An ordinary individual
 * entrepreneur has no BIN: it is identified by its holder's IIN.
 */
export type IinBin = Iin | Bin;

export interface Iin {
  kind: 'iin';
  value: string;
  birthDate: string;
  sex: 'male' | 'female';
}

export interface Bin {
  kind: 'bin';
  value: string;
  /** Year and month of state registration, `YYYY-MM`, read as 20YY (BINs began in 2007). */
  registered: string;
  entityType: 'resident_legal_entity' | 'non_resident_legal_entity' | 'joint_entrepreneurship';
  attribute: 'head_office' | 'branch' | 'representative_office' | 'peasant_farm';
}

export type IinBinProblem = 'format' | 'check_digit' | 'structure';

export type IinBinResult = { valid: true; number: IinBin } | { valid: false; problem: IinBinProblem };

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit of the first 11 digits, or null when the number can have none (it is then invalid). */
export function checkDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
  const first = weighted(firstWeights);
  if (first !== 10) return first;
  const second = weighted(secondWeights);
  return second === 10 ? null : second;
}

export function hasValidCheckDigit(value: string): boolean {
  return /^\d{12}$/.test(value) && checkDigit(value.slice(0, 11)) === Number(value[11]);
}

/** Validates and reads an IIN or BIN; a BIN is told from an IIN by its fifth digit (4, 5 or 6). */
export function parseIinBin(value: string): IinBinResult {
  if (!/^\d{12}$/.test(value)) return { valid: false, problem: 'format' };
  if (!hasValidCheckDigit(value)) return { valid: false, problem: 'check_digit' };
  const number = ['4', '5', '6'].includes(value[4]!) ? readBin(value) : readIin(value);
  return number ? { valid: true, number } : { valid: false, problem: 'structure' };
}

const centuries: Record<string, { century: number; sex: Iin['sex'] }> = {
  '1': { century: 1800, sex: 'male' },
  '2': { century: 1800, sex: 'female' },
  '3': { century: 1900, sex: 'male' },
  '4': { century: 1900, sex: 'female' },
  '5': { century: 2000, sex: 'male' },
  '6': { century: 2000, sex: 'female' },
};

function readIin(value: string): Iin | null {
  const centuryDigit = centuries[value[6]!];
  if (!centuryDigit) return null;
  const year = centuryDigit.century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { kind: 'iin', value, birthDate: date.toISOString().slice(0, 10), sex: centuryDigit.sex };
}

const entityTypes: Record<string, Bin['entityType']> = {
  '4': 'resident_legal_entity',
  '5': 'non_resident_legal_entity',
  '6': 'joint_entrepreneurship',
};
const attributes: Record<string, Bin['attribute']> = {
  '0': 'head_office',
  '1': 'branch',
  '2': 'representative_office',
  '3': 'peasant_farm',
};

function readBin(value: string): Bin | null {
  const month = Number(value.slice(2, 4));
  const entityType = entityTypes[value[4]!];
  const attribute = attributes[value[5]!];
  if (month < 1 || month > 12 || !entityType || !attribute) return null;
  return { kind: 'bin', value, registered: `20${value.slice(0, 2)}-${value.slice(2, 4)}`, entityType, attribute };
}
