import { createHash } from 'node:crypto';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow } from '../../../platform/db/first-row.ts';

/** The SQL of the files declarations were imported from (WD-11). */

export interface ReceivedFileMetadata {
  name: string;
  size: number;
  sha256: string;
  receivedAt: string;
}

export async function insertReceivedFile(
  db: Queryable,
  file: { declarationId: string; name: string; content: Uint8Array; receivedBy: string },
  at: Date,
): Promise<void> {
  const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
  await db.query(
    `insert into declaration_received_files (declaration_id, name, size_bytes, sha256, content, received_by, received_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      file.declarationId,
      file.name,
      content.length,
      createHash('sha256').update(content).digest('hex'),
      content,
      file.receivedBy,
      at,
    ],
  );
}

export async function findReceivedFile(
  db: Queryable,
  declarationId: string,
): Promise<(ReceivedFileMetadata & { content: Buffer }) | null> {
  return firstRow<ReceivedFileMetadata & { content: Buffer }>(
    db,
    `select name, size_bytes as size, sha256, content,
       to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "receivedAt"
     from declaration_received_files where declaration_id = $1`,
    [declarationId],
  );
}
