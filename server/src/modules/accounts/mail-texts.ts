import { printedDate } from '@shekara/contracts/i18n';
import type { Language } from '../../platform/i18n/language.ts';

/** E-mails of the account flows, in the language the user worked in. */
export function confirmationMail(language: Language, link: string, hours: number) {
  const texts = {
    kk: {
      subject: 'Шекара: тіркелуді растаңыз',
      text: `Сәлеметсіз бе!\n\nШекара жүйесінде тіркелуді аяқтау үшін сілтемені ашыңыз (${hours} сағат жарамды):\n${link}\n\nЕгер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.`,
    },
    ru: {
      subject: 'Шекара: подтвердите регистрацию',
      text: `Здравствуйте!\n\nЧтобы завершить регистрацию в системе Шекара, откройте ссылку (действует ${hours} ч):\n${link}\n\nЕсли вы не регистрировались, проигнорируйте это письмо.`,
    },
    en: {
      subject: 'Shekara: confirm your registration',
      text: `Hello,\n\nTo complete your registration in Shekara, open this link (valid for ${hours} hours):\n${link}\n\nIf you did not register, please ignore this message.`,
    },
  };
  return texts[language];
}

export function contactChangedMail(language: Language, newEmail: string) {
  const texts = {
    kk: {
      subject: 'Шекара: байланыс деректері өзгертілді',
      text: `Шекара тіркелгіңіздің электрондық поштасы ${newEmail} болып өзгертілді. Егер мұны сіз жасамаған болсаңыз, қолдау қызметіне хабарласыңыз.`,
    },
    ru: {
      subject: 'Шекара: изменены контактные данные',
      text: `Адрес электронной почты вашей учётной записи Шекара изменён на ${newEmail}. Если это сделали не вы, обратитесь в службу поддержки.`,
    },
    en: {
      subject: 'Shekara: contact details changed',
      text: `The e-mail address of your Shekara account was changed to ${newEmail}. If you did not do this, please contact support.`,
    },
  };
  return texts[language];
}

/**
 * Log-in with the account's password was paused after repeated failures (issue 14 point 4): the
 * owner learns of it at once, from where, and that the signature still opens the account.
 */
export function throttledMail(language: Language, facts: { ip: string; minutes: number; at: Date }) {
  const iso = facts.at.toISOString();
  const at = `${printedDate(iso)} ${iso.slice(11, 16)}`;
  const texts = {
    kk: {
      subject: 'Шекара: құпиясөзбен кіру тоқтатыла тұрды',
      text: `Шекара тіркелгіңізге ${facts.ip} мекенжайынан құпиясөзбен бірнеше рет сәтсіз кіру әрекеті жасалды (${at} UTC). Осы мекенжайдан құпиясөзбен кіру ${facts.minutes} минутқа тоқтатыла тұрды. ЭЦҚ-мен бұрынғыдай кіруге болады. Егер бұл сіз болмасаңыз, құпиясөзді ауыстырыңыз.`,
    },
    ru: {
      subject: 'Шекара: вход по паролю временно приостановлен',
      text: `В вашу учётную запись Шекара несколько раз безуспешно пытались войти по паролю с адреса ${facts.ip} (${at} UTC). Вход по паролю с этого адреса приостановлен на ${facts.minutes} мин. Вход с ЭЦП по-прежнему доступен. Если это были не вы, смените пароль.`,
    },
    en: {
      subject: 'Shekara: password log-in paused for a while',
      text: `There were several failed attempts to log in to your Shekara account with its password from ${facts.ip} (${at} UTC). Password log-in from that address is paused for ${facts.minutes} min. Log-in with your signature remains open. If this was not you, change your password.`,
    },
  };
  return texts[language];
}
