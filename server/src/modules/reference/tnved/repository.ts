import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import type { NomenclatureLevel, NomenclatureName, NomenclatureNode } from './nomenclature.ts';
import { searchTermsOf } from './search-terms.ts';

/** Rows per statement: large enough that ~15,000 lines load in seconds, small enough for any driver. */
const batchSize = 500;
const termBatchSize = 4_000;

/**
 * Writes node versions (keyed by code and valid_from): new ones are added, changed ones updated,
 * equal ones left untouched, so loading the same data twice changes nothing. A name in kk or en
 * that a source does not give keeps the one already stored. The search terms of every added or
 * changed node are rebuilt in the same transaction. With `keepStored`, versions already stored
 * are left as they are (only new ones are added).
 */
export async function upsertNomenclature(
  tx: Queryable,
  nodes: readonly NomenclatureNode[],
  options: { onProgress?: (done: number) => void; keepStored?: boolean } = {},
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { added: 0, changed: 0, unchanged: 0 };
  for (let start = 0; start < nodes.length; start += batchSize) {
    const batch = nodes.slice(start, start + batchSize);
    const rows = batch.map((node) => ({
      code: node.code,
      level: node.level,
      parent_code: node.parentCode,
      name_ru: node.name.ru,
      name_kk: node.name.kk,
      name_en: node.name.en,
      notes: node.notes,
      valid_from: node.validFrom,
      valid_to: node.validTo,
    }));
    const { rows: written } = await tx.query<{ id: number; inserted: boolean; name_ru: string; name_kk: string | null; name_en: string | null }>(
      `insert into tnved_nodes as n (code, level, parent_code, name_ru, name_kk, name_en, notes, valid_from, valid_to)
       select code, level, parent_code, name_ru, name_kk, name_en, notes, valid_from, valid_to
       from jsonb_to_recordset($1::jsonb) as r(code text, level text, parent_code text, name_ru text, name_kk text, name_en text, notes text, valid_from date, valid_to date)
       on conflict (code, valid_from) do ${options.keepStored ? 'nothing' : `update set
         level = excluded.level, parent_code = excluded.parent_code, name_ru = excluded.name_ru,
         name_kk = coalesce(excluded.name_kk, n.name_kk), name_en = coalesce(excluded.name_en, n.name_en),
         notes = excluded.notes, valid_to = excluded.valid_to, updated_at = now()
       where (n.level, n.parent_code, n.name_ru, n.name_kk, n.name_en, n.notes, n.valid_to)
         is distinct from (excluded.level, excluded.parent_code, excluded.name_ru, coalesce(excluded.name_kk, n.name_kk),
                           coalesce(excluded.name_en, n.name_en), excluded.notes, excluded.valid_to)`}
       returning n.id, (n.xmax = 0) as inserted, n.name_ru, n.name_kk, n.name_en`,
      [JSON.stringify(rows)],
    );
    const added = written.filter((row) => row.inserted).length;
    counts.added += added;
    counts.changed += written.length - added;
    counts.unchanged += batch.length - written.length;
    await replaceSearchTerms(tx, written);
    options.onProgress?.(Math.min(nodes.length, start + batchSize));
  }
  return counts;
}

async function replaceSearchTerms(tx: Queryable, nodes: readonly { id: number; name_ru: string; name_kk: string | null; name_en: string | null }[]): Promise<void> {
  if (nodes.length === 0) return;
  await tx.query('delete from tnved_search_terms where node_id = any($1::bigint[])', [nodes.map((node) => node.id)]);
  const terms = nodes.flatMap((node) => searchTermsOf([node.name_ru, node.name_kk, node.name_en]).map((term) => ({ node_id: node.id, ...term })));
  for (let start = 0; start < terms.length; start += termBatchSize) {
    await tx.query(
      `insert into tnved_search_terms (term, node_id, position)
       select term, node_id, position from jsonb_to_recordset($1::jsonb) as r(term text, node_id bigint, position smallint)`,
      [JSON.stringify(terms.slice(start, start + termBatchSize))],
    );
  }
}

/** Which of these codes the nomenclature already holds, in any version. */
export async function existingCodes(db: Queryable, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const { rows } = await db.query<{ code: string }>('select distinct code from tnved_nodes where code = any($1::text[])', [codes]);
  return new Set(rows.map((row) => row.code));
}

export interface StoredNode {
  id: number;
  code: string;
  level: NomenclatureLevel;
  parentCode: string | null;
  name: NomenclatureName;
  validFrom: string;
  validTo: string | null;
}

const nodeColumns = `n.id, n.code, n.level, n.parent_code as "parentCode",
  json_build_object('ru', n.name_ru, 'kk', n.name_kk, 'en', n.name_en) as name,
  n.valid_from as "validFrom", n.valid_to as "validTo"`;
/** the version in force on $date */
const inForce = (date: string) => `n.valid_from <= ${date} and (n.valid_to is null or n.valid_to >= ${date})`;
const levelOrder = `case n.level when 'section' then 0 when 'chapter' then 1 when 'heading' then 2 else 3 end`;

export async function findNode(db: Queryable, code: string, date: string): Promise<StoredNode | null> {
  const { rows } = await db.query<StoredNode>(`select ${nodeColumns} from tnved_nodes n where n.code = $1 and ${inForce('$2::date')}`, [code, date]);
  return rows[0] ?? null;
}

export interface ChildNode extends StoredNode {
  hasChildren: boolean;
}

export async function listChildren(db: Queryable, code: string, date: string): Promise<ChildNode[]> {
  const { rows } = await db.query<ChildNode>(
    `select ${nodeColumns},
       exists (select 1 from tnved_nodes c where c.parent_code = n.code and c.valid_from <= $2::date and (c.valid_to is null or c.valid_to >= $2::date)) as "hasChildren"
     from tnved_nodes n where n.parent_code = $1 and ${inForce('$2::date')}
     order by n.code collate "C"`,
    [code, date],
  );
  return rows;
}

/** Sections and their chapters in force on a date (the tree's top two levels). */
export async function listSectionsAndChapters(db: Queryable, date: string): Promise<StoredNode[]> {
  const { rows } = await db.query<StoredNode>(
    `select ${nodeColumns} from tnved_nodes n where n.level in ('section', 'chapter') and ${inForce('$1::date')} order by n.code collate "C"`,
    [date],
  );
  return rows;
}

/** Every node above these codes in force on a date, by code (their paths are built from it). */
export async function ancestorsOf(db: Queryable, codes: readonly string[], date: string): Promise<Map<string, StoredNode>> {
  if (codes.length === 0) return new Map();
  const { rows } = await db.query<StoredNode>(
    `with recursive chain as (
       select n.parent_code from tnved_nodes n where n.code = any($1::text[]) and ${inForce('$2::date')} and n.parent_code is not null
       union
       select n.parent_code from chain join tnved_nodes n on n.code = chain.parent_code
       where ${inForce('$2::date')} and n.parent_code is not null
     )
     select ${nodeColumns} from tnved_nodes n where n.code in (select parent_code from chain) and ${inForce('$2::date')}`,
    [codes, date],
  );
  return new Map(rows.map((row) => [row.code, row]));
}

export interface MatchedNode extends StoredNode {
  /** query words matched (word search), or 0 */
  matched: number;
  /** position of the earliest matched word in the name */
  firstPosition: number;
}

/** Nodes whose code begins with a digit prefix (':' follows '9', closing the range), the exact code first, then in code order. */
export async function searchByCode(db: Queryable, prefix: string, date: string, limit: number): Promise<MatchedNode[]> {
  const { rows } = await db.query<MatchedNode>(
    `select ${nodeColumns}, 0 as matched, 0 as "firstPosition" from tnved_nodes n
     where n.code collate "C" >= $1 and n.code collate "C" < $1 || ':' and ${inForce('$2::date')}
     order by n.code collate "C"
     limit $3`,
    [prefix, date, limit],
  );
  return rows;
}

/**
 * Nodes whose names hold the query words, each word given by its stems (a word matches when any
 * of its stems begins a stored term). More words matched first, then higher levels, then names
 * where a word comes earlier, then shorter names.
 */
export async function searchByWords(db: Queryable, words: readonly string[][], date: string, limit: number): Promise<MatchedNode[]> {
  const tokens = words.flatMap((stems, word) => stems.map((stem) => ({ word, stem })));
  const { rows } = await db.query<MatchedNode>(
    `with q as (select * from jsonb_to_recordset($1::jsonb) as q(word int, stem text)),
     m as (
       select t.node_id, count(distinct q.word)::int as matched, min(t.position)::int as first_position
       from q join tnved_search_terms t on t.term >= (q.stem collate "C") and t.term < (q.stem || chr(1114111)) collate "C"
       group by t.node_id
     )
     select ${nodeColumns}, m.matched, m.first_position as "firstPosition"
     from m join tnved_nodes n on n.id = m.node_id
     where ${inForce('$2::date')}
     order by m.matched desc, ${levelOrder}, m.first_position, length(n.name_ru), n.code collate "C"
     limit $3`,
    [JSON.stringify(tokens), date, limit],
  );
  return rows;
}
