import type { Language } from '../../platform/i18n/language.ts';
import type { PdfBlock, PdfDocument } from '../../platform/pdf/index.ts';
import type { SupportContacts } from '../../platform/support/contacts.ts';
import type { CustomsBody } from '../reference/index.ts';
import type { Application } from './application-repository.ts';
import { printedDate } from './dates.ts';
import { printedTexts } from './printed-texts.ts';

export type LetterOutcome =
  | { kind: 'issued'; logins: readonly { login: string; oneTimePassword: string }[] }
  | { kind: 'rejected'; reason: string };

/**
 * The customs body's letter answering an application (WD-20, WD-26): a login and one-time
 * password for each workplace (WD-21, WD-25), or the refusal and its reason. Printed in the language
 * the officer works in, under the body's name.
 */
export function answerLetter(input: {
  application: Application;
  body: CustomsBody;
  outcome: LetterOutcome;
  officerName: string;
  at: Date;
  language: Language;
  support: SupportContacts;
}): PdfDocument {
  const { application, body, outcome, language, at } = input;
  const t = printedTexts[language].letter;
  const recipient = [application.fullName, application.fields.legalAddress, application.email].join(', ');
  const reference = `${application.journalNumber} / ${application.journalYear}, ${printedDate(application.receivedAt)}`;
  const blocks: PdfBlock[] =
    outcome.kind === 'issued'
      ? [
          { type: 'paragraph', text: t.issuedLead },
          {
            type: 'fields',
            fields: [
              { label: t.workplaces, value: String(outcome.logins.length) },
              ...outcome.logins.flatMap(({ login, oneTimePassword }, i) => [
                { label: `${t.login} (${t.workplace} ${i + 1})`, value: login },
                { label: `${t.password} (${t.workplace} ${i + 1})`, value: oneTimePassword },
              ]),
            ],
          },
          { type: 'paragraph', text: t.passwordNote },
        ]
      : [
          { type: 'paragraph', text: t.rejectedLead },
          { type: 'fields', fields: [{ label: t.reason, value: outcome.reason }] },
        ];
  return {
    title: outcome.kind === 'issued' ? t.issuedTitle : t.rejectedTitle,
    language,
    header: `${body.name[language]} (${body.code})`,
    pageNumbers: printedTexts[language].pageNumbers,
    support: input.support,
    createdAt: at,
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: t.to, value: recipient },
          { label: t.application, value: reference },
        ],
      },
      { type: 'space' },
      ...blocks,
      { type: 'space' },
      {
        type: 'signature',
        signers: [{ role: `${t.officer}, ${body.name[language]}`, name: input.officerName }],
        dateLabel: t.date,
        date: printedDate(at),
      },
    ],
  };
}
