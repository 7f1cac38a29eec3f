import type { Language } from '../../i18n/index.ts';

// Kazakh is written with the same numeric date as Russian (22.11.2026); browsers' Kazakh locale
// data is patchy and can print month names as "M11".
const locales: Record<Language, string> = { kk: 'ru-RU', ru: 'ru-RU', en: 'en-GB' };
const options: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Almaty',
};

/** A server time stamp in the user's language, in Kazakhstan's time (customs deadlines are in it); anything unreadable is shown as it came. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], options).format(date);
}

/** The sample text as a small XML document for XMLDSig: the text is escaped, never parsed. */
export function sampleXml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sample>${escaped}</sample>`;
}
