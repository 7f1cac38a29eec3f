import { hash, verify } from '@node-rs/argon2';
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
const keyboardRows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю', 'abcdefghijklmnopqrstuvwxyz'];

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
  const identifiers = [context.iinBin, context.login, context.email?.split('@')[0]].filter((v): v is string => !!v && v.length >= 4);
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

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 30 ms per hash here.
const argon2Options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone can type, checked when the login is unknown, so that a wrong login
 * and a wrong password take the same time and cannot be told apart.
 */
export const decoyPasswordHash = '$argon2id$v=19$m=19456,t=2,p=1$c2hla2FyYS1kZWNveS1zYWx0$0bLRSmH5e2xE6o0y1bB2o1tP5q0rV8bV7h2q0rS1W0c';
