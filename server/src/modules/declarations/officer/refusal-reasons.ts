import type { LocalizedText } from '../../../platform/i18n/language.ts';

/**
 * The grounds on which a customs body refuses to register a declaration (EAEU Customs Code,
 * Article 105), as codes an officer picks: the declarant reads each in their language, and the
 * code is what the signed decision holds.
 */
export const refusalReasons = {
  wrong_customs_body: {
    kk: 'Декларация осы құжатты тіркеуге өкілеттігі жоқ кеден органына берілген.',
    ru: 'Декларация подана в таможенный орган, не уполномоченный регистрировать такие декларации.',
    en: 'The declaration was filed with a customs body not competent to register it.',
  },
  not_entitled_person: {
    kk: 'Декларацияны декларант бола алмайтын немесе өкілеттігі жоқ тұлға берген.',
    ru: 'Декларация подана лицом, которое не может быть декларантом или не имеет полномочий.',
    en: 'The declaration was filed by a person who cannot be the declarant or has no authority to file.',
  },
  missing_information: {
    kk: 'Декларацияда міндетті мәліметтер көрсетілмеген.',
    ru: 'В декларации не указаны обязательные сведения.',
    en: 'Required information is missing from the declaration.',
  },
  missing_documents: {
    kk: 'Декларация берілетін құжаттар ұсынылмаған.',
    ru: 'Не представлены документы, которые должны быть поданы вместе с декларацией.',
    en: 'The documents required with the declaration were not submitted.',
  },
  goods_not_presented: {
    kk: 'Тауарлар кеден органына көрсетілмеген.',
    ru: 'Товары не предъявлены таможенному органу, хотя это требуется.',
    en: 'The goods were not presented to customs although this is required.',
  },
  payments_not_made: {
    kk: 'Кедендік төлемдер төленбеген немесе оларды төлеу қамтамасыз етілмеген.',
    ru: 'Таможенные платежи не уплачены и их уплата не обеспечена.',
    en: 'Customs payments were neither paid nor secured.',
  },
  procedure_conditions_not_met: {
    kk: 'Кедендік рәсімге орналастыру шарттары сақталмаған.',
    ru: 'Не соблюдены условия помещения товаров под таможенную процедуру.',
    en: 'The conditions for placing the goods under the customs procedure are not met.',
  },
  form_not_followed: {
    kk: 'Декларация белгіленген нысанда немесе тәртіппен толтырылмаған.',
    ru: 'Декларация заполнена не по установленной форме или порядку.',
    en: 'The declaration does not follow the established form or filling rules.',
  },
} as const satisfies Record<string, LocalizedText>;

export type RefusalReason = keyof typeof refusalReasons;
export const refusalReasonCodes = Object.keys(refusalReasons) as RefusalReason[];

export function isRefusalReason(code: string): code is RefusalReason {
  return Object.hasOwn(refusalReasons, code);
}
