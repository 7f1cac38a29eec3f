import type { UserType } from '@shekara/contracts/accounts';
import { printedDate } from '@shekara/contracts/i18n';
import { registerOf } from '@shekara/contracts/registers';
import type { Queryable } from '../../platform/db/database.ts';
import { entryInForce, type RegisterEntry } from './entries.ts';
import { RegisterErrors, registerNameParam } from './errors.ts';

/**
 * Whether a person may register or act as a user of `userType` on `day` (REG-3, REG-5): a
 * customs representative, carrier, warehouse or shop owner or AEO only while its IIN/BIN is on
 * that type's register. Answers the entry that allows it (null for a type without a register);
 * throws REG_NOT_ON_REGISTER otherwise.
 */
export async function requireRegisterStanding(
  db: Queryable,
  userType: UserType | null,
  iinBin: string,
  day: string,
): Promise<RegisterEntry | null> {
  const register = registerOf(userType);
  if (!register) return null;
  const entry = await entryInForce(db, register, iinBin, day);
  if (!entry)
    throw RegisterErrors.REG_NOT_ON_REGISTER({ iinBin, date: printedDate(day), register: registerNameParam(register) });
  return entry;
}

/** The entry of the register of `userType` that `iinBin` is on that day, or null: what the cabinet and documents show. */
export async function registerStandingOf(
  db: Queryable,
  userType: UserType | null,
  iinBin: string,
  day: string,
): Promise<RegisterEntry | null> {
  const register = registerOf(userType);
  return register ? entryInForce(db, register, iinBin, day) : null;
}
