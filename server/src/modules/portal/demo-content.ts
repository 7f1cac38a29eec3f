import type { ContentKind, ItemInput } from '@shekara/contracts/portal';

/**
 * The portal's bundled demo content, written by the project: a few news items, one future
 * maintenance notice, the legal acts the system implements, training on registering and logging
 * in, and one download. Loaded at start (DEMO_DATA=on); an item already present is left as the
 * administrator keeps it.
 */
export interface DemoItem extends Omit<ItemInput, 'fileId'> {
  kind: ContentKind;
  /** a bundled file, by its name in `demoFiles` */
  file?: string;
}

const empty = { kk: '', ru: '', en: '' };

export const demoFiles: Record<string, { contentType: string; text: string }> = {
  'credentials-request-template.txt': {
    contentType: 'text/plain; charset=utf-8',
    text: [
      'В Департамент государственных доходов по ____________________',
      '',
      'ЗАПРОС',
      'на предоставление логина и пароля для работы в информационной системе органов государственных доходов',
      '',
      'Прошу предоставить логин и пароль для работы в системе в качестве: ____________________',
      'ИИН / БИН: ____________',
      'Номер уведомления (свидетельства) о государственной регистрации юридического лица',
      'или индивидуального предпринимателя: ____________________',
      'Для декларанта, не зарегистрированного в качестве ЮЛ или ИП: номер и дата документа,',
      'удостоверяющего личность: ____________________',
      'Адрес электронной почты или почтовый адрес для уведомления: ____________________',
      '',
      'Дата: ____________        Подпись: ____________',
      '',
    ].join('\n'),
  },
};

export const demoItems: DemoItem[] = [
  {
    kind: 'news',
    slug: 'portal-opened',
    publishedAt: '2026-11-02T04:00:00.000Z',
    title: {
      kk: 'Шекара порталы ашылды',
      ru: 'Открыт портал Шекара',
      en: 'The Shekara portal is open',
    },
    summary: {
      kk: 'Декларанттар мен кеден өкілдері енді ЭЦҚ арқылы тіркеліп, жеке кабинетке кіре алады.',
      ru: 'Декларанты и таможенные представители могут регистрироваться с ЭЦП и входить в личный кабинет.',
      en: 'Declarants and customs representatives can now register with their digital signature and use their cabinet.',
    },
    body: {
      kk: 'Порталдың сыртқы модулі барлығына ашық. Онда:\n\n- ҚР ҰКО ЭЦҚ-мен тіркелу;\n- ЭЦҚ немесе берілген логин мен пароль арқылы кіру;\n- қолтаңбаны тексеру.\n\nСұрақтар болса, [қолдау қызметіне](/support) жазыңыз.',
      ru: 'Внешний модуль портала открыт для всех. На нём можно:\n\n- зарегистрироваться с ЭЦП НУЦ РК;\n- войти по ЭЦП или по выданным логину и паролю;\n- проверить подпись.\n\nЕсли возникнут вопросы, напишите в [службу поддержки](/support).',
      en: 'The portal’s external module is open to everyone. On it you can:\n\n- register with an NCA RK digital signature;\n- log in with the signature or with an issued login and password;\n- check a signature.\n\nIf you have questions, write to the [support service](/support).',
    },
  },
  {
    kind: 'news',
    slug: 'web-declarant-applications-online',
    publishedAt: '2026-11-12T05:30:00.000Z',
    title: {
      kk: 'Web-декларантқа қол жеткізуге өтінім енді онлайн беріледі',
      ru: 'Заявление на доступ к Web-декларанту теперь подаётся онлайн',
      en: 'Applications for Web-declarant access can now be filed online',
    },
    summary: {
      kk: '1-қосымша нысанындағы өтінім қол қою кілтімен қол қойылып, департамент журналына бірден түседі.',
      ru: 'Заявление по форме приложения 1 подписывается ключом подписи и сразу попадает в журнал департамента.',
      en: 'The Annex 1 application is signed with the signing key and goes straight into the department’s journal.',
    },
    body: {
      kk: 'Өтінімді жеке кабинеттен толтырып, **қол қою** кілтімен (AUTH емес) қол қойыңыз. Логин мен хат **7 күн** ішінде жіберіледі.',
      ru: 'Заполните заявление в личном кабинете и подпишите его ключом **подписи** (не AUTH). Логин и письмо направляются в течение **7 дней**.',
      en: 'Fill in the application in your cabinet and sign it with the **signing** key (not the AUTH key). The login and letter are sent within **7 days**.',
    },
  },
  {
    kind: 'news',
    slug: 'support-service',
    publishedAt: '2026-11-18T06:00:00.000Z',
    title: {
      kk: 'Қолдау қызметіне өтініш нөмірмен тіркеледі',
      ru: 'Обращения в службу поддержки регистрируются с номером',
      en: 'Requests to the support service now get a number',
    },
    summary: {
      kk: 'Порталдағы нысан арқылы жіберілген әр өтінішке нөмір беріледі және ол поштаңызға келеді.',
      ru: 'Каждое обращение через форму на портале получает номер, который приходит вам на почту.',
      en: 'Every request sent through the portal’s form gets a number, which is e-mailed to you.',
    },
    body: {
      kk: 'Портал жұмыс істемесе немесе тіркелу кезінде қиындық туындаса, [қолдау нысанын](/support) толтырыңыз. Кіру міндетті емес.',
      ru: 'Если портал не работает или при регистрации возникли трудности, заполните [форму поддержки](/support). Входить в систему для этого не нужно.',
      en: 'If the portal does not work or registering runs into trouble, fill in the [support form](/support). You do not need to log in for it.',
    },
  },
  {
    kind: 'notice',
    slug: 'maintenance-2027-02-15',
    publishedAt: '2026-11-20T04:00:00.000Z',
    // 01:00–05:00 Almaty time (UTC+5) in the night to Monday 15 February 2027.
    startsAt: '2027-02-14T20:00:00.000Z',
    endsAt: '2027-02-15T00:00:00.000Z',
    title: {
      kk: 'Серверлерде жоспарлы техникалық жұмыстар',
      ru: 'Плановые технические работы на серверах',
      en: 'Planned maintenance on the servers',
    },
    summary: {
      kk: '2027 жылғы 15 ақпанда Астана уақытымен 01:00-ден 05:00-ге дейін портал қолжетімсіз болуы мүмкін.',
      ru: '15 февраля 2027 года с 01:00 до 05:00 по времени Астаны портал может быть недоступен.',
      en: 'On 15 February 2027 from 01:00 to 05:00 Astana time the portal may be unavailable.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'eaeu-customs-code',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentDate: '2017-04-11',
    sourceUrl: 'https://docs.eaeunion.org/',
    title: {
      kk: 'Еуразиялық экономикалық одақтың Кеден кодексі',
      ru: 'Таможенный кодекс Евразийского экономического союза',
      en: 'Customs Code of the Eurasian Economic Union',
    },
    summary: {
      kk: 'Кеден кодексі туралы 11.04.2017 шарттың қосымшасы, 01.01.2018 бастап қолданылады. Кедендік декларациялау, тауарларды шығару, кедендік төлемдер. Ресми мәтіні — ЕАЭО құқықтық порталында.',
      ru: 'Приложение к Договору о Таможенном кодексе от 11.04.2017, действует с 01.01.2018. Таможенное декларирование, выпуск товаров, таможенные платежи. Официальный текст — на правовом портале ЕАЭС.',
      en: 'Annex to the Treaty on the Customs Code of 11.04.2017, in force since 01.01.2018. Customs declaration, release of goods, customs payments. The official text is on the EAEU legal portal.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'kz-code-customs-regulation',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentNumber: '123-VI',
    documentDate: '2017-12-26',
    sourceUrl: 'https://adilet.zan.kz/rus/docs/K1700000123',
    title: {
      kk: '«Қазақстан Республикасындағы кедендік реттеу туралы» Қазақстан Республикасының Кодексі',
      ru: 'Кодекс Республики Казахстан «О таможенном регулировании в Республике Казахстан»',
      en: 'Code of the Republic of Kazakhstan on customs regulation in the Republic of Kazakhstan',
    },
    summary: {
      kk: '№ 123-VI, 26.12.2017. Электрондық декларациялау, кеден органдарының ақпараттық жүйелері, кедендік төлемдерді төлеу. Ресми мәтіні — «Әділет» ақпараттық-құқықтық жүйесінде.',
      ru: '№ 123-VI от 26.12.2017. Электронное декларирование, информационные системы таможенных органов, уплата таможенных платежей. Официальный текст — в информационно-правовой системе «Әділет».',
      en: 'No. 123-VI of 26.12.2017. Electronic declaration, the customs bodies’ information systems, payment of customs duties. The official text is in the Adilet legal information system.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'order-321-user-registration',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentNumber: '321',
    documentDate: '2018-02-28',
    title: {
      kk: 'Мемлекеттік кірістер органдарының ақпараттық жүйесінің пайдаланушысы ретінде тіркелу қағидалары',
      ru: 'Правила регистрации в качестве пользователя информационной системы органов государственных доходов',
      en: 'Rules of registration as a user of the information system of state revenue bodies',
    },
    summary: {
      kk: '№ 321 бұйрық, 28.02.2018. Қазақ және орыс тілдерінде. Сыртқы модуль арқылы ЭЦҚ-мен тіркелу.',
      ru: 'Приказ № 321 от 28.02.2018. На казахском и русском языках. Регистрация пользователей с ЭЦП через внешний модуль.',
      en: 'Order No. 321 of 28.02.2018, in Kazakh and Russian. Registration of users with the digital signature through the external module.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'astana-1-declarant-registration',
    publishedAt: '2026-11-01T04:00:00.000Z',
    title: {
      kk: '«ASTANA-1» АЖ-да декларантты / кеден өкілін тіркеу тәртібі',
      ru: 'Порядок регистрации декларанта / таможенного представителя в ИС «ASTANA-1»',
      en: 'Procedure of registration of a declarant / customs representative in the ASTANA-1 system',
    },
    summary: {
      kk: 'Аумақтық органнан логин мен пароль сұрау, оны қарау және хабарлама жіберу.',
      ru: 'Запрос логина и пароля у территориального органа, его рассмотрение и уведомление.',
      en: 'Asking the territorial body for a login and password, its review and the notice.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'order-389-access-to-information',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentNumber: '389',
    documentDate: '2018-03-19',
    title: {
      kk: 'Мемлекеттік кірістер органдарының ақпараттық жүйелеріне қол жеткізу, ақпарат алу және пайдалану қағидалары',
      ru: 'Правила доступа, получения и использования информации в информационных системах органов государственных доходов',
      en: 'Rules of access to, receipt and use of information in the information systems of state revenue bodies',
    },
    summary: {
      kk: '№ 389 бұйрық, 19.03.2018. Сыртқы және ішкі модульдер, ЭЦҚ, қолдау қызметі.',
      ru: 'Приказ № 389 от 19.03.2018. Внешний и внутренний модули, ЭЦП, служба поддержки.',
      en: 'Order No. 389 of 19.03.2018. The external and internal modules, digital signatures, the support service.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'order-385-web-declarant',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentNumber: '385',
    documentDate: '2004-09-15',
    title: {
      kk: '«Web-декларант» кешенін пайдалану қағидалары (2010 жылы күші жойылған)',
      ru: 'Правила использования комплекса «Web-декларант» (утратили силу в 2010 году)',
      en: 'Rules of use of the Web-declarant complex (repealed in 2010)',
    },
    summary: {
      kk: '№ 385 бұйрық, 15.09.2004. Кедендік құжаттардың электрондық көшірмелері, қол жеткізу және оны тоқтату.',
      ru: 'Приказ № 385 от 15.09.2004. Электронные копии таможенных документов, доступ и его приостановление.',
      en: 'Order No. 385 of 15.09.2004. Electronic copies of customs documents, access and its suspension.',
    },
    body: empty,
  },
  {
    kind: 'legal',
    slug: 'law-electronic-documents-and-signatures',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentNumber: '370-II',
    documentDate: '2003-01-07',
    sourceUrl: 'https://adilet.zan.kz/rus/docs/Z030000370_',
    title: {
      kk: '«Электрондық құжат және электрондық цифрлық қолтаңба туралы» Қазақстан Республикасының Заңы',
      ru: 'Закон Республики Казахстан «Об электронном документе и электронной цифровой подписи»',
      en: 'Law of the Republic of Kazakhstan on electronic documents and electronic digital signatures',
    },
    summary: {
      kk: '07.01.2003. Жүйеде жұмыс істеуге қажетті ЭЦҚ осы Заң бойынша белсендіріледі.',
      ru: 'От 07.01.2003. ЭЦП, необходимая для работы в системе, активируется в соответствии с этим Законом.',
      en: 'Of 07.01.2003. The digital signature needed to work in the system is activated under this Law.',
    },
    body: empty,
  },
  {
    kind: 'training',
    slug: 'how-to-register',
    publishedAt: '2026-11-01T04:00:00.000Z',
    title: { kk: 'Қалай тіркелуге болады', ru: 'Как зарегистрироваться', en: 'How to register' },
    summary: {
      kk: 'ҚР ҰКО ЭЦҚ-мен тіркелу қадамдары.',
      ru: 'Шаги регистрации с ЭЦП НУЦ РК.',
      en: 'The steps of registering with an NCA RK digital signature.',
    },
    body: {
      kk: '## Не керек\n\n- ҚР ҰКО-ның AUTH кілті және NCALayer бағдарламасы;\n- ЖСН немесе БСН;\n- электрондық пошта.\n\n## Қадамдар\n\n1. [Тіркелу](/register) бетін ашыңыз.\n2. Пайдаланушы түрін таңдаңыз (он түрдің бірі).\n3. ЖСН/БСН, құпиясөз (кемінде 12 таңба) және поштаны енгізіңіз.\n4. AUTH кілтімен қол қойыңыз.\n5. Поштаға келген сілтеме бойынша өтіңіз: тіркелу тек растаудан кейін аяқталады.\n\nЭЦҚ жоқ болса, аумақтық органнан логин мен пароль сұрауға болады.',
      ru: '## Что понадобится\n\n- ключ AUTH НУЦ РК и программа NCALayer;\n- ИИН или БИН;\n- адрес электронной почты.\n\n## Шаги\n\n1. Откройте страницу [регистрации](/register).\n2. Выберите тип пользователя (один из десяти).\n3. Введите ИИН/БИН, пароль (не короче 12 символов) и почту.\n4. Подпишите ключом AUTH.\n5. Перейдите по ссылке из письма: регистрация завершается только после подтверждения.\n\nЕсли ЭЦП нет, можно запросить логин и пароль у территориального органа.',
      en: '## What you need\n\n- an NCA RK AUTH key and the NCALayer application;\n- your IIN or BIN;\n- an e-mail address.\n\n## Steps\n\n1. Open the [registration](/register) page.\n2. Choose the user type (one of ten).\n3. Enter the IIN/BIN, a password (12 characters or more) and the e-mail.\n4. Sign with the AUTH key.\n5. Follow the link in the e-mail: registration is complete only once confirmed.\n\nWithout a digital signature you may ask the territorial body for a login and password.',
    },
  },
  {
    kind: 'training',
    slug: 'how-to-log-in',
    publishedAt: '2026-11-01T04:00:00.000Z',
    file: 'credentials-request-template.txt',
    title: { kk: 'Жүйеге қалай кіруге болады', ru: 'Как войти в систему', en: 'How to log in' },
    summary: {
      kk: 'ЭЦҚ арқылы немесе берілген логин мен пароль арқылы кіру.',
      ru: 'Вход по ЭЦП или по выданным логину и паролю.',
      en: 'Logging in with the digital signature or with an issued login and password.',
    },
    body: {
      kk: '## ЭЦҚ арқылы\n\n1. [Кіру](/login) бетін ашыңыз.\n2. «ЭЦҚ арқылы кіру» түймесін басып, AUTH кілтін таңдаңыз.\n3. Бірнеше тіркелгіңіз болса, қажеттісін таңдаңыз.\n\n## Логин мен пароль арқылы\n\nАумақтық орган берген логин мен бір реттік парольді енгізіңіз. Бірінші кіргенде парольді ауыстыру керек. Сұрау үлгісі осы материалға тіркелген.\n\nСессия 30 минут әрекетсіздіктен кейін аяқталады.',
      ru: '## По ЭЦП\n\n1. Откройте страницу [входа](/login).\n2. Нажмите «Войти по ЭЦП» и выберите ключ AUTH.\n3. Если учётных записей несколько, выберите нужную.\n\n## По логину и паролю\n\nВведите логин и одноразовый пароль, выданные территориальным органом. При первом входе пароль нужно сменить. Образец запроса приложен к этому материалу.\n\nСессия завершается после 30 минут бездействия.',
      en: '## With the digital signature\n\n1. Open the [log-in](/login) page.\n2. Press “Log in with signature” and choose your AUTH key.\n3. If you have several accounts, choose one.\n\n## With a login and password\n\nEnter the login and the one-time password the territorial body issued. At the first log-in you must change the password. A template of the request is attached to this material.\n\nA session ends after 30 minutes without activity.',
    },
  },
  {
    kind: 'software',
    slug: 'credentials-request-template',
    publishedAt: '2026-11-01T04:00:00.000Z',
    version: '1.0',
    file: 'credentials-request-template.txt',
    title: {
      kk: 'Логин мен пароль сұрауының үлгісі',
      ru: 'Образец запроса логина и пароля',
      en: 'Template of a request for a login and password',
    },
    summary: {
      kk: 'Аумақтық органға қағаз түрінде жіберуге арналған сұрау (AST-6 өрістері).',
      ru: 'Запрос для отправки в территориальный орган на бумаге (поля AST-6).',
      en: 'A request to send to the territorial body on paper (the fields of AST-6).',
    },
    body: empty,
  },
];
