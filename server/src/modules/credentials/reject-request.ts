import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';
import type { Account, RequestFacts } from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { assertUndecided, decisionNotice, noticeFactsOf } from './decision.ts';
import { rejectionNotice } from './notice-texts.ts';
import { visibleRequest } from './officer-scope.ts';
import { auditRequestAction } from './request-audit.ts';
import { recordDecision } from './request-repository.ts';

/**
 * Refusal with the body's reason, notified the way an approval would be: by e-mail at once for
 * an electronic request, by a letter for a paper one, within the notice term (AST-4).
 */
export async function rejectRequest(
  ctx: CredentialsContext,
  officer: Account,
  id: string,
  reason: string,
  facts: RequestFacts,
): Promise<{ notice: 'email' | 'letter'; noticeDueOn: string }> {
  const now = ctx.clock.now();
  const today = almatyDate(now);
  return ctx.db.transaction(async (tx) => {
    const request = await visibleRequest(tx, officer, id, { forUpdate: true });
    assertUndecided(request);
    const { byEmail, noticeDueOn } = await decisionNotice(tx, ctx, request, today);
    if (byEmail) {
      const notice = rejectionNotice(request.language, {
        ...(await noticeFactsOf(tx, request, webLink(ctx.publicUrl, webPages.register()))),
        reason,
      });
      await enqueueMailTo(tx, now, request.email!, 'credentials.refused', { ...notice, language: request.language });
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
    await auditRequestAction(tx, now, officer, request, facts, 'credentials_request.reject', {
      number: request.number,
      reason,
      notice: byEmail ? 'email' : 'letter',
      noticeDueOn,
    });
    return { notice: byEmail ? ('email' as const) : ('letter' as const), noticeDueOn };
  });
}
