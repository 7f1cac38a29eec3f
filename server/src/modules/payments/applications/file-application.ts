import { localizedAmount } from '@shekara/contracts/i18n';
import type { applicationRequest, signedApplication } from '@shekara/contracts/payments/applications';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { SignatureErrors } from '../../signature/index.ts';
import { LedgerErrors } from '../ledger/errors.ts';
import { payerBalances } from '../ledger/ledger-repository.ts';
import { tengeOf, tiynOf } from '../ledger/money.ts';
import { paymentTypes } from '../payment-types.ts';
import {
  customsBodyExists,
  findApplication,
  findRegisteredDeclaration,
  insertApplication,
  requestedFor,
  type StoredApplication,
} from './application-repository.ts';
import type { ApplicationsContext } from './context.ts';
import { ApplicationErrors } from './errors.ts';
import { type ApplicationFacts, applicationPayload } from './payloads.ts';
import { checkedSchedule, ibanValid } from './terms.ts';

type ApplicationRequest = z.infer<typeof applicationRequest>;
type SignedApplication = z.infer<typeof signedApplication>;

/**
 * What a deferral or instalment may be for (ACC-21): the import duty the payments engine assessed
 * for the declaration's latest signed copy on the day of registration; box 47 of that copy only
 * when there is no assessment (a copy registered before assessments, or one the engine could not
 * calculate).
 */
export function dutyOwed(declaration: { assessedDuty: number | null; signedBytes: Uint8Array | null }): number {
  return declaration.assessedDuty ?? importDutyOf(declaration.signedBytes);
}

/** The import duty (payment type 2010) in the box 47 lines of a signed copy, in tiyn. */
function importDutyOf(signedBytes: Uint8Array | null): number {
  const document = signedDocumentOf(signedBytes);
  let total = 0;
  for (const item of document?.items ?? [])
    for (const line of item.payments ?? [])
      if (line.typeCode === paymentTypes.importDuty.code && typeof line.amount === 'number')
        total += Math.round(line.amount * 100);
  return total;
}

type SignedGoods = { items?: { payments?: { typeCode?: string; amount?: number }[] }[] } | null;

/** The document inside a signed copy's bytes: the canonical JSON of { declarationId, kind, schemaVersion, document }. */
function signedDocumentOf(signedBytes: Uint8Array | null): SignedGoods {
  if (!signedBytes) return null;
  try {
    const signed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(signedBytes)) as { document?: unknown };
    return typeof signed?.document === 'object' ? (signed.document as SignedGoods) : null;
  } catch {
    return null;
  }
}

/**
 * The application's facts as they stand now, every rule checked: what the payer signs and what
 * the server rebuilds when the signature arrives. The payer is the caller's IIN/BIN, never a
 * parameter.
 */
export async function applicationFactsNow(
  ctx: Pick<ApplicationsContext, 'db' | 'clock'>,
  account: Account,
  request: ApplicationRequest,
  db: Queryable = ctx.db,
): Promise<ApplicationFacts> {
  const payer = account.iinBin;
  const amount = tiynOf(request.amount);
  const reason = request.reason?.trim() || null;
  const today = almatyDate(ctx.clock.now());
  if (request.kind === 'refund') {
    if (!ibanValid(request.bank.iban)) throw ApplicationErrors.PAYMENTS_IBAN_INVALID();
    if (!(await customsBodyExists(db, request.customsOffice)))
      throw ApplicationErrors.PAYMENTS_CUSTOMS_OFFICE_UNKNOWN({ code: request.customsOffice });
    const { available } = await payerBalances(db, payer);
    if (amount > available)
      throw LedgerErrors.LEDGER_INSUFFICIENT_FUNDS({
        available: localizedAmount(tengeOf(available)),
        needed: localizedAmount(tengeOf(amount)),
      });
    return {
      applicationId: request.applicationId.toLowerCase(),
      kind: 'refund',
      payer,
      registrationNumber: null,
      declarationId: null,
      customsOffice: request.customsOffice,
      amount,
      reason,
      schedule: null,
      bank: { iban: request.bank.iban, bic: request.bank.bic },
    };
  }
  const declaration = await findRegisteredDeclaration(db, payer, request.registrationNumber);
  if (!declaration) throw ApplicationErrors.PAYMENTS_DECLARATION_NOT_FOUND({ number: request.registrationNumber });
  const owed = dutyOwed(declaration) - (await requestedFor(db, declaration.id, request.applicationId.toLowerCase()));
  if (amount > owed)
    throw ApplicationErrors.PAYMENTS_AMOUNT_ABOVE_OWED({
      amount: localizedAmount(tengeOf(amount)),
      owed: localizedAmount(tengeOf(Math.max(0, owed))),
    });
  return {
    applicationId: request.applicationId.toLowerCase(),
    kind: request.kind,
    payer,
    registrationNumber: declaration.registrationNumber,
    declarationId: declaration.id,
    customsOffice: declaration.customsOffice,
    amount,
    reason,
    schedule: checkedSchedule(request.kind, request.schedule, amount, { after: today, filedOn: today }),
    bank: null,
  };
}

/** The request without its signature: what was signed. */
function unsigned(request: SignedApplication): ApplicationRequest {
  const { signature: _signature, ...rest } = request;
  return rest;
}

/**
 * Files the payer's signed application (ACC-21, ACC-14): the CMS must be over the application's
 * canonical bytes and made on behalf of the payer (its BIN, or its IIN for an individual). The
 * same application id with the same application answers the one filed; with another, a refusal.
 * A refusal is audited with its code.
 */
export async function fileApplication(
  ctx: ApplicationsContext,
  account: Account,
  request: SignedApplication,
  facts: RequestFacts,
): Promise<{ application: StoredApplication; filed: boolean }> {
  try {
    const earlier = await findApplication(ctx.db, request.applicationId.toLowerCase());
    if (earlier) return { application: await sameOrRefuse(ctx, earlier, account, request.signature), filed: false };
    const application = await applicationFactsNow(ctx, account, unsigned(request));
    const payload = applicationPayload(application);
    const cms = Buffer.from(request.signature, 'base64');
    const verification = await ctx.verifier.verifyCms(cms, { purpose: 'sign', data: payload });
    if (!verification.valid) throw SignatureErrors[verification.code ?? 'SIG_MALFORMED']();
    const signer = verification.signer!;
    if ((signer.bin ?? signer.iin) !== application.payer)
      throw ApplicationErrors.PAYMENTS_SIGNER_NOT_PAYER({ payer: application.payer });

    const now = ctx.clock.now();
    const inserted = await ctx.db.transaction(async (tx) => {
      if (application.declarationId) {
        // Two applications for one declaration at once: the second waits, then checks what is owed
        // again with the first's amount counted.
        await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [
          `payment-application:${application.declarationId}`,
        ]);
        await applicationFactsNow(ctx, account, unsigned(request), tx);
      }
      const fresh = await insertApplication(tx, {
        id: application.applicationId,
        kind: application.kind,
        payer: application.payer,
        applicantAccountId: account.id,
        declarationId: application.declarationId,
        registrationNumber: application.registrationNumber,
        customsOffice: application.customsOffice,
        amount: application.amount,
        reason: application.reason,
        schedule: application.schedule,
        iban: application.bank?.iban ?? null,
        bic: application.bank?.bic ?? null,
        signedBytes: payload,
        signatureCms: cms,
        signerIin: signer.iin,
        filedAt: now,
      });
      if (!fresh) return false;
      await recordAudit(tx, now, {
        action: 'payments.application_filed',
        outcome: 'success',
        actorAccountId: account.id,
        actorIin: signer.iin,
        subjectType: 'payment_application',
        subjectId: application.applicationId,
        bodyCode: application.customsOffice,
        requestId: facts.requestId,
        ip: facts.ip,
        details: {
          kind: application.kind,
          payer: application.payer,
          amount: tengeOf(application.amount),
          ...(application.registrationNumber ? { registrationNumber: application.registrationNumber } : {}),
        },
      });
      return true;
    });
    const stored = await findApplication(ctx.db, application.applicationId);
    if (!stored) throw new Error('the application filed is missing');
    return {
      application: inserted ? stored : await sameOrRefuse(ctx, stored, account, request.signature),
      filed: inserted,
    };
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action: 'payments.application_filed',
        outcome: 'refused',
        code: error.code,
        actorAccountId: account.id,
        actorIin: account.iinBin,
        subjectType: 'payment_application',
        subjectId: request.applicationId,
        requestId: facts.requestId,
        ip: facts.ip,
        details: { kind: request.kind },
      });
    }
    throw error;
  }
}

/**
 * An application already filed under the id: answered again when it is the caller's and the
 * signature sent is over the very bytes filed (a repeated request); otherwise refused.
 */
async function sameOrRefuse(
  ctx: Pick<ApplicationsContext, 'verifier'>,
  earlier: StoredApplication,
  account: Account,
  signature: string,
): Promise<StoredApplication> {
  if (earlier.applicantAccountId !== account.id) throw ApplicationErrors.PAYMENTS_APPLICATION_EXISTS();
  const same = await ctx.verifier.verifyCms(Buffer.from(signature, 'base64'), {
    purpose: 'sign',
    data: earlier.signedBytes,
  });
  if (!same.valid) throw ApplicationErrors.PAYMENTS_APPLICATION_EXISTS();
  return earlier;
}
