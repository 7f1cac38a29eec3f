import { printedAmount, printedDate } from '@shekara/contracts/i18n';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language, LocalizedText } from '../../../platform/i18n/language.ts';
import { enqueueMails, type MailMessage, systemName } from '../../../platform/mail/mail.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { tengeOf } from '../ledger/money.ts';
import { paymentTypes } from '../payment-types.ts';
import { accountAddress, type DueNotice, payerAddresses, type StoredApplication } from './application-repository.ts';
import type { SchedulePart } from './terms.ts';

/** The names of applications as the payer reads them. */
export const applicationNames: Record<StoredApplication['kind'], LocalizedText> = {
  deferral: {
    kk: 'Кедендік әкелу бажын төлеуді кейінге қалдыру',
    ru: 'Отсрочка уплаты ввозной таможенной пошлины',
    en: 'Deferral of the import customs duty',
  },
  instalment: {
    kk: 'Кедендік әкелу бажын бөліп төлеу',
    ru: 'Рассрочка уплаты ввозной таможенной пошлины',
    en: 'Instalment plan for the import customs duty',
  },
  refund: {
    kk: 'Аванстық төлемдерді қайтару',
    ru: 'Возврат авансовых платежей',
    en: 'Refund of advance payments',
  },
};

const words = {
  kk: {
    greeting: 'Сәлеметсіз бе!',
    granted: 'өтініш қанағаттандырылды',
    refused: 'өтініш бойынша бас тартылды',
    amount: (a: string) => `Сомасы: ${a} теңге.`,
    declaration: (n: string) => `Декларация: ${n}.`,
    schedule: 'Төлеу кестесі',
    reason: 'Себебі',
    link: 'Толығырақ жеке кабинетте',
    dueSubject: 'берешек сомасы туралы хабарлама',
    dueLead: (n: string) =>
      `Кедендік төлемдерді төлеу мерзімі өтті, міндеттеме орындалмады${n ? ` (декларация ${n})` : ''}.`,
    dueAmount: (a: string) => `Төленуге тиісті сома: ${a} теңге.`,
    dueTerm: (d: string) => `Төлеу мерзімі: ${d}.`,
    dueCodes: (type: string, name: string, kbk: string) => `Төлем түрінің коды: ${type} (${name}), БСК: ${kbk}.`,
  },
  ru: {
    greeting: 'Здравствуйте!',
    granted: 'заявление удовлетворено',
    refused: 'в удовлетворении заявления отказано',
    amount: (a: string) => `Сумма: ${a} тенге.`,
    declaration: (n: string) => `Декларация: ${n}.`,
    schedule: 'График уплаты',
    reason: 'Причина',
    link: 'Подробности в личном кабинете',
    dueSubject: 'уведомление о сумме задолженности',
    dueLead: (n: string) =>
      `Срок уплаты таможенных платежей истёк, обязанность не исполнена${n ? ` (декларация ${n})` : ''}.`,
    dueAmount: (a: string) => `Сумма к уплате: ${a} тенге.`,
    dueTerm: (d: string) => `Срок уплаты: ${d}.`,
    dueCodes: (type: string, name: string, kbk: string) => `Код вида платежа: ${type} (${name}), КБК: ${kbk}.`,
  },
  en: {
    greeting: 'Hello,',
    granted: 'the application has been granted',
    refused: 'the application has been refused',
    amount: (a: string) => `Amount: ${a} tenge.`,
    declaration: (n: string) => `Declaration: ${n}.`,
    schedule: 'Payment schedule',
    reason: 'Reason',
    link: 'Details in your cabinet',
    dueSubject: 'notice of the amount due',
    dueLead: (n: string) => `The term to pay customs payments has passed unpaid${n ? ` (declaration ${n})` : ''}.`,
    dueAmount: (a: string) => `Amount due: ${a} tenge.`,
    dueTerm: (d: string) => `Term of payment: ${d}.`,
    dueCodes: (type: string, name: string, kbk: string) => `Payment type code: ${type} (${name}), KBK: ${kbk}.`,
  },
} satisfies Record<Language, Record<string, unknown>>;

const cabinetLink = (publicUrl: string) => webLink(publicUrl, webPages.paymentApplications());

export function decisionMail(
  language: Language,
  facts: {
    kind: StoredApplication['kind'];
    granted: boolean;
    amount: number;
    registrationNumber: string | null;
    reason: string | null;
    schedule: readonly SchedulePart[] | null;
    link: string;
  },
): { subject: string; text: string } {
  const w = words[language];
  const name = applicationNames[facts.kind][language];
  const outcome = facts.granted ? w.granted : w.refused;
  const lines = [
    w.greeting,
    '',
    `${name}: ${outcome}.`,
    w.amount(printedAmount(tengeOf(facts.amount), language)),
    ...(facts.registrationNumber ? [w.declaration(facts.registrationNumber)] : []),
    ...(facts.schedule && facts.schedule.length > 0
      ? [
          '',
          `${w.schedule}:`,
          ...facts.schedule.map((p) => `— ${printedDate(p.dueDate)}: ${printedAmount(tengeOf(p.amount), language)}`),
        ]
      : []),
    ...(facts.reason ? ['', `${w.reason}: ${facts.reason}`] : []),
    '',
    `${w.link}: ${facts.link}`,
  ];
  return { subject: `${systemName(language)}: ${name} — ${outcome}`, text: lines.join('\n') };
}

/** The decision's e-mail to the applicant, in its language, in the deciding transaction. */
export async function enqueueDecisionMail(
  tx: Queryable,
  at: Date,
  application: StoredApplication,
  decision: { granted: boolean; reason: string | null; schedule: readonly SchedulePart[] | null },
  publicUrl: string,
): Promise<void> {
  // An account made from a paper request may have no address: the cabinet is its notice.
  const address = await accountAddress(tx, application.applicantAccountId);
  if (!address) return;
  const mail = decisionMail(address.language, {
    kind: application.kind,
    granted: decision.granted,
    amount: application.amount,
    registrationNumber: application.registrationNumber,
    reason: decision.reason,
    schedule: decision.schedule,
    link: cabinetLink(publicUrl),
  });
  await enqueueMails(tx, at, [
    { to: [address.email], ...mail, kind: 'payments.application_decision', language: address.language },
  ]);
}

const typeNames: Record<string, LocalizedText> = Object.fromEntries(
  Object.values(paymentTypes).map((type) => [type.code, type.name]),
);

export function dueNoticeMail(language: Language, notice: DueNotice, link: string) {
  const w = words[language];
  const lines = [
    w.greeting,
    '',
    w.dueLead(notice.registrationNumber ?? ''),
    w.dueAmount(printedAmount(tengeOf(notice.amount), language)),
    w.dueTerm(printedDate(notice.dueDate)),
    w.dueCodes(notice.paymentType, typeNames[notice.paymentType]?.[language] ?? '', notice.kbk),
    '',
    `${w.link}: ${link}`,
  ];
  return { subject: `${systemName(language)}: ${w.dueSubject}`, text: lines.join('\n') };
}

/** The payment-due notices' e-mails to every active user account of each payer, each in its language. */
export async function enqueueDueNoticeMails(
  tx: Queryable,
  at: Date,
  notices: readonly DueNotice[],
  publicUrl: string,
): Promise<void> {
  const mails: MailMessage[] = [];
  const addresses = new Map<string, Awaited<ReturnType<typeof payerAddresses>>>();
  for (const notice of notices) {
    let to = addresses.get(notice.payer);
    if (!to) addresses.set(notice.payer, (to = await payerAddresses(tx, notice.payer)));
    for (const { email, language } of to) {
      const mail = dueNoticeMail(language, notice, cabinetLink(publicUrl));
      mails.push({ to: [email], ...mail, kind: 'payments.due_notice', language });
    }
  }
  await enqueueMails(tx, at, mails);
}
