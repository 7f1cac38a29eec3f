import type { LocalizedText } from '../../platform/i18n/language.ts';
import type { AccessStatus } from '../accounts/index.ts';
import type { ApplicationStatus } from './application-repository.ts';
import { printedTexts } from './printed-texts.ts';

/**
 * The states a refusal names to the officer, in the words of Order 385 as the glossary gives them
 * (issue 21 points 2 and 5): access suspended «тоқтатыла тұрды», revoked «кері қайтарып алынды».
 */
export const accessStatusNames: Record<AccessStatus, LocalizedText> = {
  active: { kk: 'қол жеткізу құқығы бар', ru: 'доступ предоставлен', en: 'active' },
  suspended: { kk: 'тоқтатыла тұрды', ru: 'приостановлен', en: 'suspended' },
  revoked: { kk: 'кері қайтарып алынды', ru: 'отозван', en: 'revoked' },
  disabled: { kk: 'логин біржола өшірілді', ru: 'логин отключён навсегда', en: 'disabled for good' },
};

/** An application's state as the journal prints it. */
export function applicationStatusName(status: ApplicationStatus): LocalizedText {
  return {
    kk: printedTexts.kk.journal.statuses[status],
    ru: printedTexts.ru.journal.statuses[status],
    en: printedTexts.en.journal.statuses[status],
  };
}
