import type { Language } from '../../../platform/i18n/language.ts';

export interface TicketFacts {
  number: string;
  name: string;
  email: string;
  subject: string;
  message: string;
  /** the account's IIN/BIN and login when filed from the cabinet */
  account: string | null;
}

/** The requester's confirmation, in the language they wrote in. */
export function confirmationMail(language: Language, t: TicketFacts) {
  const texts = {
    kk: {
      subject: `Шекара: ${t.number} өтінішіңіз қабылданды`,
      text: `Сәлеметсіз бе, ${t.name}!\n\nҚолдау қызметіне жолдаған өтінішіңіз қабылданды. Нөмірі: ${t.number}. Жауап осы мекенжайға келеді; хабарласқанда нөмірді көрсетіңіз.\n\nТақырып: ${t.subject}\n\n${t.message}`,
    },
    ru: {
      subject: `Шекара: ваше обращение ${t.number} принято`,
      text: `Здравствуйте, ${t.name}!\n\nВаше обращение в службу поддержки принято. Номер: ${t.number}. Ответ придёт на этот адрес; при переписке указывайте номер.\n\nТема: ${t.subject}\n\n${t.message}`,
    },
    en: {
      subject: `Shekara: your request ${t.number} was received`,
      text: `Hello ${t.name},\n\nYour request to the support service was received. Its number is ${t.number}. The answer will come to this address; please quote the number when you write.\n\nSubject: ${t.subject}\n\n${t.message}`,
    },
  };
  return texts[language];
}

/** The support service's copy: who wrote, how to answer, and what; in the requester's language, which is also the one to answer in. */
export function supportMail(language: Language, t: TicketFacts) {
  const account = t.account ?? '—';
  const texts = {
    kk: {
      subject: `[${t.number}] ${t.subject}`,
      text: `Қолдау қызметіне жаңа өтініш ${t.number}.\n\nАты: ${t.name}\nЭл. пошта: ${t.email}\nТіркелгі: ${account}\nТілі: қазақша\n\n${t.message}`,
    },
    ru: {
      subject: `[${t.number}] ${t.subject}`,
      text: `Новое обращение в службу поддержки ${t.number}.\n\nИмя: ${t.name}\nЭл. почта: ${t.email}\nУчётная запись: ${account}\nЯзык: русский\n\n${t.message}`,
    },
    en: {
      subject: `[${t.number}] ${t.subject}`,
      text: `New request to the support service ${t.number}.\n\nName: ${t.name}\nE-mail: ${t.email}\nAccount: ${account}\nLanguage: English\n\n${t.message}`,
    },
  };
  return texts[language];
}
