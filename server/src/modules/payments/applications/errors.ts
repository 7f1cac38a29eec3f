import { defineErrors } from '../../../platform/errors.ts';

/**
 * Refusals of applications about money and of the officers' decisions on them (ACC-21, ACC-14,
 * WD-16). Nothing is filed, decided or posted when one is thrown.
 */
export const ApplicationErrors = defineErrors({
  PAYMENTS_DECLARATION_NOT_FOUND: {
    status: 404,
    message: {
      kk: '{number} нөмірлі тіркелген декларация сіздің ЖСН/БСН бойынша табылмады.',
      ru: 'Зарегистрированная декларация № {number} вашего ИИН/БИН не найдена.',
      en: 'No registered declaration {number} of your IIN/BIN was found.',
    },
  },
  PAYMENTS_AMOUNT_ABOVE_OWED: {
    status: 422,
    message: {
      kk: 'Сома ({amount} теңге) декларация бойынша төленуге тиісті кедендік әкелу бажынан асады: {owed} теңге (басқа өтініштерде сұралған соманы шегергенде).',
      ru: 'Сумма ({amount} тенге) больше ввозной таможенной пошлины, причитающейся по декларации: {owed} тенге (за вычетом запрошенного в других заявлениях).',
      en: 'The amount ({amount} tenge) is above the import duty the declaration owes: {owed} tenge (less what other applications ask for).',
    },
  },
  PAYMENTS_SCHEDULE_INVALID: {
    status: 422,
    message: {
      kk: 'Кесте дұрыс емес: {problem}.',
      ru: 'График указан неверно: {problem}.',
      en: 'The schedule is invalid: {problem}.',
    },
  },
  PAYMENTS_IBAN_INVALID: {
    status: 400,
    message: {
      kk: 'IBAN дұрыс емес: KZ әріптерінен басталатын 20 таңба болуы және бақылау цифрлары дұрыс болуы керек.',
      ru: 'IBAN указан неверно: нужны 20 знаков, начиная с KZ, с верными контрольными цифрами.',
      en: 'The IBAN is invalid: it must be 20 characters starting with KZ, with correct check digits.',
    },
  },
  PAYMENTS_CUSTOMS_OFFICE_UNKNOWN: {
    status: 422,
    message: {
      kk: '{code} коды бар кеден органы жоқ.',
      ru: 'Таможенного органа с кодом {code} нет.',
      en: 'There is no customs body with code {code}.',
    },
  },
  PAYMENTS_SIGNER_NOT_PAYER: {
    status: 403,
    message: {
      kk: 'Өтінішке төлеушінің ({payer}) атынан қол қойылмаған.',
      ru: 'Заявление подписано не от имени плательщика ({payer}).',
      en: 'The application is not signed on behalf of the payer ({payer}).',
    },
  },
  PAYMENTS_APPLICATION_EXISTS: {
    status: 409,
    message: {
      kk: 'Осы идентификатормен басқа өтініш берілген.',
      ru: 'С этим идентификатором подано другое заявление.',
      en: 'Another application has been filed with this id.',
    },
  },
  PAYMENTS_APPLICATION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Өтініш табылмады.',
      ru: 'Заявление не найдено.',
      en: 'The application was not found.',
    },
  },
  PAYMENTS_APPLICATION_DECIDED: {
    status: 409,
    message: {
      kk: 'Өтініш бойынша шешім бұрын қабылданған.',
      ru: 'Решение по заявлению уже принято.',
      en: 'The application has already been decided.',
    },
  },
  PAYMENTS_DECISION_REASON_REQUIRED: {
    status: 422,
    message: {
      kk: 'Бас тарту себебі көрсетілуі керек.',
      ru: 'Нужно указать причину отказа.',
      en: 'A refusal must give its reason.',
    },
  },
  PAYMENTS_DECISION_SIGNER_NOT_OFFICER: {
    status: 403,
    message: {
      kk: 'Шешімге лауазымды адамның өз кілтімен қол қойылмаған (қол қоюшының ЖСН {iin}).',
      ru: 'Решение подписано не ключом самого должностного лица (ИИН подписавшего {iin}).',
      en: 'The decision is not signed with the officer’s own key (the signer’s IIN is {iin}).',
    },
  },
  PAYMENTS_OFFICER_WITHOUT_BODY: {
    status: 403,
    message: {
      kk: 'Шешімді тек кеден органының лауазымды адамы қабылдай алады.',
      ru: 'Решение может принять только должностное лицо таможенного органа.',
      en: 'Only an officer of a customs body may decide.',
    },
  },
  PAYMENTS_OBLIGATION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Төлеу міндеттемесі табылмады.',
      ru: 'Обязательство по уплате не найдено.',
      en: 'The payment obligation was not found.',
    },
  },
  PAYMENTS_OBLIGATION_PAID: {
    status: 409,
    message: {
      kk: 'Міндеттеме бұрын төленген деп белгіленген.',
      ru: 'Обязательство уже отмечено как уплаченное.',
      en: 'The obligation has already been recorded as paid.',
    },
  },
});
