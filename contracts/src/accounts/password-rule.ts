import { commonBases, commonPasswords } from './common-passwords.ts';

/**
 * Password policy after NIST SP 800-63B §5.1.1.2 (issue 4 point 2): at least 12 characters, long
 * passphrases welcome, no composition rules, and refused when common, built on a common word,
 * repetitive or sequential, or made of the user's own identifiers.
 */
export const passwordMinLength = 12;
export const passwordMaxLength = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive' | 'sequential' | 'contains_identifier';

export interface PasswordContext {
  iinBin?: string;
  email?: string;
  login?: string;
}

const common = new Set(commonPasswords.map((p) => p.toLowerCase()));
const bases = new Set(commonBases.map((p) => p.toLowerCase()));
const keyboardRows = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'йцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
  'abcdefghijklmnopqrstuvwxyz',
];

export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  // Length in characters as the user sees them, so Kazakh and Russian letters count once each.
  const length = [...password.normalize('NFC')].length;
  if (length < passwordMinLength) return 'too_short';
  if (length > passwordMaxLength) return 'too_long';
  const lower = password.normalize('NFC').toLowerCase();
  if (common.has(lower)) return 'common';
  // "Password2026!" or "!!qwerty!!1234": the letters are a common word, the rest is padding.
  const core = lower.replace(/[^\p{L}]+/gu, '');
  if (core.length > 0 && bases.has(core)) return 'common';
  if (isRepetitive(lower)) return 'repetitive';
  if (isSequential(lower)) return 'sequential';
  const identifiers = [context.iinBin, context.login, context.email?.split('@')[0]].filter(
    (v): v is string => !!v && v.length >= 4,
  );
  if (identifiers.some((id) => lower.includes(id.toLowerCase()))) return 'contains_identifier';
  return null;
}

/** Few distinct characters, or one short chunk repeated ("abcabcabcabc"). */
function isRepetitive(value: string): boolean {
  const chars = [...value];
  if (new Set(chars).size <= 3) return true;
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const chunk = chars.slice(0, size).join('');
    if (chunk.repeat(chars.length / size) === value) return true;
  }
  return false;
}

/** Made only of runs along a keyboard row or the alphabet, forwards or backwards ("qwertyuiop12", "0987654321zx"). */
function isSequential(value: string): boolean {
  const chars = [...value];
  let inRun = 0;
  for (let i = 1; i < chars.length; i++) {
    const pair = chars[i - 1]! + chars[i]!;
    const reversed = chars[i]! + chars[i - 1]!;
    if (keyboardRows.some((row) => row.includes(pair) || row.includes(reversed))) inRun++;
  }
  // Every adjacent pair but a couple of seams between runs is a step along a row.
  return inRun >= chars.length - 3;
}
