import { defineErrors } from '../../platform/errors.ts';

/**
 * Refusals of the Web-declarant access procedure (issue 4 points 11–13). Refusals the accounts
 * module already names (REG_IIN_BIN_INVALID, REG_EMAIL_INVALID, ACCESS_*, ACCOUNT_NOT_FOUND) are
 * reused from there: codes are global.
 */
export const WebDeclarantErrors = defineErrors({
  WD_OKPO_INVALID: {
    status: 400,
    message: {
      kk: 'КҰЖЖ коды дұрыс емес: заңды тұлға үшін 8 цифр, жеке кәсіпкер үшін 10 цифр.',
      ru: 'Код ОКПО указан неверно: 8 цифр для юридического лица, 10 цифр для индивидуального предпринимателя.',
      en: 'The OKPO code is invalid: 8 digits for a legal entity, 10 digits for an individual entrepreneur.',
    },
  },
  WD_TAXPAYER_KIND_MISMATCH: {
    status: 400,
    message: {
      kk: 'Салық төлеушінің нөмірі өтініш берушінің түріне сәйкес келмейді: заңды тұлғада БСН, жеке тұлғада ЖСН болуы керек.',
      ru: 'Номер налогоплательщика не соответствует виду заявителя: у юридического лица — БИН, у физического лица — ИИН.',
      en: 'The taxpayer number does not fit the kind of applicant: a legal entity has a BIN, an individual an IIN.',
    },
  },
  WD_CUSTOMS_BODY_INVALID: {
    status: 400,
    message: {
      kk: '{code} коды бойынша аумақтық мемлекеттік кірістер департаменті жоқ: өтініш соған жолдануы керек.',
      ru: 'Нет территориального департамента государственных доходов с кодом {code}: заявление адресуется ему.',
      en: 'There is no territorial department of state revenue with code {code}: the application is addressed to one.',
    },
  },
  WD_SIGNED_DATA_MISMATCH: {
    status: 422,
    message: {
      kk: 'Қол қойылған өтініш жіберілген деректерге сәйкес келмейді. Пішінді қайта ашып, өтінішке қайта қол қойыңыз.',
      ru: 'Подписанное заявление не совпадает с отправленными данными. Откройте форму заново и подпишите заявление ещё раз.',
      en: 'The signed application does not match the data sent ({fields}). Open the form again and sign the application anew.',
    },
  },
  WD_SIGNER_NOT_APPLICANT: {
    status: 422,
    message: {
      kk: 'Өтінішке өтініш берушінің өзі не ұйымның басшысы немесе қол қоюға уәкілетті адамы қол қоюы керек (сертификатта: {certificate}).',
      ru: 'Заявление должен подписать сам заявитель либо руководитель или уполномоченное на подпись лицо организации (в сертификате {certificate}).',
      en: 'The application must be signed by the applicant, or by the head or an authorised signatory of the organisation (the certificate names {certificate}).',
    },
  },
  WD_APPLICATION_DUPLICATE: {
    status: 409,
    message: {
      kk: 'Бұл қол қойылған өтініш бұрын қабылданған.',
      ru: 'Это подписанное заявление уже принято.',
      en: 'This signed application has already been received.',
    },
  },
  WD_APPLICATION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Өтініш табылмады.',
      ru: 'Заявление не найдено.',
      en: 'The application was not found.',
    },
  },
  WD_APPLICATION_DECIDED: {
    status: 409,
    message: {
      kk: 'Өтініш бойынша шешім бұрын қабылданған (күйі: {status}).',
      ru: 'По заявлению уже принято решение (состояние: {status}).',
      en: 'The application has already been decided (status: {status}).',
    },
  },
  WD_LETTER_NOT_READY: {
    status: 409,
    message: {
      kk: 'Хат әлі жоқ: алдымен логин беріңіз немесе өтініш бойынша бас тарту туралы шешім қабылдаңыз.',
      ru: 'Письма ещё нет: сначала выдайте логин или примите решение об отказе в предоставлении доступа.',
      en: 'There is no letter yet: issue the login or take the decision to refuse the application first.',
    },
  },
  WD_CUSTOMS_REPRESENTATIVE: {
    status: 403,
    message: {
      kk: 'Кеден өкіліне «Web-декларант» кешеніне қол жеткізу құқығы берілмейді: ол өзінің жеке кабинеті арқылы жұмыс істейді.',
      ru: 'Таможенному представителю доступ к комплексу «Web-декларант» не предоставляется: он работает через свой личный кабинет.',
      en: 'A customs representative is not given access to the Web-declarant complex: it works through its own personal cabinet.',
    },
  },
  WD_BODY_NOT_YOURS: {
    status: 403,
    message: {
      kk: 'Бұл кеден органының өтініштерімен жұмыс істеуге құқығыңыз жоқ.',
      ru: 'Вы не работаете с заявлениями этого таможенного органа.',
      en: 'You do not work with the applications of this customs body.',
    },
  },
  ACCESS_MEASURE_NOT_APPLICABLE: {
    status: 409,
    message: {
      kk: 'Бұл шараны қолдануға болмайды: тіркелгіге қол жеткізу құқығының қазіргі күйі — {current}.',
      ru: 'Эту меру применить нельзя: текущее состояние доступа учётной записи — {current}.',
      en: 'This measure does not apply: the account’s access is currently {current}.',
    },
  },
  ACCESS_REGRANT_TOO_EARLY: {
    status: 409,
    message: {
      kk: 'Қол жеткізу құқығын кері қайтарып алу туралы хабарламадан кейін бір ай өткенге дейін оны қайта беруге болмайды: ең ерте күні — {earliest}.',
      ru: 'Доступ можно предоставить вновь не ранее чем через месяц после уведомления об отзыве: не ранее {earliest}.',
      en: 'Access can be granted again no sooner than one month after the revocation notice: from {earliest}.',
    },
  },
});
