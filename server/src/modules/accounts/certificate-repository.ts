import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db/database.ts';

/** What an account keeps of an NCA certificate: enough to recognise it again and to show it. */
export interface BoundCertificate {
  id: string;
  issuer: string;
  serialNumber: string;
  subjectIin: string | null;
  subjectBin: string | null;
  commonName: string | null;
  algorithm: string;
  notBefore: Date;
  notAfter: Date;
  status: 'active' | 'replaced';
  boundAt: Date;
}

export type CertificateFacts = Omit<BoundCertificate, 'id' | 'status' | 'boundAt'>;

const columns = `id, issuer, serial_number as "serialNumber", subject_iin as "subjectIin", subject_bin as "subjectBin",
  common_name as "commonName", algorithm, not_before as "notBefore", not_after as "notAfter", status, bound_at as "boundAt"`;

/** Binds a certificate as the account's active one; any other active one becomes 'replaced' (AST-8). */
export async function bindCertificate(
  db: Queryable,
  accountId: string,
  certificate: CertificateFacts,
  at: Date,
): Promise<{ replaced: number }> {
  const { rowCount } = await db.query(
    `update account_certificates set status = 'replaced', replaced_at = $2
      where account_id = $1 and status = 'active' and not (issuer = $3 and serial_number = $4)`,
    [accountId, at, certificate.issuer, certificate.serialNumber],
  );
  await db.query(
    `insert into account_certificates (id, account_id, issuer, serial_number, subject_iin, subject_bin, common_name, algorithm, not_before, not_after, status, bound_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11)
     on conflict (account_id, issuer, serial_number) do update set status = 'active', replaced_at = null, bound_at = excluded.bound_at`,
    [
      randomUUID(),
      accountId,
      certificate.issuer,
      certificate.serialNumber,
      certificate.subjectIin,
      certificate.subjectBin,
      certificate.commonName,
      certificate.algorithm,
      certificate.notBefore,
      certificate.notAfter,
      at,
    ],
  );
  return { replaced: rowCount };
}

export async function activeCertificates(db: Queryable, accountId: string): Promise<BoundCertificate[]> {
  const { rows } = await db.query<BoundCertificate>(
    `select ${columns} from account_certificates where account_id = $1 and status = 'active' order by bound_at`,
    [accountId],
  );
  return rows;
}

export async function certificatesOf(db: Queryable, accountId: string): Promise<BoundCertificate[]> {
  const { rows } = await db.query<BoundCertificate>(
    `select ${columns} from account_certificates where account_id = $1 order by bound_at desc`,
    [accountId],
  );
  return rows;
}
