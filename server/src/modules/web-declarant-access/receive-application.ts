import { createHash, randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { type Account, bodyScopeOf, inBodyScope, type RequestFacts } from '../accounts/index.ts';
import { almatyDate, findCustomsBody } from '../reference/index.ts';
import { type ApplicationFields, checkApplicationFields } from './application-fields.ts';
import {
  insertApplication,
  isCustomsRepresentative,
  nextJournalNumber,
  signatureAlreadyFiled,
} from './application-repository.ts';
import type { WebDeclarantContext } from './context.ts';
import { printedDate } from './dates.ts';
import { WebDeclarantErrors } from './errors.ts';
import { applicationReceivedMail } from './mail-texts.ts';
import { checkSignedApplication } from './signed-application.ts';
import { letterDueOn } from './terms.ts';

export interface ReceivedApplication {
  applicationId: string;
  bodyCode: string;
  journalYear: number;
  journalNumber: number;
  /** the last day to send the letter (WD-26), YYYY-MM-DD */
  letterDueOn: string;
}

/**
 * An application filed online (WD-17, WD-35): the fields are checked, the signature by the
 * applicant's signing key over exactly those fields, and the application is entered in the
 * journal of the department it is addressed to (WD-18) together with its audit record and a
 * notice to the applicant. A signed application is accepted once.
 */
export async function receiveOnlineApplication(
  ctx: WebDeclarantContext,
  fields: ApplicationFields,
  signatureBase64: string,
  facts: RequestFacts,
): Promise<ReceivedApplication> {
  const cms = Buffer.from(signatureBase64, 'base64');
  const sha256 = createHash('sha256').update(cms).digest();
  let signerIin: string | null = null;
  try {
    await assertReceivable(ctx.db, fields);
    const check = await checkSignedApplication(ctx.verifier, cms, fields);
    signerIin = check.signer?.iin ?? null;
    if (!check.ok) throw check.error;
    if (await signatureAlreadyFiled(ctx.db, sha256)) throw WebDeclarantErrors.WD_APPLICATION_DUPLICATE();
    return await ctx.db.transaction((tx) =>
      enterInJournal(
        tx,
        ctx,
        { fields, channel: 'online', signatureCms: cms, signatureSha256: sha256, signerIin, registeredBy: null },
        facts,
        { actorIin: signerIin },
      ),
    );
  } catch (error) {
    if (error instanceof AppError) await auditRefusal(ctx, facts, error, fields, { actorIin: signerIin });
    // Two submissions of one signature at once: the unique index lets only the first in.
    if (isUniqueViolation(error)) throw WebDeclarantErrors.WD_APPLICATION_DUPLICATE();
    throw error;
  }
}

/** A paper application handed in at the body, registered in its journal by an officer (WD-18). */
export async function registerPaperApplication(
  ctx: WebDeclarantContext,
  officer: Account,
  fields: ApplicationFields,
  facts: RequestFacts,
): Promise<ReceivedApplication> {
  try {
    await assertReceivable(ctx.db, fields);
    if (!inBodyScope(await bodyScopeOf(ctx.db, officer), fields.customsBodyCode))
      throw WebDeclarantErrors.WD_BODY_NOT_YOURS();
    return await ctx.db.transaction((tx) =>
      enterInJournal(
        tx,
        ctx,
        {
          fields,
          channel: 'paper',
          signatureCms: null,
          signatureSha256: null,
          signerIin: null,
          registeredBy: officer.id,
        },
        facts,
        { actorAccountId: officer.id },
      ),
    );
  } catch (error) {
    if (error instanceof AppError) await auditRefusal(ctx, facts, error, fields, { actorAccountId: officer.id });
    throw error;
  }
}

/** The checks every application passes, online or on paper. */
async function assertReceivable(db: Queryable, fields: ApplicationFields): Promise<void> {
  checkApplicationFields(fields);
  await assertTerritorialDepartment(db, fields.customsBodyCode);
  if (await isCustomsRepresentative(db, fields.taxpayerNumber)) throw WebDeclarantErrors.WD_CUSTOMS_REPRESENTATIVE();
}

async function assertTerritorialDepartment(db: Queryable, code: string): Promise<void> {
  const body = await findCustomsBody(db, code);
  if (body?.kind !== 'territorial_department') throw WebDeclarantErrors.WD_CUSTOMS_BODY_INVALID({ code });
}

type Entry = {
  fields: ApplicationFields;
  channel: 'online' | 'paper';
  signatureCms: Buffer | null;
  signatureSha256: Buffer | null;
  signerIin: string | null;
  registeredBy: string | null;
};

async function enterInJournal(
  tx: Queryable,
  ctx: WebDeclarantContext,
  entry: Entry,
  facts: RequestFacts,
  actor: { actorIin?: string | null; actorAccountId?: string },
): Promise<ReceivedApplication> {
  const now = ctx.clock.now();
  const year = Number(almatyDate(now).slice(0, 4));
  const bodyCode = entry.fields.customsBodyCode;
  const journalNumber = await nextJournalNumber(tx, bodyCode, year);
  const id = randomUUID();
  const dueOn = letterDueOn(now, ctx.accessLetterDays);
  await insertApplication(tx, {
    id,
    bodyCode,
    journalYear: year,
    journalNumber,
    ...entry,
    receivedAt: now,
    letterDueOn: dueOn,
  });
  const mail = applicationReceivedMail(facts.language, `${journalNumber}/${year} (${bodyCode})`, printedDate(dueOn));
  await enqueueMailTo(tx, now, entry.fields.email, 'web_declarant.application_received', {
    ...mail,
    language: facts.language,
  });
  await recordAudit(tx, now, {
    action: 'web_declarant.application.receive',
    outcome: 'success',
    ...actor,
    subjectType: 'web_declarant_application',
    subjectId: id,
    bodyCode,
    ip: facts.ip,
    requestId: facts.requestId,
    details: {
      channel: entry.channel,
      journalYear: year,
      journalNumber,
      taxpayerNumber: entry.fields.taxpayerNumber,
      workplaces: entry.fields.workplaces,
    },
  });
  return { applicationId: id, bodyCode, journalYear: year, journalNumber, letterDueOn: dueOn };
}

async function auditRefusal(
  ctx: WebDeclarantContext,
  facts: RequestFacts,
  error: AppError,
  fields: ApplicationFields,
  actor: { actorIin?: string | null; actorAccountId?: string },
) {
  await recordAudit(ctx.db, ctx.clock.now(), {
    action: 'web_declarant.application.receive',
    outcome: 'refused',
    code: error.code,
    ...actor,
    bodyCode: /^\d{5}$/.test(fields.customsBodyCode) ? fields.customsBodyCode : null,
    ip: facts.ip,
    requestId: facts.requestId,
    details: { taxpayerNumber: fields.taxpayerNumber },
  });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
