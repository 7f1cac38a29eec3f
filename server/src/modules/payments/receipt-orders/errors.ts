import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of customs receipt orders (ТПО). Nothing is written when one is thrown. */
export const ReceiptOrderErrors = defineErrors({
  RECEIPT_ORDER_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Кедендік кіріс ордері табылмады.',
      ru: 'Таможенный приходный ордер не найден.',
      en: 'The customs receipt order was not found.',
    },
  },
  RECEIPT_ORDER_NOT_PAYABLE: {
    status: 409,
    message: {
      kk: 'Кедендік кіріс ордері төлеуге жатпайды: оның мәртебесі — «{status}».',
      ru: 'Таможенный приходный ордер не подлежит оплате: его статус — «{status}».',
      en: 'The customs receipt order cannot be paid: its status is “{status}”.',
    },
  },
  RECEIPT_ORDER_NOT_ANNULLABLE: {
    status: 409,
    message: {
      kk: 'Төленген немесе бұрын күші жойылған кедендік кіріс ордерінің күшін жоюға болмайды.',
      ru: 'Оплаченный или уже аннулированный таможенный приходный ордер аннулировать нельзя.',
      en: 'A customs receipt order that is paid or already annulled cannot be annulled.',
    },
  },
  RECEIPT_ORDER_DATE_INVALID: {
    status: 400,
    message: {
      kk: 'Есептеу күні бүгінгі күннен ({today}) кейін бола алмайды.',
      ru: 'Дата расчёта не может быть позже сегодняшнего дня ({today}).',
      en: 'The day of the calculation cannot be later than today ({today}).',
    },
  },
  RECEIPT_ORDER_OFFICE_UNKNOWN: {
    status: 400,
    message: {
      kk: '{code} коды бар кеден органы жоқ.',
      ru: 'Таможенного органа с кодом {code} нет.',
      en: 'There is no customs body with code {code}.',
    },
  },
  RECEIPT_ORDER_INDIVIDUALS_ONLY: {
    status: 422,
    message: {
      kk: 'Жеке пайдалануға арналған тауарларға кедендік кіріс ордерін тек жеке тұлға (ЖСН) ала алады.',
      ru: 'Таможенный приходный ордер на товары для личного пользования выписывается только физическому лицу (ИИН).',
      en: 'A customs receipt order for goods for personal use is issued to an individual (IIN) only.',
    },
  },
  RECEIPT_ORDER_RECIPIENT_INVALID: {
    status: 400,
    message: {
      kk: 'Алушының ЖСН дұрыс емес.',
      ru: 'ИИН получателя указан неверно.',
      en: 'The recipient’s IIN is invalid.',
    },
  },
  RECEIPT_ORDER_OFFICER_WITHOUT_BODY: {
    status: 403,
    message: {
      kk: 'Лауазымды адамның тіркелгісі кеден органына байланыстырылмаған: кедендік кіріс ордерін беруге болмайды.',
      ru: 'Учётная запись должностного лица не привязана к таможенному органу: выписать таможенный приходный ордер нельзя.',
      en: 'The officer’s account belongs to no customs body: a customs receipt order cannot be issued.',
    },
  },
  RECEIPT_ORDER_TOO_LARGE: {
    status: 422,
    message: {
      kk: 'Кедендік кіріс ордерінің сомасы тым үлкен: ол 100 000 000 000 теңгеден аспауы керек.',
      ru: 'Сумма таможенного приходного ордера слишком велика: не более 100 000 000 000 тенге.',
      en: 'The customs receipt order’s amount is too large: at most 100,000,000,000 tenge.',
    },
  },
});
