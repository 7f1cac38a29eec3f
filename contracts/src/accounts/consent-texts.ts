import type { Language, LocalizedText } from '../i18n/index.ts';

/**
 * The text of consent to the processing of personal data (Law of the Republic of Kazakhstan of
 * 21 May 2013 No. 94-V "On personal data and their protection", Articles 7 and 8), kept as data:
 * each wording has a version, and a consent records the version and the language the user read.
 * A new wording gets a new version here; the old ones stay, since given consents name them.
 */
export interface ConsentText {
  /** the day the wording took effect, its identity */
  version: string;
  text: LocalizedText;
}

const consentTexts = [
  {
    version: '2026-12-01',
    text: {
      kk: 'Мен «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасының Заңына сәйкес Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитетіне және оның аумақтық органдарына менің дербес деректерімді (ЖСН/БСН, тегі, аты, әкесінің аты, ұйымның атауы, электрондық пошта, телефон, пошта мекенжайы, ЭЦҚ сертификатының деректері) кедендік операцияларды жасау, тіркелгіні жүргізу және менімен байланысу мақсатында жинауға және өңдеуге келісім беремін. Деректер кедендік құпияны сақтай отырып (Қазақстан Республикасы Кодексінің 19 және 449-баптары), тек заңда көзделген жағдайларда ғана үшінші тұлғаларға беріледі. Кеден органының лауазымды адамы менің деректерімді оқыған әрбір жағдай себебімен тіркеледі және оны жеке кабинетте көре аламын. Келісімді кері қайтарып алуға болады, бұл заңда көзделген өңдеуді тоқтатпайды.',
      ru: 'Я даю согласие Комитету государственных доходов Министерства финансов Республики Казахстан и его территориальным органам на сбор и обработку моих персональных данных (ИИН/БИН, фамилия, имя, отчество, наименование организации, электронная почта, телефон, почтовый адрес, данные сертификата ЭЦП) в целях совершения таможенных операций, ведения учётной записи и связи со мной, в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите». Данные составляют таможенную тайну (статьи 19 и 449 Кодекса Республики Казахстан «О таможенном регулировании») и передаются третьим лицам только в случаях, предусмотренных законом. Каждое обращение должностного лица таможенного органа к моим данным регистрируется с указанием причины, и я вижу его в личном кабинете. Согласие может быть отозвано; отзыв не прекращает обработку, предусмотренную законом.',
      en: 'I consent to the State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan and its territorial bodies collecting and processing my personal data (IIN/BIN, surname, name, patronymic, organisation name, e-mail, telephone, postal address, digital signature certificate data) to carry out customs operations, keep my account and contact me, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V "On personal data and their protection". The data are customs confidential information (Articles 19 and 449 of the Code of the Republic of Kazakhstan "On customs regulation") and are passed to third parties only where the law provides. Every read of my data by a customs officer is recorded with its reason, and I can see it in my cabinet. The consent may be withdrawn; withdrawal does not stop processing the law requires.',
    },
  },
  {
    // the seeds' wording: the Customs Code named in full and its articles 19 and 449 cited as the
    // access rules do («ескере отырып», «с учётом»); an officer's access to the data, not a «read»
    version: '2026-12-07',
    text: {
      kk: 'Мен «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасының Заңына сәйкес Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитетіне және оның аумақтық органдарына менің дербес деректерімді (ЖСН/БСН, тегі, аты, әкесінің аты (ол болған жағдайда), ұйымның атауы, электрондық пошта мекенжайы, телефон нөмірі, пошта мекенжайы, ЭЦҚ сертификатының деректері) кедендік операцияларды жасау, тіркелгіні жүргізу және менімен байланыс жасау мақсатында жинауға және өңдеуге келісім беремін. Деректер «Қазақстан Республикасындағы кедендік реттеу туралы» 2017 жылғы 26 желтоқсандағы Қазақстан Республикасы Кодексінің 19 және 449-баптарын ескере отырып, заңда көзделген жағдайларда ғана үшінші тұлғаларға беріледі. Кеден органының лауазымды адамының менің деректеріме әрбір қол жеткізуі себебі көрсетіле отырып тіркеледі және менің жеке кабинетімде көрсетіледі. Келісім кері қайтарып алынуы мүмкін; келісімді кері қайтарып алу заңда көзделген өңдеуді тоқтатпайды.',
      ru: 'Я даю согласие Комитету государственных доходов Министерства финансов Республики Казахстан и его территориальным органам на сбор и обработку моих персональных данных (ИИН/БИН, фамилия, имя, отчество (при его наличии), наименование организации, адрес электронной почты, номер телефона, почтовый адрес, данные сертификата ЭЦП) в целях совершения таможенных операций, ведения учётной записи и связи со мной в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите». Данные передаются третьим лицам только в случаях, предусмотренных законом, с учётом статей 19 и 449 Кодекса Республики Казахстан от 26 декабря 2017 года «О таможенном регулировании в Республике Казахстан». Каждое обращение должностного лица таможенного органа к моим данным регистрируется с указанием причины и отображается в моём личном кабинете. Согласие может быть отозвано; отзыв согласия не прекращает обработку, предусмотренную законом.',
      en: 'I consent to the State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan and its territorial bodies collecting and processing my personal data (IIN/BIN, surname, name, patronymic (if any), organisation name, e-mail address, telephone number, postal address, digital signature certificate data) to carry out customs operations, keep my account and contact me, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V "On personal data and their protection". The data are passed to third parties only where the law provides, with regard to Articles 19 and 449 of the Code of the Republic of Kazakhstan of 26 December 2017 "On customs regulation in the Republic of Kazakhstan". Every access to my data by a customs officer is recorded with its reason and shown in my personal cabinet. The consent may be withdrawn; its withdrawal does not stop processing the law requires.',
    },
  },
] as const satisfies readonly ConsentText[];

/** The wording a registration shows now and must be agreed to. */
export const currentConsent: ConsentText = consentTexts[consentTexts.length - 1]!;

/** A wording by its version, for showing what a given consent was to; undefined for a version never published. */
export function consentTextOf(version: string, language: Language): string | undefined {
  return consentTexts.find((consent) => consent.version === version)?.text[language];
}
