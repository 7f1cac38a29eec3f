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

/** 'YYYY-MM-DD' as people in Kazakhstan write it: DD.MM.YYYY. */
export function printedDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

export function acknowledgementMail(language: Language, facts: Omit<NoticeFacts, 'link'> & { reviewDueOn: string }) {
  const due = printedDate(facts.reviewDueOn);
  const texts = {
    kk: {
      subject: `Shekara: логин мен құпиясөз беру туралы өтініш ${facts.number} қабылданды`,
      text: `Сәлеметсіз бе!\n\nЛогин мен құпиясөз беру туралы өтінішіңіз тіркелді.\nНөмірі: ${facts.number}\nҚарайтын орган: ${facts.bodyName}\nҚарау мерзімі: ${due} дейін (жұмыс күндерімен).\n\nШешім туралы хабарлама осы мекенжайға жіберіледі.`,
    },
    ru: {
      subject: `Shekara: заявка ${facts.number} на выдачу логина и пароля принята`,
      text: `Здравствуйте!\n\nВаша заявка на выдачу логина и пароля зарегистрирована.\nНомер: ${facts.number}\nРассматривает: ${facts.bodyName}\nСрок рассмотрения: до ${due} (в рабочих днях).\n\nУведомление о решении придёт на этот адрес.`,
    },
    en: {
      subject: `Shekara: request ${facts.number} for a login and password received`,
      text: `Hello,\n\nYour request for a login and password has been registered.\nNumber: ${facts.number}\nReviewed by: ${facts.bodyName}\nReview term: until ${due} (in working days).\n\nThe notice of the decision will be sent to this address.`,
    },
  };
  return texts[language];
}

/** The notice of the issued login and one-time password (AST-3, AST-4): e-mail subject and body, and the letter's lines. */
export function approvalNotice(language: Language, facts: NoticeFacts & { login: string; password: string }) {
  const texts = {
    kk: {
      title: 'Логин мен құпиясөз берілгені туралы хабарлама',
      subject: `Shekara: ${facts.number} өтініші бойынша логин мен құпиясөз берілді`,
      lead: `${printedDate(facts.receivedOn)} күнгі ${facts.number} өтінішіңіз қаралды: Shekara жүйесінде жеке кабинет құрылды.`,
      loginLabel: 'Логин',
      passwordLabel: 'Бір реттік құпиясөз',
      instructions: `Жүйеге ${facts.link} мекенжайы бойынша логинмен, осы құпиясөзбен және ЭЦҚ-мен кіріңіз. Бірінші кіргенде құпиясөзді өзіңіз ойлап тапқан құпиясөзге ауыстыру қажет. Құпиясөзді ешкімге бермеңіз.`,
    },
    ru: {
      title: 'Уведомление о присвоении логина и пароля',
      subject: `Shekara: логин и пароль по заявке ${facts.number}`,
      lead: `Ваша заявка ${facts.number} от ${printedDate(facts.receivedOn)} рассмотрена: в системе Shekara создан личный кабинет.`,
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
  const t = texts[language];
  return {
    ...t,
    text: `${t.lead}\n\n${t.loginLabel}: ${facts.login}\n${t.passwordLabel}: ${facts.password}\n\n${t.instructions}\n\n${facts.bodyName}`,
  };
}

/** The notice that a request was refused, with the body's reason. */
export function rejectionNotice(language: Language, facts: NoticeFacts & { reason: string }) {
  const texts = {
    kk: {
      title: 'Логин мен құпиясөз беруден бас тарту туралы хабарлама',
      subject: `Shekara: ${facts.number} өтініші қабылданбады`,
      lead: `${printedDate(facts.receivedOn)} күнгі ${facts.number} өтінішіңіз қаралды және қабылданбады.`,
      reasonLabel: 'Себебі',
      instructions: `Себебін жойғаннан кейін жаңа өтініш беруге болады: ${facts.link}`,
    },
    ru: {
      title: 'Уведомление об отказе в выдаче логина и пароля',
      subject: `Shekara: в заявке ${facts.number} отказано`,
      lead: `Ваша заявка ${facts.number} от ${printedDate(facts.receivedOn)} рассмотрена, в выдаче логина и пароля отказано.`,
      reasonLabel: 'Причина',
      instructions: `После устранения причины можно подать новую заявку: ${facts.link}`,
    },
    en: {
      title: 'Notice of refusal to issue a login and password',
      subject: `Shekara: request ${facts.number} refused`,
      lead: `Your request ${facts.number} of ${printedDate(facts.receivedOn)} has been reviewed and refused.`,
      reasonLabel: 'Reason',
      instructions: `Once the reason is removed you may file a new request: ${facts.link}`,
    },
  };
  const t = texts[language];
  return { ...t, text: `${t.lead}\n\n${t.reasonLabel}: ${facts.reason}\n\n${t.instructions}\n\n${facts.bodyName}` };
}
