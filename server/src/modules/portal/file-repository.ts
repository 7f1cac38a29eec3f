import type { FileView } from '@shekara/contracts/portal';
import type { Queryable } from '../../platform/db/database.ts';
import { firstRow } from '../../platform/db/first-row.ts';

export interface NewFile {
  id: string;
  name: string;
  contentType: string;
  content: Buffer;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
}

export async function insertFile(tx: Queryable, file: NewFile): Promise<void> {
  await tx.query(
    `insert into portal_files (id, name, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      file.id,
      file.name,
      file.contentType,
      file.content.length,
      file.sha256,
      file.content,
      file.uploadedAt,
      file.uploadedBy,
    ],
  );
}

export async function fileExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('select 1 from portal_files where id = $1', [id])).rows.length > 0;
}

/** A file by its checksum: the bundled demo files are stored once however often they are loaded. */
export async function findFileBySha256(db: Queryable, sha256: string, name: string): Promise<FileView | null> {
  return firstRow<FileView>(
    db,
    `select id, name, content_type as "contentType", size_bytes as size, sha256, to_char(uploaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "uploadedAt"
       from portal_files where sha256 = $1 and name = $2 order by uploaded_at limit 1`,
    [sha256, name],
  );
}
