import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of customs transit's steps: each is taken by its own office. */
export const TransitErrors = defineErrors({
  DECL_TRANSIT_AT_DESTINATION: {
    status: 403,
    message: {
      kk: 'Тауарлардың келуін тіркеуді және транзитті аяқтауды жеткізу орнындағы кеден органы жүргізеді.',
      ru: 'Прибытие товаров регистрирует и транзит завершает таможенный орган назначения.',
      en: 'The goods’ arrival is recorded, and the transit completed, by the customs office of destination.',
    },
  },
  DECL_TRANSIT_AT_DEPARTURE: {
    status: 403,
    message: {
      kk: 'Тауарларды кедендік транзитке шығарғанға дейінгі шешімдерді жөнелту кеден органы қабылдайды.',
      ru: 'Решения до выпуска для транзита принимает таможенный орган отправления.',
      en: 'The decisions up to the release for transit are taken by the customs office of departure.',
    },
  },
  DECL_TRANSIT_INCOMPLETE: {
    status: 422,
    message: {
      kk: 'Тауарларды кедендік транзитке шығару мүмкін емес: декларацияда {box}-баған толтырылмаған.',
      ru: 'Выпуск для транзита невозможен: в декларации не заполнена графа {box}.',
      en: 'The goods cannot be released for transit: box {box} of the declaration is not filled in.',
    },
  },
});
