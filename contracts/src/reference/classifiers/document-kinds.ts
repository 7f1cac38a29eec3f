import { bundledItem, type ClassifierItem } from '../classifier.ts';

/**
 * The documents this system receives, by the kinds a customs body may accept (issue 5 point 1).
 * Their codes are the system's own words, not codes of the EAEU classifier.
 */
export const declarationKinds = [
  'goods_declaration',
  'transit_declaration',
  'preliminary_information',
  'dts_1',
  'dts_2',
  'customs_receipt_order',
  'vehicle_declaration',
  'release_before_declaration',
  'temporary_vehicle_operations',
  'delivery_control_document',
  'transaction_passport',
  'passenger_declaration',
] as const;
export type DeclarationKind = (typeof declarationKinds)[number];

const declarations: Record<DeclarationKind, [kk: string, ru: string, en: string]> = {
  goods_declaration: ['Тауарларға арналған декларация', 'Декларация на товары', 'Goods declaration'],
  transit_declaration: ['Транзиттік декларация', 'Транзитная декларация', 'Transit declaration'],
  preliminary_information: ['Алдын ала ақпарат', 'Предварительная информация', 'Preliminary information'],
  dts_1: [
    'Кедендік құн декларациясы (КҚД-1)',
    'Декларация таможенной стоимости (ДТС-1)',
    'Customs value declaration (DTS-1)',
  ],
  dts_2: [
    'Кедендік құн декларациясы (КҚД-2)',
    'Декларация таможенной стоимости (ДТС-2)',
    'Customs value declaration (DTS-2)',
  ],
  customs_receipt_order: ['Кедендік кіріс ордері', 'Таможенный приходный ордер', 'Customs receipt order'],
  vehicle_declaration: [
    'Көлік құралына арналған декларация',
    'Декларация на транспортное средство',
    'Vehicle declaration',
  ],
  release_before_declaration: [
    'Тауарларға арналған декларацияны бергенге дейін тауарларды шығару туралы өтініш',
    'Заявление о выпуске товаров до подачи декларации на товары',
    'Application for release of goods before the goods declaration',
  ],
  temporary_vehicle_operations: [
    'Уақытша әкелінген халықаралық тасымалдау көлік құралдарымен операциялар жасауға өтініш',
    'Заявление о совершении операций с временно ввезёнными транспортными средствами международной перевозки',
    'Application for operations with temporarily imported international-transport vehicles',
  ],
  delivery_control_document: ['Жеткізуді бақылау құжаты', 'Документ контроля доставки', 'Delivery control document'],
  transaction_passport: ['Мәміле паспорты', 'Паспорт сделки', 'Transaction passport'],
  passenger_declaration: [
    'Жолаушы кедендік декларациясы',
    'Пассажирская таможенная декларация',
    'Passenger customs declaration',
  ],
};

/**
 * A subset of the EAEU classifier of document kinds (Commission Decision No. 378, Annex 8) that
 * box 44 of a declaration names most often: the contract, transport and commercial documents.
 */
const supportingDocuments: [code: string, kk: string, ru: string, en: string][] = [
  ['01011', 'Сыртқы сауда шарты (келісімшарт)', 'Внешнеторговый договор (контракт)', 'Foreign trade contract'],
  ['02011', 'Коносамент', 'Коносамент', 'Bill of lading'],
  ['02013', 'Темір жол жүкқұжаты', 'Железнодорожная накладная', 'Railway consignment note'],
  [
    '02015',
    'Халықаралық тауар-көлік жүкқұжаты (CMR)',
    'Международная товарно-транспортная накладная (CMR)',
    'International consignment note (CMR)',
  ],
  ['02017', 'Әуе жүкқұжаты', 'Авиагрузовая накладная', 'Air waybill'],
  ['03011', 'Лицензия', 'Лицензия', 'Licence'],
  ['04021', 'Инвойс (шот-фактура)', 'Счет-фактура (инвойс)', 'Commercial invoice'],
  ['06011', 'Тауардың шығарылған жері туралы сертификат', 'Сертификат о происхождении товара', 'Certificate of origin'],
];

export const documentKindItems: ClassifierItem[] = [
  ...declarationKinds.map((code) => bundledItem(code, declarations[code], { group: 'declaration' })),
  ...supportingDocuments.map(([code, ...name]) => bundledItem(code, name, { group: 'supporting' })),
];
