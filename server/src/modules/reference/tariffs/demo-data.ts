import type { TariffMeasure } from '@shekara/contracts/reference/tariffs';
import type { VatRate } from './repository.ts';

/**
 * Demo duty rates for the bundled TN VED lines (issue 5 point 4: chapters 01, 02, 04, 08, 09, 22,
 * 61, 62, 64, 84, 85, 87), written by this project to show every form — not the legal tariff. Most
 * rates sit on a chapter or heading and reach the codes under it; a few longer codes override them. 0805 changes on 2026-07-01, so a page switching the
 * date sees the rate change; 848210 carries an anti-dumping duty on goods from China only.
 */
export interface DemoRate {
  measure: TariffMeasure;
  code: string;
  rate: string;
  validFrom: string;
  validTo?: string;
  origin?: string;
}

const since = '2022-01-01';
const duty = (code: string, rate: string, validFrom = since, validTo?: string): DemoRate => ({
  measure: 'import_duty',
  code,
  rate,
  validFrom,
  validTo,
});

export const demoRates: DemoRate[] = [
  // 01 live animals: pure-bred breeding animals enter free
  duty('01', '5%'),
  duty('010121', '0'),
  duty('010221', '0'),
  // 02 meat
  duty('02', '15%'),
  duty('0201', '15%'),
  duty('0202', '15%'),
  duty('0203', '25%, но не менее 0.25 EUR за 1 кг'),
  duty('0207', '25%, но не менее 0.2 EUR за 1 кг'),
  // 04 dairy produce and eggs
  duty('04', '15%'),
  duty('0406', '15%, но не менее 0.5 EUR за 1 кг'),
  // 08 fruit: oranges get cheaper from 1 July 2026
  duty('08', '5%'),
  duty('0805', '5%', since, '2026-06-30'),
  duty('0805', '3%', '2026-07-01'),
  duty('0808', '0.04 EUR за 1 кг'),
  // 09 coffee, tea and spices: green coffee enters free
  duty('09', '5%'),
  duty('090111', '0'),
  // 22 beverages, with excise in tenge
  duty('22', '15%'),
  duty('2203', '0.1 EUR за 1 л'),
  duty('2204', '12.5%, но не менее 0.3 EUR за 1 л'),
  duty('2208', '2 EUR за 1 л'),
  { measure: 'excise', code: '2203', rate: '150 KZT за 1 л', validFrom: '2025-01-01' },
  { measure: 'excise', code: '2204', rate: '300 KZT за 1 л', validFrom: '2025-01-01' },
  { measure: 'excise', code: '2208', rate: '7500 KZT за 1 л 100% спирта', validFrom: '2025-01-01' },
  // 61, 62 clothing
  duty('61', '10%'),
  duty('6109', '10%, но не менее 1.75 EUR за 1 кг'),
  duty('62', '10%'),
  duty('6203', '10%, но не менее 2 EUR за 1 кг'),
  // 64 footwear
  duty('64', '10%'),
  duty('6401', '1.25 EUR за 1 пар'),
  duty('6403', '10%, но не менее 1.4 EUR за 1 пар'),
  // 84, 85 machinery and electrical equipment
  duty('84', '5%'),
  duty('8418', '10%'),
  duty('8450', '10%'),
  duty('8471', '0'),
  duty('8482', '10%'),
  { measure: 'anti_dumping', code: '848210', rate: '27.6%', validFrom: '2023-01-01', origin: 'CN' },
  duty('85', '5%'),
  duty('8517', '0'),
  duty('8528', '10%'),
  // 87 vehicles: large-engined cars by engine volume
  duty('87', '10%'),
  duty('8703', '15%'),
  duty('870324', '20%, но не менее 0.44 EUR за 1 см3'),
  duty('8711', '10%'),
];

/** Kazakhstan's VAT on imports (REQUIREMENTS, Facts; Tax Code, Law No. 214-VIII of 18.07.2025). */
export const demoVatRates: VatRate[] = [
  {
    percent: '12',
    validFrom: '2009-01-01',
    validTo: '2025-12-31',
    name: { kk: 'ҚҚС, 12 %', ru: 'НДС, 12 %', en: 'VAT, 12 %' },
    legalBasis: 'Налоговый кодекс Республики Казахстан: ставка 12 % с 1 января 2009 года',
  },
  {
    percent: '16',
    validFrom: '2026-01-01',
    validTo: null,
    name: { kk: 'ҚҚС, 16 %', ru: 'НДС, 16 %', en: 'VAT, 16 %' },
    legalBasis: 'Налоговый кодекс Республики Казахстан, Закон № 214-VIII от 18.07.2025',
  },
];
