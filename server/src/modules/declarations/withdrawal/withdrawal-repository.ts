import type { Queryable } from '../../../platform/db/database.ts';

/** A withdrawal as kept: the signed request exactly as it came, and who signed it. */
export interface WithdrawalRow {
  id: string;
  declarationId: string;
  registrationNumber: string;
  documentSha256: Buffer;
  reason: string;
  signedBytes: Buffer;
  signatureCms: Buffer;
  signerIin: string | null;
  signerBin: string | null;
  certificateSerial: string | null;
  withdrawnBy: string;
  withdrawnAt: Date;
}

export async function insertWithdrawal(tx: Queryable, row: WithdrawalRow): Promise<void> {
  await tx.query(
    `insert into declaration_withdrawals (id, declaration_id, registration_number, document_sha256, reason, signed_bytes,
       signature_cms, signer_iin, signer_bin, certificate_serial, withdrawn_by, withdrawn_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      row.id,
      row.declarationId,
      row.registrationNumber,
      row.documentSha256,
      row.reason,
      row.signedBytes,
      row.signatureCms,
      row.signerIin,
      row.signerBin,
      row.certificateSerial,
      row.withdrawnBy,
      row.withdrawnAt,
    ],
  );
}
