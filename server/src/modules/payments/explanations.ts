import type { Language } from '../../platform/i18n/language.ts';
import type { PersonalUseChannel } from './personal-use-norms.ts';

/**
 * The words of the lines' explanations in kk, ru and en (by the request's language). Figures are
 * written the same in every language; only the words around them change. The rate's own text
 * (`rate`) stays as the tariff writes it.
 */
export interface Phrases {
  language: Language;
  exchangeRate(rate: string, per: string, publishedOn: string): string;
  customsValueInTenge(tenge: string): string;
  customsValueConverted(invoice: string, currency: string, rate: string, tenge: string): string;
  free(text: string): string;
  larger(first: string, second: string, chosen: string): string;
  sum(first: string, second: string, total: string): string;
  perUnit(amount: string, currency: string, unit: string, quantity: string, conversion: string, result: string): string;
  origin(country: string): string;
  /** a box 36 preference applied to a line: what the rate gave, the share paid, what is due */
  preference(code: string, name: string, full: string, share: string, amount: string): string;
  vat(name: string, parts: string, base: string, percent: string, validFrom: string, amount: string): string;
  fee(name: string, transit: boolean, inMrp: string, mrp: string, year: string, amount: string): string;
  security(basis: string, secured: string, floor: string | null, amount: string): string;
  channel: Record<PersonalUseChannel, string>;
  eCommerce: string;
  personalUseFacts(
    value: string,
    normEur: string,
    normTenge: string,
    rate: string,
    mass: string,
    normKg: string,
  ): string;
  withinNorms: string;
  overNorms(
    valueOver: string,
    percent: string,
    byValue: string,
    massOver: string,
    eurPerKg: string,
    euro: string,
    byMass: string,
    amount: string,
  ): string;
  unit(code: string): string;
}

const ruUnits: Record<string, string> = {
  '163': 'г',
  '166': 'кг',
  '168': 'т',
  '112': 'л',
  '111': 'см3',
  '006': 'м',
  '055': 'м2',
  '113': 'м3',
  '796': 'шт',
  '715': 'пар',
  '798': '1000 шт',
  '831': 'л 100% спирта',
  '251': 'л.с.',
  '214': 'кВт',
};

const ru: Phrases = {
  language: 'ru',
  exchangeRate: (rate, per, on) => `курс НБ РК ${rate} тенге за ${per} от ${on}`,
  customsValueInTenge: (tenge) => `таможенная стоимость ${tenge} тенге`,
  customsValueConverted: (invoice, currency, rate, tenge) =>
    `таможенная стоимость ${invoice} ${currency} × (${rate}) = ${tenge} тенге`,
  free: (text) => `ставка 0: не уплачивается (${text})`,
  larger: (first, second, chosen) => `большее из двух: ${first}; ${second} → ${chosen}`,
  sum: (first, second, total) => `сумма двух: ${first}; плюс ${second} → ${total}`,
  perUnit: (amount, currency, unit, quantity, conversion, result) =>
    `${amount} ${currency} за 1 ${unit} × ${quantity} ${unit}${conversion} = ${result}`,
  origin: (country) => ` (товары происхождения ${country})`,
  preference: (code, name, full, share, amount) => `; льгота ${code} (${name}): ${share} % от ${full} = ${amount}`,
  vat: (name, parts, base, percent, from, amount) =>
    `${name}: база ${parts} = ${base}; ${percent} % (ставка с ${from}) = ${amount}`,
  fee: (name, transit, inMrp, mrp, year, amount) =>
    `${name} (${transit ? 'транзитная декларация' : 'декларация на товары'}): ${inMrp} МРП × ${mrp} тенге (МРП на ${year} год) = ${amount}`,
  security: (basis, secured, floor, amount) =>
    `Обеспечение уплаты таможенных пошлин и налогов (${basis}): пошлины и налоги как при выпуске для внутреннего потребления ${secured}${floor ? `, не менее ${floor}` : ''} = ${amount}`,
  eCommerce: 'товары электронной торговли',
  channel: {
    post: 'международное почтовое отправление или перевозчик',
    'air-baggage': 'сопровождаемый багаж, воздушный транспорт',
    'other-baggage': 'сопровождаемый багаж, иной транспорт',
  },
  personalUseFacts: (value, normEur, normTenge, rate, mass, normKg) =>
    `стоимость ${value} тенге при норме ${normEur} EUR = ${normTenge} тенге (${rate}); масса ${mass} кг при норме ${normKg} кг`,
  withinNorms: 'нормы не превышены (норма, достигнутая в точности, не превышена): не уплачивается',
  overNorms: (valueOver, percent, byValue, massOver, eurPerKg, euro, byMass, amount) =>
    `превышение стоимости ${valueOver} × ${percent} % = ${byValue}; превышение массы ${massOver} кг × ${eurPerKg} EUR × ${euro} = ${byMass}; большее → ${amount}`,
  unit: (code) => ruUnits[code] ?? `ед. ${code}`,
};

const kkUnits: Record<string, string> = {
  ...ruUnits,
  '796': 'дана',
  '715': 'жұп',
  '798': '1000 дана',
  '831': 'л 100% спирт',
  '251': 'а.к.',
};

const kk: Phrases = {
  language: 'kk',
  exchangeRate: (rate, per, on) => `${on} күнгі ҚР ҰБ бағамы: ${per} үшін ${rate} теңге`,
  customsValueInTenge: (tenge) => `кедендік құн ${tenge} теңге`,
  customsValueConverted: (invoice, currency, rate, tenge) =>
    `кедендік құн ${invoice} ${currency} × (${rate}) = ${tenge} теңге`,
  free: (text) => `мөлшерлеме 0: төленбейді (${text})`,
  larger: (first, second, chosen) => `екеуінің үлкені: ${first}; ${second} → ${chosen}`,
  sum: (first, second, total) => `екеуінің қосындысы: ${first}; оған қоса ${second} → ${total}`,
  perUnit: (amount, currency, unit, quantity, conversion, result) =>
    `1 ${unit} үшін ${amount} ${currency} × ${quantity} ${unit}${conversion} = ${result}`,
  origin: (country) => ` (шығарылған елі ${country} тауарлар)`,
  preference: (code, name, full, share, amount) =>
    `; ${code} жеңілдігі (${name}): ${full} сомасының ${share} %-ы = ${amount}`,
  vat: (name, parts, base, percent, from, amount) =>
    `${name}: база ${parts} = ${base}; ${percent} % (${from} күннен бастап қолданылатын мөлшерлеме) = ${amount}`,
  fee: (name, transit, inMrp, mrp, year, amount) =>
    `${name} (${transit ? 'транзиттік декларация' : 'тауарларға арналған декларация'}): ${inMrp} АЕК × ${mrp} теңге (${year} жылғы АЕК) = ${amount}`,
  security: (basis, secured, floor, amount) =>
    `Кедендік баждар мен салықтарды төлеуді қамтамасыз ету (${basis}): ішкі тұтыну үшін шығарудағыдай баждар мен салықтар ${secured}${floor ? `, кемінде ${floor}` : ''} = ${amount}`,
  eCommerce: 'электрондық сауда тауарлары',
  channel: {
    post: 'халықаралық пошта жөнелтілімі немесе тасымалдаушы',
    'air-baggage': 'ілесіп жүретін багаж, әуе көлігі',
    'other-baggage': 'ілесіп жүретін багаж, өзге көлік',
  },
  personalUseFacts: (value, normEur, normTenge, rate, mass, normKg) =>
    `құны ${value} теңге, нормасы ${normEur} EUR = ${normTenge} теңге (${rate}); салмағы ${mass} кг, нормасы ${normKg} кг`,
  withinNorms: 'нормалардан асқан жоқ (дәл жеткен норма асқан болып саналмайды): төленбейді',
  overNorms: (valueOver, percent, byValue, massOver, eurPerKg, euro, byMass, amount) =>
    `құнның асқан бөлігі ${valueOver} × ${percent} % = ${byValue}; салмақтың асқан бөлігі ${massOver} кг × ${eurPerKg} EUR × ${euro} = ${byMass}; үлкені → ${amount}`,
  unit: (code) => kkUnits[code] ?? `бірлік ${code}`,
};

const enUnits: Record<string, string> = {
  '163': 'g',
  '166': 'kg',
  '168': 't',
  '112': 'l',
  '111': 'cm3',
  '006': 'm',
  '055': 'm2',
  '113': 'm3',
  '796': 'piece',
  '715': 'pair',
  '798': '1000 pcs',
  '831': 'l of 100% alcohol',
  '251': 'hp',
  '214': 'kW',
};

const en: Phrases = {
  language: 'en',
  exchangeRate: (rate, per, on) => `National Bank rate ${rate} tenge per ${per} of ${on}`,
  customsValueInTenge: (tenge) => `customs value ${tenge} tenge`,
  customsValueConverted: (invoice, currency, rate, tenge) =>
    `customs value ${invoice} ${currency} × (${rate}) = ${tenge} tenge`,
  free: (text) => `rate 0: nothing to pay (${text})`,
  larger: (first, second, chosen) => `the larger of two: ${first}; ${second} → ${chosen}`,
  sum: (first, second, total) => `the sum of two: ${first}; plus ${second} → ${total}`,
  perUnit: (amount, currency, unit, quantity, conversion, result) =>
    `${amount} ${currency} per ${unit} × ${quantity} (${unit})${conversion} = ${result}`,
  origin: (country) => ` (goods originating in ${country})`,
  preference: (code, name, full, share, amount) => `; preference ${code} (${name}): ${share} % of ${full} = ${amount}`,
  vat: (name, parts, base, percent, from, amount) =>
    `${name}: base ${parts} = ${base}; ${percent} % (rate since ${from}) = ${amount}`,
  fee: (name, transit, inMrp, mrp, year, amount) =>
    `${name} (${transit ? 'transit declaration' : 'goods declaration'}): ${inMrp} MCI × ${mrp} tenge (the MCI of ${year}) = ${amount}`,
  security: (basis, secured, floor, amount) =>
    `Security for customs duties and taxes (${basis}): the duties and taxes as on release for domestic consumption ${secured}${floor ? `, not less than ${floor}` : ''} = ${amount}`,
  eCommerce: 'goods of e-commerce',
  channel: {
    post: 'international post or carrier',
    'air-baggage': 'accompanied baggage, by air',
    'other-baggage': 'accompanied baggage, other transport',
  },
  personalUseFacts: (value, normEur, normTenge, rate, mass, normKg) =>
    `value ${value} tenge against the norm of ${normEur} EUR = ${normTenge} tenge (${rate}); mass ${mass} kg against the norm of ${normKg} kg`,
  withinNorms: 'the norms are not exceeded (a norm reached exactly is not exceeded): nothing to pay',
  overNorms: (valueOver, percent, byValue, massOver, eurPerKg, euro, byMass, amount) =>
    `value over the norm ${valueOver} × ${percent} % = ${byValue}; mass over the norm ${massOver} kg × ${eurPerKg} EUR × ${euro} = ${byMass}; the larger → ${amount}`,
  unit: (code) => enUnits[code] ?? `unit ${code}`,
};

export const phrases: Record<Language, Phrases> = { kk, ru, en };
