import { createHash } from 'node:crypto';
import { canonicalJson } from '@shekara/contracts/domain';
import { tengeOf } from '../ledger/money.ts';
import type { SchedulePart } from './terms.ts';

/*
 * What is signed (ACC-21): the canonical JSON of an application with the payer it is filed for,
 * and of an officer's decision with the SHA-256 of the application's signed bytes. The server
 * rebuilds these bytes from what it holds when the signature arrives, so a signature over
 * anything else does not verify.
 */

export interface ApplicationFacts {
  applicationId: string;
  kind: 'deferral' | 'instalment' | 'refund';
  payer: string;
  registrationNumber: string | null;
  declarationId: string | null;
  customsOffice: string;
  /** tiyn */
  amount: number;
  reason: string | null;
  schedule: SchedulePart[] | null;
  bank: { iban: string; bic: string } | null;
}

const scheduleJson = (schedule: readonly SchedulePart[] | null) =>
  schedule === null ? null : schedule.map((part) => ({ dueDate: part.dueDate, amount: tengeOf(part.amount) }));

export function applicationPayload(facts: ApplicationFacts): Buffer {
  return Buffer.from(
    canonicalJson({
      document: 'payment-application',
      applicationId: facts.applicationId,
      kind: facts.kind,
      payer: facts.payer,
      registrationNumber: facts.registrationNumber,
      declarationId: facts.declarationId,
      customsOffice: facts.customsOffice,
      amount: tengeOf(facts.amount),
      currency: 'KZT',
      reason: facts.reason,
      schedule: scheduleJson(facts.schedule),
      bank: facts.bank,
    }),
    'utf8',
  );
}

export interface DecisionFacts {
  applicationId: string;
  /** hex SHA-256 of the application's signed bytes */
  applicationSha256: string;
  decision: 'grant' | 'refuse';
  reason: string | null;
  schedule: SchedulePart[] | null;
  officeCode: string;
  /** tiyn: what is granted or refused */
  amount: number;
}

export function decisionPayload(facts: DecisionFacts): Buffer {
  return Buffer.from(
    canonicalJson({
      document: 'payment-application-decision',
      applicationId: facts.applicationId,
      applicationSha256: facts.applicationSha256,
      decision: facts.decision,
      reason: facts.reason,
      schedule: scheduleJson(facts.schedule),
      officeCode: facts.officeCode,
      amount: tengeOf(facts.amount),
      currency: 'KZT',
    }),
    'utf8',
  );
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
