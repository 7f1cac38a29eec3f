import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import {
  type Account,
  AccountErrors,
  bindCertificate,
  hashPassword,
  insertAccount,
  type RequestFacts,
} from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import { requireRegisterStanding } from '../registers/index.ts';
import type { CredentialsContext } from './context.ts';
import { assertUndecided, decisionNotice, noticeFactsOf } from './decision.ts';
import { CredentialsErrors } from './errors.ts';
import { nextNonResidentNumber } from './non-resident-number.ts';
import { approvalNotice } from './notice-texts.ts';
import { visibleRequest } from './officer-scope.ts';
import { freeLogin, oneTimePassword } from './one-time-credentials.ts';
import { auditRequestAction } from './request-audit.ts';
import { activeAccountExists, certificateFactsOf, recordDecision } from './request-repository.ts';

export interface Approved {
  accountId: string;
  login: string;
  /** the identification number given to a non-resident without an IIN */
  assignedNumber: string | null;
  /** how the notice goes: sent by e-mail now, or a letter for the officer to print and post */
  notice: 'email' | 'letter';
  noticeDueOn: string;
}

/** The officer's word that an unsigned request's applicant was checked against the document on paper (AST-6). */
export interface IdentityCheck {
  identityCheckedOnPaper?: true;
  /** which document was shown: its kind and number, as the officer saw them */
  documentSeen?: string;
}

/**
 * Approval (AST-3) in one transaction: the applicant's cabinet with a login and a one-time
 * password it must change at first log-in, their certificate activated when the request carried
 * one, the decision and its notice term (AST-4), the notice itself when it goes by e-mail, and
 * the audit records of the request and of the new account. A request filed online without the
 * signature (REG-10) is approved only with the officer's confirmation that the applicant's
 * identity was checked against the identity document on paper; a non-resident without an IIN is
 * given a number of the 9900… series, which becomes the account's IIN/BIN and login.
 */
export async function approveRequest(
  ctx: CredentialsContext,
  officer: Account,
  id: string,
  check: IdentityCheck | undefined,
  facts: RequestFacts,
): Promise<Approved> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  const today = almatyDate(now);
  return ctx.db.transaction(async (tx) => {
    const request = await visibleRequest(tx, officer, id, { forUpdate: true });
    assertUndecided(request);
    const unsigned = request.verification === 'paper_check_required';
    const documentSeen = unsigned ? checkedOnPaper(check) : undefined;
    if (request.iinBin && (await activeAccountExists(tx, request.iinBin, request.userType)))
      throw AccountErrors.REG_ALREADY_REGISTERED();
    // An account of a type with a register only for a person on it that day (REG-5).
    if (request.iinBin) await requireRegisterStanding(tx, request.userType, request.iinBin, today);
    const { byEmail, noticeDueOn } = await decisionNotice(tx, ctx, request, today);

    const assignedNumber = request.iinBin === null ? await nextNonResidentNumber(tx) : null;
    const iinBin = request.iinBin ?? assignedNumber!;
    const accountId = randomUUID();
    const login = await freeLogin(tx, iinBin);
    await insertAccount(
      tx,
      {
        id: accountId,
        kind: 'user',
        userType: request.userType,
        iinBin,
        // a paper request may give no address: the cabinet's owner adds one later
        email: request.email ?? '',
        phone: request.phone,
        displayName: request.applicantName,
        postalAddress: request.postalAddress,
        passwordHash,
        login,
        mustChangePassword: true,
        status: 'active',
        registeringBodyCode: request.bodyCode,
      },
      now,
    );
    if (request.certificate) {
      await bindCertificate(tx, accountId, certificateFactsOf(request.certificate), now);
    }

    if (byEmail) {
      const notice = approvalNotice(request.language, {
        ...(await noticeFactsOf(tx, request, webLink(ctx.publicUrl, webPages.login()))),
        login,
        password,
        ...(unsigned && { unsigned: { assignedNumber } }),
      });
      await enqueueMailTo(tx, now, request.email!, 'credentials.issued', { ...notice, language: request.language });
    }
    await recordDecision(tx, request.id, {
      status: 'approved',
      decidedAt: now,
      decidedOn: today,
      decidedByAccountId: officer.id,
      noticeDueOn,
      accountId,
      login,
      ...(byEmail ? { noticeSentAt: now } : { letterPassword: password }),
      ...(documentSeen && { identityCheckedDocument: documentSeen }),
      ...(assignedNumber && { assignedNumber }),
    });
    await auditRequestAction(tx, now, officer, request, facts, 'credentials_request.approve', {
      number: request.number,
      accountId,
      login,
      notice: byEmail ? 'email' : 'letter',
      noticeDueOn,
      certificate: request.certificate?.serialNumber ?? null,
      ...(documentSeen && { identityCheckedOnPaper: documentSeen }),
      ...(assignedNumber && { assignedNumber }),
    });
    await recordAudit(tx, now, {
      action: 'account.credentials.issue',
      outcome: 'success',
      actorAccountId: officer.id,
      subjectType: 'account',
      subjectId: accountId,
      bodyCode: request.bodyCode,
      ip: facts.ip,
      requestId: facts.requestId,
      details: {
        requestNumber: request.number,
        login,
        certificateActivated: request.certificate !== null,
        ...(assignedNumber && { assignedNumber }),
      },
    });
    return {
      accountId,
      login,
      assignedNumber,
      notice: byEmail ? ('email' as const) : ('letter' as const),
      noticeDueOn,
    };
  });
}

/** What the officer saw, once they confirm the paper check; refused without the confirmation or the document. */
function checkedOnPaper(check: IdentityCheck | undefined): string {
  const seen = check?.documentSeen?.trim();
  if (check?.identityCheckedOnPaper !== true || !seen) throw CredentialsErrors.CREDENTIALS_IDENTITY_CHECK_REQUIRED();
  return seen;
}
