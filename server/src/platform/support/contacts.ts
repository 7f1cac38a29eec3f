import type { Language } from '../i18n/language.ts';

/** How to reach the support service when the portal cannot help (REG-13): SUPPORT_EMAIL and SUPPORT_PHONE. */
export interface SupportContacts {
  email: string;
  phone: string;
}

const words = {
  kk: { service: 'Қолдау қызметі', phone: 'тел.' },
  ru: { service: 'Служба поддержки', phone: 'тел.' },
  en: { service: 'Support service', phone: 'tel.' },
} satisfies Record<Language, Record<string, string>>;

/** One line naming the support service's address and phone, e.g. for a letter's footer. */
export function supportLine(language: Language, { email, phone }: SupportContacts): string {
  const w = words[language];
  return `${w.service}: ${email}, ${w.phone} ${phone}`;
}
