import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';

/**
 * Units of measure of the EAEU classifier (Commission Decision No. 378), the ones goods are most
 * often declared in (boxes 31 and 41), with their Russian and international symbols.
 */
const units: [code: string, symbol: string, international: string, kk: string, ru: string, en: string][] = [
  ['006', 'м', 'MTR', 'Метр', 'Метр', 'Metre'],
  ['055', 'м2', 'MTK', 'Шаршы метр', 'Квадратный метр', 'Square metre'],
  ['111', 'см3', 'CMQ', 'Текше сантиметр', 'Кубический сантиметр', 'Cubic centimetre'],
  ['112', 'л', 'LTR', 'Литр', 'Литр', 'Litre'],
  ['113', 'м3', 'MTQ', 'Текше метр', 'Кубический метр', 'Cubic metre'],
  ['114', '1000 м3', 'TMQ', 'Мың текше метр', 'Тысяча кубических метров', 'Thousand cubic metres'],
  ['162', 'кар', 'CTM', 'Метрлік карат', 'Метрический карат', 'Metric carat'],
  ['163', 'г', 'GRM', 'Грамм', 'Грамм', 'Gram'],
  ['166', 'кг', 'KGM', 'Килограмм', 'Килограмм', 'Kilogram'],
  ['168', 'т', 'TNE', 'Тонна', 'Тонна', 'Tonne'],
  ['245', 'кВт·ч', 'KWH', 'Киловатт-сағат', 'Киловатт-час', 'Kilowatt-hour'],
  ['704', 'набор', 'SET', 'Жиынтық', 'Набор', 'Set'],
  ['715', 'пар', 'NPR', 'Жұп', 'Пара', 'Pair'],
  ['796', 'шт', 'PCE', 'Дана', 'Штука', 'Piece'],
  ['797', '100 шт', 'CEN', 'Жүз дана', 'Сто штук', 'Hundred pieces'],
  ['798', '1000 шт', 'MIL', 'Мың дана', 'Тысяча штук', 'Thousand pieces'],
  ['836', 'гол', 'HEA', 'Бас', 'Голова', 'Head (of animals)'],
  ['839', 'компл', 'KIT', 'Комплект', 'Комплект', 'Kit'],
];

export const unitItems: ClassifierItem[] = units.map(([code, symbol, international, ...name]) =>
  bundledItem(code, name, { symbol, international }),
);
