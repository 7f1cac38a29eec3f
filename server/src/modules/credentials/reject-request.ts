import { recordAudit } from '../../platform/audit/audit-log.ts';
import { enqueueMail } from '../../platform/mail/mail.ts';
import type { Account, RequestFacts } from '../accounts/index.ts';
import { almatyDate, findCustomsBody } from '../reference/index.ts';
import { assertUndecided } from './approve-request.ts';
import type { CredentialsContext } from './context.ts';
import { rejectionNotice } from './notice-texts.ts';
import { visibleRequest } from './officer-scope.ts';
import { recordDecision } from './request-repository.ts';
import { calendarAround } from './terms.ts';

/**
 * Refusal with the body's reason, notified the way an approval would be: by e-mail at once for
 * an electronic request, by a letter for a paper one, within the notice term (AST-4).
 */
export async function rejectRequest(ctx: CredentialsContext, officer: Account, id: string, reason: string, facts: RequestFacts): Promise<{ notice: 'email' | 'letter'; noticeDueOn: string }> {
  const now = ctx.clock.now();
  const today = almatyDate(now);
  return ctx.db.transaction(async (tx) => {
    const request = await visibleRequest(tx, officer, id, { forUpdate: true });
    assertUndecided(request);
    const calendar = await calendarAround(tx, [today], ctx.terms.credentialsNoticeWorkingDays);
    const noticeDueOn = calendar.addWorkingDays(today, ctx.terms.credentialsNoticeWorkingDays);
    const byEmail = request.channel === 'electronic' && request.email !== null;
    if (byEmail) {
      const body = (await findCustomsBody(tx, request.bodyCode))!;
      const notice = rejectionNotice(request.language, { number: request.number, bodyName: body.name[request.language], receivedOn: request.receivedOn, link: `${ctx.publicUrl}/register`, reason });
      await enqueueMail(tx, now, { to: [request.email!], subject: notice.subject, text: notice.text, kind: 'credentials.refused' });
    }
    await recordDecision(tx, request.id, {
      status: 'rejected',
      decidedAt: now,
      decidedOn: today,
      decidedByAccountId: officer.id,
      noticeDueOn,
      rejectionReason: reason,
      ...(byEmail ? { noticeSentAt: now } : {}),
    });
    await recordAudit(tx, now, {
      action: 'credentials_request.reject',
      outcome: 'success',
      actorAccountId: officer.id,
      subjectType: 'credentials_request',
      subjectId: request.id,
      bodyCode: request.bodyCode,
      ip: facts.ip,
      requestId: facts.requestId,
      details: { number: request.number, reason, notice: byEmail ? 'email' : 'letter', noticeDueOn },
    });
    return { notice: byEmail ? ('email' as const) : ('letter' as const), noticeDueOn };
  });
}
