import { languages } from '../i18n/language.ts';
import { type SupportContacts, supportLine } from '../support/contacts.ts';
import type { MailMessage } from './mail.ts';

/** The standard signature separator: mail clients grey out or fold what follows it. */
const separator = '\n\n-- \n';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

/**
 * Every e-mail ends with how to reach the support service (REG-13), added as it leaves rather than
 * by each module, so no message forgets it and a changed address applies to mail still waiting.
 * In the reader's language when the message names it; otherwise in all three.
 */
export function withSupportFooter(message: MailMessage, contacts: SupportContacts): MailMessage {
  const lines = (message.language ? [message.language] : languages).map((language) => supportLine(language, contacts));
  return {
    ...message,
    text: `${message.text}${separator}${lines.join('\n')}`,
    ...(message.html !== undefined ? { html: `${message.html}<hr><p>${lines.map(escapeHtml).join('<br>')}</p>` } : {}),
  };
}
