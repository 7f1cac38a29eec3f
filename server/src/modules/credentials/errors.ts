import { defineErrors } from '../../platform/errors.ts';

/** Requests for a login and password to the territorial body (AST-2..AST-6). Clients key on these codes. */
export const CredentialsErrors = defineErrors({
  CREDENTIALS_REQUEST_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Логин мен құпиясөз беру туралы өтініш табылмады.',
      ru: 'Заявка о присвоении логина и пароля не найдена.',
      en: 'The request for a login and password was not found.',
    },
  },
  CREDENTIALS_REQUEST_FIELDS_MISSING: {
    status: 400,
    message: {
      kk: 'Өтініште міндетті мәлімет жоқ: {field}.',
      ru: 'В заявке не хватает обязательных сведений: {field}.',
      en: 'The request lacks a required item: {field}.',
    },
  },
  CREDENTIALS_REQUEST_FIELD_INVALID: {
    status: 400,
    message: {
      kk: 'Өтініштегі мәлімет дұрыс көрсетілмеген: {field}.',
      ru: 'Сведения в заявке указаны неверно: {field}.',
      en: 'An item of the request is invalid: {field}.',
    },
  },
  CREDENTIALS_REQUEST_PENDING: {
    status: 409,
    message: {
      kk: 'Осы ЖСН/БСН және пайдаланушы түрі бойынша өтініш қаралуда ({number}).',
      ru: 'По этому ИИН/БИН и типу пользователя уже рассматривается заявка ({number}).',
      en: 'A request for this IIN/BIN and user type is already under review ({number}).',
    },
  },
  CREDENTIALS_REQUEST_ALREADY_DECIDED: {
    status: 409,
    message: {
      kk: 'Өтініш бойынша шешім бұрын қабылданған: {status}.',
      ru: 'По заявке уже принято решение: {status}.',
      en: 'The request has already been decided: {status}.',
    },
  },
  CREDENTIALS_REQUEST_NOT_DECIDED: {
    status: 409,
    message: {
      kk: 'Өтініш әлі қаралмаған: хабарлама шешімнен кейін жіберіледі.',
      ru: 'Заявка ещё не рассмотрена: уведомление направляется после решения.',
      en: 'The request has not been decided yet: the notice follows the decision.',
    },
  },
  CREDENTIALS_NOTICE_BY_EMAIL: {
    status: 409,
    message: {
      kk: 'Өтініш электрондық түрде келді: хабарлама электрондық поштамен жіберіледі, хат қажет емес.',
      ru: 'Заявка поступила в электронном виде: уведомление уходит по электронной почте, письмо не нужно.',
      en: 'The request came in electronically: its notice goes by e-mail, there is no letter.',
    },
  },
  CREDENTIALS_NOTICE_ALREADY_SENT: {
    status: 409,
    message: {
      kk: 'Хабарлама жіберілген деп белгіленген; бір реттік құпиясөз енді сақталмайды.',
      ru: 'Уведомление уже отмечено как отправленное; одноразовый пароль больше не хранится.',
      en: 'The notice is already marked as sent; the one-time password is no longer kept.',
    },
  },
  REGION_HAS_NO_DEPARTMENT: {
    status: 422,
    message: {
      kk: '{region} үшін мемлекеттік кірістер департаменті жоқ.',
      ru: 'Для региона «{region}» нет департамента государственных доходов.',
      en: 'There is no Department of State Revenue for the region "{region}".',
    },
  },
  CREDENTIALS_OFFICER_WITHOUT_BODY: {
    status: 403,
    message: {
      kk: 'Лауазымды адам аумақтық органға бекітілмеген: қағаз түріндегі өтінішті тіркеуге болмайды.',
      ru: 'Должностное лицо не относится к территориальному органу: зарегистрировать заявку на бумажном носителе нельзя.',
      en: 'The officer belongs to no territorial body: a paper request cannot be registered.',
    },
  },
  CREDENTIALS_IDENTITY_CHECK_REQUIRED: {
    status: 409,
    message: {
      kk: 'Өтініш ЭЦҚ-сыз берілген: мақұлдау алдында өтініш берушінің жеке басы қағаз жеткізгіштегі жеке басты куәландыратын құжат бойынша тексерілгенін растаңыз және қандай құжат көрсетілгенін жазыңыз.',
      ru: 'Заявка подана без ЭЦП: перед одобрением подтвердите, что личность заявителя проверена по документу, удостоверяющему личность, на бумажном носителе, и укажите, какой документ предъявлен.',
      en: 'The request was filed without a digital signature: before approving, confirm that you checked the applicant’s identity against the identity document on paper, and say which document was shown.',
    },
  },
  CREDENTIALS_UNSIGNED_REQUEST_OPEN: {
    status: 409,
    message: {
      kk: 'Осы ЖСН/БСН, паспорт немесе электрондық пошта бойынша өтініш растауды күтуде немесе қаралуда.',
      ru: 'По этому ИИН/БИН, паспорту или адресу электронной почты заявка уже ждёт подтверждения или рассматривается.',
      en: 'A request for this IIN/BIN, passport or e-mail address is already awaiting confirmation or under review.',
    },
  },
  CREDENTIALS_CONFIRMATION_INVALID: {
    status: 400,
    message: {
      kk: 'Өтінішті растау сілтемесі жарамсыз немесе бұрын пайдаланылған.',
      ru: 'Ссылка подтверждения заявки недействительна или уже использована.',
      en: 'The request’s confirmation link is invalid or has already been used.',
    },
  },
  CREDENTIALS_CONFIRMATION_EXPIRED: {
    status: 410,
    message: {
      kk: 'Өтінішті растау сілтемесінің мерзімі өтті ({hours} сағат). Өтінішті қайта беріңіз.',
      ru: 'Срок ссылки подтверждения заявки истёк ({hours} ч). Подайте заявку снова.',
      en: 'The request’s confirmation link has expired ({hours} hours). Please file the request again.',
    },
  },
  CREDENTIALS_IDENTIFICATION_NUMBERS_EXHAUSTED: {
    status: 503,
    message: {
      kk: 'Резидент еместерге берілетін сәйкестендіру нөмірлері таусылды: әкімшіге хабарласыңыз.',
      ru: 'Идентификационные номера для нерезидентов исчерпаны: обратитесь к администратору.',
      en: 'The identification numbers for non-residents are used up: contact the administrator.',
    },
  },
});
