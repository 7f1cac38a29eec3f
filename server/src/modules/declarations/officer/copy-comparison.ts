import { createHash } from 'node:crypto';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Account } from '../../accounts/index.ts';
import { OfficerErrors } from './errors.ts';
import { copyAndPrevious, type SignedCopyRow } from './officer-repository.ts';
import { signedDocumentOf } from './signed-document.ts';
import { visibleDeclaration } from './visibility.ts';

/**
 * A signed copy beside the one before it (issue 19 point 5): a declarant asked to correct a
 * declaration delivers a corrected copy under the same number, and the officer reads what changed
 * between the two documents as signed — never the working copy — each with the facts of its
 * delivery receipt and the digests of what was signed. The boxes are compared where they are
 * shown (the web app lays documents out by box); here are the two documents and their proofs.
 */
export async function compareSignedCopies(
  db: Queryable,
  officer: Account,
  registrationNumber: string,
  copy: number | undefined,
) {
  const { declaration } = await visibleDeclaration(db, officer, registrationNumber);
  const copies = await copyAndPrevious(db, declaration.id, copy ?? null);
  const later = copies.at(-1);
  if (!later) throw OfficerErrors.DECL_COPY_NOT_FOUND({ copy: copy ?? 1 });
  const earlier = copies.length > 1 ? copies[0]! : null;
  return {
    declaration,
    comparison: {
      registrationNumber: declaration.registrationNumber,
      kind: declaration.kind,
      status: declaration.status,
      later: copyView(later),
      earlier: earlier && copyView(earlier),
    },
  };
}

function copyView(row: SignedCopyRow) {
  return {
    copy: row.seq,
    registrationNumber: row.registrationNumber,
    customsOffice: row.customsOffice,
    submittedAt: row.submittedAt.toISOString(),
    signerIin: row.signerIin,
    signerBin: row.signerBin,
    certificateSerial: row.certificateSerial,
    documentSha256: Buffer.from(row.documentSha256).toString('hex'),
    signatureSha256: createHash('sha256').update(row.signatureCms).digest('hex'),
    document: signedDocumentOf(row.signedBytes),
  };
}
