import type { RepresentationTerms } from '@shekara/contracts/declarations/representation';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow } from '../../../platform/db/first-row.ts';

/** The SQL of customs representations: which declarants a representative acts for, under which contract. */

/** A contract's terms as its representative registered them, and where it stands. */
export interface Representation extends RepresentationTerms {
  /** when the declarant confirmed it with its signature; null: it binds nobody yet */
  confirmedAt: string | null;
  endedBy: 'representative' | 'declarant' | null;
  /** the paper contract an officer entered it from, confirmed so instead of by the declarant's signature */
  paperBasis: string | null;
  createdAt: string;
}

const columns = `representative_bin as "representativeBin", declarant_iin_bin as "declarantIinBin",
  contract_number as "contractNumber", to_char(contract_date, 'YYYY-MM-DD') as "contractDate",
  to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo",
  to_char(confirmed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "confirmedAt", ended_by as "endedBy", paper_basis as "paperBasis",
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"`;

/**
 * The declarants `representativeBin` acts for on `date` (YYYY-MM-DD): those who confirmed a
 * contract in force that day. Submission fills the control context's `signer.represents` with them.
 */
export async function representedDeclarants(db: Queryable, representativeBin: string, date: string): Promise<string[]> {
  const { rows } = await db.query<{ declarant: string }>(
    `select distinct declarant_iin_bin as declarant from customs_representations
      where representative_bin = $1 and confirmed_at is not null
        and valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)
      order by declarant_iin_bin`,
    [representativeBin, date],
  );
  return rows.map((r) => r.declarant);
}

/** Inserts a representation; false when the same contract for the same declarant is already there. */
export async function insertRepresentation(
  db: Queryable,
  representation: Omit<Representation, 'createdAt' | 'confirmedAt' | 'endedBy' | 'paperBasis'> & { createdBy: string },
  at: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into customs_representations (representative_bin, declarant_iin_bin, contract_number, contract_date, valid_from, valid_to, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing`,
    [
      representation.representativeBin,
      representation.declarantIinBin,
      representation.contractNumber,
      representation.contractDate,
      representation.validFrom,
      representation.validTo,
      representation.createdBy,
      at,
    ],
  );
  return rowCount > 0;
}

export interface RepresentationKey {
  representativeBin: string;
  declarantIinBin: string;
  contractNumber: string;
}

export async function findRepresentation(
  db: Queryable,
  key: RepresentationKey,
  options: { lock?: boolean } = {},
): Promise<Representation | null> {
  return firstRow<Representation>(
    db,
    `select ${columns} from customs_representations where representative_bin = $1 and declarant_iin_bin = $2 and contract_number = $3`,
    [key.representativeBin, key.declarantIinBin, key.contractNumber],
    { forUpdate: options.lock },
  );
}

/** Ends a contract on `validTo` (the last day it is in force), as `endedBy` asked. */
export async function endRepresentation(
  db: Queryable,
  key: RepresentationKey,
  validTo: string,
  endedBy: 'representative' | 'declarant',
): Promise<void> {
  await db.query(
    'update customs_representations set valid_to = $4, ended_by = $5 where representative_bin = $1 and declarant_iin_bin = $2 and contract_number = $3',
    [key.representativeBin, key.declarantIinBin, key.contractNumber, validTo, endedBy],
  );
}

/**
 * Records the declarant's confirmation: from now the representative acts for it. Either the
 * declarant signed it in its cabinet (`cms`, kept), or an officer entered it from the paper
 * contract the declarant signed (ACC-9; `paperBasis` says from which document).
 */
export async function recordConfirmation(
  db: Queryable,
  key: RepresentationKey,
  confirmation: { accountId: string; at: Date } & ({ cms: Uint8Array } | { paperBasis: string }),
): Promise<void> {
  await db.query(
    `update customs_representations set confirmed_at = $4, confirmed_by = $5, confirmation_cms = $6, paper_basis = $7
      where representative_bin = $1 and declarant_iin_bin = $2 and contract_number = $3`,
    [
      key.representativeBin,
      key.declarantIinBin,
      key.contractNumber,
      confirmation.at,
      confirmation.accountId,
      'cms' in confirmation ? confirmation.cms : null,
      'paperBasis' in confirmation ? confirmation.paperBasis : null,
    ],
  );
}

/** A representative's contracts, most recent first. */
export async function representationsBy(db: Queryable, representativeBin: string): Promise<Representation[]> {
  const { rows } = await db.query<Representation>(
    `select ${columns} from customs_representations where representative_bin = $1 order by valid_from desc, declarant_iin_bin, contract_number limit 1000`,
    [representativeBin],
  );
  return rows;
}

/** Who represents a declarant, most recent first. */
export async function representationsOf(db: Queryable, declarantIinBin: string): Promise<Representation[]> {
  const { rows } = await db.query<Representation>(
    `select ${columns} from customs_representations where declarant_iin_bin = $1 order by valid_from desc, representative_bin, contract_number limit 1000`,
    [declarantIinBin],
  );
  return rows;
}

/**
 * The confirmed representation under which `representativeBin` acts for `declarantIinBin` on
 * `date`, the latest contract first: what a document filed for the declarant was filed under.
 */
export async function representationInForce(
  db: Queryable,
  representativeBin: string,
  declarantIinBin: string,
  date: string,
): Promise<Representation | null> {
  return firstRow<Representation>(
    db,
    `select ${columns} from customs_representations
      where representative_bin = $1 and declarant_iin_bin = $2 and confirmed_at is not null
        and valid_from <= $3::date and (valid_to is null or valid_to >= $3::date)
      order by valid_from desc, contract_number limit 1`,
    [representativeBin, declarantIinBin, date],
  );
}

/** Every representation naming `iinBin` as representative or declarant, for an officer. */
export async function representationsNaming(db: Queryable, iinBin: string): Promise<Representation[]> {
  const { rows } = await db.query<Representation>(
    `select ${columns} from customs_representations where representative_bin = $1 or declarant_iin_bin = $1
      order by valid_from desc, representative_bin, declarant_iin_bin, contract_number limit 1000`,
    [iinBin],
  );
  return rows;
}
