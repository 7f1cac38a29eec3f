import type { ItemInput } from '@shekara/contracts/portal';
import { type ContentKind, kindsWithFile } from '@shekara/contracts/portal';
import { type Language, type LocalizedText, languages } from '../../platform/i18n/language.ts';
import { PortalErrors } from './errors.ts';

/**
 * What an item of a kind may hold: the fields of other kinds are dropped, so a news item never
 * carries a maintenance window or a legal act's number. A notice must have its window.
 */
export function fieldsOfKind(kind: ContentKind, input: ItemInput): ItemInput {
  const shaped: ItemInput = {
    ...input,
    startsAt: kind === 'notice' ? input.startsAt : null,
    endsAt: kind === 'notice' ? input.endsAt : null,
    documentNumber: kind === 'legal' ? input.documentNumber : null,
    documentDate: kind === 'legal' ? input.documentDate : null,
    sourceUrl: kind === 'legal' ? input.sourceUrl : null,
    version: kind === 'software' ? input.version : null,
    fileId: kindsWithFile.includes(kind) ? input.fileId : null,
  };
  if (
    kind === 'notice' &&
    !(shaped.startsAt && shaped.endsAt && Date.parse(shaped.endsAt) > Date.parse(shaped.startsAt))
  ) {
    throw PortalErrors.PORTAL_NOTICE_WINDOW_INVALID();
  }
  return shaped;
}

/** Each language as a message names it to its reader (the missing title's language, not `kk`). */
const languageNames: Record<Language, LocalizedText> = {
  kk: { kk: 'қазақ тіліндегі тақырып', ru: 'заголовка на казахском', en: 'the Kazakh title' },
  ru: { kk: 'орыс тіліндегі тақырып', ru: 'заголовка на русском', en: 'the Russian title' },
  en: { kk: 'ағылшын тіліндегі тақырып', ru: 'заголовка на английском', en: 'the English title' },
};

/** A published item speaks all three languages, and a program can be downloaded. */
export function assertPublishable(item: {
  kind: ContentKind;
  title: Record<(typeof languages)[number], string>;
  file: unknown;
}): void {
  const missing = languages.filter((language) => item.title[language].trim() === '');
  if (missing.length > 0) {
    const names = (reader: Language) => missing.map((language) => languageNames[language][reader]).join(', ');
    throw PortalErrors.PORTAL_TRANSLATION_MISSING({ missing: { kk: names('kk'), ru: names('ru'), en: names('en') } });
  }
  if (item.kind === 'software' && !item.file) throw PortalErrors.PORTAL_FILE_REQUIRED();
}
