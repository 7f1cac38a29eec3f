import type { Queryable } from '../../../platform/db/database.ts';

/** The SQL of decisions: the signed record of each, and the declarant's inbox of them (ACC-21). */
export interface NewDecision {
  id: string;
  declarationId: string;
  decision: string;
  reasons: string[];
  /** null: taken by the system (automatic release) */
  officerAccountId: string | null;
  officeCode: string;
  signedBytes: Buffer | null;
  signatureCms: Buffer | null;
  decidedAt: Date;
}

export async function insertDecision(db: Queryable, d: NewDecision): Promise<void> {
  await insertDecisions(db, [d]);
}

/** Several decisions in one statement (automatic releases routed together). */
export async function insertDecisions(db: Queryable, decisions: readonly NewDecision[]): Promise<void> {
  if (decisions.length === 0) return;
  const params: unknown[] = [];
  const rows = decisions.map((d) => {
    params.push(
      d.id,
      d.declarationId,
      d.decision,
      JSON.stringify(d.reasons),
      d.officerAccountId,
      d.officeCode,
      d.signedBytes,
      d.signatureCms,
      d.decidedAt,
    );
    return `(${Array.from({ length: 9 }, (_, i) => `$${params.length - 8 + i}`).join(', ')})`;
  });
  await db.query(
    `insert into declaration_decisions (id, declaration_id, decision, reasons, officer_account_id, office_code, signed_bytes, signature_cms, decided_at) values ${rows.join(', ')}`,
    params,
  );
}

export interface DecisionRow {
  id: string;
  declarationId: string;
  registrationNumber: string;
  kind: string;
  decision: string;
  reasons: string[];
  officeCode: string;
  officerName: string | null;
  automatic: boolean;
  signed: boolean;
  decidedAt: Date;
  readAt: Date | null;
}

const decisionColumns = `x.id, x.declaration_id as "declarationId", d.registration_number as "registrationNumber", d.kind, x.decision,
  coalesce(x.reasons, '[]'::jsonb) as reasons, x.office_code as "officeCode", a.display_name as "officerName",
  x.officer_account_id is null as automatic, x.signature_cms is not null as signed, x.decided_at as "decidedAt", x.read_at as "readAt"`;

export async function decisionsOfDeclaration(db: Queryable, declarationId: string): Promise<DecisionRow[]> {
  const { rows } = await db.query<DecisionRow>(
    `select ${decisionColumns} from declaration_decisions x join declarations d on d.id = x.declaration_id
       left join accounts a on a.id = x.officer_account_id
      where x.declaration_id = $1 order by x.decided_at, x.id limit 1000`,
    [declarationId],
  );
  return rows;
}

/**
 * The cabinet's decisions inbox: decisions on declarations the organisation filed or is the
 * declarant of (a customs representative files for others, who must see what customs decided).
 */
export async function decisionsForOrganisation(
  db: Queryable,
  iinBin: string,
  options: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: DecisionRow[]; more: boolean }> {
  const { rows } = await db.query<DecisionRow>(
    `select ${decisionColumns} from declaration_decisions x join declarations d on d.id = x.declaration_id
       left join accounts a on a.id = x.officer_account_id
      where (d.owner_iin_bin = $1 or d.declarant_iin_bin = $1) and d.deleted_at is null and (not $2 or x.read_at is null)
      order by x.decided_at desc, x.id limit $3 offset $4`,
    [iinBin, options.unreadOnly, options.limit + 1, options.offset],
  );
  return { rows: rows.slice(0, options.limit), more: rows.length > options.limit };
}

/** How many decisions on the organisation's declarations nobody of it has read yet. */
export async function unreadDecisionCount(db: Queryable, iinBin: string): Promise<number> {
  const { rows } = await db.query<{ unread: number }>(
    `select count(*)::int as unread from declaration_decisions x join declarations d on d.id = x.declaration_id
      where (d.owner_iin_bin = $1 or d.declarant_iin_bin = $1) and d.deleted_at is null and x.read_at is null`,
    [iinBin],
  );
  return rows[0]?.unread ?? 0;
}

/**
 * Marks decisions read by the organisation, all of them or none: undefined when one is not theirs
 * (or unknown). The first reading's time stays, so marking again changes nothing.
 */
export async function markDecisionsRead(
  db: Queryable,
  iinBin: string,
  decisionIds: readonly string[],
  at: Date,
): Promise<{ id: string; readAt: Date }[] | undefined> {
  const asked = [...new Set(decisionIds)];
  const { rows } = await db.query<{ id: string; readAt: Date }>(
    `with theirs as (
       select x.id from declaration_decisions x join declarations d on d.id = x.declaration_id
        where x.id = any($2::uuid[]) and (d.owner_iin_bin = $1 or d.declarant_iin_bin = $1) and d.deleted_at is null
     )
     update declaration_decisions x set read_at = coalesce(x.read_at, $3)
      where x.id in (select id from theirs) and (select count(*) from theirs) = $4
      returning x.id, x.read_at as "readAt"`,
    [iinBin, asked, at, asked.length],
  );
  return rows.length === asked.length ? rows : undefined;
}
