import type { Queryable } from '../../platform/db/database.ts';
import { findCustomsBody } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { CredentialsErrors } from './errors.ts';
import { requestStatusNames } from './field-names.ts';
import type { NoticeFacts } from './notice-texts.ts';
import type { CredentialsRequest } from './request-repository.ts';
import { calendarAround } from './terms.ts';

export function assertUndecided(request: CredentialsRequest): void {
  if (request.status !== 'submitted')
    throw CredentialsErrors.CREDENTIALS_REQUEST_ALREADY_DECIDED(
      { status: requestStatusNames[request.status] },
      { details: { status: request.status } },
    );
}

/**
 * How a decision is notified (AST-4): an electronic request with an address by e-mail at once,
 * any other by a letter; either way due within the notice term, in working days from `today`.
 */
export async function decisionNotice(
  tx: Queryable,
  ctx: CredentialsContext,
  request: CredentialsRequest,
  today: string,
): Promise<{ byEmail: boolean; noticeDueOn: string }> {
  const calendar = await calendarAround(tx, [today], ctx.terms.credentialsNoticeWorkingDays);
  return {
    byEmail: request.channel === 'electronic' && request.email !== null,
    noticeDueOn: calendar.addWorkingDays(today, ctx.terms.credentialsNoticeWorkingDays),
  };
}

/** What a decision's e-mail says of the request, in its language, and the page it links to. */
export async function noticeFactsOf(tx: Queryable, request: CredentialsRequest, link: string): Promise<NoticeFacts> {
  const body = (await findCustomsBody(tx, request.bodyCode))!;
  return { number: request.number, bodyName: body.name[request.language], receivedOn: request.receivedOn, link };
}
