import type { NomenclatureLevel, NomenclatureName, NomenclatureNode } from '@shekara/contracts/reference/tnved';
import { noteLocalChange } from '../../../platform/db/change-feed.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow } from '../../../platform/db/first-row.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { nomenclatureTables } from '../copied-tables.ts';
import { searchTermsOf } from './search-terms.ts';

/** Rows per statement: large enough that ~15,000 lines load in seconds, small enough for any driver. */
const batchSize = 500;
const termBatchSize = 4_000;

/**
 * Writes node versions (keyed by code and valid_from): new ones are added, changed ones updated,
 * equal ones left untouched, so loading the same data twice changes nothing. A name in kk or en
 * that a source does not give keeps the one already stored. The search terms of every added or
 * changed node are rebuilt in the same transaction. With `namesOnly`, versions already stored
 * keep their Russian wording, level, parent and dates, and take only the Kazakh and English names
 * given (the bundled lines: see loadNomenclatureDemoData).
 */
export async function upsertNomenclature(
  tx: Queryable,
  nodes: readonly NomenclatureNode[],
  options: { onProgress?: (done: number) => void; namesOnly?: boolean } = {},
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
    const { rows: written } = await tx.query<{
      id: number;
      inserted: boolean;
      name_ru: string;
      name_kk: string | null;
      name_en: string | null;
    }>(
      `insert into tnved_nodes as n (code, level, parent_code, name_ru, name_kk, name_en, notes, valid_from, valid_to)
       select code, level, parent_code, name_ru, name_kk, name_en, notes, valid_from, valid_to
       from jsonb_to_recordset($1::jsonb) as r(code text, level text, parent_code text, name_ru text, name_kk text, name_en text, notes text, valid_from date, valid_to date)
       on conflict (code, valid_from) do ${
         options.namesOnly
           ? `update set
         name_kk = coalesce(excluded.name_kk, n.name_kk), name_en = coalesce(excluded.name_en, n.name_en), updated_at = now()
       where (n.name_kk, n.name_en) is distinct from (coalesce(excluded.name_kk, n.name_kk), coalesce(excluded.name_en, n.name_en))`
           : `update set
         level = excluded.level, parent_code = excluded.parent_code, name_ru = excluded.name_ru,
         name_kk = coalesce(excluded.name_kk, n.name_kk), name_en = coalesce(excluded.name_en, n.name_en),
         notes = excluded.notes, valid_to = excluded.valid_to, updated_at = now()
       where (n.level, n.parent_code, n.name_ru, n.name_kk, n.name_en, n.notes, n.valid_to)
         is distinct from (excluded.level, excluded.parent_code, excluded.name_ru, coalesce(excluded.name_kk, n.name_kk),
                           coalesce(excluded.name_en, n.name_en), excluded.notes, excluded.valid_to)`
       }
       returning n.id, (n.xmax = 0) as inserted, n.name_ru, n.name_kk, n.name_en`,
      [JSON.stringify(rows)],
    );
    const added = written.filter((row) => row.inserted).length;
    counts.added += added;
    counts.changed += written.length - added;
    counts.unchanged += batch.length - written.length;
    await replaceSearchTerms(tx, written);
    if (written.length > 0) noteLocalChange(...nomenclatureTables);
    options.onProgress?.(Math.min(nodes.length, start + batchSize));
  }
  return counts;
}

async function replaceSearchTerms(
  tx: Queryable,
  nodes: readonly { id: number; name_ru: string; name_kk: string | null; name_en: string | null }[],
): Promise<void> {
  if (nodes.length === 0) return;
  await tx.query('delete from tnved_search_terms where node_id = any($1::bigint[])', [nodes.map((node) => node.id)]);
  const terms = nodes.flatMap((node) =>
    searchTermsOf([node.name_ru, node.name_kk, node.name_en]).map((term) => ({ node_id: node.id, ...term })),
  );
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
  const { rows } = await db.query<{ code: string }>(
    'select distinct code from tnved_nodes where code = any($1::text[])',
    [codes],
  );
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

export async function findNode(db: Queryable, code: string, date: string): Promise<StoredNode | null> {
  return firstRow<StoredNode>(
    db,
    `select ${nodeColumns} from tnved_nodes n where n.code = $1 and ${inForce('$2::date')}`,
    [code, date],
  );
}

/** When a code was in the nomenclature at all: its first version's start and its last version's end (null: still in force). */
export async function codeLifetime(db: Queryable, code: string): Promise<{ from: string; to: string | null } | null> {
  const row = await firstRow<{ from: string | null; to: string | null; open: boolean }>(
    db,
    `select to_char(min(n.valid_from), 'YYYY-MM-DD') as "from", to_char(max(n.valid_to), 'YYYY-MM-DD') as "to",
            bool_or(n.valid_to is null) as open
     from tnved_nodes n where n.code = $1`,
    [code],
  );
  if (!row?.from) return null;
  return { from: row.from, to: row.open ? null : row.to };
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

/**
 * Something that changes whenever a node is added or changed: the count of versions and the latest
 * change (ids and update times only ever grow).
 */
export async function nomenclatureStamp(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ stamp: string }>(
    `select count(*)::text || '/' || coalesce(max(id), 0)::text || '/' || coalesce(max(updated_at)::text, '') as stamp from tnved_nodes`,
  );
  return rows[0]!.stamp;
}

/** Every version and every stored search term, for the in-memory search index. */
/** The stems of the search index, in order (UTF-16 code units, as JavaScript compares), each with its node and place in the name. */
export interface StoredTerms {
  terms: string[];
  nodeIds: Int32Array;
  positions: Int16Array;
}

export async function loadSearchIndexRows(
  db: Queryable,
): Promise<{ nodes: (StoredNode & { id: number })[]; terms: StoredTerms }> {
  // Each table as one text rather than ~14,000 and ~110,000 rows: framing and parsing each row cost
  // the drivers about 1 s on the full nomenclature, against 0.3–0.5 s for the two texts. Stems are
  // letters and digits only (search-terms.ts), so a line each is safe; in byte order ("C") they come
  // in code-point order, which for these letters is JavaScript's. Names may hold anything: JSON.
  const nodeText = await firstRow<{ nodes: string | null }>(
    db,
    `select json_agg(json_build_object('id', n.id, 'code', n.code, 'level', n.level, 'parentCode', n.parent_code,
              'name', json_build_object('ru', n.name_ru, 'kk', n.name_kk, 'en', n.name_en),
              'validFrom', n.valid_from, 'validTo', n.valid_to))::text as nodes
       from tnved_nodes n`,
    [],
  );
  const termText = await firstRow<{ terms: string | null }>(
    db,
    `select string_agg(node_id || ' ' || position || ' ' || term, E'\\n' order by term collate "C") as terms
       from tnved_search_terms`,
    [],
  );
  const nodes = nodeText?.nodes ? (JSON.parse(nodeText.nodes) as (StoredNode & { id: number })[]) : [];
  const lines = termText?.terms ? termText.terms.split('\n') : [];
  const terms: StoredTerms = {
    terms: new Array<string>(lines.length),
    nodeIds: new Int32Array(lines.length),
    positions: new Int16Array(lines.length),
  };
  // a line is "node position stem"
  lines.forEach((line, at) => {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    terms.nodeIds[at] = Number(line.slice(0, first));
    terms.positions[at] = Number(line.slice(first + 1, second));
    terms.terms[at] = line.slice(second + 1);
  });
  return { nodes, terms };
}
