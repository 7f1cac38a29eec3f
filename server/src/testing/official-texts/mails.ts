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
} from '../../modules/web-declarant-access/mail-texts.ts';
import type { Language } from '../../platform/i18n/language.ts';

/**
 * Every e-mail the server writes, in one language, with facts of the kind the system keeps — days
 * as YYYY-MM-DD, amounts in tiyn, instants — so that a check of the text sees how the mail writes
 * them (issue 21 point 8). Names and reasons are typed by people and left as they are.
 */
export function everyMail(language: Language): { where: string; text: string }[] {
  const link = 'https://shekara.example/cabinet';
  const facts = { number: '75000/2026/00042', bodyName: 'ДГД по г. Астане', receivedOn: '2026-03-02', link };
  const mails: [string, { subject: string; text: string }][] = [
    ['registration confirmation', confirmationMail(language, link, 24)],
    ['contact changed', contactChangedMail(language, 'new@example.kz')],
    [
      'password log-in paused',
      throttledMail(language, { ip: '203.0.113.7', minutes: 15, at: new Date('2026-03-02T10:15:00Z') }),
    ],
    ['credentials acknowledgement', acknowledgementMail(language, { ...facts, reviewDueOn: '2026-03-16' })],
    ['credentials unsigned confirmation', unsignedConfirmationMail(language, link, 24)],
    ['credentials approval', approvalNotice(language, { ...facts, login: 'AS75000042', password: 'Kx7-pQ2-mZ9' })],
    [
      'credentials approval without signature',
      approvalNotice(language, {
        ...facts,
        login: 'AS75000043',
        password: 'Kx7-pQ2-mZ9',
        unsigned: { assignedNumber: '990012345678' },
      }),
    ],
    ['credentials refusal', rejectionNotice(language, { ...facts, reason: 'Номер уведомления не совпадает' })],
    ...officerDecisions.map(
      (decision) =>
        [
          `declaration decision ${decision}`,
          decisionMail(language, {
            registrationNumber: '75101/020326/0000042',
            decision,
            reasons: ['Уточните описание товара 1 (графа 31)'],
            bodyName: 'Таможенный пост «Астана-центр» (75101)',
            automatic: decision === 'release',
            link,
          }),
        ] as [string, { subject: string; text: string }],
    ),
    ['withdrawal', withdrawalMail(language, { registrationNumber: '75101/020326/0000042', reason: 'Ошибка', link })],
    [
      'transit overdue',
      {
        subject: '',
        text: overdueText(
          language,
          {
            declarationId: 'd1',
            registrationNumber: '75101/020326/0000043',
            authorAccountId: 'a1',
            departureOffice: '75101',
            destinationOffice: '55102',
            deliveryTerm: '2026-03-12',
          },
          link,
        ),
      },
    ],
    ...(['deferral', 'instalment', 'refund'] as const).flatMap((kind) =>
      [true, false].map(
        (granted) =>
          [
            `payments application ${kind} ${granted ? 'granted' : 'refused'}`,
            applicationDecisionMail(language, {
              kind,
              granted,
              amount: 123_456_789,
              registrationNumber: '75101/020326/0000042',
              reason: granted ? null : 'Нет оснований',
              schedule: granted
                ? [
                    { dueDate: '2026-05-01', amount: 61_728_394 },
                    { dueDate: '2026-06-01', amount: 61_728_395 },
                  ]
                : null,
              link,
            }),
          ] as [string, { subject: string; text: string }],
      ),
    ),
    [
      'payment due',
      dueNoticeMail(
        language,
        {
          id: 1,
          obligationId: 1,
          payer: '050540001242',
          registrationNumber: '75101/020326/0000042',
          paymentType: '2010',
          kbk: '105101',
          amount: 123_456_789,
          dueDate: '2026-05-01',
          issuedAt: new Date('2026-05-02T04:00:00Z'),
        },
        link,
      ),
    ],
    [
      'deposit',
      depositMail(
        language,
        {
          payer: '050540001242',
          amount: 123_456_789,
          available: 223_456_700,
          bankDocument: { number: '17', date: '2026-03-02' },
        },
        link,
      ),
    ],
    [
      'receipt order',
      receiptOrderMail(
        language,
        { id: 'o1', number: '75101/020326/Т0000001', recipientIin: '880101300123', total: 1_234_567n },
        link,
      ),
    ],
    ...(['suspended', 'suspension_lifted', 'revoked', 'disabled', 'regranted'] as const).map(
      (kind) =>
        [
          `access ${kind}`,
          accessMeasureMail(language, kind, { reason: 'Логин передан третьему лицу', earliest: '02.04.2026' }),
        ] as [string, { subject: string; text: string }],
    ),
    ['web-declarant application received', applicationReceivedMail(language, '42/2026 (75000)', '09.03.2026')],
    ['web-declarant logins issued', loginIssuedMail(language, ['WD7500001', 'WD7500002'], link)],
    ['web-declarant refusal', applicationRejectedMail(language, '42/2026 (75000)', 'Заявитель — брокер')],
  ];
  const ticket = {
    number: 'SUP-2026-0042',
    name: 'Серикова Айгерим',
    email: 'a@example.kz',
    subject: 'Не могу войти',
    message: 'Портал не открывается.',
    account: null,
  };
  mails.push(['support confirmation', ticketMail(language, ticket)], ['support copy', supportMail(language, ticket)]);
  // What people typed and what the system made up — names, reasons, logins, numbers of tickets — is not the mail's own text.
  const typed = [
    ticket.number,
    ticket.name,
    ticket.subject,
    ticket.message,
    'AS75000042',
    'AS75000043',
    'Kx7-pQ2-mZ9',
    'WD7500001',
    'WD7500002',
    'Уточните описание товара 1 (графа 31)',
  ];
  const own = (text: string) => typed.reduce((rest, value) => rest.replaceAll(value, '…'), text);
  return mails.map(([where, mail]) => ({ where, text: own(`${mail.subject}\n${mail.text}`) }));
}
