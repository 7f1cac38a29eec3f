import { defineErrors } from '../../platform/errors.ts';

/** Requests for a login and password to the territorial body (AST-2..AST-6). Clients key on these codes. */
export const CredentialsErrors = defineErrors({
  CREDENTIALS_REQUEST_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Логин мен құпиясөз беру туралы өтініш табылмады.',
      ru: 'Заявка на выдачу логина и пароля не найдена.',
      en: 'The request for a login and password was not found.',
    },
  },
  CREDENTIALS_REQUEST_FIELDS_MISSING: {
    status: 400,
    message: {
      kk: 'Өтініште міндетті дерек жоқ: {field}.',
      ru: 'В заявке не хватает обязательных сведений: {field}.',
      en: 'The request lacks a required item: {field}.',
    },
  },
  CREDENTIALS_REQUEST_FIELD_INVALID: {
    status: 400,
    message: {
      kk: 'Өтініштегі дерек дұрыс емес: {field}.',
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
      kk: 'Өтініш бойынша шешім қабылданған: {status}.',
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
      kk: '{region} өңірінде мемлекеттік кірістер департаменті жоқ.',
      ru: 'Для региона {region} нет департамента государственных доходов.',
      en: 'Region {region} has no Department of State Revenue.',
    },
  },
  CREDENTIALS_OFFICER_WITHOUT_BODY: {
    status: 403,
    message: {
      kk: 'Қызметкер аумақтық органға тіркелмеген: қағаз өтінішті тіркеу мүмкін емес.',
      ru: 'Сотрудник не относится к территориальному органу: зарегистрировать бумажную заявку нельзя.',
      en: 'The officer belongs to no territorial body: a paper request cannot be registered.',
    },
  },
});
