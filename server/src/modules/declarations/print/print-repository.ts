import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow } from '../../../platform/db/first-row.ts';

/** The last copy delivered of a declaration: what its delivery receipt states (WD-13). */
export interface LastDelivery {
  registrationNumber: string;
  customsOffice: string;
  /** SHA-256 of the signed bytes, lower-case hex */
  documentSha256: string;
  submittedAt: Date;
  seq: number;
}

export function lastDelivery(db: Queryable, declarationId: string): Promise<LastDelivery | null> {
  return firstRow<LastDelivery>(
    db,
    `select registration_number as "registrationNumber", customs_office as "customsOffice",
            encode(document_sha256, 'hex') as "documentSha256", submitted_at as "submittedAt", seq
     from declaration_submissions where declaration_id = $1 order by seq desc limit 1`,
    [declarationId],
  );
}
