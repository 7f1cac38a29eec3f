import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of the signed submission and of the public receipt check. */
export const SubmissionErrors = defineErrors({
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
