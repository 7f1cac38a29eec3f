import { createHash } from 'node:crypto';
import { printedDate } from '@shekara/contracts/i18n';
import type { Language } from '../../../platform/i18n/language.ts';
import { type PdfDocument, printedAmount, printedFigures } from '../../../platform/pdf/index.ts';
import { webLink, webPages } from '../../../platform/web-pages.ts';
import { phrases } from '../explanations.ts';
import { normsOn } from '../personal-use-norms.ts';
import { printedRate } from '../rate-words.ts';
import type { ReceiptOrderRow } from './receipt-order-repository.ts';
import { receiptOrderStatusNames } from './status-names.ts';
import { receiptOrderViewOf } from './views.ts';

const texts = {
  kk: {
    title: 'Кедендік кіріс ордері',
    number: 'Нөмірі',
    issuedAt: 'Берілген күні',
    office: 'Кеден органы',
    recipient: 'Алушы (ЖСН)',
    recipientName: 'Алушының аты-жөні',
    channel: 'Тауарларды жеткізу тәсілі',
    calculatedOn: 'Есептеу күні',
    status: 'Мәртебесі',
    goods: 'Жеке пайдалануға арналған тауарлар',
    itemColumns: ['№', 'ЕАЭО СЭҚ ТН коды', 'Шығарылған елі', 'Құны', 'Валютасы', 'Таза салмағы, кг'],
    norm: 'Норма (Еуразиялық экономикалық комиссия Кеңесінің 2017 жылғы 20 желтоқсандағы № 107 шешімі)',
    normText: (eur: string, kg: string) => `${eur} EUR және ${kg} кг`,
    payments: 'Кедендік төлемдер',
    paymentColumns: ['Төлем түрі', 'БСК', 'Нормадан асқан құн, теңге', 'Мөлшерлеме', 'Сомасы, теңге'],
    explanation: 'Есептеу',
    total: (amount: string) => `Барлығы төленуге тиіс: ${amount} теңге`,
    paid: (at: string, how: string) => `${at} төленді: ${how}`,
    fromAccount: (posting: number | null) => `аванстық төлемдердің дербес шотынан (№ ${posting} өткізбе)`,
    byBank: (number: string, date: string) => `${date} күнгі № ${number} банк құжаты`,
    annulled: (at: string, reason: string) => `${at} күші жойылды: ${reason}`,
    signed: (digest: string) =>
      `Құжатқа жүйенің электрондық цифрлық қолтаңбасы қойылған (CMS). Қол қойылған құжаттың SHA-256: ${digest}`,
    check:
      'Ордердің түпнұсқалығын тексеру: QR кодты сканерлеңіз немесе порталдағы «Тексеру» бетінде нөмірі мен SHA-256 енгізіңіз.',
    pageNumbers: '{pages} беттің {page}-беті',
  },
  ru: {
    title: 'Таможенный приходный ордер',
    number: 'Номер',
    issuedAt: 'Дата выписки',
    office: 'Таможенный орган',
    recipient: 'Получатель (ИИН)',
    recipientName: 'Ф. И. О. получателя',
    channel: 'Способ перемещения товаров',
    calculatedOn: 'Дата расчёта',
    status: 'Статус',
    goods: 'Товары для личного пользования',
    itemColumns: ['№', 'Код ТН ВЭД ЕАЭС', 'Страна происхождения', 'Стоимость', 'Валюта', 'Масса нетто, кг'],
    norm: 'Норма (Решение Совета Евразийской экономической комиссии от 20.12.2017 № 107)',
    normText: (eur: string, kg: string) => `${eur} EUR и ${kg} кг`,
    payments: 'Таможенные платежи',
    paymentColumns: ['Вид платежа', 'КБК', 'Стоимость сверх нормы, тенге', 'Ставка', 'Сумма, тенге'],
    explanation: 'Расчёт',
    total: (amount: string) => `Всего к уплате: ${amount} тенге`,
    paid: (at: string, how: string) => `Оплачен ${at}: ${how}`,
    fromAccount: (posting: number | null) => `с лицевого счёта авансовых платежей (проводка № ${posting})`,
    byBank: (number: string, date: string) => `банковский документ № ${number} от ${date}`,
    annulled: (at: string, reason: string) => `Аннулирован ${at}: ${reason}`,
    signed: (digest: string) =>
      `Документ подписан электронной цифровой подписью системы (CMS). SHA-256 подписанного документа: ${digest}`,
    check:
      'Проверить подлинность ордера: отсканируйте QR-код или введите номер и SHA-256 на странице «Проверка» портала.',
    pageNumbers: 'Страница {page} из {pages}',
  },
  en: {
    title: 'Customs receipt order',
    number: 'Number',
    issuedAt: 'Issued on',
    office: 'Customs body',
    recipient: 'Recipient (IIN)',
    recipientName: 'Recipient’s name',
    channel: 'How the goods were moved',
    calculatedOn: 'Day of the calculation',
    status: 'Status',
    goods: 'Goods for personal use',
    itemColumns: ['No.', 'EAEU TN VED code', 'Country of origin', 'Value', 'Currency', 'Net mass, kg'],
    norm: 'Norm (Decision of the Council of the Eurasian Economic Commission No. 107 of 20.12.2017)',
    normText: (eur: string, kg: string) => `${eur} EUR and ${kg} kg`,
    payments: 'Customs payments',
    paymentColumns: ['Payment type', 'KBK', 'Value over the norm, tenge', 'Rate', 'Amount, tenge'],
    explanation: 'Calculation',
    total: (amount: string) => `Total due: ${amount} tenge`,
    paid: (at: string, how: string) => `Paid on ${at}: ${how}`,
    fromAccount: (posting: number | null) => `from the personal advance account (posting No. ${posting})`,
    byBank: (number: string, date: string) => `bank document No. ${number} of ${date}`,
    annulled: (at: string, reason: string) => `Annulled on ${at}: ${reason}`,
    signed: (digest: string) =>
      `The document is signed with the system’s electronic digital signature (CMS). SHA-256 of the signed document: ${digest}`,
    check:
      'To check that the order is genuine, scan the QR code, or enter its number and SHA-256 on the portal’s “Check” page.',
    pageNumbers: 'Page {page} of {pages}',
  },
} satisfies Record<Language, unknown>;

/** The public check page of a printed ТПО: its number and digest, as the QR code carries them. */
export function receiptOrderCheckUrl(publicUrl: string, number: string, digest: string): string {
  return webLink(publicUrl, webPages.receiptOrderCheck(number, digest));
}

/** DD.MM.YYYY HH:MM in Almaty (UTC+5 since 1 March 2024, UTC+6 before). */
function almatyTime(instant: Date): string {
  const offsetHours = instant.getTime() >= Date.UTC(2024, 1, 29, 18) ? 5 : 6;
  const local = new Date(instant.getTime() + offsetHours * 3_600_000).toISOString();
  return `${printedDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/**
 * The printed ТПО (ACC-19, ACC-21): its number and date, the recipient, the channel, the goods,
 * the norm, the value over it, the rate and the amount of each payment type with its KBK, the
 * total, how it was paid, and the digest of the document the system signed.
 */
export function receiptOrderForm(row: ReceiptOrderRow, language: Language, publicUrl: string): PdfDocument {
  const t = texts[language];
  const view = receiptOrderViewOf(row, language);
  const amount = (decimal: string) => printedAmount(decimal, language);
  const norm = normsOn(row.calculatedOn)?.[row.channel];
  const digest = createHash('sha256').update(row.document).digest('hex');
  let status: string = receiptOrderStatusNames[row.status][language];
  if (view.payment) {
    const how =
      view.payment.by === 'advance-account'
        ? t.fromAccount(view.payment.postingId)
        : t.byBank(view.payment.bankDocument!.number, printedDate(view.payment.bankDocument!.date));
    status = t.paid(almatyTime(new Date(view.payment.paidAt)), how);
  }
  if (view.annulment) status = t.annulled(almatyTime(new Date(view.annulment.at)), view.annulment.reason);
  return {
    title: `${t.title} № ${row.number}`,
    language,
    pageNumbers: t.pageNumbers,
    createdAt: row.issuedAt,
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: t.number, value: row.number },
          { label: t.issuedAt, value: almatyTime(row.issuedAt) },
          { label: t.office, value: row.officeCode },
          { label: t.recipient, value: row.recipientIin },
          ...(row.recipientName ? [{ label: t.recipientName, value: row.recipientName }] : []),
          { label: t.channel, value: phrases[language].channel[row.channel] },
          { label: t.calculatedOn, value: printedDate(row.calculatedOn) },
          ...(norm ? [{ label: t.norm, value: t.normText(norm.valueEur, norm.massKg) }] : []),
          { label: t.status, value: status },
        ],
      },
      { type: 'heading', text: t.goods },
      {
        type: 'table',
        columns: t.itemColumns.map((header, i) => ({
          header,
          width: [0.5, 1.5, 1.6, 1.3, 0.9, 1.2][i],
          align: i >= 3 && i !== 4 ? ('right' as const) : ('left' as const),
        })),
        rows: row.items.map((item, i) => [
          String(i + 1),
          item.hsCode,
          item.originCountry ?? '',
          amount(item.invoiceValue),
          item.currency,
          amount(item.netMassKg),
        ]),
      },
      { type: 'heading', text: t.payments },
      {
        type: 'table',
        columns: t.paymentColumns.map((header, i) => ({
          header,
          width: [2.6, 0.9, 1.4, 1.6, 1.2][i],
          align: i === 2 || i === 4 ? ('right' as const) : ('left' as const),
        })),
        rows: view.lines.map((line) => [
          `${line.paymentType} ${line.paymentTypeName}`,
          line.kbk,
          amount(line.base),
          printedRate(line.rate, language),
          amount(line.amount),
        ]),
      },
      ...view.lines.map((line) => ({
        type: 'paragraph' as const,
        text: `${t.explanation}: ${printedFigures(line.explanation, language)}`,
      })),
      { type: 'paragraph', text: t.total(amount(view.total)), bold: true },
      { type: 'paragraph', text: t.signed(digest) },
      { type: 'qr', text: receiptOrderCheckUrl(publicUrl, row.number, digest), caption: t.check },
    ],
  };
}
