import { randomBytes, randomUUID } from 'node:crypto';
import type { UserType } from '@shekara/contracts/accounts';
import { parseIinBin } from '@shekara/contracts/domain';
import type { Signer } from '@shekara/nca';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import { almatyDate } from '../reference/index.ts';
import { requireRegisterStanding } from '../registers/index.ts';
import {
  activateAccount,
  expirePendingAccounts,
  findAccount,
  hasActiveAccount,
  insertAccount,
} from './account-repository.ts';
import { bindCertificate } from './certificate-repository.ts';
import { type ConsentGiven, checkConsent, recordConsent } from './consent.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import type { CredentialsIntake, CredentialsRequestFields } from './credentials-intake.ts';
import { AccountErrors } from './errors.ts';
import { confirmationMail } from './mail-texts.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { tokenHash } from './sessions.ts';
import { certificateFacts, proveByJson, subjectNumber } from './signed-proof.ts';

export const confirmationLifetimeHours = 24;

export interface RegistrationInput {
  userType: UserType;
  iinBin: string;
  email: string;
  password: string;
  authMethod: 'signature' | 'credentials';
  /** base64 CMS with attached content: the UTF-8 JSON {"nonce","userType","iinBin","email"} (and "credentialsRequest" in that branch) */
  signature?: string;
  /** AST-6 fields, with authMethod 'credentials' */
  credentialsRequest?: CredentialsRequestFields;
  /** consent to the processing of personal data: the wording's version and the language it was shown in */
  consent?: ConsentGiven;
}

/** The fields the applicant signs (REG-10), in the order they are signed; the client builds the same object. */
export const signedRegistrationFields = ['nonce', 'userType', 'iinBin', 'email'] as const;

// Kept simple on purpose (RFC 5322 allows far more than mail systems accept): one @, a dotted domain, no spaces.
const emailPattern =
  /^[^\s@"<>()[\]\\,;:]{1,64}@(?=.{1,253}$)([A-Za-z0-9\u00a1-\uffff]([A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?\.)+[A-Za-z\u00a1-\uffff]{2,63}$/u;

export function validEmail(email: string): boolean {
  return email.length <= 254 && emailPattern.test(email);
}

/** The checks every registration passes before anything is signed or stored (issue 4 point 2). */
export function checkRegistrationFields(input: Pick<RegistrationInput, 'iinBin' | 'email' | 'password'>): void {
  if (!parseIinBin(input.iinBin).valid) throw AccountErrors.REG_IIN_BIN_INVALID();
  if (!validEmail(input.email)) throw AccountErrors.REG_EMAIL_INVALID();
  const problem = passwordProblem(input.password, { iinBin: input.iinBin, email: input.email });
  if (problem) throw AccountErrors.REG_PASSWORD_WEAK({}, { details: { problem } });
}

export type Registered =
  | { registrationId: string; status: 'awaiting_email_confirmation' }
  /** REG-9 second branch: a request for a login and password went to the territorial body */
  | {
      registrationId: string;
      status: 'credentials_requested';
      requestNumber: string;
      bodyCode: string;
      reviewDueOn: string;
    };

/**
 * Self-registration with the NCA signature (REG-4..REG-11): checks the fields, the signature
 * (auth key, trusted, valid, not revoked), that it was made over a live nonce and exactly the
 * submitted fields by the holder of `iinBin`; then, in one transaction, the pending account, its
 * certificate, the confirmation token (only its hash), the e-mail in the outbox and the audit record.
 */
export async function register(
  ctx: AccountsContext,
  input: RegistrationInput,
  facts: RequestFacts,
  intake?: CredentialsIntake,
): Promise<Registered> {
  checkRegistrationFields(input);
  // Both branches collect personal data: the account's, or the request for a login and password's.
  const consent = checkConsent(input.consent);
  if (!input.signature) throw AccountErrors.REG_SIGNATURE_REQUIRED();
  if (input.authMethod === 'credentials' && (!input.credentialsRequest || !intake)) {
    throw AccountErrors.REG_SIGNED_DATA_MISMATCH(
      { fields: 'credentialsRequest' },
      { details: { differing: [], extra: [], missing: ['credentialsRequest'] } },
    );
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx): Promise<Registered> => {
      const proof = await proveByJson(tx, ctx, input.signature!);
      if (!proof.ok) throw proof.error;
      checkSignedFields(proof.payload, input);
      const certified = subjectNumber(proof.signer);
      if (certified !== input.iinBin)
        throw AccountErrors.REG_CERT_SUBJECT_MISMATCH({ certificate: certified, given: input.iinBin });
      if (await hasActiveAccount(tx, input.iinBin, input.userType)) throw AccountErrors.REG_ALREADY_REGISTERED();
      // A customs representative, carrier, warehouse or shop owner or AEO only while on its register (REG-5).
      await requireRegisterStanding(tx, input.userType, input.iinBin, almatyDate(now));

      if (input.authMethod === 'credentials') {
        const filed = await intake!.file(
          tx,
          now,
          {
            ...input.credentialsRequest!,
            channel: 'electronic',
            userType: input.userType,
            iinBin: input.iinBin,
            email: input.email,
            certificate: certificateFacts(proof.signer),
          },
          facts,
        );
        await recordConsent(tx, { credentialsRequestId: filed.requestId }, consent, now, facts.ip);
        await recordAudit(tx, now, {
          action: 'registration.credentials_request',
          outcome: 'success',
          actorIin: proof.signer.iin,
          subjectType: 'credentials_request',
          subjectId: filed.requestId,
          bodyCode: filed.bodyCode,
          ip: facts.ip,
          requestId: facts.requestId,
          details: { userType: input.userType, iinBin: input.iinBin, number: filed.number },
        });
        return {
          registrationId: filed.requestId,
          status: 'credentials_requested',
          requestNumber: filed.number,
          bodyCode: filed.bodyCode,
          reviewDueOn: filed.reviewDueOn,
        };
      }

      await expirePendingAccounts(tx, new Date(now.getTime() - confirmationLifetimeHours * 3_600_000), now);
      const id = randomUUID();
      await insertAccount(
        tx,
        {
          id,
          kind: 'user',
          userType: input.userType,
          iinBin: input.iinBin,
          email: input.email,
          displayName: proof.signer.commonName,
          organisation: proof.signer.organization ?? null,
          passwordHash,
          status: 'pending_confirmation',
        },
        now,
      );
      await bindCertificate(tx, id, certificateFacts(proof.signer), now);
      await recordConsent(tx, { accountId: id }, consent, now, facts.ip);
      const token = await createConfirmation(tx, id, now);
      const mail = confirmationMail(
        facts.language,
        webLink(ctx.publicUrl, webPages.registrationConfirm(token)),
        confirmationLifetimeHours,
      );
      await enqueueMailTo(tx, now, input.email, 'registration.confirm', { ...mail, language: facts.language });
      await recordAudit(tx, now, {
        action: 'registration.submit',
        outcome: 'success',
        actorIin: proof.signer.iin,
        subjectType: 'account',
        subjectId: id,
        ip: facts.ip,
        requestId: facts.requestId,
        details: {
          userType: input.userType,
          iinBin: input.iinBin,
          certificate: proof.signer.serialNumber,
          algorithm: proof.signer.algorithm,
          consentVersion: consent.version,
        },
      });
      return { registrationId: id, status: 'awaiting_email_confirmation' as const };
    });
  } catch (error) {
    if (error instanceof AppError)
      await auditRefusal(ctx, facts, 'registration.submit', error, { userType: input.userType, iinBin: input.iinBin });
    throw error;
  }
}

/** The signed JSON must hold exactly the submitted fields, nothing more, nothing else. */
function checkSignedFields(payload: Record<string, unknown>, input: RegistrationInput): void {
  const fields: string[] = [
    ...signedRegistrationFields,
    ...(input.authMethod === 'credentials' ? ['credentialsRequest'] : []),
  ];
  const submitted = input as unknown as Record<string, unknown>;
  const differing = fields.filter(
    (field) => field !== 'nonce' && canonical(payload[field]) !== canonical(submitted[field]),
  );
  const extra = Object.keys(payload).filter((key) => !fields.includes(key));
  if (differing.length > 0 || extra.length > 0) {
    throw AccountErrors.REG_SIGNED_DATA_MISMATCH(
      { fields: [...differing, ...extra].join(', ') },
      { details: { differing, extra } },
    );
  }
}

/** JSON with object keys sorted: two objects with the same content compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

async function createConfirmation(tx: Queryable, accountId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.query(
    'insert into email_confirmations (token_sha256, account_id, created_at, expires_at) values ($1, $2, $3, $4)',
    [tokenHash(token), accountId, now, new Date(now.getTime() + confirmationLifetimeHours * 3_600_000)],
  );
  return token;
}

/** Following the e-mailed link completes the registration (REG-11, REG-12). */
export async function confirmRegistration(
  ctx: AccountsContext,
  token: string,
  facts: RequestFacts,
): Promise<{ accountId: string; status: 'active' }> {
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ accountId: string; expiresAt: Date; usedAt: Date | null }>(
        'select account_id as "accountId", expires_at as "expiresAt", used_at as "usedAt" from email_confirmations where token_sha256 = $1 for update',
        [tokenHash(token)],
      );
      const confirmation = rows[0];
      if (!confirmation || confirmation.usedAt) throw AccountErrors.REG_CONFIRMATION_INVALID();
      const account = await findAccount(tx, confirmation.accountId, { forUpdate: true });
      if (account?.status !== 'pending_confirmation') throw AccountErrors.REG_CONFIRMATION_INVALID();
      if (confirmation.expiresAt <= now) throw AccountErrors.REG_CONFIRMATION_EXPIRED();
      if (await hasActiveAccount(tx, account.iinBin, account.userType!)) throw AccountErrors.REG_ALREADY_REGISTERED();
      await tx.query('update email_confirmations set used_at = $2 where token_sha256 = $1', [tokenHash(token), now]);
      await activateAccount(tx, account.id, now);
      await recordAudit(tx, now, {
        action: 'registration.confirm',
        outcome: 'success',
        actorAccountId: account.id,
        subjectType: 'account',
        subjectId: account.id,
        ip: facts.ip,
        requestId: facts.requestId,
      });
      return { accountId: account.id, status: 'active' as const };
    });
  } catch (error) {
    if (error instanceof AppError) await auditRefusal(ctx, facts, 'registration.confirm', error, {});
    throw error;
  }
}

export async function auditRefusal(
  ctx: AccountsContext,
  facts: RequestFacts,
  action: string,
  error: AppError,
  details: Record<string, unknown>,
  signer?: Signer,
) {
  await recordAudit(ctx.db, ctx.clock.now(), {
    action,
    outcome: 'refused',
    code: error.code,
    actorIin: signer?.iin ?? null,
    ip: facts.ip,
    requestId: facts.requestId,
    details,
  });
}
