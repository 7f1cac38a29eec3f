import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of the signed submission and of the public receipt check. */
export const SubmissionErrors = defineErrors({
  DECL_PAYMENT_NOT_ASSESSED: {
    status: 409,
    message: {
      kk: 'Декларация бойынша төленетін сома тіркеу кезінде есептелмеген: оны кеден органының лауазымды адамы айқындайды.',
      ru: 'Сумма платежей по декларации не исчислена при регистрации: её определит должностное лицо таможенного органа.',
      en: 'What the declaration owes was not calculated at registration: a customs officer will determine it.',
    },
  },
  DECL_PAYMENT_CLOSED: {
    status: 409,
    message: {
      kk: 'Декларация төлемді күтпейді: сома бұрын резервке қойылған, ештеңе төленбейді немесе декларация бойынша шешім қабылданған.',
      ru: 'Декларация не ожидает оплаты: сумма уже зарезервирована, к уплате ничего нет или по декларации принято решение.',
      en: 'The declaration is not awaiting payment: the amount is already held, nothing is owed, or a decision has been taken on it.',
    },
  },
  DECL_PAYMENT_INSUFFICIENT_FUNDS: {
    status: 409,
    message: {
      kk: 'Аванстық төлемдер дербес шотында қаражат жеткіліксіз: {owed} теңге қажет. Шотты толықтырып, қайта төлеңіз.',
      ru: 'На лицевом счёте авансовых платежей недостаточно средств: нужно {owed} тенге. Пополните счёт и оплатите снова.',
      en: 'There is not enough money on the personal advance account: {owed} tenge is needed. Top it up and pay again.',
    },
  },
  DECL_IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    message: {
      kk: 'Idempotency-Key тақырыбы қажет: 1–200 көрінетін таңба.',
      ru: 'Нужен заголовок Idempotency-Key: от 1 до 200 видимых символов.',
      en: 'The Idempotency-Key header is required: 1 to 200 visible characters.',
    },
  },
  DECL_IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: {
      kk: 'Бұл Idempotency-Key басқа сұрауға қолданылған. Жаңа сұрауға жаңа кілт беріңіз.',
      ru: 'Этот Idempotency-Key уже использован для другого запроса. Для нового запроса нужен новый ключ.',
      en: 'This Idempotency-Key was used for another request. Use a new key for a new request.',
    },
  },
  DECL_CUSTOMS_OFFICE_INVALID: {
    status: 422,
    message: {
      kk: '{code} кеден органы жоқ немесе бұл құжат түрін қабылдамайды.',
      ru: 'Таможенный орган {code} не существует или не принимает документы этого вида.',
      en: 'The customs body {code} does not exist or does not accept documents of this kind.',
    },
  },
  DECL_RECEIPT_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Осы нөмір мен хэш бойынша түбіртек табылмады.',
      ru: 'Квитанция с таким номером и хешем не найдена.',
      en: 'No receipt with this number and hash was found.',
    },
  },
  DECL_RECEIPT_KEY_MISSING: {
    status: 500,
    message: {
      kk: 'Жүйенің түбіртекке қол қою кілті бапталмаған.',
      ru: 'Ключ системы для подписи квитанций не настроен.',
      en: 'The system’s receipt signing key is not configured.',
    },
  },
});
