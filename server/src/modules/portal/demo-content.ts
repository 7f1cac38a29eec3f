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

/**
 * The legal acts whose official text's address the requirements' sources do not give (they name the
 * acts by title, date and number only): each carries its full title, number and date and what it
 * governs, and no link — a portal's home page or a document id guessed from a pattern is not the
 * official text (issue 19 point 7). The orders' bodies say where to find them: in Adilet, by the
 * number of their state registration.
 */
export const actsWithoutConfirmedAddress: readonly string[] = [
  'eaeu-customs-code',
  'order-321-user-registration',
  'astana-1-declarant-registration',
  'order-389-access-to-information',
  'order-385-web-declarant',
];

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
    body: {
      kk: 'Еуразиялық экономикалық одақтың Кеден кодексі — 11.04.2017 қол қойылған Еуразиялық экономикалық одақтың Кеден кодексі туралы шартқа № 1 қосымша. 01.01.2018 бастап қолданылады.\n\n## Нені реттейді\n\n- тауарларды кедендік декларациялауды, декларациялардың түрлерін және оларды тіркеуді;\n- тауарларды шығаруды және кедендік рәсімдерді;\n- кедендік төлемдерді есептеуді, төлеуді және олардың төленуін қамтамасыз етуді;\n- кедендік бақылауды.\n\nРесми мәтіні Еуразиялық экономикалық одақтың құқықтық порталында жарияланған.',
      ru: 'Таможенный кодекс Евразийского экономического союза — приложение № 1 к Договору о Таможенном кодексе Евразийского экономического союза, подписанному 11.04.2017. Действует с 01.01.2018.\n\n## Что регулирует\n\n- таможенное декларирование товаров, виды деклараций и их регистрацию;\n- выпуск товаров и таможенные процедуры;\n- исчисление и уплату таможенных платежей и обеспечение их уплаты;\n- таможенный контроль.\n\nОфициальный текст опубликован на правовом портале Евразийского экономического союза.',
      en: 'The Customs Code of the Eurasian Economic Union is Annex No. 1 to the Treaty on the Customs Code of the Eurasian Economic Union, signed on 11.04.2017. In force since 01.01.2018.\n\n## What it governs\n\n- customs declaration of goods, the kinds of declarations and their registration;\n- release of goods and customs procedures;\n- calculation and payment of customs payments, and security for their payment;\n- customs control.\n\nThe official text is published on the legal portal of the Eurasian Economic Union.',
    },
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
    body: {
      kk: '«Қазақстан Республикасындағы кедендік реттеу туралы» Қазақстан Республикасының 26.12.2017 № 123-VI Кодексі.\n\n## Нені реттейді\n\n- Қазақстан Республикасындағы кеден ісін, ЕАЭО Кеден кодексімен қатар;\n- электрондық кедендік декларациялауды және мемлекеттік кірістер органдарының ақпараттық жүйелерін;\n- кедендік төлемдерді төлеуді;\n- кедендік құпияны және мәліметтерге қол жеткізуді (19 және 449-баптар).\n\nОсы Кодекстің негізінде № 321 (87 және 416-баптар) және № 389 (438-бап) бұйрықтар шығарылды.',
      ru: 'Кодекс Республики Казахстан от 26.12.2017 № 123-VI «О таможенном регулировании в Республике Казахстан».\n\n## Что регулирует\n\n- таможенное дело в Республике Казахстан наряду с Таможенным кодексом ЕАЭС;\n- электронное таможенное декларирование и информационные системы органов государственных доходов;\n- уплату таможенных платежей;\n- таможенную тайну и доступ к сведениям (статьи 19 и 449).\n\nНа основании Кодекса изданы приказы № 321 (статьи 87 и 416) и № 389 (статья 438).',
      en: 'Code of the Republic of Kazakhstan No. 123-VI of 26.12.2017 on customs regulation in the Republic of Kazakhstan.\n\n## What it governs\n\n- customs affairs in the Republic of Kazakhstan, alongside the EAEU Customs Code;\n- electronic customs declaration and the information systems of state revenue bodies;\n- payment of customs payments;\n- customs confidentiality and access to information (Articles 19 and 449).\n\nOrders No. 321 (Articles 87 and 416) and No. 389 (Article 438) were issued under the Code.',
    },
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
    body: {
      kk: '«Мемлекеттік кірістер органдарының ақпараттық жүйесінің пайдаланушысы ретінде тіркелу қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 28.02.2018 № 321 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 14.03.2018 № 16596 болып тіркелді.\n\n## Нені реттейді\n\n- пайдаланушыларды жүйенің сыртқы модулінде ҚР ҰКО ЭЦҚ-мен тіркеуді: пайдаланушы түрі, ЖСН немесе БСН, құпиясөз, электрондық пошта мекенжайы;\n- кіру тәсілін таңдауды: ЭЦҚ сертификаты немесе мемлекеттік кірістер органы берген логин мен құпиясөз;\n- тіркелуді хаттағы сілтеме бойынша растауды: растаусыз тіркелу аяқталмайды;\n- сыртқы портал жұмыс істемегенде қолдау қызметіне жүгінуді.\n\nРесми мәтіні — «Әділет» ақпараттық-құқықтық жүйесінде, мемлекеттік тіркеу нөмірі 16596.',
      ru: '«Об утверждении Правил регистрации в качестве пользователя информационной системы органов государственных доходов» — приказ Министра финансов Республики Казахстан от 28.02.2018 № 321. Зарегистрирован в Министерстве юстиции Республики Казахстан 14.03.2018 № 16596.\n\n## Что регулирует\n\n- регистрацию пользователей на внешнем модуле системы с ЭЦП НУЦ РК: тип пользователя, ИИН или БИН, пароль, адрес электронной почты;\n- выбор способа входа: сертификат ЭЦП или логин и пароль, выданные органом государственных доходов;\n- подтверждение регистрации по ссылке из письма: без него регистрация не завершена;\n- обращение в службу поддержки, когда внешний портал не работает.\n\nОфициальный текст — в информационно-правовой системе «Әділет», номер государственной регистрации 16596.',
      en: '“On approval of the Rules of registration as a user of the information system of state revenue bodies”, Order of the Minister of Finance of the Republic of Kazakhstan No. 321 of 28.02.2018. Registered with the Ministry of Justice of the Republic of Kazakhstan on 14.03.2018 under No. 16596.\n\n## What it governs\n\n- registration of users on the system’s external module with an NCA RK digital signature: the user type, the IIN or BIN, a password, an e-mail address;\n- the choice of how to log in: the signature certificate, or a login and password issued by the state revenue body;\n- confirmation of the registration by the link in the e-mail: without it the registration is not complete;\n- turning to the support service when the external portal does not work.\n\nThe official text is in the Adilet legal information system, state registration No. 16596.',
    },
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
    body: {
      kk: '«АСТАНА-1» АЖ-да декларантты және (немесе) кеден өкілін тіркеу тәртібі.\n\n## Нені реттейді\n\n- кедендік декларациялау басталғанға дейін логин мен құпиясөз беру туралы еркін нысандағы өтінішті электрондық құжат немесе қағаз түрінде тіркелген жері бойынша аумақтық органға жіберуді;\n- өтінішті қарауды: орган логин мен құпиясөзді жасайды және ЭЦҚ-ны белсендіреді;\n- логин мен құпиясөз туралы хабарламаны өтініш келген тәсілмен, жеке кабинет жасалғаннан кейін бір жұмыс күні ішінде жіберуді;\n- өтініштегі мәліметтерді: БСН немесе ЖСН, мемлекеттік тіркеу туралы хабарламаның (куәліктің) нөмірі, ал заңды тұлға немесе жеке кәсіпкер ретінде тіркелмеген декларант үшін — жеке басты куәландыратын құжаттың нөмірі мен күні;\n- тіркеу деректері немесе ЭЦҚ өзгергенде органды хабардар етуді.\n\nЖүйеде жұмыс істеу үшін логин мен құпиясөз және «Электрондық құжат және электрондық цифрлық қолтаңба туралы» Заңға сәйкес берілген белсендірілген ЭЦҚ қажет.',
      ru: 'Порядок регистрации декларанта и (или) таможенного представителя в ИС «АСТАНА-1».\n\n## Что регулирует\n\n- обращение о присвоении логина и пароля в произвольной форме, электронным документом или на бумаге, в территориальный орган по месту регистрации — до начала таможенного декларирования;\n- рассмотрение обращения: орган создаёт логин и пароль и активирует ЭЦП;\n- уведомление о логине и пароле тем же способом, каким пришло обращение, в течение одного рабочего дня после создания личного кабинета;\n- сведения обращения: БИН или ИИН, номер уведомления (свидетельства) о государственной регистрации, а для декларанта, не зарегистрированного как юридическое лицо или индивидуальный предприниматель, — номер и дата документа, удостоверяющего личность;\n- уведомление органа при изменении регистрационных данных или ЭЦП.\n\nДля работы в системе нужны логин и пароль и активированная ЭЦП, выданная по Закону «Об электронном документе и электронной цифровой подписи».',
      en: 'Procedure of registration of a declarant and (or) customs representative in the ASTANA-1 information system.\n\n## What it governs\n\n- the free-form request for a login and password, as an electronic document or on paper, to the territorial body at the place of registration — before declaring goods;\n- the review of the request: the body creates the login and password and activates the digital signature;\n- the notice of the login and password, by the channel the request came in, within one working day of creating the personal cabinet;\n- what the request holds: the BIN or IIN, the number of the notice (certificate) of state registration, or, for a declarant registered neither as a legal entity nor as an individual entrepreneur, the number and date of the identity document;\n- notifying the body when the registration data or the digital signature change.\n\nWorking in the system needs a login and password and an activated digital signature issued under the Law on electronic documents and electronic digital signatures.',
    },
  },
  {
    kind: 'legal',
    slug: 'order-389-access-to-information',
    publishedAt: '2026-11-01T04:00:00.000Z',
    documentNumber: '389',
    documentDate: '2018-03-19',
    title: {
      kk: 'Мемлекеттік кірістер органдарының ақпараттық жүйелерінде қамтылған ақпаратқа тұлғалардың қол жеткізу, оны алу және пайдалану қағидалары',
      ru: 'Правила доступа лиц к информации, содержащейся в информационных системах органов государственных доходов, её получения и использования',
      en: 'Rules of persons’ access to information contained in the information systems of state revenue bodies, its receipt and use',
    },
    summary: {
      kk: '№ 389 бұйрық, 19.03.2018. Сыртқы және ішкі модульдер, ЭЦҚ, қолдау қызметі.',
      ru: 'Приказ № 389 от 19.03.2018. Внешний и внутренний модули, ЭЦП, служба поддержки.',
      en: 'Order No. 389 of 19.03.2018. The external and internal modules, digital signatures, the support service.',
    },
    body: {
      kk: '«Мемлекеттік кірістер органдарының ақпараттық жүйелерінде қамтылған ақпаратқа тұлғалардың қол жеткізу, оны алу және пайдалану қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 19.03.2018 № 389 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 30.03.2018 № 16684 болып тіркелді.\n\n## Нені реттейді\n\n- жүйенің барлығына қолжетімді сыртқы модулін: пайдаланушыларды тіркеу, серверлердегі техникалық жұмыстар туралы хабарландырулар, нормативтік құқықтық және анықтамалық ақпарат, бағдарламалық қамтамасыз ету, оқыту материалдары;\n- қолжетімділігі шектелген, ҚР ҰКО ЭЦҚ-мен кірілетін ішкі модульдерді;\n- кедендік декларациялар мен алдын ала ақпаратты электрондық түрде беруді, төлемдерді есептеу мен төлеуді, ЭЦҚ-мен шешімдер мен хабарламалар алуды;\n- кедендік құпияны ескере отырып мәліметтерге қол жеткізуді («Қазақстан Республикасындағы кедендік реттеу туралы» Кодекстің 19 және 449-баптары);\n- қолдау қызметіне электрондық пошта арқылы жүгінуді.\n\nРесми мәтіні — «Әділет» ақпараттық-құқықтық жүйесінде, мемлекеттік тіркеу нөмірі 16684.',
      ru: '«Об утверждении Правил доступа лиц к информации, содержащейся в информационных системах органов государственных доходов, её получения и использования» — приказ Министра финансов Республики Казахстан от 19.03.2018 № 389. Зарегистрирован в Министерстве юстиции Республики Казахстан 30.03.2018 № 16684.\n\n## Что регулирует\n\n- внешний модуль системы, открытый всем: регистрация пользователей, объявления о технических работах на серверах, нормативная правовая и справочная информация, программное обеспечение, обучающие материалы;\n- внутренние модули с ограниченным доступом, вход в которые — по ЭЦП НУЦ РК;\n- электронную подачу таможенных деклараций и предварительной информации, исчисление и уплату платежей, получение решений и уведомлений под ЭЦП;\n- доступ к сведениям с учётом таможенной тайны (статьи 19 и 449 Кодекса «О таможенном регулировании в Республике Казахстан»);\n- обращение в службу поддержки по электронной почте.\n\nОфициальный текст — в информационно-правовой системе «Әділет», номер государственной регистрации 16684.',
      en: '“On approval of the Rules of persons’ access to information contained in the information systems of state revenue bodies, its receipt and use”, Order of the Minister of Finance of the Republic of Kazakhstan No. 389 of 19.03.2018. Registered with the Ministry of Justice of the Republic of Kazakhstan on 30.03.2018 under No. 16684.\n\n## What it governs\n\n- the system’s external module, open to everyone: registration of users, notices of maintenance on the servers, normative legal and reference information, the software, training materials;\n- the internal modules of restricted access, entered with an NCA RK digital signature;\n- filing customs declarations and preliminary information electronically, calculating and paying payments, receiving decisions and notices under the signature;\n- access to information with regard to customs confidentiality (Articles 19 and 449 of the Code on customs regulation in the Republic of Kazakhstan);\n- turning to the support service by e-mail.\n\nThe official text is in the Adilet legal information system, state registration No. 16684.',
    },
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
    body: {
      kk: '«Қазақстан Республикасының Кедендік бақылау агенттігінің Кедендік бақылау департаменттері мен кедендерінде "Web-декларант" электронды декларациялау кешенін пайдалануға енгізу туралы» Қазақстан Республикасы Кедендік бақылау агенттігі төрағасының 15.09.2004 № 385 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 18.09.2004 тіркелді, тіркеу № 3071. Қазақстан Республикасы Қаржы министрінің 21.09.2010 № 474 бұйрығымен күші жойылды.\n\nБұйрық кеден құжаттарының электронды көшірмелерін қалыптастыру үшін «Web-декларант» электронды декларациялаудың бағдарламалық кешенін пайдалану ережесін бекітті.\n\n## Нені реттеді\n\n- кеден құжаттарының электронды көшірмелерін қалыптастыруды, тексеруді және кеден органдарына жеткізуді: тауарларға арналған декларация, КҚД-1 және КҚД-2, жеткізуді бақылау құжаты, мәміле паспорты;\n- пішіндік-логикалық бақылауды, бірегей нөмірді және жеткізілгені туралы түбіртекті;\n- өтініш пен өтініштер журналын, әр жұмыс орнына бір логин мен құпиясөзді;\n- қол жеткізуді тоқтата тұруды, кері қайтарып алуды және үш реттен артық кері қайтарып алудан кейін біржола өшіруді.\n\nҚазіргі қағидалар (№ 321 және № 389 бұйрықтар) олармен қайшы келгенде басым болады.\n\nМәтіні — «Әділет» ақпараттық-құқықтық жүйесінде, тіркеу нөмірі 3071.',
      ru: '«О введении в эксплуатацию в департаментах таможенного контроля и таможнях Агентства таможенного контроля Республики Казахстан комплекса электронного декларирования "Web-декларант"» — приказ Председателя Агентства таможенного контроля Республики Казахстан от 15.09.2004 № 385. Зарегистрирован в Министерстве юстиции Республики Казахстан 18.09.2004, регистрационный № 3071. Утратил силу приказом Министра финансов Республики Казахстан от 21.09.2010 № 474.\n\nПриказ утвердил Правила использования программного комплекса электронного декларирования «Web-декларант» для формирования электронных копий таможенных документов.\n\n## Что регулировал\n\n- формирование, проверку и доставку в таможенные органы электронных копий таможенных документов: декларации на товары, ДТС-1 и ДТС-2, документа контроля доставки, паспорта сделки;\n- форматно-логический контроль, уникальный номер и квитанцию о доставке;\n- заявление и журнал заявлений, один логин и пароль на рабочее место;\n- приостановление и отзыв доступа и окончательное отключение после более чем трёх отзывов.\n\nГде правила расходятся с действующими (приказы № 321 и № 389), применяются действующие.\n\nТекст — в информационно-правовой системе «Әділет», регистрационный номер 3071.',
      en: '“On putting the Web-declarant electronic declaration complex into operation in the customs control departments and customs houses of the Customs Control Agency of the Republic of Kazakhstan”, Order of the Chairman of the Customs Control Agency of the Republic of Kazakhstan No. 385 of 15.09.2004. Registered with the Ministry of Justice of the Republic of Kazakhstan on 18.09.2004, registration No. 3071. Repealed by Order of the Minister of Finance of the Republic of Kazakhstan No. 474 of 21.09.2010.\n\nThe order approved the Rules of use of the Web-declarant electronic declaration software complex for forming electronic copies of customs documents.\n\n## What it governed\n\n- forming, checking and delivering to customs bodies electronic copies of customs documents: the goods declaration, DTS-1 and DTS-2, the delivery control document, the transaction passport;\n- format-logical control, the unique number and the delivery receipt;\n- the application and the journal of applications, one login and password per workplace;\n- suspending and revoking access, and disabling it for good after more than three revocations.\n\nWhere these rules differ from the current ones (Orders No. 321 and No. 389), the current ones apply.\n\nThe text is in the Adilet legal information system, registration No. 3071.',
    },
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
    body: {
      kk: '«Электрондық құжат және электрондық цифрлық қолтаңба туралы» Қазақстан Республикасының 07.01.2003 № 370-II Заңы.\n\n## Нені реттейді\n\n- электрондық құжаттың және электрондық цифрлық қолтаңбаның заңдық күшін;\n- ЭЦҚ тіркеу куәліктерін беруді, сақтауды және кері қайтарып алуды;\n- ашық кілттің тиесілілігін және жарамдылығын растауды.\n\nЖүйеде ҚР ҰКО ЭЦҚ-мен қол қойылған декларациялар мен өтініштер осы Заң бойынша қағаздағы қол қойылған құжаттармен тең.',
      ru: 'Закон Республики Казахстан от 07.01.2003 № 370-II «Об электронном документе и электронной цифровой подписи».\n\n## Что регулирует\n\n- юридическую силу электронного документа и электронной цифровой подписи;\n- выдачу, хранение и отзыв регистрационных свидетельств ЭЦП;\n- подтверждение принадлежности и действительности открытого ключа.\n\nДекларации и заявления, подписанные в системе ЭЦП НУЦ РК, по этому Закону равнозначны подписанным документам на бумаге.',
      en: 'Law of the Republic of Kazakhstan No. 370-II of 07.01.2003 on electronic documents and electronic digital signatures.\n\n## What it governs\n\n- the legal force of an electronic document and of an electronic digital signature;\n- issuing, keeping and revoking registration certificates of digital signatures;\n- confirming to whom a public key belongs and that it is valid.\n\nUnder this Law, declarations and applications signed in the system with an NCA RK digital signature are equal to signed documents on paper.',
    },
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
