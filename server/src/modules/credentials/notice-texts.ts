import { printedDate } from '@shekara/contracts/i18n';
import type { Language } from '../../platform/i18n/language.ts';

/**
 * The words of what the body tells the applicant: the acknowledgement of a request, and the
 * notice of the decision (AST-4), by e-mail or in the printed letter, in the request's language.
 */
export interface NoticeFacts {
  number: string;
  bodyName: string;
  receivedOn: string;
  /** where the notice sends the applicant: the log-in page, or after a refusal the registration */
  link: string;
}

export function acknowledgementMail(language: Language, facts: Omit<NoticeFacts, 'link'> & { reviewDueOn: string }) {
  const due = printedDate(facts.reviewDueOn);
  const texts = {
    kk: {
      subject: `Шекара: логин мен құпиясөз беру туралы өтініш ${facts.number} қабылданды`,
      text: `Сәлеметсіз бе!\n\nЛогин мен құпиясөз беру туралы өтінішіңіз тіркелді.\nНөмірі: ${facts.number}\nҚарайтын орган: ${facts.bodyName}\nҚараудың соңғы күні: ${due} (мерзім жұмыс күндерімен есептеледі).\n\nШешім туралы хабарлама осы мекенжайға жіберіледі.`,
    },
    ru: {
      subject: `Шекара: заявка о присвоении логина и пароля ${facts.number} принята`,
      text: `Здравствуйте!\n\nВаша заявка о присвоении логина и пароля зарегистрирована.\nНомер: ${facts.number}\nРассматривает: ${facts.bodyName}\nСрок рассмотрения: до ${due} (срок исчисляется в рабочих днях).\n\nУведомление о решении придёт на этот адрес.`,
    },
    en: {
      subject: `Shekara: request ${facts.number} for a login and password received`,
      text: `Hello,\n\nYour request for a login and password has been registered.\nNumber: ${facts.number}\nReviewed by: ${facts.bodyName}\nReview term: until ${due} (the term counts working days).\n\nThe notice of the decision will be sent to this address.`,
    },
  };
  return texts[language];
}

/** The link that sends an unsigned online request (REG-10) on to the body, once the address is shown to be the applicant's. */
export function unsignedConfirmationMail(language: Language, link: string, hours: number) {
  const texts = {
    kk: {
      subject: 'Шекара: логин мен құпиясөз беру туралы өтінішті растаңыз',
      text: `Сәлеметсіз бе!\n\nЛогин мен құпиясөз беру туралы өтінішіңіз ЭЦҚ-сыз берілді. Оны аумақтық органға жіберу үшін сілтемені ашыңыз (${hours} сағат жарамды):\n${link}\n\nӨтінішті қарау кезінде жеке басыңыз қағаз жеткізгіштегі жеке басты куәландыратын құжат бойынша тексеріледі.\n\nЕгер сіз өтініш бермеген болсаңыз, бұл хатты елемеңіз.`,
    },
    ru: {
      subject: 'Шекара: подтвердите заявку о присвоении логина и пароля',
      text: `Здравствуйте!\n\nВаша заявка о присвоении логина и пароля подана без ЭЦП. Чтобы направить её в территориальный орган, откройте ссылку (действует ${hours} ч):\n${link}\n\nПри рассмотрении заявки ваша личность будет проверена по документу, удостоверяющему личность, на бумажном носителе.\n\nЕсли вы не подавали заявку, проигнорируйте это письмо.`,
    },
    en: {
      subject: 'Shekara: confirm your request for a login and password',
      text: `Hello,\n\nYour request for a login and password was filed without a digital signature. To send it to the territorial body, open this link (valid for ${hours} hours):\n${link}\n\nWhen the request is reviewed, your identity will be checked against your identity document on paper.\n\nIf you did not file this request, please ignore this message.`,
    },
  };
  return texts[language];
}

/** What an approval of an unsigned request adds: the number given to a non-resident, and that the cabinet has no signature yet. */
export interface UnsignedApproval {
  /** a non-resident without an IIN: the identification number assigned (the 9900… series) */
  assignedNumber: string | null;
}

/** The notice of the issued login and one-time password (AST-3, AST-4): e-mail subject and body, and the letter's lines. */
export function approvalNotice(
  language: Language,
  facts: NoticeFacts & { login: string; password: string; unsigned?: UnsignedApproval },
) {
  const texts = {
    kk: {
      title: 'Логин мен құпиясөз берілгені туралы хабарлама',
      subject: `Шекара: ${facts.number} өтініші бойынша логин мен құпиясөз берілді`,
      lead: `${printedDate(facts.receivedOn)} күнгі ${facts.number} өтінішіңіз қаралды: Шекара жүйесінде жеке кабинет құрылды.`,
      loginLabel: 'Логин',
      passwordLabel: 'Бір реттік құпиясөз',
      instructions: `Жүйеге ${facts.link} мекенжайы бойынша логинмен, осы құпиясөзбен және ЭЦҚ-мен кіріңіз. Бірінші кіргенде құпиясөзді өзіңіз ойлап тапқан құпиясөзге ауыстыру қажет. Құпиясөзді ешкімге бермеңіз.`,
    },
    ru: {
      title: 'Уведомление о присвоении логина и пароля',
      subject: `Шекара: логин и пароль по заявке ${facts.number}`,
      lead: `Ваша заявка ${facts.number} от ${printedDate(facts.receivedOn)} рассмотрена: в системе Шекара создан личный кабинет.`,
      loginLabel: 'Логин',
      passwordLabel: 'Одноразовый пароль',
      instructions: `Войдите в систему по адресу ${facts.link} с этим логином, паролем и вашей ЭЦП. При первом входе пароль нужно сменить на свой. Никому не сообщайте пароль.`,
    },
    en: {
      title: 'Notice of the assigned login and password',
      subject: `Shekara: login and password for request ${facts.number}`,
      lead: `Your request ${facts.number} of ${printedDate(facts.receivedOn)} has been reviewed: your personal cabinet in Shekara has been created.`,
      loginLabel: 'Login',
      passwordLabel: 'One-time password',
      instructions: `Log in at ${facts.link} with this login, this password and your digital signature. At the first log-in you must change the password to one of your own. Never tell anyone your password.`,
    },
  };
  const t = { ...texts[language], ...(facts.unsigned && withoutSignature[language](facts.link)) };
  const assigned = facts.unsigned?.assignedNumber;
  const numberLine = assigned ? `${assignedNumberLabel[language]}: ${assigned}\n` : '';
  return {
    ...t,
    text: `${t.lead}\n\n${numberLine}${t.loginLabel}: ${facts.login}\n${t.passwordLabel}: ${facts.password}\n\n${t.instructions}\n\n${facts.bodyName}`,
  };
}

const assignedNumberLabel: Record<Language, string> = {
  kk: 'Берілген сәйкестендіру нөмірі',
  ru: 'Присвоенный идентификационный номер',
  en: 'Identification number assigned',
};

// A cabinet created from an unsigned request has no signature bound: the password opens its
// external part only, until the holder binds an NCA signature (a non-resident once they have an
// IIN and a certificate).
const withoutSignature: Record<Language, (link: string) => { instructions: string }> = {
  kk: (link) => ({
    instructions: `Жүйеге ${link} мекенжайы бойынша логинмен және осы құпиясөзбен кіріңіз. Бірінші кіргенде құпиясөзді өзіңіз ойлап тапқан құпиясөзге ауыстыру қажет. Құпиясөз жеке кабинеттің сыртқы бөлігін ғана ашады (профиль, өтініштер, жеткізілген құжаттар); декларация беру үшін профильде ҚР ҰКО ЭЦҚ сертификатын байланыстырыңыз. Құпиясөзді ешкімге бермеңіз.`,
  }),
  ru: (link) => ({
    instructions: `Войдите в систему по адресу ${link} с этим логином и паролем. При первом входе пароль нужно сменить на свой. Пароль открывает только внешнюю часть личного кабинета (профиль, заявки, доставленные документы); чтобы подавать декларации, привяжите в профиле сертификат ЭЦП НУЦ РК. Никому не сообщайте пароль.`,
  }),
  en: (link) => ({
    instructions: `Log in at ${link} with this login and this password. At the first log-in you must change the password to one of your own. The password opens only the external part of the personal cabinet (profile, requests, delivered documents); to file declarations, bind an NCA RK electronic digital signature certificate in your profile. Never tell anyone your password.`,
  }),
};

/** The notice that a request was refused, with the body's reason. */
export function rejectionNotice(language: Language, facts: NoticeFacts & { reason: string }) {
  const texts = {
    kk: {
      title: 'Логин мен құпиясөз беруден бас тарту туралы хабарлама',
      subject: `Шекара: ${facts.number} өтініші бойынша бас тартылды`,
      lead: `${printedDate(facts.receivedOn)} күнгі ${facts.number} өтінішіңіз қаралды: логин мен құпиясөз беруден бас тартылды.`,
      reasonLabel: 'Себебі',
      instructions: `Себебін жойғаннан кейін жаңа өтініш беруге болады: ${facts.link}`,
    },
    ru: {
      title: 'Уведомление об отказе в выдаче логина и пароля',
      subject: `Шекара: в заявке ${facts.number} отказано`,
      lead: `Ваша заявка ${facts.number} от ${printedDate(facts.receivedOn)} рассмотрена, в выдаче логина и пароля отказано.`,
      reasonLabel: 'Причина',
      instructions: `После устранения причины можно подать новую заявку: ${facts.link}`,
    },
    en: {
      title: 'Notice of refusal to issue a login and password',
      subject: `Shekara: request ${facts.number} refused`,
      lead: `Your request ${facts.number} of ${printedDate(facts.receivedOn)} has been reviewed: a login and password are refused.`,
      reasonLabel: 'Reason',
      instructions: `Once the reason is removed you may file a new request: ${facts.link}`,
    },
  };
  const t = texts[language];
  return { ...t, text: `${t.lead}\n\n${t.reasonLabel}: ${facts.reason}\n\n${t.instructions}\n\n${facts.bodyName}` };
}
