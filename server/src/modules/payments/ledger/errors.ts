import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of the personal advance account (ACC-14). Nothing is posted when one is thrown. */
export const LedgerErrors = defineErrors({
  LEDGER_INSUFFICIENT_FUNDS: {
    status: 409,
    message: {
      kk: 'Аванстық төлемдердің дербес шотында қаражат жеткіліксіз: қолжетімді {available} теңге, қажет {needed} теңге.',
      ru: 'На лицевом счёте авансовых платежей недостаточно средств: доступно {available} тенге, требуется {needed} тенге.',
      en: 'The advance account has too little money: {available} tenge available, {needed} tenge needed.',
    },
  },
  LEDGER_IDEMPOTENCY_CONFLICT: {
    status: 409,
    message: {
      kk: 'Бұл идемпотенттілік кілті басқа сұраныста қолданылған.',
      ru: 'Этот ключ идемпотентности уже использован для другого запроса.',
      en: 'This idempotency key has already been used for a different request.',
    },
  },
  LEDGER_AMOUNT_INVALID: {
    status: 400,
    message: {
      kk: 'Сома дұрыс емес: ол нөлден үлкен, бөлшек бөлігі ең көбі екі таңбалы және 100 000 000 000 теңгеден аспайтын сан болуы керек.',
      ru: 'Сумма указана неверно: нужно число больше нуля, не более двух знаков в дробной части и не более 100 000 000 000 тенге.',
      en: 'The amount is invalid: it must be above zero, with at most two decimal places, and at most 100,000,000,000 tenge.',
    },
  },
  LEDGER_PAYER_INVALID: {
    status: 400,
    message: {
      kk: 'Төлеушінің ЖСН/БСН дұрыс емес: 12 цифр болуы керек.',
      ru: 'ИИН/БИН плательщика указан неверно: нужно 12 цифр.',
      en: 'The payer’s IIN/BIN is invalid: it must be 12 digits.',
    },
  },
  LEDGER_DEPOSIT_DUPLICATE: {
    status: 409,
    message: {
      kk: '{number} нөмірлі {date} күнгі банк құжаты бұл төлеушінің шотына бұрын есепке алынған.',
      ru: 'Банковский документ № {number} от {date} уже зачислен на счёт этого плательщика.',
      en: 'Bank document No. {number} of {date} has already been credited to this payer’s account.',
    },
  },
  LEDGER_RESERVATION_EXISTS: {
    status: 409,
    message: {
      kk: 'Бұл декларация үшін қаражат бұрын резервтелген.',
      ru: 'Средства для этой декларации уже зарезервированы.',
      en: 'Money is already reserved for this declaration.',
    },
  },
  LEDGER_RESERVATION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Бұл декларация үшін ашық резерв жоқ.',
      ru: 'Для этой декларации нет открытого резерва.',
      en: 'There is no open reservation for this declaration.',
    },
  },
  LEDGER_DEBIT_ABOVE_RESERVATION: {
    status: 409,
    message: {
      kk: 'Есептен шығарылатын сома ({amount} теңге) резервтен ({reserved} теңге) асады.',
      ru: 'Списываемая сумма ({amount} тенге) больше резерва ({reserved} тенге).',
      en: 'The amount to debit ({amount} tenge) is above the reservation ({reserved} tenge).',
    },
  },
  LEDGER_POSTING_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Өткізбе табылмады.',
      ru: 'Проводка не найдена.',
      en: 'The posting was not found.',
    },
  },
  LEDGER_NOT_REVERSIBLE: {
    status: 409,
    message: {
      kk: 'Бұл өткізбені сторнолауға болмайды: тек бұрын сторноланбаған кіріс пен қайтаруды сторнолауға болады.',
      ru: 'Эту проводку нельзя сторнировать: сторнируются только не сторнированные ранее зачисления и возвраты.',
      en: 'This posting cannot be reversed: only deposits and refunds not yet reversed can be.',
    },
  },
  LEDGER_PERIOD_INVALID: {
    status: 400,
    message: {
      kk: 'Кезең дұрыс емес: басы соңынан кейін емес және ұзақтығы {days} күннен аспауы керек.',
      ru: 'Период указан неверно: начало не позже конца и не длиннее {days} дней.',
      en: 'The period is invalid: its start must not be after its end, and it must be at most {days} days long.',
    },
  },
  LEDGER_STATEMENT_UNREADABLE: {
    status: 422,
    message: {
      kk: 'Банк үзінді көшірмесін оқу мүмкін емес: {problem}.',
      ru: 'Банковскую выписку не удалось прочитать: {problem}.',
      en: 'The bank statement cannot be read: {problem}.',
    },
  },
  LEDGER_OFFICER_WITHOUT_BODY: {
    status: 403,
    message: {
      kk: 'Төлемді тек кеден органының лауазымды адамы есепке ала алады.',
      ru: 'Платёж может зачислить только должностное лицо таможенного органа.',
      en: 'Only an officer of a customs body may record a payment.',
    },
  },
});
