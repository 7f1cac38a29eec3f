import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBlock, PdfDocument } from '../../../platform/pdf/index.ts';
import { type PrintFacts, printedFiler, printedForm } from './print-facts.ts';
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
  amount: ['Сумма', 'Сомасы'],
  applicant: ['Заявитель', 'Өтініш беруші'],
  baggagePieces: ['Количество мест багажа', 'Багаж орындарының саны'],
  bank: ['Банк', 'Банк'],
  bic: ['БИК', 'Банктің сәйкестендіру коды'],
  borderOffice: ['Таможенный орган на границе', 'Шекарадағы кеден органы'],
  cash: ['Наличные денежные средства', 'Қолма-қол ақша'],
  citizenship: ['Гражданство', 'Азаматтығы'],
  contract: ['Контракт', 'Келісімшарт'],
  count: ['Количество', 'Саны'],
  crossingDate: ['Дата пересечения границы', 'Шекарадан өту күні'],
  currencyCode: ['Код валюты', 'Валюта коды'],
  currentTerm: ['Текущий срок', 'Қазіргі мерзім'],
  declarationDueDate: ['Срок подачи декларации', 'Декларацияны беру мерзімі'],
  deliveryTerm: ['Срок доставки', 'Жеткізу мерзімі'],
  departureCountry: ['Страна отправления', 'Жөнелту елі'],
  direction: ['Направление', 'Бағыты'],
  dispatchCountry: ['Страна отправления', 'Жөнелту елі'],
  document: ['Документ', 'Құжат'],
  endDate: ['Дата окончания', 'Аяқталу күні'],
  expectedArrival: ['Ожидаемое прибытие', 'Күтілетін келу уақыты'],
  fuelLitres: ['Топливо, л', 'Жанармай, л'],
  goods: ['Товары', 'Тауарлар'],
  grounds: ['Основания', 'Негіздер'],
  identification: ['Идентификация', 'Сәйкестендіру'],
  identityDocument: ['Документ, удостоверяющий личность', 'Жеке басты куәландыратын құжат'],
  importDate: ['Дата ввоза', 'Әкелу күні'],
  importDeclarationNumber: ['Номер декларации при ввозе', 'Әкелу кезіндегі декларацияның нөмірі'],
  invoiceCurrency: ['Валюта счёта', 'Шот валютасы'],
  issuedOn: ['Дата выдачи', 'Берілген күні'],
  kind: ['Вид', 'Түрі'],
  make: ['Марка', 'Маркасы'],
  massKg: ['Масса, кг', 'Салмағы, кг'],
  modeCode: ['Код вида транспорта', 'Көлік түрінің коды'],
  model: ['Модель', 'Моделі'],
  movement: ['Перемещение', 'Өткізу'],
  nonResident: ['Нерезидент', 'Резидент емес'],
  operation: ['Операция', 'Операция'],
  originCountry: ['Страна происхождения', 'Шығарылған ел'],
  passportNumber: ['Номер паспорта', 'Паспорт нөмірі'],
  postalCode: ['Почтовый индекс', 'Пошта индексі'],
  procedureCode: ['Код таможенной процедуры', 'Кедендік рәсімнің коды'],
  purpose: ['Цель', 'Мақсаты'],
  quantity: ['Количество', 'Саны'],
  region: ['Регион', 'Өңір'],
  requestedTerm: ['Испрашиваемый срок', 'Сұралатын мерзім'],
  resident: ['Резидент', 'Резидент'],
  route: ['Маршрут', 'Маршрут'],
  seals: ['Пломбы', 'Пломбалар'],
  security: ['Обеспечение', 'Қамтамасыз ету'],
  spareParts: ['Запасные части', 'Қосалқы бөлшектер'],
  subject: ['Предмет', 'Нысанасы'],
  subkind: ['Вид предварительной информации', 'Алдын ала ақпараттың түрі'],
  totalInvoiceAmount: ['Общая сумма по счёту', 'Шот бойынша жалпы сома'],
  trailerRegistrationNumbers: ['Регистрационные номера прицепов', 'Тіркемелердің тіркеу нөмірлері'],
  transportDocument: ['Транспортный документ', 'Көлік құжаты'],
  transport: ['Транспорт', 'Көлік'],
  unitCode: ['Код единицы измерения', 'Өлшем бірлігінің коды'],
  unit: ['Единица измерения', 'Өлшем бірлігі'],
  value: ['Стоимость', 'Құны'],
  vin: ['VIN', 'VIN'],
};

/**
 * The values of the models' lists as the form names them (issue 21 point 5: never `extend_term`
 * or `entry` on paper); the direction as box 1 of the goods declaration writes it.
 */
const valueNames: Record<string, [ru: string, kk: string]> = {
  IM: ['ИМ', 'ИМ'],
  EK: ['ЭК', 'ЭК'],
  goods: ['перевозка товаров', 'тауарларды тасымалдау'],
  passengers: ['перевозка пассажиров', 'жолаушыларды тасымалдау'],
  own_needs: ['собственные нужды', 'өз қажеттіліктері'],
  arrival_notification: ['уведомление о прибытии', 'келу туралы хабарлама'],
  preliminary_goods_declaration: ['предварительная декларация на товары', 'тауарларға арналған алдын ала декларация'],
  temporary_storage: ['помещение на временное хранение', 'уақытша сақтауға орналастыру'],
  extend_term: ['продление срока временного ввоза', 'уақытша әкелу мерзімін ұзарту'],
  transfer_to_another_person: ['передача другому лицу', 'басқа тұлғаға беру'],
  leave_in_territory: ['оставление на таможенной территории', 'кеден аумағында қалдыру'],
  export_elsewhere: ['вывоз через другой таможенный орган', 'басқа кеден органы арқылы әкету'],
  passport: ['паспорт', 'паспорт'],
  id_card: ['удостоверение личности', 'жеке куәлік'],
  residence_permit: ['вид на жительство', 'тұруға ықтиярхат'],
  other: ['иное', 'өзге'],
  cash: ['наличные деньги', 'қолма-қол ақша'],
  travellers_cheques: ['дорожные чеки', 'жол чектері'],
  monetary_instrument: ['денежные инструменты', 'ақша құралдары'],
  car: ['легковой автомобиль', 'жеңіл автомобиль'],
  motorcycle: ['мотоцикл', 'мотоцикл'],
  trailer: ['прицеп', 'тіркеме'],
  watercraft: ['водное судно', 'су кемесі'],
  aircraft: ['воздушное судно', 'әуе кемесі'],
  entry: ['въезд', 'кіру'],
  exit: ['выезд', 'шығу'],
  accompanied: ['сопровождаемый багаж', 'ілесіп жүретін багаж'],
  unaccompanied: ['несопровождаемый багаж', 'ілеспей жүретін багаж'],
  delivered: ['доставка перевозчиком', 'тасымалдаушы жеткізеді'],
  air: ['воздушный транспорт', 'әуе көлігі'],
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
          : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(String(value))
            ? `${printedDate(String(value))} ${String(value).slice(11, 16)}`
            : (valueNames[String(value)]?.[l === 'ru' ? 0 : 1] ?? String(value));
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
  // who filed it for whom (issue 17 points 6 and 7): a representative with its register number and contract
  const { parties } = facts;
  const filer = printedFiler(parties, l);
  const filed =
    filer && parties
      ? [
          { label: filer.role, value: filer.text },
          { label: labelOf('declarant', l), value: `${labelOf('iinBin', l)} ${parties.declarant}` },
        ]
      : [];
  return printedForm(kindTitle(kind, l), facts, {
    blocks: [{ type: 'fields', fields: [...registration, ...filed, ...simple] }, ...blocks],
  });
}
