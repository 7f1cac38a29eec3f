import { createHash, randomUUID } from 'node:crypto';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { demoFiles, demoItems } from './demo-content.ts';
import { findFileBySha256, insertFile } from './file-repository.ts';
import { fieldsOfKind } from './item-rules.ts';

/**
 * Loads the bundled demo content in one transaction. An item whose slug is already taken in its
 * section is left alone — an administrator may have edited it — so running it again adds nothing.
 */
export async function loadPortalDemoContent(
  db: Database,
  now = systemClock.now(),
): Promise<{ added: number; unchanged: number }> {
  return db.transaction(async (tx) => {
    const fileIds = new Map<string, string>();
    for (const [name, file] of Object.entries(demoFiles)) {
      const content = Buffer.from(file.text, 'utf8');
      const sha256 = createHash('sha256').update(content).digest('hex');
      const existing = await findFileBySha256(tx, sha256, name);
      const id = existing?.id ?? randomUUID();
      if (!existing)
        await insertFile(tx, {
          id,
          name,
          contentType: file.contentType,
          content,
          sha256,
          uploadedAt: now,
          uploadedBy: null,
        });
      fileIds.set(name, id);
    }
    let added = 0;
    for (const { kind, file, ...input } of demoItems) {
      const fields = fieldsOfKind(kind, { ...input, fileId: file ? fileIds.get(file)! : null });
      const { rowCount } = await tx.query(
        `insert into portal_items (id, kind, slug, title_kk, title_ru, title_en, summary_kk, summary_ru, summary_en, body_kk, body_ru, body_en,
                                   status, published_at, starts_at, ends_at, document_number, document_date, source_url, version, file_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'published', $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)
         on conflict (kind, slug) do nothing`,
        [
          randomUUID(),
          kind,
          fields.slug,
          fields.title.kk,
          fields.title.ru,
          fields.title.en,
          fields.summary.kk,
          fields.summary.ru,
          fields.summary.en,
          fields.body.kk,
          fields.body.ru,
          fields.body.en,
          fields.publishedAt,
          fields.startsAt ?? null,
          fields.endsAt ?? null,
          fields.documentNumber ?? null,
          fields.documentDate ?? null,
          fields.sourceUrl ?? null,
          fields.version ?? null,
          fields.fileId ?? null,
          now,
        ],
      );
      added += rowCount;
    }
    return { added, unchanged: demoItems.length - added };
  });
}
