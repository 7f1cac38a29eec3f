import { auditOf } from '../../platform/audit/audit-log.ts';
import { type Account, bodyScopeOf } from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { visibleRequest } from './officer-scope.ts';
import { type CredentialsRequest, listRequests, type RequestStatus } from './request-repository.ts';
import { calendarAround } from './terms.ts';
import { requestDetailView, requestSummaryView } from './views.ts';

/** Every day a request's terms are read against: today, and its own dates. */
const daysOf = (requests: CredentialsRequest[], today: string) => [
  today,
  ...requests.flatMap((r) => [r.receivedOn, r.reviewDueOn, ...(r.noticeDueOn ? [r.noticeDueOn] : [])]),
];

/**
 * The queue of the officer's body (AST-5), every request with its clock in working days today:
 * days left to decide, and whether the review or the notice (AST-4) is late. Administrators see
 * every body's.
 */
export async function queueOf(
  ctx: CredentialsContext,
  officer: Account,
  filter: { status?: RequestStatus; overdue?: boolean; limit: number },
) {
  const today = almatyDate(ctx.clock.now());
  const requests = await listRequests(ctx.db, {
    bodyCodes: await bodyScopeOf(ctx.db, officer),
    status: filter.status,
    overdueOn: filter.overdue ? today : undefined,
    limit: filter.limit,
  });
  const calendar = await calendarAround(ctx.db, daysOf(requests, today));
  return { today, requests: requests.map((r) => requestSummaryView(r, today, calendar)) };
}

/** One request of the officer's body, with its terms today and its history. */
export async function requestOf(ctx: CredentialsContext, officer: Account, id: string) {
  const today = almatyDate(ctx.clock.now());
  const request = await visibleRequest(ctx.db, officer, id);
  const calendar = await calendarAround(ctx.db, daysOf([request], today));
  return requestDetailView(request, today, calendar, await auditOf(ctx.db, 'credentials_request', request.id));
}
