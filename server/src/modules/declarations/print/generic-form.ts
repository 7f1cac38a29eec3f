import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBlock, PdfDocument } from '../../../platform/pdf/index.ts';
import { type PrintFacts, printedForm } from './print-facts.ts';
import { printedDate, printedNumber } from './print-format.ts';

/**
 * Any other kind printed by its sections: each top-level part of the document a section, its
 * values as label–value lines, lists numbered. Labels come from the model's field names in the
 * form's words where this table has them, else the field's own name.
 */
const kindTitles: Record<DeclarationKind, [ru: string, kk: string]> = {
  goods: ['Декларация на товары', 'Тауарларға арналған декларация'],
  transit: ['Транзитная декларация', 'Транзиттік декларация'],
  vehicle: ['Декларация на транспортное средство', 'Көлік құралына арналған декларация'],
  preliminary: ['Предварительная информация', 'Алдын ала ақпарат'],
  release_before_declaration: [
    'Заявление о выпуске товаров до подачи декларации на товары',
    'Тауарларға арналған декларацияны бергенге дейін тауарларды шығару туралы өтініш',
  ],
  temporary_vehicle: [
    'Заявление о совершении операций с временно ввезенными транспортными средствами',
    'Уақытша әкелінген көлік құралдарымен операциялар жасау туралы өтініш',
  ],
  customs_value_1: ['Декларация таможенной стоимости (ДТС-1)', 'Кедендік құн декларациясы (КҚД-1)'],
  customs_value_2: ['Декларация таможенной стоимости (ДТС-2)', 'Кедендік құн декларациясы (КҚД-2)'],
  delivery_control: ['Документ контроля доставки', 'Жеткізуді бақылау құжаты'],
  transaction_passport: ['Паспорт сделки', 'Мәміле паспорты'],
  passenger: ['Пассажирская таможенная декларация', 'Жолаушы кедендік декларациясы'],
};

const names: Record<string, [ru: string, kk: string]> = {
  declarant: ['Декларант', 'Декларант'],
  consignor: ['Отправитель', 'Жөнелтуші'],
  consignee: ['Получатель', 'Алушы'],
  carrier: ['Перевозчик', 'Тасымалдаушы'],
  seller: ['Продавец', 'Сатушы'],
  buyer: ['Покупатель', 'Сатып алушы'],
  vehicle: ['Транспортное средство', 'Көлік құралы'],
  driver: ['Водитель', 'Жүргізуші'],
  filler: ['Лицо, заполнившее документ', 'Құжатты толтырған тұлға'],
  documents: ['Документы', 'Құжаттар'],
  items: ['Товары', 'Тауарлар'],
  name: ['Наименование', 'Атауы'],
  iinBin: ['ИИН/БИН', 'ЖСН/БСН'],
  iin: ['ИИН', 'ЖСН'],
  address: ['Адрес', 'Мекенжайы'],
  countryCode: ['Страна', 'Ел'],
  city: ['Город', 'Қала'],
  street: ['Улица, дом', 'Көше, үй'],
  description: ['Описание', 'Сипаттамасы'],
  hsCode: ['Код ТН ВЭД ЕАЭС', 'ЕАЭО СЭҚ ТН коды'],
  number: ['Номер', 'Нөмірі'],
  date: ['Дата', 'Күні'],
  kindCode: ['Код вида', 'Түрінің коды'],
  registrationNumber: ['Регистрационный номер', 'Тіркеу нөмірі'],
  grossMass: ['Вес брутто, кг', 'Брутто салмағы, кг'],
  netMass: ['Вес нетто, кг', 'Нетто салмағы, кг'],
  invoiceValue: ['Стоимость', 'Құны'],
  currency: ['Валюта', 'Валюта'],
  position: ['Должность', 'Лауазымы'],
  phone: ['Телефон', 'Телефон'],
  place: ['Место', 'Орны'],
  customsOffice: ['Таможенный орган', 'Кеден органы'],
  arrivalOffice: ['Таможенный орган прибытия', 'Келу кеден органы'],
  departureOffice: ['Таможенный орган отправления', 'Жөнелту кеден органы'],
  destinationOffice: ['Таможенный орган назначения', 'Межелі кеден органы'],
  packages: ['Грузовые места', 'Жүк орындары'],
};

/** A kind's name as its form is titled. */
export const kindTitle = (kind: DeclarationKind, l: PrintLanguage) => kindTitles[kind][l === 'ru' ? 0 : 1];

const labelOf = (key: string, l: PrintLanguage) => names[key]?.[l === 'ru' ? 0 : 1] ?? key;

/** Values as lines, their labels the path below the section ("Адрес / Город"). */
function lines(value: unknown, path: string[], l: PrintLanguage, out: { label: string; value: string }[]): void {
  if (value === undefined || value === null || value === '') return;
  if (Array.isArray(value)) {
    value.forEach((one, i) => {
      lines(one, [...path.slice(0, -1), `${path.at(-1) ?? ''} ${i + 1}`.trim()], l, out);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) lines(inner, [...path, labelOf(key, l)], l, out);
    return;
  }
  const text =
    typeof value === 'number'
      ? printedNumber(value)
      : typeof value === 'boolean'
        ? l === 'ru'
          ? value
            ? 'да'
            : 'нет'
          : value
            ? 'иә'
            : 'жоқ'
        : /^\d{4}-\d{2}-\d{2}$/.test(String(value))
          ? printedDate(String(value))
          : String(value);
  out.push({ label: path.join(' / '), value: text });
}

export function genericFormPdf(kind: DeclarationKind, document: unknown, facts: PrintFacts): PdfDocument {
  const l = facts.language;
  const blocks: PdfBlock[] = [];
  const simple: { label: string; value: string }[] = [];
  for (const [key, value] of Object.entries((document ?? {}) as Record<string, unknown>)) {
    if (value !== null && typeof value === 'object') {
      const fields: { label: string; value: string }[] = [];
      lines(value, [], l, fields);
      if (fields.length) blocks.push({ type: 'heading', text: labelOf(key, l) }, { type: 'fields', fields });
    } else lines(value, [labelOf(key, l)], l, simple);
  }
  const registration = facts.registrationNumber
    ? [{ label: l === 'ru' ? 'Регистрационный номер' : 'Тіркеу нөмірі', value: facts.registrationNumber }]
    : [];
  return printedForm(kindTitle(kind, l), facts, {
    blocks: [{ type: 'fields', fields: [...registration, ...simple] }, ...blocks],
  });
}
