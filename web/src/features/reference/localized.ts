import type { Language } from '../../i18n/index.ts';
import type { TnvedName } from './tnved-api.ts';

/** A TN VED name in the reader's language where it exists; the official Russian otherwise. */
export function tnvedName(name: TnvedName, language: Language): string {
  return name[language] ?? name.ru;
}
