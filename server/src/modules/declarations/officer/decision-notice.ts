import type { OfficerDecision } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language, LocalizedText } from '../../../platform/i18n/language.ts';
import { enqueueMails, type MailMessage, systemName } from '../../../platform/mail/mail.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { type CustomsBody, findCustomsBody } from '../../reference/index.ts';
import { authorsOf } from './officer-repository.ts';

/** The names of decisions as the declarant reads them. */
export const decisionNames: Record<OfficerDecision, LocalizedText> = {
  accept: { kk: 'Декларация өңдеуге қабылданды', ru: 'Декларация принята к обработке', en: 'Accepted for processing' },
  request_correction: {
    kk: 'Декларацияны түзету сұралды',
    ru: 'Запрошено исправление декларации',
    en: 'Correction requested',
  },
  release: { kk: 'Тауарларды шығаруға рұқсат етілді', ru: 'Выпуск товаров разрешён', en: 'Goods released' },
  release_conditionally: {
    kk: 'Тауарларды шартты шығаруға рұқсат етілді',
    ru: 'Разрешён условный выпуск товаров',
    en: 'Goods released conditionally',
  },
  refuse_release: { kk: 'Тауарларды шығарудан бас тартылды', ru: 'Отказано в выпуске товаров', en: 'Release refused' },
  release_for_transit: {
    kk: 'Тауарлар кедендік транзитке шығарылды',
    ru: 'Товары выпущены для таможенного транзита',
    en: 'Goods released for customs transit',
  },
  record_arrival: {
    kk: 'Тауарлардың жеткізу орнына келуі тіркелді',
    ru: 'Прибытие товаров в место доставки зарегистрировано',
    en: 'The goods’ arrival at destination recorded',
  },
  complete_transit: {
    kk: 'Кедендік транзит аяқталды',
    ru: 'Таможенный транзит завершён',
    en: 'Customs transit completed',
  },
  record_use: {
    kk: 'Алдын ала ақпарат тауарлар келгенде пайдаланылды',
    ru: 'Предварительная информация использована при прибытии товаров',
    en: 'The preliminary information was used on the goods’ arrival',
  },
};

const words = {
  kk: {
    greeting: 'Сәлеметсіз бе!',
    lead: 'декларациясы бойынша шешім қабылданды',
    body: 'Кеден органы',
    reasons: 'Себептері',
    automatic: 'Шешімді жүйе автоматты түрде қабылдады (жасыл дәліз).',
    link: 'Толығырақ жеке кабинетте',
  },
  ru: {
    greeting: 'Здравствуйте!',
    lead: 'по декларации принято решение',
    body: 'Таможенный орган',
    reasons: 'Причины',
    automatic: 'Решение принято системой автоматически (зелёный коридор).',
    link: 'Подробности в личном кабинете',
  },
  en: {
    greeting: 'Hello,',
    lead: 'a decision has been taken on declaration',
    body: 'Customs body',
    reasons: 'Reasons',
    automatic: 'The system took this decision automatically (green channel).',
    link: 'Details in your cabinet',
  },
} satisfies Record<Language, Record<string, string>>;

export function decisionMail(
  language: Language,
  facts: {
    registrationNumber: string;
    decision: OfficerDecision;
    reasons: readonly string[];
    bodyName: string;
    automatic: boolean;
    link: string;
  },
) {
  const w = words[language];
  const name = decisionNames[facts.decision][language];
  const lines = [
    w.greeting,
    '',
    language === 'en'
      ? `${w.lead} ${facts.registrationNumber}: ${name}.`
      : language === 'kk'
        ? `${facts.registrationNumber} ${w.lead}: ${name}.`
        : `${facts.registrationNumber} — ${w.lead}: ${name}.`,
    `${w.body}: ${facts.bodyName}`,
    ...(facts.reasons.length > 0 ? ['', `${w.reasons}:`, ...facts.reasons.map((r) => `— ${r}`)] : []),
    ...(facts.automatic ? ['', w.automatic] : []),
    '',
    `${w.link}: ${facts.link}`,
  ];
  return { subject: `${systemName(language)}: ${facts.registrationNumber} — ${name}`, text: lines.join('\n') };
}

export interface DecisionNotice {
  authorAccountId: string;
  registrationNumber: string;
  decision: OfficerDecision;
  reasons: readonly string[];
  officeCode: string;
  automatic: boolean;
  publicUrl: string;
}

/**
 * The e-mail notice of a decision (ACC-21) to the author of the declaration, in the deciding
 * transaction: it leaves only if the decision commits. The decision itself is already in the
 * cabinet's inbox (declaration_decisions, unread).
 */
export async function enqueueDecisionNotice(tx: Queryable, at: Date, notice: DecisionNotice): Promise<void> {
  await enqueueDecisionNotices(tx, at, [notice]);
}

/** Several decisions' notices (automatic releases routed together), in a fixed number of statements. */
export async function enqueueDecisionNotices(
  tx: Queryable,
  at: Date,
  notices: readonly DecisionNotice[],
): Promise<void> {
  if (notices.length === 0) return;
  const authors = await authorsOf(tx, [...new Set(notices.map((n) => n.authorAccountId))]);
  const bodies = new Map<string, CustomsBody | undefined>();
  for (const code of new Set(notices.map((n) => n.officeCode))) bodies.set(code, await findCustomsBody(tx, code));
  const mails = notices.flatMap((n): MailMessage[] => {
    const author = authors.get(n.authorAccountId);
    // An account made from a paper request may have no address: the cabinet's inbox is its notice.
    if (!author?.email) return [];
    const body = bodies.get(n.officeCode);
    // in the language the author last logged in with (accounts.language)
    const mail = decisionMail(author.language, {
      registrationNumber: n.registrationNumber,
      decision: n.decision,
      reasons: n.reasons,
      bodyName: body ? `${body.name[author.language]} (${n.officeCode})` : n.officeCode,
      automatic: n.automatic,
      link: webLink(n.publicUrl, webPages.decisions()),
    });
    return [
      {
        to: [author.email],
        subject: mail.subject,
        text: mail.text,
        kind: 'declaration.decision',
        language: author.language,
      },
    ];
  });
  await enqueueMails(tx, at, mails);
}
