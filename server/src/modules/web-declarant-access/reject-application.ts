import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Account, RequestFacts } from '../accounts/index.ts';
import { decidable, letterOfAnswer, mailAnswer } from './answer.ts';
import { recordDecision } from './application-repository.ts';
import type { WebDeclarantContext } from './context.ts';
import { applicationRejectedMail } from './mail-texts.ts';

/** The officer refuses an application with a reason; the refusal letter answers it within the WD-26 term too. */
export async function rejectApplication(
  ctx: WebDeclarantContext,
  officer: Account,
  applicationId: string,
  reason: string,
  facts: RequestFacts,
): Promise<{ applicationId: string; letterSentAt: string }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const application = await decidable(tx, officer, applicationId);
    const letter = await letterOfAnswer(
      tx,
      ctx,
      officer,
      application,
      { kind: 'rejected', reason },
      now,
      facts.language,
    );
    await recordDecision(tx, application.id, {
      status: 'rejected',
      by: officer.id,
      at: now,
      rejectReason: reason,
      letterPdf: letter,
    });
    const mail = applicationRejectedMail(
      facts.language,
      `${application.journalNumber}/${application.journalYear} (${application.bodyCode})`,
      reason,
    );
    await mailAnswer(
      tx,
      now,
      application,
      'web_declarant.application_rejected',
      { ...mail, language: facts.language },
      letter,
    );
    await recordAudit(tx, now, {
      action: 'web_declarant.application.reject',
      outcome: 'success',
      actorAccountId: officer.id,
      subjectType: 'web_declarant_application',
      subjectId: application.id,
      bodyCode: application.bodyCode,
      ip: facts.ip,
      requestId: facts.requestId,
      details: { reason },
    });
    return { applicationId: application.id, letterSentAt: now.toISOString() };
  });
}
