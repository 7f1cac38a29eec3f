import type { DataReadReason } from '@shekara/contracts/accounts';
import {
  receiptOrderOfficerRoutes as officerRoutes,
  receiptOrderRoutes as ownRoutes,
  receiptOrderCheckRoute,
} from '@shekara/contracts/payments/receipt-orders';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../../platform/db/database.ts';
import { primaryWhenAbsent } from '../../../platform/db/read-replicas.ts';
import { publicAccess, type RouteAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import { rateLimit } from '../../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { printPdf } from '../../../platform/pdf/index.ts';
import type { TaskRunner } from '../../../platform/workers/worker-task.ts';
import { bodyScopeOf, caller, inBodyScope, readReason, recordDataRead, requestFacts } from '../../accounts/index.ts';
import { findCustomsBody } from '../../reference/index.ts';
import type { SignatureSetup } from '../../signature/index.ts';
import { checkReceiptOrder } from './check.ts';
import type { ReceiptOrderContext } from './context.ts';
import { ReceiptOrderErrors } from './errors.ts';
import { issueReceiptOrder } from './issue.ts';
import { receiptOrderForm } from './print.ts';
import {
  findReceiptOrder,
  type ReceiptOrderRow,
  receiptOrdersAt,
  receiptOrdersOf,
} from './receipt-order-repository.ts';
import { annulReceiptOrder, payFromAdvanceAccount, recordBankPayment } from './settle.ts';
import { receiptOrderSummaryOf, receiptOrderViewOf } from './views.ts';

/** The ТПО printed on the worker threads: no request waits while a PDF is laid out. */
const sendPdf = async (
  reply: FastifyReply,
  workers: TaskRunner,
  row: ReceiptOrderRow,
  language: Language,
  publicUrl: string,
) => {
  const pdf = await printPdf(workers, receiptOrderForm(row, language, publicUrl));
  const name = row.number.replace(/\//g, '-').replace('Т', 'T');
  return reply.type('application/pdf').header('content-disposition', `inline; filename="tpo-${name}.pdf"`).send(pdf);
};

/**
 * Customs receipt orders (ТПО) for goods for personal use (issue 16 point 3; ACC-14, ACC-20,
 * ACC-21). The recipient reads its own in the internal part of the cabinet, asks for the ТПО of
 * a parcel addressed to it, and pays one from its advance account; an officer issues one at their
 * own body, and reads, records the bank payment of and annuls those of the bodies in their scope.
 */
export async function receiptOrderRoutes(
  app: ZodApp,
  {
    ctx,
    publicReads = ctx.db,
    verifier,
  }: {
    ctx: ReceiptOrderContext;
    /** where the public check reads: a replica when one serves */
    publicReads?: Database;
    verifier: SignatureSetup['verifier'];
  },
): Promise<void> {
  // Anyone holding the paper checks it; a few checks a minute per address, as receipts are checked.
  const checks = rateLimit({
    name: 'payments.receipt-order-check',
    limit: 60,
    windowMs: 60_000,
    clock: ctx.clock,
    db: ctx.db,
  });
  contractRoutes(app, { tags: ['payments'], access: publicAccess })(receiptOrderCheckRoute, {
    summary: 'Check a printed customs receipt order: its number and the digest printed on it (ACC-21)',
    description:
      'Public. Answers the status, the total and whether the system’s signature verifies over the signed document when `hash` is its SHA-256 (printed on the ТПО); 404 otherwise. Names no person.',
    preHandler: checks.check,
    noStore: true,
    handler: (request) =>
      primaryWhenAbsent(publicReads, ctx.db, (db) =>
        checkReceiptOrder(db, verifier, request.query.number, request.query.hash),
      ),
  });

  // A ТПО is the recipient's: another person's reads as absent.
  const recipientOwn: RouteAccess = { audience: 'user', internal: true, object: 'own-organisation' };
  const own = contractRoutes(app, { tags: ['payments'], access: recipientOwn });
  const ownOrder = async (id: string, iin: string) => {
    const row = await findReceiptOrder(ctx.db, id);
    if (!row || row.recipientIin !== iin) throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
    return row;
  };

  own(ownRoutes.list, {
    summary: 'The caller’s customs receipt orders, newest first (ACC-21)',
    noStore: true,
    handler: async (request) => ({
      receiptOrders: (await receiptOrdersOf(ctx.db, caller(request).account.iinBin)).map(receiptOrderSummaryOf),
    }),
  });

  own(ownRoutes.issue, {
    access: { audience: 'user', internal: true },
    summary: 'Ask for the customs receipt order of a parcel addressed to the caller (ACC-20)',
    description:
      'An individual (IIN) declares the goods of a parcel or baggage of its own: the unified rate (6010) is calculated on the day asked, the ТПО numbered at the customs body named, signed by the system and delivered to the cabinet. Nothing due gives a ТПО with status nothing-due.',
    handler: async (request, reply) => {
      const account = caller(request).account;
      if (!/^[0-9]{12}$/.test(account.iinBin) || ['4', '5', '6'].includes(account.iinBin[4]!))
        throw ReceiptOrderErrors.RECEIPT_ORDER_INDIVIDUALS_ONLY();
      const { customsOffice, channel, items, date } = request.body;
      if (!(await findCustomsBody(ctx.db, customsOffice)))
        throw ReceiptOrderErrors.RECEIPT_ORDER_OFFICE_UNKNOWN({ code: customsOffice });
      const row = await issueReceiptOrder(
        ctx,
        {
          officeCode: customsOffice,
          recipientIin: account.iinBin,
          recipientName: account.displayName,
          channel,
          items,
          ...(date && { date }),
          issuedBy: 'recipient',
        },
        { accountId: account.id, iin: account.iinBin, facts: requestFacts(request) },
      );
      return reply.status(201).send({ receiptOrder: receiptOrderViewOf(row, request.language) });
    },
  });

  own(ownRoutes.show, {
    summary: 'One of the caller’s customs receipt orders: lines, payment, the system’s signature (ACC-21)',
    noStore: true,
    handler: async (request) => ({
      receiptOrder: receiptOrderViewOf(
        await ownOrder(request.params.id, caller(request).account.iinBin),
        request.language,
      ),
    }),
  });

  own(ownRoutes.pdf, {
    summary: 'The caller’s customs receipt order printed, as PDF (ACC-19)',
    noStore: true,
    handler: async (request, reply) =>
      sendPdf(
        reply,
        ctx.workers,
        await ownOrder(request.params.id, caller(request).account.iinBin),
        request.query.lang ?? request.language,
        ctx.publicUrl,
      ),
  });

  own(ownRoutes.pay, {
    summary: 'Pay a customs receipt order from the caller’s advance account (ACC-14, ACC-20)',
    description:
      'Held and debited in one transaction; paying again answers the paid ТПО and posts nothing. Too little money is LEDGER_INSUFFICIENT_FUNDS and changes nothing.',
    handler: async (request) => {
      const account = caller(request).account;
      const row = await payFromAdvanceAccount(ctx, request.params.id, {
        accountId: account.id,
        iin: account.iinBin,
        facts: requestFacts(request),
      });
      return { receiptOrder: receiptOrderViewOf(row, request.language) };
    },
  });

  // Issued at the officer's own body, for any recipient.
  const atTheirBody: RouteAccess = { audience: 'officer' };
  // Another body's ТПО reads as absent.
  const inTheirBodies: RouteAccess = { audience: 'officer', object: 'own-body' };
  const officer = contractRoutes(app, { tags: ['officer', 'payments'], access: inTheirBodies });
  const officerOf = (request: Parameters<typeof caller>[0]) => {
    const account = caller(request).account;
    return { account, actor: { accountId: account.id, iin: account.iinBin, facts: requestFacts(request) } };
  };
  const scopedOrder = async (id: string, account: ReturnType<typeof caller>['account']) => {
    const row = await findReceiptOrder(ctx.db, id);
    if (!row || !inBodyScope(await bodyScopeOf(ctx.db, account), row.officeCode))
      throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
    return row;
  };

  officer(officerRoutes.issue, {
    access: atTheirBody,
    summary: 'Issue a customs receipt order for goods for personal use at the officer’s body (ACC-20)',
    description:
      'For a recipient individual (IIN): the unified rate (6010) on the channel’s norms, calculated on `date` (today by default), numbered office/DDMMYY/Т0000001 without gaps, signed by the system and delivered to the recipient’s cabinet with an e-mail.',
    handler: async (request, reply) => {
      const { account, actor } = officerOf(request);
      if (!account.officeCode) throw ReceiptOrderErrors.RECEIPT_ORDER_OFFICER_WITHOUT_BODY();
      const { recipientIin, recipientName, channel, items, date } = request.body;
      const row = await issueReceiptOrder(
        ctx,
        {
          officeCode: account.officeCode,
          recipientIin,
          recipientName: recipientName ?? null,
          channel,
          items,
          ...(date && { date }),
          issuedBy: 'officer',
        },
        actor,
      );
      return reply.status(201).send({ receiptOrder: receiptOrderViewOf(row, request.language) });
    },
  });

  officer(officerRoutes.list, {
    summary: 'Customs receipt orders of the bodies in the officer’s scope, newest first',
    noStore: true,
    handler: async (request) => {
      const { account } = officerOf(request);
      const { status, recipientIin, limit } = request.query;
      const rows = await receiptOrdersAt(ctx.db, await bodyScopeOf(ctx.db, account), {
        ...(status && { status }),
        ...(recipientIin && { recipientIin }),
        limit: limit ?? 100,
      });
      return { receiptOrders: rows.map(receiptOrderSummaryOf) };
    },
  });

  /**
   * An officer's read of a ТПО names its recipient (IIN and name): the reason first (ACC-7), then
   * the order of a body in scope, then the read on record for the recipient, who sees it among
   * its data reads.
   */
  const readOnRecord = async (request: FastifyRequest, id: string): Promise<ReceiptOrderRow> => {
    const reason = readReason(request.query as { reason?: DataReadReason });
    const row = await scopedOrder(id, officerOf(request).account);
    await recordDataRead(ctx, request, {
      reason,
      object: { type: 'receipt_order', id: row.number },
      subject: { iinBins: [row.recipientIin] },
    });
    return row;
  };

  officer(officerRoutes.show, {
    summary: 'A customs receipt order of a body in the officer’s scope',
    noStore: true,
    handler: async (request) => ({
      receiptOrder: receiptOrderViewOf(await readOnRecord(request, request.params.id), request.language),
    }),
  });

  officer(officerRoutes.pdf, {
    summary: 'A customs receipt order of a body in the officer’s scope, printed as PDF',
    noStore: true,
    handler: async (request, reply) =>
      sendPdf(
        reply,
        ctx.workers,
        await readOnRecord(request, request.params.id),
        request.query.lang ?? request.language,
        ctx.publicUrl,
      ),
  });

  officer(officerRoutes.recordPayment, {
    summary: 'Record that a customs receipt order was paid by a bank document (ACC-20)',
    description: 'The number and date of the payment order; the same document again answers the paid ТПО.',
    handler: async (request) => {
      const { account, actor } = officerOf(request);
      const scope = await bodyScopeOf(ctx.db, account);
      const row = await recordBankPayment(ctx, request.params.id, request.body.bankDocument, actor, (office) =>
        inBodyScope(scope, office),
      );
      return { receiptOrder: receiptOrderViewOf(row, request.language) };
    },
  });

  officer(officerRoutes.annul, {
    summary: 'Annul a customs receipt order not paid, with the reason',
    handler: async (request) => {
      const { account, actor } = officerOf(request);
      const scope = await bodyScopeOf(ctx.db, account);
      const row = await annulReceiptOrder(ctx, request.params.id, request.body.reason, actor, (office) =>
        inBodyScope(scope, office),
      );
      return { receiptOrder: receiptOrderViewOf(row, request.language) };
    },
  });
}
