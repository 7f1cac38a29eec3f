import * as s from '@shekara/contracts/declarations/submission';
import { submissionRoutes as r } from '@shekara/contracts/declarations/submission';
import { routeSchema } from '@shekara/contracts/http';
import { systemClock } from '../../../platform/clock.ts';
import { primaryWhenAbsent } from '../../../platform/db/read-replicas.ts';
import { publicAccess, type RouteAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import { rateLimit } from '../../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { serverReferenceView } from '../control/server-reference-view.ts';
import { findDeclaration } from '../declaration-repository.ts';
import { DeclarationErrors } from '../errors.ts';
import { checkReceipt } from './check-receipt.ts';
import { SubmissionErrors } from './errors.ts';
import { payDeclaration, paymentStatusOf } from './pay-declaration.ts';
import { createReceiptSigner, type ReceiptSigner } from './receipt-signer.ts';
import { createRegistrar, type Registrar } from './register-batch.ts';
import { createThreadRegistrar } from './registrar-thread.ts';
import { signingPayload } from './signing-payload.ts';
import { submitDeclaration } from './submit-declaration.ts';

/** Receipt checks one address may make per minute: a person checks a few; guessing hashes is pointless anyway. */
const receiptChecksPerMinute = 60;

/** Routes of the declarations module: signing payload, signed submission, numbering, receipts, public receipt check. */
export async function submissionRoutes(
  app: ZodApp,
  options: { ctx: DeclarationsContext; receiptSigner?: ReceiptSigner },
): Promise<void> {
  const { ctx } = options;
  const receiptSigner =
    options.receiptSigner ??
    createReceiptSigner({ config: ctx.config, environment: ctx.environment, testPki: ctx.testPki });
  const deps = {
    ...ctx,
    registrar: registrarOf(app, ctx, receiptSigner),
    reference: () => serverReferenceView(ctx.db),
  };
  const tags = ['declarations'];
  // The organisation's own documents only: another's read as absent.
  // Signing and filing are the internal module's: a signature-proven session only (ACC-6, ACC-9).
  const declarant: RouteAccess = { audience: 'user', object: 'own-organisation', internal: true };
  // base64 of a CMS carrying the largest document accepted, its certificates and some slack
  const maxSignatureChars = Math.ceil((ctx.config.documentMaxBytes * 4) / 3) + 65_536;

  const route = contractRoutes(app, { tags });

  route(r.signingPayload, {
    summary: 'The bytes the declarant signs before submission (issue 6 point 5)',
    description:
      'UTF-8 canonical JSON of `{ declarationId, kind, schemaVersion, document }` — object keys sorted, no spaces, absent fields left out — as base64. Sign it with the NCA signing key, detached or with the bytes attached.',
    access: declarant,
    handler: async (request) => {
      const declaration = await findDeclaration(ctx.db, request.params.id);
      if (!declaration || declaration.ownerIinBin !== caller(request).account.iinBin)
        throw DeclarationErrors.DECL_NOT_FOUND();
      const payload = signingPayload({
        declarationId: declaration.id,
        kind: declaration.kind,
        schemaVersion: declaration.schemaVersion,
        document: declaration.document,
      });
      return { data: Buffer.from(payload).toString('base64') };
    },
  });

  app.post(
    r.submit.path,
    {
      // Registered in the declarant's name: the signer's own, or a principal's that confirmed it.
      config: { access: { ...declarant, actsForDeclarant: true } },
      bodyLimit: maxSignatureChars + 1024,
      schema: {
        summary:
          'Deliver the signed declaration to a customs body: registration number and signed receipt (WD-10..WD-13)',
        description:
          'Verifies the signature by the NCA signing key over the signing payload, the signer’s authority and format-logical control, then registers the declaration under `OOOOO/DDMMYY/NNNNNNN` and returns the delivery receipt signed with the system’s key. A repeat with the same `Idempotency-Key` returns the same answer; the same key with another request is refused (DECL_IDEMPOTENCY_KEY_REUSED).',
        tags,
        ...routeSchema(r.submit),
        body: s.submitRequest(maxSignatureChars),
      },
    },
    async (request) => {
      const idempotencyKey = request.headers['idempotency-key'];
      if (typeof idempotencyKey !== 'string' || !s.idempotencyKeyPattern.test(idempotencyKey))
        throw SubmissionErrors.DECL_IDEMPOTENCY_KEY_REQUIRED();
      const { customsOffice, signature } = request.body;
      return submitDeclaration(
        deps,
        caller(request).account,
        { declarationId: request.params.id, customsOffice, signature, idempotencyKey },
        requestFacts(request),
      );
    },
  );

  route(r.payment, {
    summary: 'What a registered declaration owes and what is held for it on an advance account (ACC-14)',
    description:
      'The payments engine’s assessment of the latest signed copy on the day of its registration, by payment type, and the money held for it. `payable` says whether it can be paid now from the caller’s organisation’s advance account.',
    access: declarant,
    handler: async (request) => {
      const { account } = caller(request);
      return paymentStatusOf(ctx.db, account, request.params.id, request.language);
    },
  });

  route(r.pay, {
    summary: 'Pay a registered declaration from the advance account (ACC-14, ACC-17)',
    description:
      'Holds what the latest signed copy owes, as assessed at registration, on the caller’s organisation’s advance account; a declaration routed green and still registered is then released by the system at once. Refused with DECL_PAYMENT_INSUFFICIENT_FUNDS when the account does not cover it, DECL_PAYMENT_CLOSED when nothing awaits payment, DECL_PAYMENT_NOT_ASSESSED when the engine could not assess it.',
    access: declarant,
    handler: async (request) => payDeclaration(ctx, caller(request).account, request.params.id, requestFacts(request)),
  });

  const receiptLimit = rateLimit({
    name: 'declarations.receipt-check',
    limit: receiptChecksPerMinute,
    windowMs: 60_000,
    clock: ctx.clock,
    db: ctx.db,
  });
  route(r.checkReceipt, {
    summary: 'Check a delivery receipt: the registration number and the document’s hash (WD-14)',
    access: publicAccess,
    description:
      'Public. The path is the registration number `OOOOO/DDMMYY/NNNNNNN` as it is printed. Answers the delivery’s facts and the declaration’s current status when `hash` is the SHA-256 of the signed document; 404 otherwise.',
    preHandler: receiptLimit.check,
    handler: async (request) => {
      const { office, date, serial } = request.params;
      return primaryWhenAbsent(ctx.publicReads, ctx.db, (db) =>
        checkReceipt(db, `${office}/${date}/${serial}`, request.query.hash),
      );
    },
  });
}

/**
 * Where submissions are registered: on a thread of their own on a PostgreSQL server
 * (registrar-thread.ts), else on the main thread: on PGlite (one connection, in this thread), when
 * REGISTRAR_THREAD=off, and in a test that sets the clock (the thread keeps the system's) or gives
 * a receipt signer of its own.
 */
function registrarOf(app: ZodApp, ctx: DeclarationsContext, receiptSigner: ReceiptSigner): Registrar {
  const onMainThread = createRegistrar(ctx, receiptSigner, ctx.metrics);
  const { connection } = ctx.db;
  const keyMaterial = receiptSigner.keyMaterial?.bind(receiptSigner);
  if (!ctx.config.registrarThread || !connection || ctx.clock !== systemClock || !keyMaterial) return onMainThread;
  const registrar = createThreadRegistrar({
    connection,
    publicUrl: ctx.publicUrl,
    receiptKey: keyMaterial,
    fallback: onMainThread,
    metrics: ctx.metrics,
    logger: ctx.logger,
  });
  // loaded beside the rest of the start, not by the first submission
  app.addHook('onReady', async () => registrar.warmUp());
  // after the requests in flight have their answers (platform/http/graceful-close.ts)
  app.addHook('onClose', () => registrar.close());
  return registrar;
}
