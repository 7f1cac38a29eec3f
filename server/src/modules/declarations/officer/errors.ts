import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of the officer's side: decisions and what they must carry. */
export const OfficerErrors = defineErrors({
  DECL_DECISION_REASONS_REQUIRED: {
    status: 400,
    message: {
      kk: '«{decision}» шешімі үшін себептерді көрсетіңіз.',
      ru: 'Для решения «{decision}» укажите причины.',
      en: 'The decision "{decision}" needs its reasons.',
    },
  },
  DECL_DECISION_SIGNER_NOT_OFFICER: {
    status: 403,
    message: {
      kk: 'Шешімге лауазымды адамның өз ЭЦҚ-сымен қол қойылуы керек (сертификаттағы ЖСН: {iin}).',
      ru: 'Решение должно быть подписано ЭЦП самого должностного лица (ИИН в сертификате: {iin}).',
      en: 'The decision must be signed with the officer’s own signing key (the certificate’s IIN: {iin}).',
    },
  },
  DECL_DECISION_STALE: {
    status: 409,
    message: {
      kk: 'Декларант декларацияның жаңа данасын берді. Құжатты қайта ашып, шешімге қайта қол қойыңыз.',
      ru: 'Декларант подал новый экземпляр декларации. Откройте документ заново и подпишите решение снова.',
      en: 'The declarant has filed a new copy of the declaration. Open it again and sign the decision anew.',
    },
  },
  DECL_DECISION_NOT_YOURS: {
    status: 403,
    message: {
      kk: 'Өткізу пункті басқа органда тіркелген декларация бойынша тек шығару туралы шешім қабылдай алады.',
      ru: 'По декларации, зарегистрированной другим органом, пункт пропуска принимает только решения о выпуске.',
      en: 'On a declaration registered by another body, a border checkpoint takes only release decisions.',
    },
  },
  DECL_DECISION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Шешім табылмады.',
      ru: 'Решение не найдено.',
      en: 'The decision was not found.',
    },
  },
  DECL_COPY_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Декларацияның {copy}-данасы жоқ.',
      ru: 'У декларации нет экземпляра {copy}.',
      en: 'The declaration has no copy {copy}.',
    },
  },
  DECL_OFFICER_WITHOUT_BODY: {
    status: 403,
    message: {
      kk: 'Шешімді кеден органының лауазымды адамы қабылдайды.',
      ru: 'Решение принимает должностное лицо таможенного органа.',
      en: 'Decisions are taken by an officer of a customs body.',
    },
  },
});
