import type { AttachmentType } from '@shekara/contracts/declarations/drafts';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow } from '../../../platform/db/first-row.ts';

/** The SQL of files attached to declarations. */

export interface AttachmentMetadata {
  id: string;
  name: string;
  contentType: AttachmentType;
  size: number;
  sha256: string;
  uploadedAt: string;
}

const metadata = `id, name, content_type as "contentType", size_bytes as size, sha256,
  to_char(uploaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "uploadedAt"`;

export async function insertAttachment(
  db: Queryable,
  attachment: {
    id: string;
    declarationId: string;
    name: string;
    contentType: AttachmentType;
    sha256: string;
    content: Buffer;
    uploadedBy: string;
  },
  at: Date,
): Promise<void> {
  await db.query(
    `insert into declaration_attachments (id, declaration_id, name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      attachment.id,
      attachment.declarationId,
      attachment.name,
      attachment.contentType,
      attachment.content.length,
      attachment.sha256,
      attachment.content,
      attachment.uploadedBy,
      at,
    ],
  );
}

/** A declaration's files without their bytes, in the order they were attached. */
export async function attachmentsOf(db: Queryable, declarationId: string): Promise<AttachmentMetadata[]> {
  const { rows } = await db.query<AttachmentMetadata>(
    `select ${metadata} from declaration_attachments where declaration_id = $1 order by uploaded_at, id`,
    [declarationId],
  );
  return rows;
}

export async function countAttachments(db: Queryable, declarationId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from declaration_attachments where declaration_id = $1',
    [declarationId],
  );
  return rows[0]!.n;
}

/** One file with its bytes. */
export async function findAttachment(
  db: Queryable,
  declarationId: string,
  attachmentId: string,
): Promise<(AttachmentMetadata & { content: Buffer }) | null> {
  const { rows } = await db.query<AttachmentMetadata & { content: Uint8Array }>(
    `select ${metadata}, content from declaration_attachments where declaration_id = $1 and id = $2`,
    [declarationId, attachmentId],
  );
  const row = rows[0];
  return row
    ? { ...row, content: Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength) }
    : null;
}

export async function deleteAttachment(
  db: Queryable,
  declarationId: string,
  attachmentId: string,
): Promise<AttachmentMetadata | null> {
  return firstRow<AttachmentMetadata>(
    db,
    `delete from declaration_attachments where declaration_id = $1 and id = $2 returning ${metadata}`,
    [declarationId, attachmentId],
  );
}
