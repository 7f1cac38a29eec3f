import type { AdminItem, ContentKind, FileView, ItemInput } from '@shekara/contracts/portal';
import type { Queryable } from '../../platform/db/database.ts';
import { firstRow } from '../../platform/db/first-row.ts';

/** The SQL of portal content. Public reads see only what is published and whose time has come. */

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const itemColumns = `
  i.id, i.kind, i.slug, i.status,
  json_build_object('kk', i.title_kk, 'ru', i.title_ru, 'en', i.title_en) as title,
  json_build_object('kk', i.summary_kk, 'ru', i.summary_ru, 'en', i.summary_en) as summary,
  ${iso('i.published_at')} as "publishedAt", ${iso('i.starts_at')} as "startsAt", ${iso('i.ends_at')} as "endsAt",
  i.document_number as "documentNumber", to_char(i.document_date, 'YYYY-MM-DD') as "documentDate", i.source_url as "sourceUrl",
  i.version, ${iso('i.created_at')} as "createdAt", ${iso('i.updated_at')} as "updatedAt",
  case when f.id is null then null else json_build_object(
    'id', f.id, 'name', f.name, 'contentType', f.content_type, 'size', f.size_bytes, 'sha256', f.sha256, 'uploadedAt', ${iso('f.uploaded_at')}) end as file`;
const withBody = `json_build_object('kk', i.body_kk, 'ru', i.body_ru, 'en', i.body_en) as body`;
const from = `from portal_items i left join portal_files f on f.id = i.file_id`;
const isPublic = `i.status = 'published' and i.published_at <= $2`;

export type StoredItem = AdminItem;
export type StoredSummary = Omit<AdminItem, 'body'>;

/**
 * Published items of a kind, newest first; notices are listed while their window has not ended,
 * soonest first, since a past maintenance no longer concerns anyone.
 */
export async function listPublished(
  db: Queryable,
  kind: ContentKind,
  at: Date,
  page: { limit: number; offset: number },
): Promise<{ items: StoredSummary[]; total: number }> {
  const where = `where i.kind = $1 and ${isPublic}${kind === 'notice' ? ' and i.ends_at > $2' : ''}`;
  const order =
    kind === 'notice'
      ? 'i.starts_at, i.id'
      : kind === 'legal'
        ? 'i.document_date desc nulls last, i.published_at desc, i.id'
        : 'i.published_at desc, i.id';
  const [{ rows }, { rows: count }] = await Promise.all([
    db.query<StoredSummary>(`select ${itemColumns} ${from} ${where} order by ${order} limit $3 offset $4`, [
      kind,
      at,
      page.limit,
      page.offset,
    ]),
    db.query<{ n: number }>(`select count(*)::int as n ${from} ${where}`, [kind, at]),
  ]);
  return { items: rows, total: count[0]!.n };
}

export async function findPublished(
  db: Queryable,
  kind: ContentKind,
  slug: string,
  at: Date,
): Promise<StoredItem | null> {
  return firstRow<StoredItem>(
    db,
    `select ${itemColumns}, ${withBody} ${from} where i.kind = $1 and ${isPublic} and i.slug = $3`,
    [kind, at, slug],
  );
}

/** Published notices whose maintenance is under way at `at`: the banner on every page. */
export async function activeNotices(db: Queryable, at: Date): Promise<StoredItem[]> {
  const { rows } = await db.query<StoredItem>(
    `select ${itemColumns}, ${withBody} ${from} where i.kind = $1 and ${isPublic} and i.starts_at <= $2 and i.ends_at > $2 order by i.starts_at, i.id`,
    ['notice', at],
  );
  return rows;
}

/** The file of a published item, with its bytes. */
export async function publishedFile(
  db: Queryable,
  kind: ContentKind,
  slug: string,
  at: Date,
): Promise<(FileView & { content: Buffer }) | null> {
  return firstRow<FileView & { content: Buffer }>(
    db,
    `select f.id, f.name, f.content_type as "contentType", f.size_bytes as size, f.sha256, ${iso('f.uploaded_at')} as "uploadedAt", f.content
       ${from.replace('left join', 'join')} where i.kind = $1 and ${isPublic} and i.slug = $3`,
    [kind, at, slug],
  );
}

export async function listAll(db: Queryable, kind: ContentKind | undefined): Promise<StoredItem[]> {
  const { rows } = await db.query<StoredItem>(
    `select ${itemColumns}, ${withBody} ${from} where ($1::text is null or i.kind = $1) order by i.updated_at desc, i.id limit 1000`,
    [kind ?? null],
  );
  return rows;
}

export async function findItem(
  db: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<StoredItem | null> {
  if (options.lock) await db.query('select 1 from portal_items where id = $1 for update', [id]);
  return firstRow<StoredItem>(db, `select ${itemColumns}, ${withBody} ${from} where i.id = $1`, [id]);
}

export async function slugTaken(
  db: Queryable,
  kind: ContentKind,
  slug: string,
  exceptId: string | null,
): Promise<boolean> {
  const { rows } = await db.query(
    'select 1 from portal_items where kind = $1 and slug = $2 and id is distinct from $3',
    [kind, slug, exceptId],
  );
  return rows.length > 0;
}

/** The columns an administrator writes, in the order `writeItem` passes them. */
function editable(input: ItemInput) {
  return [
    input.slug,
    input.title.kk,
    input.title.ru,
    input.title.en,
    input.summary.kk,
    input.summary.ru,
    input.summary.en,
    input.body.kk,
    input.body.ru,
    input.body.en,
    input.publishedAt ?? null,
    input.startsAt ?? null,
    input.endsAt ?? null,
    input.documentNumber || null,
    input.documentDate ?? null,
    input.sourceUrl ?? null,
    input.version || null,
    input.fileId ?? null,
  ];
}

export async function insertItem(
  tx: Queryable,
  id: string,
  kind: ContentKind,
  input: ItemInput,
  at: Date,
): Promise<void> {
  await tx.query(
    `insert into portal_items (slug, title_kk, title_ru, title_en, summary_kk, summary_ru, summary_en, body_kk, body_ru, body_en,
                               published_at, starts_at, ends_at, document_number, document_date, source_url, version, file_id,
                               id, kind, status, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 'draft', $21, $21)`,
    [...editable(input), id, kind, at],
  );
}

/** Rewrites what an administrator edits; a published item keeps its publication time unless given a new one. */
export async function updateItem(tx: Queryable, id: string, input: ItemInput, at: Date): Promise<void> {
  await tx.query(
    `update portal_items set slug = $1, title_kk = $2, title_ru = $3, title_en = $4, summary_kk = $5, summary_ru = $6, summary_en = $7,
            body_kk = $8, body_ru = $9, body_en = $10,
            published_at = case when $11::timestamptz is null and status = 'published' then published_at else $11 end,
            starts_at = $12, ends_at = $13, document_number = $14, document_date = $15, source_url = $16, version = $17, file_id = $18,
            updated_at = $20
      where id = $19`,
    [...editable(input), id, at],
  );
}

export async function setPublication(tx: Queryable, id: string, published: boolean, at: Date): Promise<void> {
  await tx.query(
    published
      ? `update portal_items set status = 'published', published_at = coalesce(published_at, $2), updated_at = $2 where id = $1`
      : `update portal_items set status = 'draft', updated_at = $2 where id = $1`,
    [id, at],
  );
}

export async function deleteItem(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from portal_items where id = $1', [id]);
}

/** The latest published news with their bodies, for the Atom feed. */
export async function latestNews(db: Queryable, at: Date, limit: number): Promise<StoredItem[]> {
  const { rows } = await db.query<StoredItem>(
    `select ${itemColumns}, ${withBody} ${from} where i.kind = $1 and ${isPublic} order by i.published_at desc, i.id limit $3`,
    ['news', at, limit],
  );
  return rows;
}
