import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { type PrintLanguage, receiptSummary } from '@shekara/contracts/declarations/print';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { PdfDocument } from '../../../platform/pdf/index.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { kindTitle } from './generic-form.ts';
import type { PrintedParties } from './print-facts.ts';
import { printedAlmatyTime, printedDate, printedMoney } from './print-format.ts';
import type { LastDelivery } from './print-repository.ts';

const texts = {
  ru: {
    title: 'Квитанция о доставке',
    number: 'Регистрационный номер',
    kind: 'Документ',
    office: 'Таможенный орган',
    registeredAt: 'Дата и время регистрации',
    copy: 'Экземпляр',
    filer: 'Подал (ИИН/БИН)',
    registerNumber: 'Номер в реестре',
    declarant: 'Декларант (ИИН/БИН)',
    representation: 'Договор о таможенном представительстве',
    contract: (number: string, date: string) => `№ ${number} от ${date}`,
    declarantName: 'Декларант',
    goodsCount: 'Всего товаров',
    totalCustomsValue: 'Общая таможенная стоимость, тенге',
    totalPayments: 'Заявленные таможенные платежи, тенге',
    hash: 'SHA-256 подписанного документа',
    signed:
      'Электронная копия документа доставлена в таможенный орган и зарегистрирована. Квитанция подписана электронной цифровой подписью системы.',
    check: 'Проверить квитанцию: отсканируйте QR-код или откройте адрес',
    pageNumbers: 'Страница {page} из {pages}',
  },
  kk: {
    title: 'Жеткізілгені туралы түбіртек',
    number: 'Тіркеу нөмірі',
    kind: 'Құжат',
    office: 'Кеден органы',
    registeredAt: 'Тіркелген күні мен уақыты',
    copy: 'Данасы',
    filer: 'Берген (ЖСН/БСН)',
    registerNumber: 'Тізілімдегі нөмірі',
    declarant: 'Декларант (ЖСН/БСН)',
    representation: 'Кедендік өкілдік туралы шарт',
    contract: (number: string, date: string) => `${date} күнгі № ${number}`,
    declarantName: 'Декларант',
    goodsCount: 'Тауарлар саны',
    totalCustomsValue: 'Жалпы кедендік құн, теңге',
    totalPayments: 'Мәлімделген кедендік төлемдер, теңге',
    hash: 'Қол қойылған құжаттың SHA-256',
    signed:
      'Құжаттың электрондық көшірмесі кеден органына жеткізілді және тіркелді. Түбіртекке жүйенің электрондық цифрлық қолтаңбасы қойылған.',
    check: 'Түбіртекті тексеру: QR кодты сканерлеңіз немесе мына мекенжайды ашыңыз',
    pageNumbers: '{pages} беттің {page}-беті',
  },
} as const satisfies Record<PrintLanguage, unknown>;

/** The public check page of a receipt (web: /verify/<number>?hash=…), which the QR code carries. */
export function receiptCheckUrl(publicUrl: string, registrationNumber: string, sha256: string): string {
  return webLink(publicUrl, webPages.receiptCheck(registrationNumber, sha256));
}

/**
 * The delivery receipt printed (WD-13, WD-14): the registration number the declarant tells the
 * officer, the customs body (by name) and time, who filed it — with its register number — and for
 * whom under which representation (issue 17 points 6 and 7), how many goods and the totals
 * (issue 19 point 8), the signed document's hash, and a QR code of the public check page, so
 * whoever holds the paper checks it.
 */
export function receiptPdf(
  delivery: LastDelivery,
  declaration: {
    kind: DeclarationKind;
    status: DeclarationStatus;
    ownerIinBin: string;
    declarantIinBin: string | null;
  },
  language: PrintLanguage,
  publicUrl: string,
  /** the office's name in the print language, the delivered document the summary is read from, who filed it */
  more: { officeName?: string | null; document?: unknown; parties?: PrintedParties | null } = {},
): PdfDocument {
  const t = texts[language];
  const summary = receiptSummary(more.document);
  const optional = (label: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? [] : [{ label, value: String(value) }];
  const representation = more.parties?.representation;
  const url = receiptCheckUrl(publicUrl, delivery.registrationNumber, delivery.documentSha256);
  return {
    title: t.title,
    language,
    pageNumbers: t.pageNumbers,
    createdAt: new Date(delivery.submittedAt),
    blocks: [
      { type: 'paragraph', text: delivery.registrationNumber, align: 'center', bold: true },
      {
        type: 'fields',
        fields: [
          { label: t.number, value: delivery.registrationNumber },
          { label: t.kind, value: kindTitle(declaration.kind, language) },
          {
            label: t.office,
            value: more.officeName ? `${more.officeName} (${delivery.customsOffice})` : delivery.customsOffice,
          },
          { label: t.registeredAt, value: printedAlmatyTime(delivery.submittedAt) },
          { label: t.copy, value: String(delivery.seq) },
          { label: t.filer, value: declaration.ownerIinBin },
          ...optional(t.registerNumber, more.parties?.filer.registerNumber),
          { label: t.declarant, value: declaration.declarantIinBin ?? declaration.ownerIinBin },
          ...optional(
            t.representation,
            representation && t.contract(representation.contractNumber, printedDate(representation.contractDate)),
          ),
          ...optional(t.declarantName, summary.declarant?.name),
          ...optional(t.goodsCount, summary.goodsCount),
          ...optional(
            t.totalCustomsValue,
            summary.totalCustomsValue === null ? null : printedMoney(summary.totalCustomsValue),
          ),
          ...optional(t.totalPayments, summary.totalPayments === null ? null : printedMoney(summary.totalPayments)),
          { label: t.hash, value: delivery.documentSha256 },
        ],
      },
      { type: 'paragraph', text: t.signed },
      { type: 'qr', text: url, caption: `${t.check}: ${url}`, size: 120 },
    ],
  };
}
