import type { Language } from '../../platform/i18n/language.ts';

/** E-mails of the account flows, in the language the user worked in. */
export function confirmationMail(language: Language, link: string, hours: number) {
  const texts = {
    kk: {
      subject: 'Shekara: тіркелуді растаңыз',
      text: `Сәлеметсіз бе!\n\nShekara жүйесінде тіркелуді аяқтау үшін сілтемені ашыңыз (${hours} сағат жарамды):\n${link}\n\nЕгер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.`,
    },
    ru: {
      subject: 'Shekara: подтвердите регистрацию',
      text: `Здравствуйте!\n\nЧтобы завершить регистрацию в системе Shekara, откройте ссылку (действует ${hours} ч):\n${link}\n\nЕсли вы не регистрировались, просто не отвечайте на это письмо.`,
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
      subject: 'Shekara: байланыс деректері өзгертілді',
      text: `Shekara тіркелгіңіздің электрондық поштасы ${newEmail} болып өзгертілді. Егер мұны сіз жасамаған болсаңыз, қолдау қызметіне хабарласыңыз.`,
    },
    ru: {
      subject: 'Shekara: изменены контактные данные',
      text: `Адрес электронной почты вашей учётной записи Shekara изменён на ${newEmail}. Если это сделали не вы, обратитесь в службу поддержки.`,
    },
    en: {
      subject: 'Shekara: contact details changed',
      text: `The e-mail address of your Shekara account was changed to ${newEmail}. If you did not do this, please contact support.`,
    },
  };
  return texts[language];
}
