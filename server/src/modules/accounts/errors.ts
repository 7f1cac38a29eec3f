import { defineErrors } from '../../platform/errors.ts';

/** Registration, log-in, sessions and access (issue 4). Clients key on these codes. */
export const AccountErrors = defineErrors({
  REG_IIN_BIN_INVALID: {
    status: 400,
    message: {
      kk: 'ЖСН/БСН дұрыс емес: 12 цифр және дұрыс бақылау цифры болуы керек.',
      ru: 'ИИН/БИН указан неверно: нужны 12 цифр с верной контрольной цифрой.',
      en: 'The IIN/BIN is invalid: it must be 12 digits with a correct check digit.',
    },
  },
  REG_CERT_SUBJECT_MISMATCH: {
    status: 422,
    message: {
      kk: 'Сертификаттағы ЖСН/БСН ({certificate}) көрсетілген ЖСН/БСН-мен ({given}) сәйкес келмейді.',
      ru: 'ИИН/БИН в сертификате ({certificate}) не совпадает с указанным ({given}).',
      en: 'The IIN/BIN in the certificate ({certificate}) does not match the one given ({given}).',
    },
  },
  REG_SIGNED_DATA_MISMATCH: {
    status: 422,
    message: {
      kk: 'Қол қойылған деректер жіберілген деректерге сәйкес келмейді. Пішінді қайта ашып, деректерге қайта қол қойыңыз.',
      ru: 'Подписанные данные не совпадают с отправленными. Откройте форму заново и подпишите данные ещё раз.',
      en: 'The signed data do not match the data sent ({fields}). Open the form again and sign the data anew.',
    },
  },
  REG_SIGNATURE_REQUIRED: {
    status: 400,
    message: {
      kk: 'Тіркелу үшін ЭЦҚ-мен қол қою қажет.',
      ru: 'Для регистрации нужна подпись ЭЦП.',
      en: 'Registration needs a digital signature.',
    },
  },
  REG_EMAIL_INVALID: {
    status: 400,
    message: {
      kk: 'Электрондық пошта мекенжайы дұрыс емес.',
      ru: 'Адрес электронной почты указан неверно.',
      en: 'The e-mail address is invalid.',
    },
  },
  REG_PASSWORD_WEAK: {
    status: 400,
    message: {
      kk: 'Құпиясөз тым әлсіз: кемінде 12 таңба, жиі қолданылатын немесе оңай табылатын құпиясөз болмауы керек.',
      ru: 'Пароль слишком слабый: нужно не менее 12 символов, и он не должен быть распространённым или легко угадываемым.',
      en: 'The password is too weak: it needs at least 12 characters and must not be a common or easily guessed one.',
    },
  },
  REG_ALREADY_REGISTERED: {
    status: 409,
    message: {
      kk: 'Осы ЖСН/БСН және пайдаланушы түрі үшін белсенді тіркелгі бар.',
      ru: 'Для этого ИИН/БИН и типа пользователя уже есть активная учётная запись.',
      en: 'An active account already exists for this IIN/BIN and user type.',
    },
  },
  REG_CONSENT_REQUIRED: {
    status: 400,
    message: {
      kk: 'Тіркелу үшін дербес деректерді жинауға және өңдеуге келісім беру қажет.',
      ru: 'Для регистрации необходимо согласие на сбор и обработку персональных данных.',
      en: 'Registration needs your consent to the collection and processing of personal data.',
    },
  },
  REG_CONSENT_OUTDATED: {
    status: 409,
    message: {
      kk: 'Дербес деректерді жинауға және өңдеуге келісім мәтіні жаңартылды. Бетті қайта жүктеп, жаңа мәтінмен танысыңыз.',
      ru: 'Текст согласия на сбор и обработку персональных данных обновлён. Перезагрузите страницу и ознакомьтесь с новым текстом.',
      en: 'The text of the consent to the collection and processing of personal data has changed. Reload the page and read the new text.',
    },
  },
  DATA_READ_REASON_REQUIRED: {
    status: 400,
    message: {
      kk: 'Басқа тұлғаның деректерін оқу себебін көрсетіңіз.',
      ru: 'Укажите причину обращения к данным другого лица.',
      en: 'State the reason for reading another person’s data (the reason parameter).',
    },
  },
  REG_CONFIRMATION_INVALID: {
    status: 400,
    message: {
      kk: 'Растау сілтемесі жарамсыз немесе бұрын пайдаланылған.',
      ru: 'Ссылка подтверждения недействительна или уже использована.',
      en: 'The confirmation link is invalid or has already been used.',
    },
  },
  REG_CONFIRMATION_EXPIRED: {
    status: 410,
    message: {
      kk: 'Растау сілтемесінің мерзімі өтті (24 сағат). Қайта тіркеліңіз.',
      ru: 'Срок ссылки подтверждения истёк (24 часа). Зарегистрируйтесь снова.',
      en: 'The confirmation link has expired (24 hours). Please register again.',
    },
  },
  AUTH_REQUIRED: {
    status: 401,
    message: {
      kk: 'Жүйеге кіру қажет.',
      ru: 'Требуется вход в систему.',
      en: 'You need to log in.',
    },
  },
  AUTH_FORBIDDEN: {
    status: 403,
    message: {
      kk: 'Бұл әрекетке құқығыңыз жоқ.',
      ru: 'У вас нет прав на это действие.',
      en: 'You are not allowed to do this.',
    },
  },
  AUTH_CSRF_INVALID: {
    status: 403,
    message: {
      kk: 'Сұрау қорғау белгісінсіз келді. Бетті жаңартып, қайталаңыз.',
      ru: 'Запрос пришёл без защитного маркера. Обновите страницу и повторите.',
      en: 'The request came without its protection token. Reload the page and try again.',
    },
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    message: {
      kk: 'Логин немесе құпиясөз қате.',
      ru: 'Неверный логин или пароль.',
      en: 'The login or password is wrong.',
    },
  },
  AUTH_NO_ACCOUNT: {
    status: 401,
    message: {
      kk: 'Бұл сертификат үшін белсенді тіркелгі жоқ. Алдымен тіркеліңіз.',
      ru: 'Для этого сертификата нет активной учётной записи. Сначала зарегистрируйтесь.',
      en: 'There is no active account for this certificate. Please register first.',
    },
  },
  AUTH_ACCOUNT_CHOICE_REQUIRED: {
    status: 409,
    message: {
      kk: 'Бұл сертификатқа бірнеше тіркелгі сәйкес келеді: қайсысымен кіретініңізді таңдаңыз.',
      ru: 'Этому сертификату соответствует несколько учётных записей: выберите, под какой войти.',
      en: 'Several accounts match this certificate: choose which one to log in to.',
    },
  },
  AUTH_SIGNATURE_REQUIRED: {
    status: 403,
    message: {
      kk: 'Бұл әрекет үшін сеансты ЭЦҚ-мен растау қажет: ЭЦҚ-мен кіріңіз немесе осы сеансты ЭЦҚ-мен растаңыз. Құпиясөзбен кіру жеке кабинеттің тек сыртқы бөлігін ашады.',
      ru: 'Для этого действия сеанс нужно подтвердить ЭЦП: войдите с ЭЦП или подтвердите этот сеанс подписью. Вход по паролю открывает только внешнюю часть личного кабинета.',
      en: 'This needs a session confirmed with your NCA signature: log in with the signature, or confirm this session with it. A password log-in opens only the external part of the personal cabinet.',
    },
  },
  AUTH_SIGNATURE_NOT_ACTIVATED: {
    status: 403,
    message: {
      kk: 'Тіркелгіде белсендірілген ЭЦҚ жоқ. Жеке кабинетте ЭЦҚ сертификатын байланыстырып, белсендіріңіз: содан кейін декларация беруге, қол қоюға және төлеуге болады.',
      ru: 'В учётной записи нет активированной ЭЦП. Привяжите и активируйте сертификат ЭЦП в личном кабинете: после этого можно подавать декларации, подписывать и платить.',
      en: 'The account has no activated NCA signature. Bind and activate your signature in the personal cabinet; then you can file, sign and pay.',
    },
  },
  AUTH_CERTIFICATE_NOT_BOUND: {
    status: 403,
    message: {
      kk: 'Бұл сертификат тіркелгіде белсендірілмеген.',
      ru: 'Этот сертификат не активирован в учётной записи.',
      en: 'This certificate is not activated for the account.',
    },
  },
  AUTH_LOCKED: {
    status: 423,
    message: {
      kk: 'Сәтсіз әрекеттер көп болғандықтан, құпиясөзбен кіру {minutes} минутқа тоқтатыла тұрды. ЭЦҚ-мен кіруге болады.',
      ru: 'Вход по паролю приостановлен на {minutes} мин. из-за повторных неудачных попыток. Вход с ЭЦП по-прежнему доступен.',
      en: 'Password log-in is paused for {minutes} min after repeated failed attempts. Log-in with a signature remains open.',
    },
  },
  AUTH_WORKPLACE_LIMIT: {
    status: 409,
    message: {
      kk: 'Тіркелгінің барлық жұмыс орындары ({workplaces}) бос емес. Осы жерде олардың бір сеансын аяқтап, кіріңіз немесе басқа жұмыс орнынан шығыңыз.',
      ru: 'Все рабочие места учётной записи ({workplaces}) заняты. Завершите здесь один из их сеансов и войдите или выйдите на другом рабочем месте.',
      en: 'Every workplace of the account ({workplaces}) is in use. End one of its sessions here and log in, or log out at the other workplace.',
    },
  },
  AUTH_LOGIN_OTHER_WORKPLACE: {
    status: 409,
    message: {
      kk: 'Бұл логин басқа жұмыс орнына байланған: бір логин бір жұмыс орнында ғана қолданылады. Осы жұмыс орнына берілген логинмен кіріңіз немесе байланысты босату үшін кеден органына жүгініңіз.',
      ru: 'Этот логин закреплён за другим рабочим местом: один логин используется только на одном рабочем месте. Войдите с логином, выданным для этого рабочего места, или обратитесь в таможенный орган, чтобы снять закрепление.',
      en: 'This login is bound to another workplace: one login serves one workplace. Log in with the login issued for this workplace, or ask the customs body to release the binding.',
    },
  },
  LOGIN_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Тіркелгіде мұндай логин жоқ.',
      ru: 'У учётной записи нет такого логина.',
      en: 'The account has no such login.',
    },
  },
  LOGIN_NOT_BOUND: {
    status: 409,
    message: {
      kk: 'Логин ешбір жұмыс орнына байланбаған: келесі кіру оны байланыстырады.',
      ru: 'Логин не закреплён ни за одним рабочим местом: его закрепит следующий вход.',
      en: 'The login is not bound to any workplace: its next log-in binds it.',
    },
  },
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: {
      kk: 'Жалғастыру үшін бір реттік құпиясөзді өзгертіңіз.',
      ru: 'Чтобы продолжить, смените одноразовый пароль.',
      en: 'Change your one-time password to continue.',
    },
  },
  ACCESS_SUSPENDED: {
    status: 403,
    message: {
      kk: 'Тіркелгіге қол жеткізу құқығы тоқтатыла тұрды (себебі: үшінші тұлғаларға беру). Кеден органына хабарласыңыз.',
      ru: 'Доступ учётной записи приостановлен (причина: передача третьим лицам). Обратитесь в таможенный орган.',
      en: 'Access to the account is suspended (the reason: handed to third parties). Please contact the customs body.',
    },
  },
  ACCESS_REVOKED: {
    status: 403,
    message: {
      kk: 'Тіркелгіге қол жеткізу құқығы кері қайтарып алынды: себебі жойылғанға дейін кіруге және құжат жіберуге болмайды.',
      ru: 'Доступ учётной записи отозван: вход и отправка документов невозможны до устранения причины.',
      en: 'Access to the account is revoked: log-in and submissions are refused until the cause is removed.',
    },
  },
  ACCESS_DISABLED_PERMANENTLY: {
    status: 403,
    message: {
      kk: 'Қол жеткізу құқығы үш реттен көп кері қайтарып алынғандықтан, логин біржола өшірілді.',
      ru: 'Логин отключён навсегда после более чем трёх отзывов доступа.',
      en: 'The login is disabled for good after more than three revocations.',
    },
  },
  ACCOUNT_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Тіркелгі табылмады.',
      ru: 'Учётная запись не найдена.',
      en: 'The account was not found.',
    },
  },
  SESSION_RELEASE_INVALID: {
    status: 403,
    message: {
      kk: 'Сеанстарды аяқтауға рұқсаттың мерзімі өтті немесе ол пайдаланылды: қайта кіріп көріңіз.',
      ru: 'Разрешение завершить сеансы истекло или уже использовано: попробуйте войти снова.',
      en: 'The permission to end sessions has expired or was already used: try to log in again.',
    },
  },
  SESSION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Сеанс табылмады немесе аяқталған.',
      ru: 'Сеанс не найден или уже завершён.',
      en: 'The session was not found or has already ended.',
    },
  },
});
