import type { Database, Queryable } from '../db/database.ts';
import { type ChainedFields, chainedFieldsSql, firstPrevHash, linkHash } from './chain.ts';

/** What a broken link says was done to the log. */
export type ChainBreak = 'edited' | 'inserted' | 'deleted';

export interface ChainProblem {
  kind: ChainBreak;
  /** the chain position of the first broken row (null for a row outside the chain) */
  seq: number | null;
  /** its id, when the row is there */
  id: string | null;
  detail: string;
}

export interface ChainLink {
  seq: number;
  /** hex */
  hash: string;
}

export interface ChainReport {
  /** rows whose links held, in chain order, before the problem if there is one */
  checked: number;
  /** the last link that held */
  last: ChainLink | null;
  problem: ChainProblem | null;
}

export interface VerifyOptions {
  /** rows read at a time: the walk holds one batch and the link before it, however long the log */
  batchSize?: number;
  /** a link an earlier verification reported, which the chain must still hold (catches a rewritten tail) */
  anchor?: ChainLink;
}

interface ChainRow extends ChainedFields {
  prevHash: string;
  hash: string;
}

const maxBatchSize = 10_000;

/**
 * Walks the audit chain in order and stops at the first row that breaks it: a gap in the numbers
 * (rows deleted), a row whose previous hash is not the hash of the row before it (a row inserted,
 * or the chain rewritten from there), a row whose fields no longer give its hash (edited). Then the
 * chain's head must be its last row, and no row may stand outside the chain.
 */
export async function verifyAuditChain(db: Database, options: VerifyOptions = {}): Promise<ChainReport> {
  const batchSize = Math.min(Math.max(1, options.batchSize ?? 1000), maxBatchSize);
  return db.transaction(async (tx) => {
    // One snapshot for the whole walk: what commits meanwhile is for the next verification.
    await tx.exec('set transaction isolation level repeatable read, read only');
    let last = null as ChainLink | null;
    let checked = 0;
    const report = (problem: ChainProblem | null): ChainReport => ({ checked, last, problem });
    for (;;) {
      const { rows } = await tx.query<ChainRow>(
        `select ${chainedFieldsSql}, encode(prev_hash, 'hex') as "prevHash", encode(hash, 'hex') as hash
           from audit_log where chain_seq > $1 order by chain_seq limit $2`,
        [last?.seq ?? 0, batchSize],
      );
      for (const row of rows) {
        const problem = brokenLink(row, last) ?? offAnchor(row, options.anchor);
        if (problem) return report(problem);
        last = { seq: Number(row.seq), hash: row.hash };
        checked++;
      }
      if (rows.length < batchSize) break;
    }
    return report(beyondTheWalk(last, options.anchor) ?? (await headProblem(tx, last)) ?? (await unchained(tx)));
  });
}

function brokenLink(row: ChainRow, previous: ChainLink | null): ChainProblem | null {
  const seq = Number(row.seq);
  const at = { seq, id: row.id };
  const expected = (previous?.seq ?? 0) + 1;
  if (seq !== expected) {
    const missing = seq - 1 === expected ? `row ${expected} is` : `rows ${expected} to ${seq - 1} are`;
    return { kind: 'deleted', ...at, detail: `${missing} missing before it` };
  }
  if (row.prevHash !== (previous?.hash ?? firstPrevHash.toString('hex'))) {
    return {
      kind: 'inserted',
      ...at,
      detail: previous
        ? `its previous hash is not the hash of row ${previous.seq}: a row was put in before it, or the chain rewritten from it`
        : 'the first row does not start from the zero hash',
    };
  }
  if (linkHash(Buffer.from(row.prevHash, 'hex'), row).toString('hex') !== row.hash) {
    return { kind: 'edited', ...at, detail: 'its fields no longer give its hash' };
  }
  return null;
}

function offAnchor(row: ChainRow, anchor: ChainLink | undefined): ChainProblem | null {
  if (!anchor || Number(row.seq) !== anchor.seq || row.hash === anchor.hash) return null;
  return {
    kind: 'edited',
    seq: anchor.seq,
    id: row.id,
    detail: `its hash is not the one recorded for it (${anchor.hash}): the chain was rewritten up to here`,
  };
}

function beyondTheWalk(last: ChainLink | null, anchor: ChainLink | undefined): ChainProblem | null {
  if (!anchor || anchor.seq <= (last?.seq ?? 0)) return null;
  return {
    kind: 'deleted',
    seq: anchor.seq,
    id: null,
    detail: `the chain ends at ${last?.seq ?? 0}, before the link recorded at ${anchor.seq}`,
  };
}

/** The head remembers the last link made: rows taken off the end leave it pointing past them. */
async function headProblem(tx: Queryable, last: ChainLink | null): Promise<ChainProblem | null> {
  const { rows } = await tx.query<{ seq: string; hash: string }>(
    `select seq::text as seq, encode(hash, 'hex') as hash from audit_chain_head`,
  );
  const head = rows[0];
  const lastSeq = last?.seq ?? 0;
  if (!head) return { kind: 'deleted', seq: null, id: null, detail: 'the chain head is missing' };
  const headSeq = Number(head.seq);
  if (headSeq > lastSeq) {
    const missing = headSeq === lastSeq + 1 ? `row ${headSeq} is` : `rows ${lastSeq + 1} to ${headSeq} are`;
    return { kind: 'deleted', seq: lastSeq + 1, id: null, detail: `${missing} missing at the end of the chain` };
  }
  if (headSeq < lastSeq) {
    return {
      kind: 'inserted',
      seq: headSeq + 1,
      id: null,
      detail: `rows after ${headSeq}, the chain's head, were added past it`,
    };
  }
  if (last && head.hash !== last.hash) {
    return {
      kind: 'edited',
      seq: last.seq,
      id: null,
      detail: `the chain head's hash is not the hash of row ${last.seq}`,
    };
  }
  return null;
}

/** Every committed row is linked at its commit: a committed row without a link was written around the chain. */
async function unchained(tx: Queryable): Promise<ChainProblem | null> {
  const { rows } = await tx.query<{ id: string; n: number }>(
    `select id::text as id, count(*) over ()::int as n from audit_log where chain_seq is null order by id limit 1`,
  );
  const row = rows[0];
  if (!row) return null;
  const others = row.n > 1 ? ` (and ${row.n - 1} more)` : '';
  return {
    kind: 'inserted',
    seq: null,
    id: row.id,
    detail: `row id ${row.id}${others} has no link: it was written around the chain`,
  };
}
