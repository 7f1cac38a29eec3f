import { printPdf } from '../../platform/pdf/index.ts';
import type { Account, RequestFacts } from '../accounts/index.ts';
import { almatyDate, findCustomsBody } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { CredentialsErrors } from './errors.ts';
import { noticeLetter } from './letter.ts';
import { visibleRequest } from './officer-scope.ts';
import { auditRequestAction } from './request-audit.ts';
import { type CredentialsRequest, markNoticeSent } from './request-repository.ts';

/** The notice of a paper request goes as a letter; an electronic request's went by e-mail. */
function assertLetterNotice(request: CredentialsRequest): void {
  if (request.status === 'submitted') throw CredentialsErrors.CREDENTIALS_REQUEST_NOT_DECIDED();
  if (request.channel !== 'paper') throw CredentialsErrors.CREDENTIALS_NOTICE_BY_EMAIL();
}

/**
 * The printable letter of a decided paper request (AST-4). An approval's letter carries the
 * one-time password, which is kept only until the letter is marked posted; printing it is audited.
 */
export async function printNoticeLetter(
  ctx: CredentialsContext,
  officer: Account,
  id: string,
  facts: RequestFacts,
): Promise<{ number: string; pdf: Buffer }> {
  const now = ctx.clock.now();
  const request = await visibleRequest(ctx.db, officer, id);
  assertLetterNotice(request);
  if (request.status === 'approved' && request.letterPassword === null)
    throw CredentialsErrors.CREDENTIALS_NOTICE_ALREADY_SENT();
  const body = (await findCustomsBody(ctx.db, request.bodyCode))!;
  const pdf = await printPdf(ctx.workers, noticeLetter(request, body, ctx.publicUrl, almatyDate(now), ctx.support));
  await auditRequestAction(ctx.db, now, officer, request, facts, 'credentials_request.letter.print', {
    number: request.number,
    status: request.status,
  });
  return { number: request.number, pdf };
}

/** The officer posted the letter: the notice term is met, and the one-time password is forgotten. */
export async function recordNoticeSent(
  ctx: CredentialsContext,
  officer: Account,
  id: string,
  facts: RequestFacts,
): Promise<{ noticeSentAt: Date }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const request = await visibleRequest(tx, officer, id, { forUpdate: true });
    assertLetterNotice(request);
    if (request.noticeSentAt !== null) throw CredentialsErrors.CREDENTIALS_NOTICE_ALREADY_SENT();
    await markNoticeSent(tx, request.id, now);
    await auditRequestAction(tx, now, officer, request, facts, 'credentials_request.notice_sent', {
      number: request.number,
      noticeDueOn: request.noticeDueOn,
      late: request.noticeDueOn !== null && almatyDate(now) > request.noticeDueOn,
    });
    return { noticeSentAt: now };
  });
}
