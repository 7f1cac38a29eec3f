import { printedAmount, printedDate } from '@shekara/contracts/i18n';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { enqueueMailTo, systemName } from '../../../platform/mail/mail.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { tengeOf } from './money.ts';

const words = {
  kk: {
    greeting: 'Сәлеметсіз бе!',
    lead: (amount: string, iinBin: string) =>
      `${iinBin} аванстық төлемдерінің дербес шотына ${amount} теңге есепке алынды.`,
    subject: 'аванстық төлемдердің дербес шотына төлем түсті',
    document: (number: string, date: string) => `${date} күнгі № ${number} банк құжаты.`,
    balance: (amount: string) => `Қолжетімді қалдық: ${amount} теңге.`,
    link: 'Шот пен үзінді көшірме жеке кабинетте',
  },
  ru: {
    greeting: 'Здравствуйте!',
    lead: (amount: string, iinBin: string) => `На лицевой счёт авансовых платежей ${iinBin} зачислено ${amount} тенге.`,
    subject: 'поступление на лицевой счёт авансовых платежей',
    document: (number: string, date: string) => `Банковский документ № ${number} от ${date}.`,
    balance: (amount: string) => `Доступный остаток: ${amount} тенге.`,
    link: 'Счёт и выписка в личном кабинете',
  },
  en: {
    greeting: 'Hello,',
    lead: (amount: string, iinBin: string) => `${amount} tenge has been credited to the advance account of ${iinBin}.`,
    subject: 'payment credited to the advance account',
    document: (number: string, date: string) => `Bank document No. ${number} of ${date}.`,
    balance: (amount: string) => `Available balance: ${amount} tenge.`,
    link: 'The account and its statement are in your cabinet',
  },
} satisfies Record<Language, Record<string, unknown>>;

type Deposit = { payer: string; amount: number; available: number; bankDocument: { number: string; date: string } };

/** The e-mail of one credited payment in `language`: the amounts and the bank document's day as officials write them. */
export function depositMail(language: Language, deposit: Deposit, link: string) {
  const w = words[language];
  const text = [
    w.greeting,
    '',
    w.lead(printedAmount(tengeOf(deposit.amount), language), deposit.payer),
    w.document(deposit.bankDocument.number, printedDate(deposit.bankDocument.date)),
    w.balance(printedAmount(tengeOf(deposit.available), language)),
    '',
    `${w.link}: ${link}`,
  ].join('\n');
  return { subject: `${systemName(language)}: ${w.subject}`, text, language };
}

/** At most this many addresses are told of one payment: an organisation's users may be many. */
const maxRecipients = 20;

/**
 * The e-mail notice that money was credited, to every active user account of the payer, each in
 * its own language, in the posting's transaction: it leaves only if the deposit commits. A payer
 * with no account yet (the bank payment came first) is told nothing; the money waits for it.
 */
export async function enqueueDepositNotice(
  tx: Queryable,
  at: Date,
  deposit: Deposit,
  publicUrl: string,
): Promise<void> {
  // The accounts module's table, read for addresses only: which of the payer's users to tell.
  const { rows } = await tx.query<{ email: string; language: Language }>(
    `select distinct on (email) email, language from accounts
      where iin_bin = $1 and kind = 'user' and status = 'active' and email is not null and email <> ''
      order by email, created_at limit $2`,
    [deposit.payer, maxRecipients],
  );
  const link = webLink(publicUrl, webPages.advanceAccount());
  for (const { email, language } of rows) {
    await enqueueMailTo(tx, at, email, 'ledger.deposit', depositMail(language, deposit, link));
  }
}
