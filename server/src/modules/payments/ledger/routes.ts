import type { DataReadReason } from '@shekara/contracts/accounts';
import { parseIinBin } from '@shekara/contracts/domain';
import {
  advanceAccountOfficerRoutes as officerRoutes,
  advanceAccountRoutes as ownRoutes,
} from '@shekara/contracts/payments/ledger';
import type { FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { bodyScopeOf, caller, inBodyScope, readReason, recordDataRead, requestFacts } from '../../accounts/index.ts';
import type { LedgerRouteOptions } from './context.ts';
import { LedgerErrors } from './errors.ts';
import { importBankStatement } from './import-statement.ts';
import { findPosting } from './ledger-repository.ts';
import { tiynOf } from './money.ts';
import { deposit, reverse } from './operations.ts';
import { periodInstants } from './period.ts';
import { balanceOf, postingsOf, statementOf } from './reads.ts';
import { balanceViewOf, payerPostingViewOf, postingViewOf } from './views.ts';

/**
 * The personal advance account's routes (ACC-14): the payer reads its own account — balance,
 * postings, statement — in the internal part of the cabinet (money is customs business, so a
 * signature-proven session); an officer reads a payer's account for a stated reason (ACC-7),
 * credits a bank payment to a payer and reverses a deposit or refund entered by mistake at a body
 * in their scope.
 */
export async function ledgerRoutes(app: ZodApp, { ctx }: LedgerRouteOptions): Promise<void> {
  const payerOwn: RouteAccess = { audience: 'user', internal: true };
  const own = contractRoutes(app, { tags: ['payments'], access: payerOwn });

  own(ownRoutes.balance, {
    summary: 'The caller’s advance account: available and reserved money (ACC-14)',
    noStore: true,
    handler: async (request) => {
      const payer = caller(request).account.iinBin;
      return balanceViewOf(payer, await balanceOf(ctx, payer));
    },
  });

  own(ownRoutes.postings, {
    summary: 'The postings of the caller’s advance account over a period of days, oldest first (ACC-14)',
    noStore: true,
    handler: async (request) => {
      const postings = await postingsOf(ctx, caller(request).account.iinBin, request.query);
      return { postings: postings.map(payerPostingViewOf) };
    },
  });

  own(ownRoutes.statement, {
    summary: 'The statement of the caller’s advance account for a period, as CSV (ACC-14)',
    description: 'UTF-8 with a byte-order mark, `;`-separated, CRLF, in the request’s language; at most a year.',
    noStore: true,
    handler: async (request, reply) => {
      const payer = caller(request).account.iinBin;
      const { from, to } = request.query;
      const csv = await statementOf(ctx, payer, { from, to }, request.query.lang ?? request.language, 'csv');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="advance-account-${payer}-${from}-${to}.csv"`)
        .send(csv);
    },
  });

  own(ownRoutes.statementPdf, {
    summary: 'The statement of the caller’s advance account for a period, as PDF (ACC-14)',
    description: 'A4 landscape, in the request’s language; at most a year.',
    noStore: true,
    handler: async (request, reply) => {
      const payer = caller(request).account.iinBin;
      const { from, to } = request.query;
      const pdf = await statementOf(ctx, payer, { from, to }, request.query.lang ?? request.language, 'pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="advance-account-${payer}-${from}-${to}.pdf"`)
        .send(pdf);
    },
  });

  // A payment is credited at the officer's own body: any officer records one, for any payer.
  const atTheirBody: RouteAccess = { audience: 'officer' };
  // A posting names its body: another body's reads as absent.
  const inTheirBodies: RouteAccess = { audience: 'officer', object: 'own-body' };
  const officer = contractRoutes(app, { tags: ['officer', 'payments'], access: atTheirBody });

  /**
   * An officer's read of a payer's account (ACC-7): the reason first, before the payer is even
   * checked — no probing without one — then the read on record for every account of the payer,
   * which sees it among its data reads. The account is a payer's, not a body's: any officer may
   * read it, as any officer may credit it.
   */
  const onRecord = async (request: FastifyRequest, reason: DataReadReason, payer: string): Promise<string> => {
    if (!parseIinBin(payer).valid) throw LedgerErrors.LEDGER_PAYER_INVALID();
    await recordDataRead(ctx, request, {
      reason,
      object: { type: 'advance_account', id: payer },
      subject: { iinBins: [payer] },
    });
    return payer;
  };

  officer(officerRoutes.balance, {
    summary: 'A payer’s advance account: available and reserved money, read for a stated reason (ACC-14, ACC-7)',
    description:
      'Reading a payer’s account needs `reason` (ACC-7): the read is recorded, and the payer’s users see it among their data reads.',
    noStore: true,
    handler: async (request) => {
      const payer = await onRecord(request, readReason(request.query), request.params.payer);
      return balanceViewOf(payer, await balanceOf(ctx, payer));
    },
  });

  officer(officerRoutes.postings, {
    summary:
      'The postings of a payer’s advance account over a period of days, read for a stated reason (ACC-14, ACC-7)',
    description: 'Needs `reason` (ACC-7); the read is recorded once the period is found valid.',
    noStore: true,
    handler: async (request) => {
      const reason = readReason(request.query);
      periodInstants(request.query);
      const payer = await onRecord(request, reason, request.params.payer);
      const postings = await postingsOf(ctx, payer, request.query);
      return { postings: postings.map(payerPostingViewOf) };
    },
  });

  officer(officerRoutes.deposit, {
    summary: 'Credit a bank payment to a payer’s advance account (ACC-14)',
    description:
      'Recorded at the officer’s customs body, with the bank document’s number and date. The same idempotencyKey again answers the first posting and posts nothing; with another request it is refused.',
    handler: async (request, reply) => {
      const account = caller(request).account;
      if (!account.officeCode) throw LedgerErrors.LEDGER_OFFICER_WITHOUT_BODY();
      if (!parseIinBin(request.params.payer).valid) throw LedgerErrors.LEDGER_PAYER_INVALID();
      const { posting } = await deposit(
        ctx,
        {
          payer: request.params.payer,
          amount: tiynOf(request.body.amount),
          bankDocument: request.body.bankDocument,
          bodyCode: account.officeCode,
          note: request.body.note ?? null,
          idempotencyKey: request.body.idempotencyKey,
        },
        { accountId: account.id, iin: account.iinBin, facts: requestFacts(request) },
      );
      return reply.status(201).send({ posting: postingViewOf(posting) });
    },
  });

  officer(officerRoutes.importStatement, {
    summary: 'Import a bank statement: every incoming payment credited to its payer’s advance account (ACC-14)',
    description:
      'CSV (`payer;amount;document_number;document_date;note`, a header line) or ISO 20022 camt.053 (credit entries in KZT; the payer is the debtor’s Othr/Id). Each payment is a deposit of its own at the officer’s body; importing the same statement again credits nothing twice.',
    bodyLimit: 3 * 1024 * 1024,
    handler: async (request) => {
      const account = caller(request).account;
      if (!account.officeCode) throw LedgerErrors.LEDGER_OFFICER_WITHOUT_BODY();
      return importBankStatement(
        ctx,
        { ...request.body, bodyCode: account.officeCode, language: request.language },
        { accountId: account.id, iin: account.iinBin, facts: requestFacts(request) },
      );
    },
  });

  officer(officerRoutes.reverse, {
    access: inTheirBodies,
    summary: 'Reverse a deposit or refund entered by mistake: a new posting moving its lines back (ACC-14)',
    handler: async (request, reply) => {
      const account = caller(request).account;
      const original = await findPosting(ctx.db, request.params.id);
      // Another body's posting reads as absent, as every object outside an officer's scope does.
      if (!original || !inBodyScope(await bodyScopeOf(ctx.db, account), original.bodyCode)) {
        throw LedgerErrors.LEDGER_POSTING_NOT_FOUND();
      }
      const { posting } = await reverse(
        ctx,
        {
          postingId: original.id,
          bodyCode: account.officeCode,
          note: request.body.note,
          idempotencyKey: request.body.idempotencyKey,
        },
        { accountId: account.id, iin: account.iinBin, facts: requestFacts(request) },
      );
      return reply.status(201).send({ posting: postingViewOf(posting) });
    },
  });
}
