import { parseIinBin } from '@shekara/contracts/domain';
import { type OperatorRegister, operatorRegisters } from '@shekara/contracts/registers';
import { isDate, type RejectedRow, splitLine } from '../reference/index.ts';
import type { NewRegisterEntry } from './entries.ts';

export const registerCsvHeader = ['register', 'iin_bin', 'register_number', 'name', 'valid_from', 'valid_to'] as const;

/** A register entry read from a line of the file. */
export interface RegisterRow extends NewRegisterEntry {
  line: number;
}

/** The file as read: its rows, and every line refused with its number and reason. */
export interface RegisterFile {
  rows: RegisterRow[];
  rejected: RejectedRow[];
}

/** The file cannot be read at all (no header, not the documented format). */
export class RegisterFileError extends Error {}

/**
 * Reads the register CSV of docs/REFERENCE-IMPORT.md: UTF-8, `;`-separated, the header
 * `register;iin_bin;register_number;name;valid_from;valid_to`, one entry a line; a field may be
 * double-quoted. Every line is read or refused with its number and reason, never guessed; two
 * lines of one person on one register whose periods meet refuse the later one.
 */
export function readRegisterCsv(text: string): RegisterFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '').map((field) => field.trim().toLowerCase());
  if (header.join(';') !== registerCsvHeader.join(';'))
    throw new RegisterFileError(
      `the first line must be the header ${registerCsvHeader.join(';')}, not ${JSON.stringify(lines[0]?.slice(0, 100) ?? '')}`,
    );
  const rows: RegisterRow[] = [];
  const rejected: RejectedRow[] = [];
  lines.forEach((text, index) => {
    if (index === 0 || text.trim() === '') return;
    const line = index + 1;
    const read = readLine(splitLine(text));
    const clash = 'reason' in read ? undefined : rows.find((row) => meets(row, read));
    if ('reason' in read) rejected.push({ line, reason: read.reason, text });
    else if (clash) rejected.push({ line, reason: `its period meets the entry of line ${clash.line}`, text });
    else rows.push({ ...read, line });
  });
  return { rows, rejected };
}

/** Whether two entries are of one person on one register with periods that share a day. */
function meets(a: NewRegisterEntry, b: NewRegisterEntry): boolean {
  return (
    a.register === b.register &&
    a.iinBin === b.iinBin &&
    (a.validTo === null || a.validTo >= b.validFrom) &&
    (b.validTo === null || b.validTo >= a.validFrom)
  );
}

function readLine(fields: string[]): NewRegisterEntry | { reason: string } {
  if (fields.length !== registerCsvHeader.length)
    return { reason: `${fields.length} fields: expected ${registerCsvHeader.join(';')}` };
  const [register, iinBin, registerNumber, name, validFrom, rawTo] = fields.map((field) => field.trim()) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!(operatorRegisters as readonly string[]).includes(register))
    return { reason: `register "${register}" is not one of ${operatorRegisters.join(', ')}` };
  if (!parseIinBin(iinBin).valid)
    return { reason: `iin_bin "${iinBin}" is not a valid IIN/BIN (12 digits, check digit)` };
  if (registerNumber.length < 1 || registerNumber.length > 50)
    return { reason: 'register_number must be 1 to 50 characters' };
  if (name.length < 1 || name.length > 300) return { reason: 'name must be 1 to 300 characters' };
  if (!isDate(validFrom)) return { reason: `valid_from "${validFrom}" is not a YYYY-MM-DD date` };
  const validTo = rawTo || null;
  if (validTo !== null && !isDate(validTo)) return { reason: `valid_to "${validTo}" is not a YYYY-MM-DD date` };
  if (validTo !== null && validTo < validFrom)
    return { reason: `valid_to ${validTo} is before valid_from ${validFrom}` };
  return { register: register as OperatorRegister, iinBin, registerNumber, name, validFrom, validTo };
}
