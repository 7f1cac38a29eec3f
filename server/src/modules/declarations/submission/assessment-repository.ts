import type { Queryable } from '../../../platform/db/database.ts';

/** What a signed copy owes as the payments engine assessed it at registration (declaration_assessments). */
export interface StoredAssessment {
  declarationId: string;
  seq: number;
  assessedOn: string;
  /** tiyn; null when the engine refused */
  owedTiyn: number | null;
  /** tiyn by payment type code */
  totals: Record<string, string>;
  failureCode: string | null;
  failureParams: Record<string, unknown> | null;
}

/** The assessments of the copies registered together, in one statement. */
export async function insertAssessments(tx: Queryable, at: Date, rows: readonly StoredAssessment[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into declaration_assessments
       (declaration_id, seq, assessed_on, owed_tiyn, totals, failure_code, failure_params, created_at)
     select * from unnest($1::uuid[], $2::int[], $3::date[], $4::bigint[], $5::jsonb[], $6::text[], $7::jsonb[],
       array_fill($8::timestamptz, array[$9::int]))
     on conflict (declaration_id, seq) do nothing`,
    [
      rows.map((r) => r.declarationId),
      rows.map((r) => r.seq),
      rows.map((r) => r.assessedOn),
      rows.map((r) => r.owedTiyn),
      rows.map((r) => JSON.stringify(r.totals)),
      rows.map((r) => r.failureCode),
      rows.map((r) => (r.failureParams ? JSON.stringify(r.failureParams) : null)),
      at,
      rows.length,
    ],
    { prepare: true },
  );
}

const columns = `declaration_id as "declarationId", seq, to_char(assessed_on, 'YYYY-MM-DD') as "assessedOn",
  owed_tiyn as "owedTiyn", totals, failure_code as "failureCode", failure_params as "failureParams"`;

/** The latest copy's assessment of each declaration that has one. */
export async function latestAssessments(
  db: Queryable,
  declarationIds: readonly string[],
): Promise<Map<string, StoredAssessment>> {
  if (declarationIds.length === 0) return new Map();
  const { rows } = await db.query<StoredAssessment>(
    `select distinct on (declaration_id) ${columns}
       from declaration_assessments where declaration_id = any($1::uuid[])
      order by declaration_id, seq desc`,
    [declarationIds],
    { prepare: true },
  );
  return new Map(
    rows.map((r) => [r.declarationId, { ...r, owedTiyn: r.owedTiyn === null ? null : Number(r.owedTiyn) }]),
  );
}
