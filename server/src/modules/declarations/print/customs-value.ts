import type {
  CustomsValue1Item,
  CustomsValue2Item,
  CustomsValueDeclaration1,
  CustomsValueDeclaration2,
} from '@shekara/contracts/declarations/documents';
import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBlock, PdfDocument } from '../../../platform/pdf/index.ts';
import { filerLine, type PrintFacts, printedForm } from './print-facts.ts';
import { joined, printedDate, printedDocument, printedMoney, printedParty, printedRate } from './print-format.ts';

/**
 * The customs value declarations printed as their forms of EEC Commission Decision No. 160 lay
 * them out: the header boxes 1–10 (DTS-1) or 1–8 (DTS-2), then the calculation with a column for
 * each goods item, three items to a sheet, a row for each box.
 */
const itemsPerSheet = 3;

type Row<Item> = [box: string, ru: string, kk: string, value: (item: Item) => string];

const words = {
  ru: {
    dts1: 'ДЕКЛАРАЦИЯ ТАМОЖЕННОЙ СТОИМОСТИ (ДТС-1)',
    dts2: 'ДЕКЛАРАЦИЯ ТАМОЖЕННОЙ СТОИМОСТИ (ДТС-2)',
    box: 'Графа',
    item: 'Товар №',
    yes: 'да',
    no: 'нет',
    goodsDeclaration: 'Декларация на товары',
  },
  kk: {
    dts1: 'КЕДЕНДІК ҚҰН ДЕКЛАРАЦИЯСЫ (КҚД-1)',
    dts2: 'КЕДЕНДІК ҚҰН ДЕКЛАРАЦИЯСЫ (КҚД-2)',
    box: 'Баған',
    item: 'Тауар №',
    yes: 'иә',
    no: 'жоқ',
    goodsDeclaration: 'Тауарларға арналған декларация',
  },
} as const satisfies Record<PrintLanguage, unknown>;

type Header = CustomsValueDeclaration1 | CustomsValueDeclaration2;

/** Boxes 1–3, the documents, the goods declaration's number: what both forms open with. */
function headerFields(d: Header, l: PrintLanguage, documentBoxes: readonly [string, string, string]) {
  const ru = l === 'ru';
  const documents = d.documents;
  return [
    { label: ru ? '1 Продавец' : '1 Сатушы', value: printedParty(d.seller, l) },
    { label: ru ? '2(а) Покупатель' : '2(а) Сатып алушы', value: printedParty(d.buyer, l) },
    { label: ru ? '2(б) Декларант' : '2(б) Декларант', value: printedParty(d.declarant, l) },
    {
      label: ru ? '3 Условия поставки' : '3 Жеткізу шарттары',
      value: d.deliveryTerms ? joined([d.deliveryTerms.code, d.deliveryTerms.place], ' ') : '',
    },
    {
      label: `${documentBoxes[0]} ${ru ? 'Номер и дата счета (счетов)' : 'Шоттың (шоттардың) нөмірі мен күні'}`,
      value: documents?.invoice ? printedDocument(documents.invoice) : '',
    },
    {
      label: `${documentBoxes[1]} ${ru ? 'Номер и дата контракта (договора)' : 'Келісімшарттың (шарттың) нөмірі мен күні'}`,
      value: documents?.contract ? printedDocument(documents.contract) : '',
    },
    {
      label: `${documentBoxes[2]} ${ru ? 'Номер и дата документов, имеющих отношение к сведениям' : 'Мәліметтерге қатысты құжаттардың нөмірі мен күні'}`,
      value: (documents?.other ?? []).map(printedDocument).join('; '),
    },
    ...(d.goodsDeclarationNumber ? [{ label: words[l].goodsDeclaration, value: d.goodsDeclarationNumber }] : []),
  ];
}

/** Who filled the form and, for a customs representative, its register number and contract with the declarant. */
function fillerFields(d: Header, facts: PrintFacts, box: string) {
  const l = facts.language;
  const f = d.filler;
  return {
    type: 'fields' as const,
    fields: [
      {
        label: `${box} ${l === 'ru' ? 'Место, дата, сведения о лице, заполнившем ДТС' : 'КҚД толтырған тұлға туралы мәліметтер, орны, күні'}`,
        value: joined(
          [
            filerLine(facts.parties, l),
            f && joined([f.place, printedDate(f.date), f.name, f.position, f.iin, f.phone]),
          ],
          '\n',
        ),
      },
    ],
  };
}

/** The calculation: a table of rows by box, a column for each item, three items to each table. */
function calculation<Item>(items: readonly Item[], rows: readonly Row<Item>[], l: PrintLanguage): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  for (let first = 0; first < Math.max(items.length, 1); first += itemsPerSheet) {
    const chunk = items.slice(first, first + itemsPerSheet);
    const numberOf = (item: Item, i: number) =>
      String((item as { goodsItemNumber?: number }).goodsItemNumber ?? first + i + 1);
    blocks.push({
      type: 'table',
      columns: [
        { header: words[l].box, width: 3.2 },
        ...chunk.map((item, i) => ({
          header: `${words[l].item} ${numberOf(item, i)}`,
          width: 1.4,
          align: 'right' as const,
        })),
      ],
      rows: rows.map(([box, ru, kk, value]) => [`${box} ${l === 'ru' ? ru : kk}`, ...chunk.map(value)]),
    });
  }
  return blocks;
}

const m = printedMoney;
const common = <Item extends CustomsValue1Item | CustomsValue2Item>(): Row<Item>[] => [
  ['', 'Код товара (графа 33 ДТ)', 'Тауар коды (ТД 33-бағаны)', (i) => i.hsCode ?? ''],
  ['', 'Наименование', 'Атауы', (i) => i.description ?? ''],
];
const result = <Item extends CustomsValue1Item | CustomsValue2Item>(): Row<Item>[] => [
  ['24', 'Итого вычетов', 'Шегерімдер жиыны', (i) => m(i.totalDeductions)],
  ['25(а)', 'Таможенная стоимость, тенге', 'Кедендік құн, теңге', (i) => m(i.customsValue)],
  ['25(б)', 'Таможенная стоимость, долл. США', 'Кедендік құн, АҚШ доллары', (i) => m(i.customsValueUsd)],
  [
    '*',
    'Пересчет валюты',
    'Валютаны қайта есептеу',
    (i) =>
      (i.conversions ?? [])
        .map((c) => joined([c.currencyCode, m(c.amount), c.exchangeRate && `× ${printedRate(c.exchangeRate)}`], ' '))
        .join('; '),
  ],
];

const dts1Rows: Row<CustomsValue1Item>[] = [
  ...common<CustomsValue1Item>(),
  [
    '11(а)',
    'Цена, фактически уплаченная или подлежащая уплате, в валюте счета',
    'Шот валютасындағы нақты төленген немесе төленуге тиіс баға',
    (i) => m(i.priceInvoiceCurrency),
  ],
  ['11(а)', 'То же, в тенге', 'Сол, теңгемен', (i) => m(i.price)],
  ['11(б)', 'Косвенные платежи', 'Жанама төлемдер', (i) => m(i.indirectPayments)],
  ['12', 'Итого (основа)', 'Жиыны (негіз)', (i) => m(i.basis)],
  ['13(а)', 'Вознаграждения посредникам', 'Делдалдарға сыйақы', (i) => m(i.additions?.commissions)],
  ['13(б)', 'Тара', 'Ыдыс', (i) => m(i.additions?.containers)],
  ['13(в)', 'Упаковка', 'Орама', (i) => m(i.additions?.packing)],
  ['14(а)', 'Сырье, материалы, детали', 'Шикізат, материалдар, бөлшектер', (i) => m(i.additions?.materials)],
  ['14(б)', 'Инструменты, штампы, формы', 'Құралдар, штамптар, қалыптар', (i) => m(i.additions?.tools)],
  ['14(в)', 'Вспомогательные материалы', 'Қосалқы материалдар', (i) => m(i.additions?.consumedMaterials)],
  ['14(г)', 'Проектирование, разработка', 'Жобалау, әзірлеу', (i) => m(i.additions?.engineering)],
  ['15', 'Лицензионные платежи', 'Лицензиялық төлемдер', (i) => m(i.additions?.royalties)],
  ['16', 'Доход продавца от перепродажи', 'Сатушының қайта сатудан түсетін табысы', (i) => m(i.additions?.proceeds)],
  ['17', 'Расходы на перевозку', 'Тасымалдау шығыстары', (i) => m(i.additions?.transport)],
  ['18', 'Погрузка, разгрузка, перегрузка', 'Тиеу, түсіру, қайта тиеу', (i) => m(i.additions?.loading)],
  ['19', 'Страхование', 'Сақтандыру', (i) => m(i.additions?.insurance)],
  ['20', 'Итого дополнительных начислений', 'Қосымша есептеулер жиыны', (i) => m(i.totalAdditions)],
  [
    '21',
    'Строительство, сборка после ввоза',
    'Әкелінгеннен кейінгі құрылыс, құрастыру',
    (i) => m(i.deductions?.constructionAfterImport),
  ],
  ['22', 'Перевозка после прибытия', 'Келгеннен кейінгі тасымалдау', (i) => m(i.deductions?.transportAfterArrival)],
  [
    '23',
    'Пошлины, налоги, сборы в ЕАЭС',
    'ЕАЭО-дағы баждар, салықтар, алымдар',
    (i) => m(i.deductions?.dutiesAndTaxes),
  ],
  ...result<CustomsValue1Item>(),
];

const dts2Rows: Row<CustomsValue2Item>[] = [
  ...common<CustomsValue2Item>(),
  ['6', 'Метод', 'Әдіс', (i) => i.method ?? ''],
  [
    '9',
    'Источник сведений (основа)',
    'Мәліметтер көзі (негіз)',
    (i) => joined([i.basisSource, i.basisDeclarationNumber]),
  ],
  ['10', 'Основа для расчета', 'Есептеу негізі', (i) => m(i.basis)],
  ['11', 'Расходы на перевозку', 'Тасымалдау шығыстары', (i) => m(i.additions?.transport)],
  ['12', 'Погрузка, разгрузка, перегрузка', 'Тиеу, түсіру, қайта тиеу', (i) => m(i.additions?.loading)],
  ['13', 'Страхование', 'Сақтандыру', (i) => m(i.additions?.insurance)],
  ['14', 'Прочие начисления', 'Басқа есептеулер', (i) => m(i.additions?.other)],
  ['15', 'Итого начислений', 'Есептеулер жиыны', (i) => m(i.totalAdditions)],
  ['16', 'Вознаграждение или прибыль', 'Сыйақы немесе пайда', (i) => m(i.deductions?.commissionsOrProfit)],
  ['17', 'Перевозка на таможенной территории', 'Кеден аумағындағы тасымалдау', (i) => m(i.deductions?.transportInside)],
  ['18', 'Пошлины, налоги, сборы', 'Баждар, салықтар, алымдар', (i) => m(i.deductions?.dutiesAndTaxes)],
  ['19', 'Прочие вычеты', 'Басқа шегерімдер', (i) => m(i.deductions?.other)],
  ...result<CustomsValue2Item>(),
];

type Answer = { yes?: boolean; explanation?: string } | undefined;

export function customsValue1Pdf(d: CustomsValueDeclaration1, facts: PrintFacts): PdfDocument {
  const l = facts.language;
  const ru = l === 'ru';
  const answer = (a: Answer) =>
    a ? joined([a.yes === undefined ? '' : a.yes ? words[l].yes : words[l].no, a.explanation], ' — ') : '';
  return printedForm(words[l].dts1, facts, {
    margin: 36,
    blocks: [
      {
        type: 'fields',
        labelWidth: 0.45,
        fields: [
          ...headerFields(d, l, ['4', '5', '6']),
          {
            label: ru ? '7(а) Взаимосвязь продавца и покупателя' : '7(а) Сатушы мен сатып алушының өзара байланысы',
            value: answer(d.relationship?.related),
          },
          {
            label: ru ? '7(б) Влияние взаимосвязи на цену' : '7(б) Өзара байланыстың бағаға әсері',
            value: answer(d.relationship?.influencedPrice),
          },
          {
            label: ru ? '7(в) Близость к проверочной величине' : '7(в) Тексеру шамасына жақындығы',
            value: answer(d.relationship?.closeToTestValue),
          },
          { label: ru ? '8(а) Ограничения' : '8(а) Шектеулер', value: answer(d.restrictions?.restrictions) },
          {
            label: ru ? '8(б) Условия, влияние которых не может быть учтено' : '8(б) Әсерін ескеру мүмкін емес шарттар',
            value: answer(d.restrictions?.conditions),
          },
          {
            label: ru ? '9(а) Лицензионные платежи' : '9(а) Лицензиялық төлемдер',
            value: answer(d.royaltiesAndProceeds?.royalties),
          },
          {
            label: ru ? '9(б) Доход от перепродажи' : '9(б) Қайта сатудан түсетін табыс',
            value: answer(d.royaltiesAndProceeds?.proceeds),
          },
        ],
      },
      ...calculation(d.items, dts1Rows, l),
      fillerFields(d, facts, '10(б)'),
    ],
  });
}

export function customsValue2Pdf(d: CustomsValueDeclaration2, facts: PrintFacts): PdfDocument {
  const l = facts.language;
  const ru = l === 'ru';
  return printedForm(words[l].dts2, facts, {
    margin: 36,
    blocks: [
      {
        type: 'fields',
        labelWidth: 0.45,
        fields: [
          ...headerFields(d, l, ['4', '5', '8']),
          {
            label: ru ? '6 Метод определения таможенной стоимости' : '6 Кедендік құнды айқындау әдісі',
            value: d.method ?? '',
          },
          {
            label: ru ? '7 Причины неприменения предыдущих методов' : '7 Алдыңғы әдістерді қолданбау себептері',
            value: d.reasonEarlierMethodsInapplicable ?? '',
          },
        ],
      },
      ...calculation(d.items, dts2Rows, l),
      fillerFields(d, facts, '20'),
    ],
  });
}
