import type { applicationView, dueNoticeView, obligationView } from '@shekara/contracts/payments/applications';
import type { z } from 'zod';
import { tengeOf } from '../ledger/money.ts';
import { paymentTypes } from '../payment-types.ts';
import type { DueNotice, Obligation, StoredApplication } from './application-repository.ts';
import type { SchedulePart } from './terms.ts';

const scheduleView = (schedule: readonly SchedulePart[] | null) =>
  schedule === null ? null : schedule.map((part) => ({ dueDate: part.dueDate, amount: tengeOf(part.amount) }));

/** The KBK of each payment type the module knows. */
export const kbkOf: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(paymentTypes).map((type) => [type.code, type.kbk]),
);

export function applicationViewOf(a: StoredApplication): z.infer<typeof applicationView> {
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    payer: a.payer,
    registrationNumber: a.registrationNumber,
    customsOffice: a.customsOffice,
    amount: tengeOf(a.amount),
    reason: a.reason,
    schedule: scheduleView(a.schedule),
    bank: a.iban && a.bic ? { iban: a.iban, bic: a.bic } : null,
    filedAt: a.filedAt.toISOString(),
    decision:
      a.status === 'pending' || !a.decidedAt
        ? null
        : {
            decision: a.status === 'granted' ? 'grant' : 'refuse',
            reason: a.decisionReason,
            schedule: scheduleView(a.decisionSchedule),
            officeCode: a.decisionOffice ?? a.customsOffice,
            decidedAt: a.decidedAt.toISOString(),
            postingId: a.refundPostingId,
          },
  };
}

export function obligationViewOf(o: Obligation): z.infer<typeof obligationView> {
  return {
    id: o.id,
    applicationId: o.applicationId,
    payer: o.payer,
    registrationNumber: o.registrationNumber,
    customsOffice: o.customsOffice,
    paymentType: o.paymentType,
    kbk: kbkOf[o.paymentType] ?? '',
    amount: tengeOf(o.amount),
    dueDate: o.dueDate,
    paidAt: o.paidAt ? o.paidAt.toISOString() : null,
  };
}

export function dueNoticeViewOf(n: DueNotice): z.infer<typeof dueNoticeView> {
  return {
    id: n.id,
    obligationId: n.obligationId,
    registrationNumber: n.registrationNumber,
    paymentType: n.paymentType,
    kbk: n.kbk,
    amount: tengeOf(n.amount),
    dueDate: n.dueDate,
    issuedAt: n.issuedAt.toISOString(),
  };
}
