import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { type PrintLanguage, printRoutes as r } from '@shekara/contracts/declarations/print';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { printOn, printPdf } from '../../../platform/pdf/index.ts';
import { caller, readReason } from '../../accounts/index.ts';
import { findCustomsBody } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { readableDeclaration } from '../drafts/access.ts';
import { recordDeclarationRead } from '../officer/read-audit.ts';
import { visibleDeclaration } from '../officer/visibility.ts';
import { filingParties } from '../representation/filing-parties.ts';
import { SubmissionErrors } from '../submission/errors.ts';
import type { PrintFacts } from './print-facts.ts';
import { lastDelivery } from './print-repository.ts';
import { printDeclarationTask } from './print-task.ts';
import { receiptPdf } from './receipt.ts';

/** The language asked for, else the caller's; English readers get the Russian form. */
const printLanguage = (request: FastifyRequest, asked: PrintLanguage | undefined): PrintLanguage =>
  asked ?? (request.language === 'kk' ? 'kk' : 'ru');

function sendPdf(reply: FastifyReply, pdf: Buffer, name: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${name.replace(/[^A-Za-z0-9._-]/g, '-')}.pdf"`)
    .send(pdf);
}

/**
 * Printed forms of declarations (ACC-19, WD-14): the declaration, its delivery receipt, the officer's
 * print. Each is laid out and rendered on the server's worker threads (print-task.ts), bounded by
 * the page limit and the task's time.
 */
export async function printRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const printForm = (kind: DeclarationKind, document: unknown, facts: PrintFacts) =>
    printOn(ctx.workers, printDeclarationTask, { kind, document, facts });

  // Whoever reads the document prints it: its organisation, the declarant a representative named, a transit's carrier.
  const route = contractRoutes(app, {
    tags: ['declarations'],
    access: { audience: 'user', object: 'own-organisation', internal: true },
  });

  route(r.declarationPdf, {
    summary: 'The declaration’s printed form, as PDF, in Kazakh or Russian (ACC-19)',
    description:
      'Goods and transit declarations on the main and additional sheets of EEC Commission Decision No. 257 (three items to an additional sheet), DTS-1 and DTS-2 with a column for each item, other kinds by their sections. A draft prints without a registration number.',
    noStore: true,
    handler: async (request, reply) => {
      const declaration = await readableDeclaration(ctx.db, request.params.id, caller(request).account);
      const language = printLanguage(request, request.query.lang);
      const { registrationNumber, customsOffice, registeredAt } = declaration;
      const pdf = await printForm(declaration.kind, declaration.document, {
        language,
        registrationNumber,
        customsOffice,
        registeredAt,
        parties: await filingParties(ctx.db, declaration),
      });
      return sendPdf(reply, pdf, `${declaration.kind}-${declaration.registrationNumber ?? declaration.id}-${language}`);
    },
  });

  route(r.receiptPdf, {
    summary: 'The delivery receipt printed, with a QR code of its public check (WD-13, WD-14)',
    description:
      'The registration number, the customs body and time, who filed it with its register number, the declarant and the representation contract, the SHA-256 of the signed document and the address of the public receipt check, as text and as a QR code. A declaration never delivered answers DECL_RECEIPT_NOT_FOUND.',
    noStore: true,
    handler: async (request, reply) => {
      const declaration = await readableDeclaration(ctx.db, request.params.id, caller(request).account);
      const delivery = await lastDelivery(ctx.db, declaration.id);
      if (!delivery) throw SubmissionErrors.DECL_RECEIPT_NOT_FOUND();
      const language = printLanguage(request, request.query.lang);
      return sendPdf(
        reply,
        await printPdf(
          ctx.workers,
          receiptPdf(delivery, declaration, language, ctx.publicUrl, {
            officeName: (await findCustomsBody(ctx.db, delivery.customsOffice))?.name[language] ?? null,
            document: declaration.document,
            parties: await filingParties(ctx.db, declaration),
          }),
        ),
        `receipt-${delivery.registrationNumber}-${language}`,
      );
    },
  });

  route(r.officerDeclarationPdf, {
    access: { audience: 'staff', object: 'own-body' },
    tags: ['declarations: officer'],
    summary: 'A registered declaration of the officer’s bodies printed, as PDF; the read on record (ACC-7, ACC-19)',
    description:
      'The same form as the declarant prints, for a declaration the officer may read; the reason is required.',
    noStore: true,
    handler: async (request, reply) => {
      const reason = readReason(request.query);
      const { declaration } = await visibleDeclaration(
        ctx.db,
        caller(request).account,
        request.params.registrationNumber,
      );
      await recordDeclarationRead(ctx, request, reason, declaration, {
        type: 'declaration',
        id: request.params.registrationNumber,
      });
      const language = printLanguage(request, request.query.lang);
      const pdf = await printForm(declaration.kind, declaration.document, {
        language,
        registrationNumber: request.params.registrationNumber,
        customsOffice: declaration.customsOffice,
        registeredAt: declaration.registeredAt.toISOString(),
        parties: await filingParties(ctx.db, declaration),
      });
      return sendPdf(reply, pdf, `${declaration.kind}-${request.params.registrationNumber}-${language}`);
    },
  });
}
