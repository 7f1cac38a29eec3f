import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';

/**
 * Customs procedures of the EAEU Customs Code (art. 127) with the codes of the classifier of
 * customs procedures (Commission Decision No. 378, Annex 1) that box 37 of a declaration carries.
 * 00 is how box 37 says "no previous procedure".
 */
const procedures: [code: string, kk: string, ru: string, en: string][] = [
  ['00', 'Алдыңғы кедендік рәсімнің болмауы', 'Отсутствие предшествующей таможенной процедуры', 'No previous customs procedure'],
  ['10', 'Экспорт', 'Экспорт', 'Export'],
  ['21', 'Кедендік аумақтан тыс қайта өңдеу', 'Переработка вне таможенной территории', 'Processing outside the customs territory'],
  ['23', 'Уақытша әкету', 'Временный вывоз', 'Temporary export'],
  ['31', 'Реэкспорт', 'Реэкспорт', 'Re-export'],
  ['40', 'Ішкі тұтыну үшін шығару', 'Выпуск для внутреннего потребления', 'Release for domestic consumption'],
  ['51', 'Кедендік аумақта қайта өңдеу', 'Переработка на таможенной территории', 'Processing within the customs territory'],
  ['53', 'Уақытша әкелу (рұқсат беру)', 'Временный ввоз (допуск)', 'Temporary import (admission)'],
  ['60', 'Реимпорт', 'Реимпорт', 'Re-import'],
  ['70', 'Кедендік қойма', 'Таможенный склад', 'Customs warehouse'],
  ['77', 'Еркін қойма', 'Свободный склад', 'Free warehouse'],
  ['78', 'Еркін кеден аймағы', 'Свободная таможенная зона', 'Free customs zone'],
  ['80', 'Кедендік транзит', 'Таможенный транзит', 'Customs transit'],
  ['90', 'Арнайы кедендік рәсім', 'Специальная таможенная процедура', 'Special customs procedure'],
  ['91', 'Ішкі тұтыну үшін қайта өңдеу', 'Переработка для внутреннего потребления', 'Processing for domestic consumption'],
  ['93', 'Жою', 'Уничтожение', 'Destruction'],
  ['94', 'Мемлекет пайдасына бас тарту', 'Отказ в пользу государства', 'Abandonment to the State'],
  ['96', 'Бажсыз сауда', 'Беспошлинная торговля', 'Duty-free trade'],
];

export const customsProcedureItems: ClassifierItem[] = procedures.map(([code, ...name]) => bundledItem(code, name));
