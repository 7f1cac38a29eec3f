import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain (ACC-9), computed here independently of the database's own functions
 * (server/migrations/0016_audit_chain.sql), which an intruder with the database could replace:
 *
 *   hash = SHA-256(prev_hash || field(seq) || field(id) || field(at) || field(action) || field(outcome)
 *                  || field(code) || field(actorAccountId) || field(actorIin) || field(subjectType)
 *                  || field(subjectId) || field(bodyCode) || field(ip) || field(requestId) || field(details))
 *
 * field(null) is FF FF FF FF; field(v) is the length of v's UTF-8 bytes, four bytes big-endian,
 * then the bytes. The first link's prev_hash is 32 zero bytes.
 */
export interface ChainedFields {
  /** each value as PostgreSQL writes it as text (`chainedFieldsSql`) */
  seq: string;
  id: string;
  at: string;
  action: string;
  outcome: string;
  code: string | null;
  actorAccountId: string | null;
  actorIin: string | null;
  subjectType: string | null;
  subjectId: string | null;
  bodyCode: string | null;
  ip: string | null;
  requestId: string | null;
  details: string;
}

/** The select list giving a row's fields in the text forms the chain hashes (the same forms the trigger hashes). */
export const chainedFieldsSql = `chain_seq::text as seq, id::text as id,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, action, outcome, code,
  actor_account_id::text as "actorAccountId", actor_iin as "actorIin", subject_type as "subjectType",
  subject_id as "subjectId", body_code as "bodyCode", ip, request_id as "requestId", details::text as details`;

export const firstPrevHash = Buffer.alloc(32);

const nullField = Buffer.from([0xff, 0xff, 0xff, 0xff]);

export function linkHash(prevHash: Uint8Array, row: ChainedFields): Buffer {
  const digest = createHash('sha256').update(prevHash);
  for (const value of [
    row.seq,
    row.id,
    row.at,
    row.action,
    row.outcome,
    row.code,
    row.actorAccountId,
    row.actorIin,
    row.subjectType,
    row.subjectId,
    row.bodyCode,
    row.ip,
    row.requestId,
    row.details,
  ]) {
    if (value === null) {
      digest.update(nullField);
      continue;
    }
    const bytes = Buffer.from(value, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    digest.update(length).update(bytes);
  }
  return digest.digest();
}
