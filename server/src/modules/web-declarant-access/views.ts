import type { AccessMeasure } from './access-measure-repository.ts';
import type { Application } from './application-repository.ts';
import { letterOverdue } from './terms.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** An application as officers see it, with its WD-26 clock. */
export function applicationView(a: Application, now: Date) {
  return {
    id: a.id,
    bodyCode: a.bodyCode,
    journalYear: a.journalYear,
    journalNumber: a.journalNumber,
    channel: a.channel,
    applicantKind: a.applicantKind,
    taxpayerNumber: a.taxpayerNumber,
    fullName: a.fullName,
    workplaces: a.workplaces,
    fields: a.fields,
    signerIin: a.signerIin,
    status: a.status,
    receivedAt: iso(a.receivedAt)!,
    letterDueOn: a.letterDueOn,
    overdue: letterOverdue(a, now),
    letterSentAt: iso(a.letterSentAt),
    decidedAt: iso(a.decidedAt),
    rejectReason: a.rejectReason,
    accountId: a.accountId,
  };
}

export function measureView(m: AccessMeasure) {
  return {
    id: m.id,
    measure: m.measure,
    ground: m.ground,
    reason: m.reason,
    noticeOn: m.noticeOn,
    permanent: m.permanent,
    bodyCode: m.bodyCode,
    byAccountId: m.byAccountId,
    at: iso(m.at)!,
  };
}
