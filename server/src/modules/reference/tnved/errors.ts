import { defineErrors } from '../../../platform/errors.ts';

export const NomenclatureErrors = defineErrors({
  REFERENCE_CODE_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'ЕАЭО СЭҚ ТН бойынша {date} күні {code} коды жоқ.',
      ru: 'Кода {code} нет в ТН ВЭД ЕАЭС на {date}.',
      en: 'There is no code {code} in the TN VED EAEU on {date}.',
    },
  },
  // Issue 19 point 7: a date outside the code's life says so, with the date the code is valid from or to.
  REFERENCE_CODE_NOT_YET_VALID: {
    status: 404,
    message: {
      kk: '{code} коды ЕАЭО СЭҚ ТН бойынша {from} күннен бастап қолданылады: {date} күні ол әлі болған жоқ. {from} немесе одан кейінгі күнді таңдаңыз.',
      ru: 'Код {code} действует в ТН ВЭД ЕАЭС с {from}: на {date} его ещё не было. Выберите дату не ранее {from}.',
      en: 'Code {code} is valid in the TN VED EAEU from {from}: on {date} it did not exist yet. Choose a date on or after {from}.',
    },
  },
  REFERENCE_CODE_NO_LONGER_VALID: {
    status: 404,
    message: {
      kk: '{code} коды ЕАЭО СЭҚ ТН бойынша {to} күнді қоса алғанда қолданылды: {date} күні ол енді жоқ.',
      ru: 'Код {code} действовал в ТН ВЭД ЕАЭС по {to}: на {date} его уже нет.',
      en: 'Code {code} was valid in the TN VED EAEU until {to}: on {date} it no longer exists.',
    },
  },
});
