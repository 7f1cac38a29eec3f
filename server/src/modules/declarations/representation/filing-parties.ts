import type { UserType } from '@shekara/contracts/accounts';
import type { Queryable } from '../../../platform/db/database.ts';
import { almatyDate } from '../../reference/index.ts';
import { registerStandingOf } from '../../registers/index.ts';
import { representationInForce } from './repository.ts';

/**
 * Who filed a document and for whom (issue 17 point 7): the filer (the document's organisation)
 * with the number of its entry on its type's register, the declarant, and — when the filer acted
 * for another — the confirmed representation it acted under, all as on the day of registration
 * (for a draft, of its last change).
 */
export async function filingParties(
  db: Queryable,
  d: {
    ownerIinBin: string;
    declarantIinBin: string | null;
    authorAccountId?: string;
    registeredAt: string | Date | null;
    /** a draft's last change: the day a draft is judged on */
    updatedAt?: string;
  },
) {
  const day = almatyDate(new Date(d.registeredAt ?? d.updatedAt ?? 0));
  const declarant = d.declarantIinBin ?? d.ownerIinBin;
  const representation =
    declarant === d.ownerIinBin ? null : await representationInForce(db, d.ownerIinBin, declarant, day);
  const author = d.authorAccountId
    ? (
        await db.query<{ userType: UserType | null }>('select user_type as "userType" from accounts where id = $1', [
          d.authorAccountId,
        ])
      ).rows[0]?.userType
    : undefined;
  const userType = author ?? (declarant === d.ownerIinBin ? null : 'customs_representative');
  const entry = await registerStandingOf(db, userType ?? null, d.ownerIinBin, day);
  return {
    filer: {
      iinBin: d.ownerIinBin,
      register: entry?.register ?? null,
      registerNumber: entry?.registerNumber ?? null,
    },
    declarant,
    representation: representation && {
      contractNumber: representation.contractNumber,
      contractDate: representation.contractDate,
      validFrom: representation.validFrom,
      validTo: representation.validTo,
      paperBasis: representation.paperBasis,
    },
  };
}
