import { parseIinBin } from '@shekara/contracts/domain';

/**
 * The IIN/BIN check as the user types: the server's own check (server/src/domain/iin-bin.ts, a
 * plain file with no server dependencies), told apart from a number still being typed.
 */
export type IinBinCheck = 'incomplete' | 'format' | 'check_digit' | 'structure' | 'iin' | 'bin';

/** What the number typed so far is: still being typed, wrong (and how), or a valid IIN or BIN. */
export function checkIinBin(value: string): IinBinCheck {
  if (/^\d{0,11}$/.test(value)) return 'incomplete';
  const result = parseIinBin(value);
  return result.valid ? result.number.kind : result.problem;
}
