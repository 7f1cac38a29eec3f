import type { Queryable } from '../../../platform/db/database.ts';

/** The transit_movements table's SQL (migration 0029). */
export interface TransitMovement {
  declarationId: string;
  departureOffice: string;
  destinationOffice: string;
  deliveryTerm: string;
  carrierIinBin: string | null;
  securityMethodCode: string | null;
  securityCertificate: string | null;
  declaredSecurityTiyn: number | null;
  securityTiyn: number | null;
  securityFailureCode: string | null;
  securityFailureParams: Record<string, unknown> | null;
  releasedAt: Date;
  releasedByOffice: string;
  arrivedAt: Date | null;
  arrivalOffice: string | null;
  completedAt: Date | null;
  completionOffice: string | null;
  overdueFlaggedAt: Date | null;
}

const columns = `declaration_id as "declarationId", departure_office as "departureOffice",
  destination_office as "destinationOffice", to_char(delivery_term, 'YYYY-MM-DD') as "deliveryTerm",
  carrier_iin_bin as "carrierIinBin", security_method_code as "securityMethodCode",
  security_certificate as "securityCertificate", declared_security_tiyn::text as "declaredSecurityTiyn",
  security_tiyn::text as "securityTiyn", security_failure_code as "securityFailureCode",
  security_failure_params as "securityFailureParams", released_at as "releasedAt",
  released_by_office as "releasedByOffice", arrived_at as "arrivedAt", arrival_office as "arrivalOffice",
  completed_at as "completedAt", completion_office as "completionOffice", overdue_flagged_at as "overdueFlaggedAt"`;

const numeric = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export async function findMovement(db: Queryable, declarationId: string): Promise<TransitMovement | undefined> {
  const { rows } = await db.query<TransitMovement>(
    `select ${columns} from transit_movements where declaration_id = $1`,
    [declarationId],
  );
  const row = rows[0];
  return (
    row && { ...row, declaredSecurityTiyn: numeric(row.declaredSecurityTiyn), securityTiyn: numeric(row.securityTiyn) }
  );
}

export type NewMovement = Omit<
  TransitMovement,
  'arrivedAt' | 'arrivalOffice' | 'completedAt' | 'completionOffice' | 'overdueFlaggedAt'
>;

export async function insertMovement(tx: Queryable, m: NewMovement): Promise<void> {
  await tx.query(
    `insert into transit_movements (declaration_id, departure_office, destination_office, delivery_term, carrier_iin_bin,
       security_method_code, security_certificate, declared_security_tiyn, security_tiyn, security_failure_code,
       security_failure_params, released_at, released_by_office)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      m.declarationId,
      m.departureOffice,
      m.destinationOffice,
      m.deliveryTerm,
      m.carrierIinBin,
      m.securityMethodCode,
      m.securityCertificate,
      m.declaredSecurityTiyn,
      m.securityTiyn,
      m.securityFailureCode,
      m.securityFailureParams ? JSON.stringify(m.securityFailureParams) : null,
      m.releasedAt,
      m.releasedByOffice,
    ],
  );
}

/** Arrival or completion at `office`; false when the movement is missing or the step is already recorded. */
export async function recordMovementStep(
  tx: Queryable,
  declarationId: string,
  step: 'arrival' | 'completion',
  at: Date,
  office: string,
): Promise<boolean> {
  const sql =
    step === 'arrival'
      ? 'update transit_movements set arrived_at = $2, arrival_office = $3 where declaration_id = $1 and arrived_at is null'
      : `update transit_movements set completed_at = $2, completion_office = $3
          where declaration_id = $1 and arrived_at is not null and completed_at is null`;
  const { rowCount } = await tx.query(sql, [declarationId, at, office]);
  return rowCount === 1;
}

/** Whether a body of `scope` (null: every body) is the destination of the declaration's movement. */
export async function isDestinationIn(db: Queryable, declarationId: string, scope: string[] | null): Promise<boolean> {
  const { rows } = await db.query<{ yes: boolean }>(
    `select true as yes from transit_movements
      where declaration_id = $1 and ($2::text[] is null or destination_office = any($2::text[]))`,
    [declarationId, scope],
  );
  return rows.length > 0;
}

/** Whether `iinBin` is the carrier of the declaration's movement. */
export async function isCarrierOf(db: Queryable, declarationId: string, iinBin: string): Promise<boolean> {
  const { rows } = await db.query<{ yes: boolean }>(
    'select true as yes from transit_movements where declaration_id = $1 and carrier_iin_bin = $2',
    [declarationId, iinBin],
  );
  return rows.length > 0;
}

export interface OverdueMovement {
  declarationId: string;
  registrationNumber: string;
  authorAccountId: string;
  departureOffice: string;
  destinationOffice: string;
  deliveryTerm: string;
}

/**
 * Flags, once, up to `limit` movements whose term ended before `today` with no arrival recorded:
 * the update's row locks and its `overdue_flagged_at is null` make a second node's run skip
 * what the first flagged (`skip locked`: it does not wait for it either).
 */
export async function flagOverdue(tx: Queryable, today: string, at: Date, limit: number): Promise<OverdueMovement[]> {
  const { rows } = await tx.query<OverdueMovement>(
    `with due as (
       select declaration_id from transit_movements
        where arrived_at is null and overdue_flagged_at is null and delivery_term < $1::date
        order by delivery_term, declaration_id limit $3 for update skip locked
     )
     update transit_movements m set overdue_flagged_at = $2
       from due, declarations d
      where m.declaration_id = due.declaration_id and d.id = m.declaration_id
     returning m.declaration_id as "declarationId", d.registration_number as "registrationNumber",
       d.author_account_id as "authorAccountId", m.departure_office as "departureOffice",
       m.destination_office as "destinationOffice", to_char(m.delivery_term, 'YYYY-MM-DD') as "deliveryTerm"`,
    [today, at, limit],
  );
  return rows;
}
