import type { Queryable } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { enqueueMail, type MailKind } from '../../platform/mail/mail.ts';
import { printPdf } from '../../platform/pdf/index.ts';
import type { Account } from '../accounts/index.ts';
import { findCustomsBody } from '../reference/index.ts';
import { type Application, findApplication } from './application-repository.ts';
import type { WebDeclarantContext } from './context.ts';
import { WebDeclarantErrors } from './errors.ts';
import { answerLetter, type LetterOutcome } from './letters.ts';
import { assertApplicationVisible } from './scope.ts';
import { applicationStatusName } from './state-names.ts';

/** The application, locked, visible to the officer and still waiting for an answer. */
export async function decidable(tx: Queryable, officer: Account, applicationId: string): Promise<Application> {
  const application = await assertApplicationVisible(
    tx,
    officer,
    await findApplication(tx, applicationId, { forUpdate: true }),
  );
  if (application.status !== 'received')
    throw WebDeclarantErrors.WD_APPLICATION_DECIDED({ status: applicationStatusName(application.status) });
  return application;
}

/**
 * The letter answering an application, under its department's name and signed by the officer who
 * decided; printed on the worker threads, as every PDF is.
 */
export async function letterOfAnswer(
  tx: Queryable,
  ctx: Pick<WebDeclarantContext, 'workers' | 'support'>,
  officer: Account,
  application: Application,
  outcome: LetterOutcome,
  at: Date,
  language: Language,
): Promise<Buffer> {
  const body = (await findCustomsBody(tx, application.bodyCode))!;
  const officerName = officer.displayName ?? officer.iinBin;
  return printPdf(
    ctx.workers,
    answerLetter({ application, body, outcome, officerName, at, language, support: ctx.support }),
  );
}

/** The answer reaches the applicant by e-mail with the letter attached (WD-26). */
export async function mailAnswer(
  tx: Queryable,
  at: Date,
  application: Application,
  kind: MailKind,
  mail: { subject: string; text: string; language: Language },
  letter: Buffer,
): Promise<void> {
  await enqueueMail(tx, at, {
    to: [application.email],
    subject: mail.subject,
    text: mail.text,
    language: mail.language,
    kind,
    attachments: [
      {
        filename: `web-declarant-${application.journalNumber}-${application.journalYear}.pdf`,
        contentType: 'application/pdf',
        contentBase64: letter.toString('base64'),
      },
    ],
  });
}
