import { printedAmount } from '@shekara/contracts/i18n';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { enqueueMailTo, systemName } from '../../../platform/mail/mail.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { formatTiyn } from '../money.ts';
import { recipientAddresses } from './receipt-order-repository.ts';

const words = {
  kk: {
    greeting: 'Сәлеметсіз бе!',
    subject: 'кедендік кіріс ордері',
    lead: (number: string, iin: string) => `${iin} атына № ${number} кедендік кіріс ордері берілді.`,
    due: (amount: string) =>
      `Төленуге тиіс: ${amount} теңге. Оны жеке кабинетте аванстық төлемдердің дербес шотынан төлеуге болады.`,
    nothing: 'Төленетін сома жоқ: тауарлар нормадан аспайды.',
    link: 'Ордер мен оның PDF нұсқасы жеке кабинетте',
  },
  ru: {
    greeting: 'Здравствуйте!',
    subject: 'таможенный приходный ордер',
    lead: (number: string, iin: string) => `На имя ${iin} выписан таможенный приходный ордер № ${number}.`,
    due: (amount: string) =>
      `К уплате: ${amount} тенге. Оплатить его можно с лицевого счёта авансовых платежей в личном кабинете.`,
    nothing: 'К уплате ничего: товары не превышают норм.',
    link: 'Ордер и его PDF в личном кабинете',
  },
  en: {
    greeting: 'Hello,',
    subject: 'customs receipt order',
    lead: (number: string, iin: string) => `Customs receipt order No. ${number} has been issued to ${iin}.`,
    due: (amount: string) => `Amount due: ${amount} tenge. You can pay it from your advance account in your cabinet.`,
    nothing: 'Nothing is due: the goods are within the norms.',
    link: 'The order and its PDF are in your cabinet',
  },
} satisfies Record<Language, Record<string, unknown>>;

const maxRecipients = 20;

type IssuedOrder = { id: string; number: string; recipientIin: string; total: bigint };

/** The e-mail of an issued ТПО in `language`, its amount as officials write it. */
export function receiptOrderMail(language: Language, order: IssuedOrder, link: string) {
  const w = words[language];
  const text = [
    w.greeting,
    '',
    w.lead(order.number, order.recipientIin),
    order.total > 0n ? w.due(printedAmount(formatTiyn(order.total), language)) : w.nothing,
    '',
    `${w.link}: ${link}`,
  ].join('\n');
  return { subject: `${systemName(language)}: ${w.subject} № ${order.number}`, text, language };
}

/**
 * The e-mail that a ТПО has been delivered to the cabinet, to every active user account of the
 * recipient's IIN, each in its own language, in the issuing transaction: it leaves only if the
 * ТПО is committed. A recipient with no account yet is told nothing; the ТПО waits for it.
 */
export async function enqueueReceiptOrderNotice(
  tx: Queryable,
  at: Date,
  order: IssuedOrder,
  publicUrl: string,
): Promise<void> {
  const link = webLink(publicUrl, webPages.receiptOrder(order.id));
  for (const { email, language } of await recipientAddresses(tx, order.recipientIin, maxRecipients)) {
    await enqueueMailTo(tx, at, email, 'receipt_order.issued', receiptOrderMail(language, order, link));
  }
}
