import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import {
  AccountErrors,
  type ConsentGiven,
  checkConsent,
  type FiledCredentialsRequest,
  type RequestFacts,
  recordConsent,
} from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { CredentialsErrors } from './errors.ts';
import { fileRequest } from './file-request.ts';
import { unsignedConfirmationMail } from './notice-texts.ts';
import { activeAccountExists, openUnsignedRequestExists } from './request-repository.ts';
import { checkUnsignedRequest, type UnsignedFiling, type UnsignedRequest } from './unsigned-request-fields.ts';

/** As long as a registration's confirmation link (REG-11): a day to open the mail. */
export const unsignedConfirmationHours = 24;

// The link carries a random token; the table keeps only its hash, as for a registration's link.
const tokenHash = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * An online request for a login and password without the NCA signature (REG-10, AST-6). Nothing
 * reaches the body yet: the request waits, unnumbered, until the link e-mailed to its address is
 * followed, so a stranger's address cannot be used and the body's queue holds only requests a
 * person stands behind. At most one waits or is under review per IIN/BIN (or passport) and per
 * e-mail address; the route limits how often one client may file.
 */
export async function fileUnsignedRequest(
  ctx: CredentialsContext,
  input: UnsignedRequest,
  facts: RequestFacts,
): Promise<{ status: 'awaiting_email_confirmation'; confirmWithinHours: number }> {
  const now = ctx.clock.now();
  const consent = checkConsent(input.consent);
  const filing = checkUnsignedRequest(input, almatyDate(now));
  const passport = filing.nonResident
    ? { country: filing.identityDocument!.country!, number: filing.identityDocument!.number }
    : null;
  return ctx.db.transaction(async (tx) => {
    await tx.query('delete from unconfirmed_credentials_requests where expires_at <= $1', [now]);
    if (filing.iinBin && (await activeAccountExists(tx, filing.iinBin, filing.userType)))
      throw AccountErrors.REG_ALREADY_REGISTERED();
    if (await openUnsignedRequestExists(tx, { iinBin: filing.iinBin, passport, email: filing.email }))
      throw CredentialsErrors.CREDENTIALS_UNSIGNED_REQUEST_OPEN();

    const token = randomBytes(32).toString('base64url');
    const { rows } = await tx.query(
      `insert into unconfirmed_credentials_requests
         (token_sha256, iin_bin, passport, email, language, filing, created_at, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict do nothing
       returning 1`,
      [
        tokenHash(token),
        filing.iinBin,
        passport && `${passport.country}:${passport.number}`,
        filing.email,
        facts.language,
        // The consent waits with the request and is recorded with it when it is filed (Law No. 94-V).
        JSON.stringify({ ...filing, consent: { ...consent, givenAt: now.toISOString(), ip: facts.ip } }),
        now,
        new Date(now.getTime() + unsignedConfirmationHours * 3_600_000),
      ],
    );
    if (rows.length === 0) throw CredentialsErrors.CREDENTIALS_UNSIGNED_REQUEST_OPEN();

    const link = webLink(ctx.publicUrl, webPages.credentialsRequestConfirm(token));
    const mail = unsignedConfirmationMail(facts.language, link, unsignedConfirmationHours);
    await enqueueMailTo(tx, now, filing.email, 'credentials.request_confirm', { ...mail, language: facts.language });
    await recordAudit(tx, now, {
      action: 'credentials_request.file_unsigned',
      outcome: 'success',
      ip: facts.ip,
      requestId: facts.requestId,
      details: {
        userType: filing.userType,
        iinBin: filing.iinBin,
        nonResident: filing.nonResident ?? false,
        passportCountry: passport?.country ?? null,
      },
    });
    return { status: 'awaiting_email_confirmation' as const, confirmWithinHours: unsignedConfirmationHours };
  });
}

interface Waiting {
  filing: UnsignedFiling & { consent: ConsentGiven & { givenAt: string; ip: string } };
  language: Language;
  expiresAt: Date;
}

/**
 * Following the e-mailed link: the request is filed as an unsigned electronic one (verification
 * 'paper_check_required'), numbered and put in the department's queue with its review term, and
 * acknowledged by e-mail, as a signed request is at once.
 */
export async function confirmUnsignedRequest(
  ctx: CredentialsContext,
  token: string,
  facts: RequestFacts,
): Promise<FiledCredentialsRequest> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const waiting = await takeWaiting(tx, token);
    if (!waiting) throw CredentialsErrors.CREDENTIALS_CONFIRMATION_INVALID();
    if (waiting.expiresAt <= now)
      throw CredentialsErrors.CREDENTIALS_CONFIRMATION_EXPIRED({ hours: unsignedConfirmationHours });
    const { consent, ...filing } = waiting.filing;
    if (filing.iinBin && (await activeAccountExists(tx, filing.iinBin, filing.userType)))
      throw AccountErrors.REG_ALREADY_REGISTERED();
    const filed = await fileRequest(
      ctx,
      tx,
      now,
      { ...filing, channel: 'electronic', certificate: null },
      {
        ...facts,
        language: waiting.language,
      },
    );
    await recordConsent(tx, { credentialsRequestId: filed.requestId }, consent, new Date(consent.givenAt), consent.ip);
    return filed;
  });
}

/** The waiting request the token names, removed: a link is followed once. */
async function takeWaiting(tx: Queryable, token: string): Promise<Waiting | null> {
  const { rows } = await tx.query<Waiting>(
    `delete from unconfirmed_credentials_requests where token_sha256 = $1
     returning filing, language, expires_at as "expiresAt"`,
    [tokenHash(token)],
  );
  return rows[0] ?? null;
}
