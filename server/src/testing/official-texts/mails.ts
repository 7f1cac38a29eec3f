import { officerDecisions } from '@shekara/contracts/declarations/status';
import { confirmationMail, contactChangedMail, throttledMail } from '../../modules/accounts/mail-texts.ts';
import {
  acknowledgementMail,
  approvalNotice,
  rejectionNotice,
  unsignedConfirmationMail,
} from '../../modules/credentials/notice-texts.ts';
import { decisionMail } from '../../modules/declarations/officer/decision-notice.ts';
import { overdueText } from '../../modules/declarations/transit/overdue-notice.ts';
import { withdrawalMail } from '../../modules/declarations/withdrawal/withdrawal-notice.ts';
import { decisionMail as applicationDecisionMail, dueNoticeMail } from '../../modules/payments/applications/notices.ts';
import { depositMail } from '../../modules/payments/ledger/deposit-notice.ts';
import { receiptOrderMail } from '../../modules/payments/receipt-orders/notice.ts';
import { supportMail, confirmationMail as ticketMail } from '../../modules/portal/support/mail-texts.ts';
import {
  accessMeasureMail,
  applicationReceivedMail,
  applicationRejectedMail,
  loginIssuedMail,
  type MeasureMailKind,
} from '../../modules/web-declarant-access/mail-texts.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { MailKind } from '../../platform/mail/mail.ts';
import { webLink, webPages } from '../../platform/web-pages.ts';

/** One e-mail as its module writes it. */
type Mail = { subject: string; text: string };

/** The public address the mails below are written at. */
export const mailPublicUrl = 'https://shekara.example';

/**
 * Every kind of e-mail the server writes (mail.ts `mailKinds`), each in all its variants, in one
 * language, with facts of the kind the system keeps — days as YYYY-MM-DD, amounts in tiyn,
 * instants — and the links its module puts in it, made as the module makes them (web-pages.ts).
 * A kind added to mail.ts and not here does not compile, and web-links.test.ts fails.
 */
export function mailsOfEveryKind(language: Language): Record<MailKind, [where: string, mail: Mail][]> {
  const link = (path: string) => webLink(mailPublicUrl, path);
  const facts = { number: '75000/2026/00042', bodyName: 'ДГД по г. Астане', receivedOn: '2026-03-02' };
  const declarationId = '7d9c1f0e-3b2a-4c5d-8e6f-0a1b2c3d4e5f';
  const registrationNumber = '75101/020326/0000042';
  const one = (where: string, mail: Mail): [string, Mail][] => [[where, mail]];
  const ticket = supportTicket;
  return {
    'registration.confirm': one(
      'registration confirmation',
      confirmationMail(language, link(webPages.registrationConfirm('k3Y_t0ken')), 24),
    ),
    'account.contact_changed': one('contact changed', contactChangedMail(language, 'new@example.kz')),
    'auth.throttled': one(
      'password log-in paused',
      throttledMail(language, { ip: '203.0.113.7', minutes: 15, at: new Date('2026-03-02T10:15:00Z') }),
    ),
    'credentials.request_received': one(
      'credentials acknowledgement',
      acknowledgementMail(language, { ...facts, reviewDueOn: '2026-03-16' }),
    ),
    'credentials.request_confirm': one(
      'credentials unsigned confirmation',
      unsignedConfirmationMail(language, link(webPages.credentialsRequestConfirm('k3Y_t0ken')), 24),
    ),
    'credentials.issued': [
      [
        'credentials approval',
        approvalNotice(language, {
          ...facts,
          link: link(webPages.login()),
          login: 'AS75000042',
          password: 'Kx7-pQ2-mZ9',
        }),
      ],
      [
        'credentials approval without signature',
        approvalNotice(language, {
          ...facts,
          link: link(webPages.login()),
          login: 'AS75000043',
          password: 'Kx7-pQ2-mZ9',
          unsigned: { assignedNumber: '990012345678' },
        }),
      ],
    ],
    'credentials.refused': one(
      'credentials refusal',
      rejectionNotice(language, {
        ...facts,
        link: link(webPages.register()),
        reason: 'Номер уведомления не совпадает',
      }),
    ),
    'declaration.decision': officerDecisions.map((decision) => [
      `declaration decision ${decision}`,
      decisionMail(language, {
        registrationNumber,
        decision,
        reasons: ['Уточните описание товара 1 (графа 31)'],
        bodyName: 'Таможенный пост «Астана-центр» (75101)',
        automatic: decision === 'release',
        link: link(webPages.decisions()),
      }),
    ]),
    'declaration.withdrawal': one(
      'withdrawal',
      withdrawalMail(language, {
        registrationNumber,
        reason: 'Ошибка',
        link: link(webPages.declaration(declarationId)),
      }),
    ),
    'declaration.transit_overdue': (
      [
        ['declarant', webPages.declaration(declarationId)],
        ['offices', webPages.officerDeclaration('75101/020326/0000043')],
      ] as const
    ).map(([whom, path]) => [
      `transit overdue, to the ${whom}`,
      {
        subject: '',
        text: overdueText(
          language,
          {
            declarationId,
            registrationNumber: '75101/020326/0000043',
            authorAccountId: 'a1',
            departureOffice: '75101',
            destinationOffice: '55102',
            deliveryTerm: '2026-03-12',
          },
          link(path),
        ),
      },
    ]),
    'payments.application_decision': (['deferral', 'instalment', 'refund'] as const).flatMap((kind) =>
      [true, false].map((granted): [string, Mail] => [
        `payments application ${kind} ${granted ? 'granted' : 'refused'}`,
        applicationDecisionMail(language, {
          kind,
          granted,
          amount: 123_456_789,
          registrationNumber,
          reason: granted ? null : 'Нет оснований',
          schedule: granted
            ? [
                { dueDate: '2026-05-01', amount: 61_728_394 },
                { dueDate: '2026-06-01', amount: 61_728_395 },
              ]
            : null,
          link: link(webPages.paymentApplications()),
        }),
      ]),
    ),
    'payments.due_notice': one(
      'payment due',
      dueNoticeMail(
        language,
        {
          id: 1,
          obligationId: 1,
          payer: '050540001242',
          registrationNumber,
          paymentType: '2010',
          kbk: '105101',
          amount: 123_456_789,
          dueDate: '2026-05-01',
          issuedAt: new Date('2026-05-02T04:00:00Z'),
        },
        link(webPages.paymentApplications()),
      ),
    ),
    'ledger.deposit': one(
      'deposit',
      depositMail(
        language,
        {
          payer: '050540001242',
          amount: 123_456_789,
          available: 223_456_700,
          bankDocument: { number: '17', date: '2026-03-02' },
        },
        link(webPages.advanceAccount()),
      ),
    ),
    'receipt_order.issued': one(
      'receipt order',
      receiptOrderMail(
        language,
        { id: 'o1', number: '75101/020326/Т0000001', recipientIin: '880101300123', total: 1_234_567n },
        link(webPages.receiptOrder('o1')),
      ),
    ),
    ...(Object.fromEntries(
      (['suspended', 'suspension_lifted', 'revoked', 'disabled', 'regranted'] as const).map((kind) => [
        `access.${kind}`,
        one(
          `access ${kind}`,
          accessMeasureMail(language, kind, { reason: 'Логин передан третьему лицу', earliest: '02.04.2026' }),
        ),
      ]),
    ) as Record<`access.${MeasureMailKind}`, [string, Mail][]>),
    'web_declarant.application_received': one(
      'web-declarant application received',
      applicationReceivedMail(language, '42/2026 (75000)', '09.03.2026'),
    ),
    'web_declarant.login_issued': one(
      'web-declarant logins issued',
      loginIssuedMail(language, ['WD7500001', 'WD7500002'], link(webPages.login())),
    ),
    'web_declarant.application_rejected': one(
      'web-declarant refusal',
      applicationRejectedMail(language, '42/2026 (75000)', 'Заявитель — брокер'),
    ),
    'support.ticket': one('support copy', supportMail(language, ticket)),
    'support.ticket.confirmation': one('support confirmation', ticketMail(language, ticket)),
  };
}

const supportTicket = {
  number: 'SUP-2026-0042',
  name: 'Серикова Айгерим',
  email: 'a@example.kz',
  subject: 'Не могу войти',
  message: 'Портал не открывается.',
  account: null,
};

/**
 * Every e-mail the server writes, in one language, so that a check of the text sees how the mail
 * writes the facts it inserts (issue 21 point 8). Names and reasons are typed by people and left as
 * they are; links are addresses, not words.
 */
export function everyMail(language: Language): { where: string; text: string }[] {
  // What people typed and what the system made up — names, reasons, logins, numbers of tickets — is not the mail's own text.
  const typed = [
    supportTicket.number,
    supportTicket.name,
    supportTicket.subject,
    supportTicket.message,
    'AS75000042',
    'AS75000043',
    'Kx7-pQ2-mZ9',
    'WD7500001',
    'WD7500002',
    'Уточните описание товара 1 (графа 31)',
  ];
  const own = (text: string) =>
    typed.reduce((rest, value) => rest.replaceAll(value, '…'), text.replaceAll(/https?:\/\/\S+/g, '…'));
  return Object.values(mailsOfEveryKind(language))
    .flat()
    .map(([where, mail]) => ({ where, text: own(`${mail.subject}\n${mail.text}`) }));
}
