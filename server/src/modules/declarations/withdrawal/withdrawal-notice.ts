import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { enqueueMailTo, systemName } from '../../../platform/mail/mail.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { authorsOf } from '../officer/officer-repository.ts';

const words = {
  kk: {
    greeting: 'Сәлеметсіз бе!',
    lead: (number: string) => `${number} декларациясы декларанттың өтініші бойынша кері қайтарып алынды.`,
    subject: 'декларация кері қайтарып алынды',
    reason: 'Себебі',
    link: 'Толығырақ жеке кабинетте',
  },
  ru: {
    greeting: 'Здравствуйте!',
    lead: (number: string) => `Декларация ${number} отозвана по заявлению декларанта.`,
    subject: 'декларация отозвана',
    reason: 'Причина',
    link: 'Подробности в личном кабинете',
  },
  en: {
    greeting: 'Hello,',
    lead: (number: string) => `Declaration ${number} has been withdrawn at the declarant's request.`,
    subject: 'declaration withdrawn',
    reason: 'Reason',
    link: 'Details in your cabinet',
  },
} satisfies Record<Language, Record<string, unknown>>;

export function withdrawalMail(
  language: Language,
  facts: { registrationNumber: string; reason: string; link: string },
) {
  const w = words[language];
  const text = [
    w.greeting,
    '',
    w.lead(facts.registrationNumber),
    `${w.reason}: ${facts.reason}`,
    '',
    `${w.link}: ${facts.link}`,
  ].join('\n');
  return { subject: `${systemName(language)}: ${facts.registrationNumber} — ${w.subject}`, text, language };
}

/**
 * The e-mail notice of a withdrawal to the author of the declaration, in the withdrawing
 * transaction: it leaves only if the withdrawal commits. An author with no address (an account
 * made from a paper request) reads it in the cabinet, on the declaration's timeline.
 */
export async function enqueueWithdrawalNotice(
  tx: Queryable,
  at: Date,
  notice: {
    authorAccountId: string;
    declarationId: string;
    registrationNumber: string;
    reason: string;
    publicUrl: string;
  },
): Promise<void> {
  const author = (await authorsOf(tx, [notice.authorAccountId])).get(notice.authorAccountId);
  if (!author?.email) return;
  const link = webLink(notice.publicUrl, webPages.declaration(notice.declarationId));
  await enqueueMailTo(
    tx,
    at,
    author.email,
    'declaration.withdrawal',
    withdrawalMail(author.language, { registrationNumber: notice.registrationNumber, reason: notice.reason, link }),
  );
}
