import type { DataReadReason } from '@shekara/contracts/accounts';
import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { advanceAccountOfficerRoutes as routes } from '@shekara/contracts/payments/ledger';
import { call } from '../../api/client.ts';

export type PayerPosting = RouteOutput<typeof routes.postings>['postings'][number];
export type StatementReport = RouteOutput<typeof routes.importStatement>;
export type DepositRequest = RouteInput<typeof routes.deposit>['body'];
export type StatementFormat = RouteInput<typeof routes.importStatement>['body']['format'];

export interface Period {
  from: string;
  to: string;
}

/** Every query of one payer's account, read again after a deposit or a reversal. */
export const payerAccountKey = (payer: string) => ['officer-payments', payer] as const;

/** The payer's balance, read for `reason` (ACC-7: the read is recorded and the payer sees it). */
export const fetchPayerBalance = (payer: string, reason: DataReadReason) =>
  call(routes.balance, { params: { payer }, query: { reason } });

/** The payer's postings of a period, read for `reason`. */
export const fetchPayerPostings = (payer: string, period: Period, reason: DataReadReason) =>
  call(routes.postings, { params: { payer }, query: { ...period, limit: 1000, reason } });

/** Credits a bank payment to the payer's account; the same idempotency key again posts nothing. */
export const recordDeposit = (payer: string, body: DepositRequest) => call(routes.deposit, { params: { payer }, body });

/** Reverses a deposit entered by mistake. */
export const reversePosting = (id: number, note: string, idempotencyKey: string) =>
  call(routes.reverse, { params: { id }, body: { note, idempotencyKey } });

/** Imports a bank statement: every incoming payment credited to its payer's account, once. */
export const importStatement = (format: StatementFormat, content: string) =>
  call(routes.importStatement, { body: { format, content } });
