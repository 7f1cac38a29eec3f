import type { Language } from '../../platform/i18n/language.ts';
import type { JournalEntry } from './journal.ts';

/**
 * The words of the printed documents of the procedure — the Annex 1 form, the Annex 2 journal
 * and the letters — in the reader's language. Kept apart from the layout so a translator
 * finds them in one place.
 */
export interface PrintedTexts {
  form: {
    title: string;
    addressedTo: string;
    lead: string;
    applicantKind: string;
    applicantKinds: { legal_entity: string; individual_entrepreneur: string; individual: string };
    fullName: string;
    shortName: string;
    okpo: string;
    taxpayerNumber: string;
    legalAddress: string;
    actualAddress: string;
    phones: string;
    email: string;
    workplaces: string;
    stickerLetter: string;
    terms: string;
    consent: string;
    signatory: string;
    signatoryRole: string;
    seal: string;
    date: string;
  };
  journal: {
    title: string;
    /** a heading for each field of an entry the journal prints */
    columns: Record<Exclude<keyof JournalEntry, 'applicationId' | 'bodyCode'>, string>;
    statuses: { received: string; issued: string; rejected: string };
    body: string;
  };
  letter: {
    issuedTitle: string;
    rejectedTitle: string;
    to: string;
    issuedLead: string;
    rejectedLead: string;
    application: string;
    login: string;
    password: string;
    workplaces: string;
    workplace: string;
    passwordNote: string;
    reason: string;
    officer: string;
    date: string;
  };
  pageNumbers: string;
}

export const printedTexts: Record<Language, PrintedTexts> = {
  kk: {
    form: {
      title: '«Web-декларант» кешеніне қол жеткізу құқығын беру туралы өтініш',
      addressedTo: 'Мемлекеттік кірістер департаменті (кеден органы)',
      lead: 'Кеден құжаттарының электрондық көшірмелерін жіберу үшін «Web-декларант» кешенін пайдалануға рұқсат беруіңізді сұраймын.',
      applicantKind: 'Өтініш беруші',
      applicantKinds: {
        legal_entity: 'заңды тұлға',
        individual_entrepreneur: 'жеке кәсіпкер',
        individual: 'жеке тұлға',
      },
      fullName: 'Заңды тұлғаның толық атауы немесе жеке тұлғаның Т.А.Ә.',
      shortName: 'Қысқаша атауы',
      okpo: 'КҰЖЖ коды',
      taxpayerNumber: 'Салық төлеушінің нөмірі (ЖСН/БСН)',
      legalAddress: 'Заңды мекенжайы',
      actualAddress: 'Нақты мекенжайы',
      phones: 'Телефондар',
      email: 'Электрондық пошта',
      workplaces: 'Сұралатын жұмыс орындарының саны',
      stickerLetter: 'Қорғаныс жапсырмасының коды көрсетілген хат (нөмірі, күні, коды)',
      terms:
        'Қағидалардың негізгі шарттары: кешен тегін пайдаланылады (33-тармақ); бір жұмыс орнына бір логин беріледі, логин басқа жұмыс орнынан қолданылмайды және үшінші тұлғаларға берілмейді (23–25-тармақтар); кеден органдары пайдаланушы тарапындағы іркілістер үшін жауап бермейді (35-тармақ).',
      consent: 'Қағидалардың 19–35-тармақтарымен таныстым және оларды орындауға келісемін.',
      signatory: 'Басшы (мөрмен) немесе жеке тұлға',
      signatoryRole: 'Қолы',
      seal: 'М.О.',
      date: 'Күні',
    },
    journal: {
      title: '«Web-декларант» кешеніне қол жеткізу құқығын беру туралы өтініштер журналы',
      columns: {
        number: '№',
        userName: 'Пайдаланушының атауы',
        taxpayerNumber: 'Салық төлеушінің нөмірі',
        okpo: 'КҰЖЖ',
        actualAddress: 'Нақты мекенжайы',
        legalAddress: 'Заңды мекенжайы',
        stickerCode: 'Қорғаныс жапсырмасының коды',
        email: 'Электрондық пошта',
        phone: 'Телефон',
        receivedOn: 'Түскен күні',
        status: 'Күйі',
      },
      statuses: { received: 'қаралуда', issued: 'логин берілді', rejected: 'бас тартылды' },
      body: 'Кеден органы',
    },
    letter: {
      issuedTitle: '«Web-декларант» кешеніне қол жеткізу құқығын беру туралы хат',
      rejectedTitle: '«Web-декларант» кешеніне қол жеткізу құқығын беруден бас тарту туралы хат',
      to: 'Кімге',
      issuedLead:
        'Өтінішіңіз бойынша «Web-декларант» кешеніне қол жеткізу құқығы берілді. Әр жұмыс орнына бір жүйелік атау (логин) және бір реттік құпиясөз:',
      rejectedLead: '«Web-декларант» кешеніне қол жеткізу құқығын беру туралы өтінішіңіз бойынша бас тартылды.',
      application: 'Өтініш (журналдағы нөмірі, күні)',
      login: 'Логин',
      password: 'Бір реттік құпиясөз',
      workplaces: 'Жұмыс орындарының саны',
      workplace: 'жұмыс орны',
      passwordNote:
        'Бірінші кіру кезінде құпиясөзді өзгерту қажет. Әр логин бір жұмыс орнында ғана жұмыс істейді: алғаш қолданылған жерде. Логинді үшінші тұлғаларға беруге болмайды: бұл үшін қол жеткізу құқығы тоқтатыла тұрады.',
      reason: 'Бас тарту себебі',
      officer: 'Лауазымды адам',
      date: 'Күні',
    },
    pageNumbers: '{pages} беттің {page}-беті',
  },
  ru: {
    form: {
      title: 'Заявление о предоставлении доступа к комплексу «Web-декларант»',
      addressedTo: 'Департамент государственных доходов (таможенный орган)',
      lead: 'Прошу предоставить доступ к комплексу «Web-декларант» для представления электронных копий таможенных документов.',
      applicantKind: 'Заявитель',
      applicantKinds: {
        legal_entity: 'юридическое лицо',
        individual_entrepreneur: 'индивидуальный предприниматель',
        individual: 'физическое лицо',
      },
      fullName: 'Полное наименование юридического лица или Ф.И.О. физического лица',
      shortName: 'Краткое наименование',
      okpo: 'Код ОКПО',
      taxpayerNumber: 'Номер налогоплательщика (ИИН/БИН)',
      legalAddress: 'Юридический адрес',
      actualAddress: 'Фактический адрес',
      phones: 'Телефоны',
      email: 'Электронная почта',
      workplaces: 'Количество запрашиваемых рабочих мест',
      stickerLetter: 'Письмо с кодом защитной наклейки (номер, дата, код)',
      terms:
        'Основные условия Правил: доступ предоставляется бесплатно (п. 33); один логин на одно рабочее место, логин не используется с другого рабочего места и не передаётся третьим лицам (пп. 23–25); таможенные органы не несут ответственности за сбои на стороне пользователя (п. 35).',
      consent: 'С пунктами 19–35 Правил ознакомлен(а) и обязуюсь их соблюдать.',
      signatory: 'Руководитель (с печатью) или физическое лицо',
      signatoryRole: 'Подпись',
      seal: 'М.П.',
      date: 'Дата',
    },
    journal: {
      title: 'Журнал заявлений о предоставлении доступа к комплексу «Web-декларант»',
      columns: {
        number: '№',
        userName: 'Наименование пользователя',
        taxpayerNumber: 'Номер налогоплательщика',
        okpo: 'ОКПО',
        actualAddress: 'Фактический адрес',
        legalAddress: 'Юридический адрес',
        stickerCode: 'Код защитной наклейки',
        email: 'Электронная почта',
        phone: 'Телефон',
        receivedOn: 'Дата поступления',
        status: 'Состояние',
      },
      statuses: { received: 'на рассмотрении', issued: 'логин выдан', rejected: 'отказано' },
      body: 'Таможенный орган',
    },
    letter: {
      issuedTitle: 'Письмо о предоставлении доступа к комплексу «Web-декларант»',
      rejectedTitle: 'Письмо об отказе в предоставлении доступа к комплексу «Web-декларант»',
      to: 'Кому',
      issuedLead:
        'По вашему заявлению предоставлен доступ к комплексу «Web-декларант». Системные имена (логины) и одноразовые пароли, по одному на каждое рабочее место:',
      rejectedLead: 'В предоставлении доступа к комплексу «Web-декларант» по вашему заявлению отказано.',
      application: 'Заявление (номер в журнале, дата)',
      login: 'Логин',
      password: 'Одноразовый пароль',
      workplaces: 'Количество рабочих мест',
      workplace: 'рабочее место',
      passwordNote:
        'При первом входе пароль нужно сменить. Каждый логин действует только на одном рабочем месте: там, где им впервые воспользовались. Передавать логин третьим лицам запрещено: за это доступ приостанавливается.',
      reason: 'Причина отказа',
      officer: 'Должностное лицо',
      date: 'Дата',
    },
    pageNumbers: 'Страница {page} из {pages}',
  },
  en: {
    form: {
      title: 'Application for access to the Web-declarant complex',
      addressedTo: 'Department of State Revenue (customs body)',
      lead: 'I ask to be given access to the Web-declarant complex to submit electronic copies of customs documents.',
      applicantKind: 'Applicant',
      applicantKinds: {
        legal_entity: 'legal entity',
        individual_entrepreneur: 'individual entrepreneur',
        individual: 'individual',
      },
      fullName: 'Full name of the legal entity, or of the individual',
      shortName: 'Short name',
      okpo: 'OKPO code',
      taxpayerNumber: 'Taxpayer number (IIN/BIN)',
      legalAddress: 'Legal address',
      actualAddress: 'Actual address',
      phones: 'Phones',
      email: 'E-mail',
      workplaces: 'Number of workplaces requested',
      stickerLetter: 'Letter with the security-sticker code (number, date, code)',
      terms:
        'The main terms of the Rules: access is free of charge (cl. 33); one login per workplace, a login is not used from another workplace nor handed to third parties (cl. 23–25); customs bodies are not liable for failures on the user’s side (cl. 35).',
      consent: 'I have read clauses 19–35 of the Rules and undertake to follow them.',
      signatory: 'Head (with seal) or the individual',
      signatoryRole: 'Signature',
      seal: 'Seal',
      date: 'Date',
    },
    journal: {
      title: 'Journal of applications for access to the Web-declarant complex',
      columns: {
        number: 'No.',
        userName: 'User name',
        taxpayerNumber: 'Taxpayer number',
        okpo: 'OKPO',
        actualAddress: 'Actual address',
        legalAddress: 'Legal address',
        stickerCode: 'Security-sticker code',
        email: 'E-mail',
        phone: 'Phone',
        receivedOn: 'Received on',
        status: 'Status',
      },
      statuses: { received: 'under review', issued: 'login issued', rejected: 'refused' },
      body: 'Customs body',
    },
    letter: {
      issuedTitle: 'Letter granting access to the Web-declarant complex',
      rejectedTitle: 'Letter refusing access to the Web-declarant complex',
      to: 'To',
      issuedLead:
        'On your application, access to the Web-declarant complex has been granted. A system name (login) and one-time password for each workplace:',
      rejectedLead: 'Access to the Web-declarant complex is refused on your application.',
      application: 'Application (journal number, date)',
      login: 'Login',
      password: 'One-time password',
      workplaces: 'Number of workplaces',
      workplace: 'workplace',
      passwordNote:
        'Change the password at your first log-in. Each login works at one workplace only: the one where it is first used. Handing a login to third parties is forbidden: access is suspended for it.',
      reason: 'Reason for refusal',
      officer: 'Officer',
      date: 'Date',
    },
    pageNumbers: 'Page {page} of {pages}',
  },
};
