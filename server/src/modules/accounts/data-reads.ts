import {
  type DataReadObject,
  type DataReadReason,
  dataReadReasonLabels,
  dataReadReasons,
} from '@shekara/contracts/accounts';
import type { FastifyRequest } from 'fastify';
import { recordAudits } from '../../platform/audit/audit-log.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { findCustomsBody } from '../reference/index.ts';
import { caller } from './authentication.ts';
import { accountsOf, auditedReads } from './data-read-repository.ts';
import { AccountErrors } from './errors.ts';

/**
 * ACC-7 and customs confidentiality (Customs Code of Kazakhstan, Articles 19 and 449): an
 * officer or administrator reads another person's data only for a stated reason, and every such
 * read is recorded — so the person can see who at customs looked at their data, and why.
 * The officer routes call the two functions here: `readReason` before anything is looked up,
 * `recordDataRead` once the object and whose data it is are known.
 */

/** Whose data an audited read is about: `personal_data` records are keyed by the account the data belong to. */
const subjectType = 'personal_data';

/**
 * The reason the read carries in its address (`?reason=`; the body of a POST standing for a GET);
 * without one nothing is read.
 */
export function readReason(input: { reason?: unknown } | undefined): DataReadReason {
  const reason = input?.reason;
  if (!(dataReadReasons as readonly unknown[]).includes(reason)) throw AccountErrors.DATA_READ_REASON_REQUIRED();
  return reason as DataReadReason;
}

/** Whose data were read: an account, or the accounts of an IIN/BIN (a declaration's declarant and filer). */
export type DataSubject = { accountId: string } | { iinBins: readonly string[] };

export interface DataRead {
  reason: DataReadReason;
  object: { type: DataReadObject; id: string };
  subject: DataSubject;
}

/**
 * Writes the audit record of a read: one for each account whose data it was, so each sees it;
 * a declarant with no account yet still leaves a record, under its IIN/BIN.
 */
export async function recordDataRead(
  ctx: { db: Queryable; clock: Clock },
  request: FastifyRequest,
  read: DataRead,
): Promise<void> {
  const reader = caller(request).account;
  const accountIds =
    'accountId' in read.subject ? [read.subject.accountId] : await accountsOf(ctx.db, read.subject.iinBins);
  const base = {
    action: 'data.read',
    outcome: 'success' as const,
    actorAccountId: reader.id,
    actorIin: reader.iinBin,
    bodyCode: reader.officeCode,
    ip: request.ip,
    requestId: request.id,
    details: {
      reason: read.reason,
      object: read.object.type,
      objectId: read.object.id,
      // as the reader was named and placed then: the record must not change when the account does
      readerName: reader.displayName,
      readerKind: reader.kind,
    },
  };
  const subjects =
    accountIds.length > 0
      ? accountIds.map((id) => ({ subjectType, subjectId: id }))
      : [...new Set('iinBins' in read.subject ? read.subject.iinBins : [])].map((iinBin) => ({
          subjectType: 'iin_bin',
          subjectId: iinBin,
        }));
  const at = ctx.clock.now();
  await recordAudits(
    ctx.db,
    subjects.map((subject) => ({ at, event: { ...base, ...subject } })),
  );
}

const dataReadsPageSize = 20;

/** The reads of the account's data, newest first, a page at a time, in the reader's language. */
export async function dataReadsOf(db: Queryable, accountId: string, page: number, language: Language) {
  const rows = await auditedReads(db, subjectType, accountId, {
    limit: dataReadsPageSize + 1,
    offset: (page - 1) * dataReadsPageSize,
  });
  const bodyNames = new Map<string, string | null>();
  for (const code of new Set(rows.map((row) => row.bodyCode)))
    if (code) bodyNames.set(code, (await findCustomsBody(db, code))?.name[language] ?? null);
  return {
    page,
    pageSize: dataReadsPageSize,
    more: rows.length > dataReadsPageSize,
    reads: rows.slice(0, dataReadsPageSize).map((row) => ({
      at: row.at,
      officeCode: row.bodyCode,
      officeName: row.bodyCode ? (bodyNames.get(row.bodyCode) ?? null) : null,
      officerName: row.details.readerName,
      administrator: row.details.readerKind === 'admin',
      object: row.details.object,
      objectId: row.details.objectId,
      reason: row.details.reason,
      reasonLabel: dataReadReasonLabels[row.details.reason][language],
    })),
  };
}
