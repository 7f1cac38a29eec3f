/**
 * The goods demo documents are made of: 10-digit lines of the bundled TN VED with the demo
 * tariff's import duty on them (reference/tnved/demo-data.ts, reference/tariffs/demo-data.ts; a
 * test holds the three together), and what a line of such goods weighs and costs. Kept here
 * rather than read from those lists so that the browser loads a page, not the nomenclature.
 */
export interface DemoGoods {
  hsCode: string;
  description: string;
  /** import duty, percent of the customs value */
  dutyPercent: number;
  /** box 41's unit (classifier of units) */
  unitCode: string;
  /** per unit: gross and net mass in grams, price in cents of the invoice currency */
  grossGrams: number;
  netGrams: number;
  priceCents: number;
}

export const demoCatalogue: readonly DemoGoods[] = [
  {
    hsCode: '8471300000',
    description: 'Ноутбуки портативные, 14", в индивидуальной упаковке',
    dutyPercent: 0,
    unitCode: '796',
    grossGrams: 2600,
    netGrams: 1900,
    priceCents: 48000,
  },
  {
    hsCode: '8517130000',
    description: 'Смартфоны, 128 ГБ, с зарядным устройством',
    dutyPercent: 0,
    unitCode: '796',
    grossGrams: 450,
    netGrams: 210,
    priceCents: 21500,
  },
  {
    hsCode: '8418211000',
    description: 'Холодильники бытовые двухкамерные, объём 360 л',
    dutyPercent: 10,
    unitCode: '796',
    grossGrams: 72000,
    netGrams: 65000,
    priceCents: 39000,
  },
  {
    hsCode: '8450111100',
    description: 'Машины стиральные бытовые с фронтальной загрузкой, 7 кг',
    dutyPercent: 10,
    unitCode: '796',
    grossGrams: 68000,
    netGrams: 61000,
    priceCents: 27000,
  },
  {
    hsCode: '8516500000',
    description: 'Печи микроволновые бытовые, 20 л',
    dutyPercent: 5,
    unitCode: '796',
    grossGrams: 12500,
    netGrams: 10800,
    priceCents: 6400,
  },
  {
    hsCode: '8516710000',
    description: 'Кофеварки капельные бытовые',
    dutyPercent: 5,
    unitCode: '796',
    grossGrams: 2300,
    netGrams: 1800,
    priceCents: 2900,
  },
  {
    hsCode: '8507600000',
    description: 'Аккумуляторы литий-ионные, 12 В, 100 А·ч',
    dutyPercent: 5,
    unitCode: '796',
    grossGrams: 13000,
    netGrams: 11500,
    priceCents: 31000,
  },
  {
    hsCode: '8415101000',
    description: 'Кондиционеры оконные моноблочные',
    dutyPercent: 5,
    unitCode: '796',
    grossGrams: 36000,
    netGrams: 31000,
    priceCents: 22000,
  },
  {
    hsCode: '0902300000',
    description: 'Чай чёрный байховый в пакетиках, в первичных упаковках по 100 г',
    dutyPercent: 5,
    unitCode: '166',
    grossGrams: 1150,
    netGrams: 1000,
    priceCents: 900,
  },
  {
    hsCode: '0813200000',
    description: 'Чернослив сушёный без косточки, фасованный',
    dutyPercent: 5,
    unitCode: '166',
    grossGrams: 1080,
    netGrams: 1000,
    priceCents: 420,
  },
];
