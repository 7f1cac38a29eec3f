import type { Language } from '../../i18n/index.ts';

const locales: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** A server time stamp in the user's language, in Kazakhstan's time (customs deadlines are in it); anything unreadable is shown as it came. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Almaty' }).format(date);
}

/** The sample text as a small XML document for XMLDSig: the text is escaped, never parsed. */
export function sampleXml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sample>${escaped}</sample>`;
}
