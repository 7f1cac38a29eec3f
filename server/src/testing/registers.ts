import type { UserType } from '@shekara/contracts/accounts';
import { operatorRegisters, registerOf } from '@shekara/contracts/registers';
import { plannedHolders } from '@shekara/nca/test-pki';
import { putOnRegisters } from '../modules/registers/index.ts';
import type { Queryable } from '../platform/db/database.ts';

/**
 * Test set-up: puts IIN/BINs on registers from 2000-01-01, open-ended, so that tests which
 * register or act as a customs representative, carrier, warehouse or shop owner or AEO pass the
 * register check (REG-5) honestly — by being on the register, as the real ones must be.
 */
export async function putOnEveryRegister(db: Queryable, iinBins: readonly string[]): Promise<void> {
  await putOnRegisters(
    db,
    iinBins.flatMap((iinBin) =>
      operatorRegisters.map((register) => ({
        register,
        iinBin,
        registerNumber: `TEST-${iinBin}`,
        name: `Test ${iinBin}`,
        validFrom: '2000-01-01',
        validTo: null,
      })),
    ),
    new Date(),
  );
}

/** Puts `iinBin` on the register of `userType`, when that type has one. */
export async function putOnRegisterOf(db: Queryable, userType: UserType, iinBin: string): Promise<void> {
  const register = registerOf(userType);
  if (register)
    await putOnRegisters(
      db,
      [
        {
          register,
          iinBin,
          registerNumber: `TEST-${iinBin}`,
          name: `Test ${iinBin}`,
          validFrom: '2000-01-01',
          validTo: null,
        },
      ],
      new Date(),
    );
}

/** Every person and the company of the test PKI, on every register. */
export const putTestPkiOnRegisters = (db: Queryable) =>
  putOnEveryRegister(db, [...new Set(plannedHolders.flatMap((h) => [h.iin, ...(h.bin ? [h.bin] : [])]))]);
