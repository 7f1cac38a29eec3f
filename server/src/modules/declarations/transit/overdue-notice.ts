import { printedDate } from '@shekara/contracts/i18n';
import type { Queryable } from '../../../platform/db/database.ts';
import { type Language, languages } from '../../../platform/i18n/language.ts';
import { enqueueMails, type MailMessage, systemName } from '../../../platform/mail/mail.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { findCustomsBody } from '../../reference/index.ts';
import { authorsOf } from '../officer/officer-repository.ts';
import type { OverdueMovement } from './movement-repository.ts';

const words = {
  kk: {
    subject: 'жеткізу мерзімі өтті',
    greeting: 'Сәлеметсіз бе!',
    lead: 'Транзиттік декларация бойынша тауарларды жеткізу мерзімі өтті, ал олардың келуі тіркелмеген',
    term: 'Жеткізу мерзімі',
    route: 'Жөнелту / межелі кеден органы',
    link: 'Толығырақ',
  },
  ru: {
    subject: 'истёк срок доставки',
    greeting: 'Здравствуйте!',
    lead: 'По транзитной декларации истёк срок доставки товаров, а их прибытие не зарегистрировано',
    term: 'Срок доставки',
    route: 'Таможенный орган отправления / назначения',
    link: 'Подробнее',
  },
  en: {
    subject: 'term of delivery passed',
    greeting: 'Hello,',
    lead: 'The term of delivery of a transit declaration’s goods has passed with no arrival recorded',
    term: 'Term of delivery',
    route: 'Office of departure / of destination',
    link: 'Details',
  },
} satisfies Record<Language, Record<string, string>>;

/** One overdue movement told in `language`: its number, the term of delivery as DD.MM.YYYY, the offices. */
export function overdueText(language: Language, m: OverdueMovement, link: string): string {
  const w = words[language];
  return [
    `${w.lead}: ${m.registrationNumber}.`,
    `${w.term}: ${printedDate(m.deliveryTerm)}`,
    `${w.route}: ${m.departureOffice} / ${m.destinationOffice}`,
    `${w.link}: ${link}`,
  ].join('\n');
}

/**
 * The e-mails of overdue transits (issue 17 point 4), in the flagging transaction: to the author of
 * the declaration in its language (its cabinet shows the flag on the declaration), and to the
 * offices of departure and of destination at their addresses in the register of customs bodies
 * (an office without one, at its department's), in the three languages — their inboxes show the flag too.
 */
export async function enqueueOverdueNotices(
  tx: Queryable,
  at: Date,
  movements: readonly OverdueMovement[],
  publicUrl: string,
): Promise<void> {
  if (movements.length === 0) return;
  const authors = await authorsOf(tx, [...new Set(movements.map((m) => m.authorAccountId))]);
  const offices = new Map<string, string | null>();
  for (const code of new Set(movements.flatMap((m) => [m.departureOffice, m.destinationOffice]))) {
    // an office without an address of its own is written to through the body over it
    const body = await findCustomsBody(tx, code);
    const parent = body?.email || !body?.parentCode ? undefined : await findCustomsBody(tx, body.parentCode);
    offices.set(code, body?.email ?? parent?.email ?? null);
  }
  const mails: MailMessage[] = movements.flatMap((m) => {
    const author = authors.get(m.authorAccountId);
    const officeAddresses = [...new Set([offices.get(m.departureOffice), offices.get(m.destinationOffice)])].filter(
      (email): email is string => !!email,
    );
    const officerLink = webLink(publicUrl, webPages.officerDeclaration(m.registrationNumber));
    return [
      ...(author?.email
        ? [
            {
              to: [author.email],
              subject: `${systemName(author.language)}: ${m.registrationNumber} — ${words[author.language].subject}`,
              text: [
                words[author.language].greeting,
                '',
                overdueText(author.language, m, webLink(publicUrl, webPages.declaration(m.declarationId))),
              ].join('\n'),
              kind: 'declaration.transit_overdue' as const,
              language: author.language,
            },
          ]
        : []),
      ...(officeAddresses.length > 0
        ? [
            {
              to: officeAddresses,
              subject: `${systemName('ru')}: ${m.registrationNumber} — ${words.ru.subject} / ${words.kk.subject}`,
              text: languages.map((language) => overdueText(language, m, officerLink)).join('\n\n'),
              kind: 'declaration.transit_overdue' as const,
            },
          ]
        : []),
    ];
  });
  await enqueueMails(tx, at, mails);
}
