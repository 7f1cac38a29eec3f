import { defineErrors } from '../../../platform/errors.ts';

export const NomenclatureErrors = defineErrors({
  REFERENCE_CODE_NOT_FOUND: {
    status: 404,
    message: {
      kk: '{code} коды {date} күні ЕАЭО СЭҚ ТН-да жоқ.',
      ru: 'Кода {code} нет в ТН ВЭД ЕАЭС на {date}.',
      en: 'There is no code {code} in the TN VED EAEU on {date}.',
    },
  },
});
