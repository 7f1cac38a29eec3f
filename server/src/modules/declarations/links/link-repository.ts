import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationLinks, LinkRelation } from '@shekara/contracts/declarations/links';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';

/** The SQL of links between documents (migration 0030). */

/** A registered document a declaration names, with what judging the link needs. */
export interface EarlierDocument {
  id: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  registrationNumber: string;
  ownerIinBin: string;
  declarantIinBin: string | null;
}

/** Registered documents by number; `lock` holds their rows to the end of the transaction, in id order. */
export async function registeredByNumbers(
  db: Queryable,
  numbers: readonly string[],
  options: { lock?: boolean } = {},
): Promise<Map<string, EarlierDocument>> {
  if (numbers.length === 0) return new Map();
  const { rows } = await db.query<EarlierDocument>(
    `select d.id, d.kind, d.status, d.registration_number as "registrationNumber", d.owner_iin_bin as "ownerIinBin",
            d.declarant_iin_bin as "declarantIinBin"
       from declarations d where d.registration_number = any($1::text[]) and d.deleted_at is null
      order by d.id${options.lock ? ' for update' : ''}`,
    [numbers],
  );
  return new Map(rows.map((r) => [r.registrationNumber, r]));
}

/** A link a declaration already has (a corrected copy registered again keeps it). */
export interface ExistingLink {
  declarationId: string;
  relation: LinkRelation;
  earlierNumber: string;
}

export async function existingLinks(db: Queryable, declarationIds: readonly string[]): Promise<ExistingLink[]> {
  if (declarationIds.length === 0) return [];
  const { rows } = await db.query<ExistingLink>(
    `select l.declaration_id as "declarationId", l.relation, e.registration_number as "earlierNumber"
       from declaration_links l join declarations e on e.id = l.earlier_id
      where l.declaration_id = any($1::uuid[])`,
    [declarationIds],
  );
  return rows;
}

export interface NewLink {
  declarationId: string;
  earlierId: string;
  relation: LinkRelation;
}

export async function insertLinks(db: Queryable, at: Date, links: readonly NewLink[]): Promise<void> {
  if (links.length === 0) return;
  await db.query(
    `insert into declaration_links (declaration_id, earlier_id, relation, linked_at)
     select declaration_id, earlier_id, relation, $4 from unnest($1::uuid[], $2::uuid[], $3::text[])
       as l (declaration_id, earlier_id, relation)`,
    [links.map((l) => l.declarationId), links.map((l) => l.earlierId), links.map((l) => l.relation), at],
  );
}

/** A declaration's links both ways, each with the other document's kind and number. */
export async function linksOf(db: Queryable, declarationId: string): Promise<DeclarationLinks> {
  const { rows } = await db.query<{
    way: 'follows' | 'followedBy';
    relation: LinkRelation;
    kind: DeclarationKind;
    registrationNumber: string | null;
    linkedAt: Date;
  }>(
    `select 'follows' as way, l.relation, o.kind, o.registration_number as "registrationNumber", l.linked_at as "linkedAt"
       from declaration_links l join declarations o on o.id = l.earlier_id where l.declaration_id = $1
     union all
     select 'followedBy', l.relation, o.kind, o.registration_number, l.linked_at
       from declaration_links l join declarations o on o.id = l.declaration_id where l.earlier_id = $1
     order by 5, 2`,
    [declarationId],
  );
  const links: DeclarationLinks = { follows: [], followedBy: [] };
  for (const { way, linkedAt, ...other } of rows) links[way].push({ ...other, linkedAt: linkedAt.toISOString() });
  return links;
}

export interface OverdueRelease {
  id: string;
  registrationNumber: string;
  customsOffice: string;
  status: DeclarationStatus;
  declarantIinBin: string | null;
  declarationDueDate: string;
  registeredAt: Date;
}

/**
 * Releases before the goods declaration, delivered to the bodies in `scope` (null: all), released
 * and not closed, whose term (the application's `declarationDueDate`) is before `day`: no goods
 * declaration naming them was registered in time. Oldest term first.
 */
export async function overdueReleases(
  db: Queryable,
  scope: readonly string[] | null,
  day: string,
  limit: number,
): Promise<OverdueRelease[]> {
  const { rows } = await db.query<OverdueRelease>(
    `select d.id, d.registration_number as "registrationNumber", d.customs_office as "customsOffice", d.status,
            d.declarant_iin_bin as "declarantIinBin", d.document ->> 'declarationDueDate' as "declarationDueDate",
            d.registered_at as "registeredAt"
       from declarations d
      where d.kind = 'release_before_declaration' and d.status in ('released', 'conditionally_released')
        and d.deleted_at is null and d.registration_number is not null
        and d.document ->> 'declarationDueDate' ~ '^\\d{4}-\\d{2}-\\d{2}$'
        and d.document ->> 'declarationDueDate' < $2
        and ($1::text[] is null or d.customs_office = any($1::text[]))
      order by d.document ->> 'declarationDueDate', d.registration_number
      limit $3`,
    [scope, day, limit],
  );
  return rows;
}
