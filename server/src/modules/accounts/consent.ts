import { currentConsent } from '@shekara/contracts/accounts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { type ConsentHolder, insertConsent } from './consent-repository.ts';
import { AccountErrors } from './errors.ts';

/** What the registration form sends when the applicant ticked the consent: the wording's version and the language shown. */
export interface ConsentGiven {
  version: string;
  language: Language;
}

/**
 * The Law on personal data (No. 94-V, Article 8) lets the data be collected only with the
 * subject's consent: no consent, no registration; and it must be to the wording in force now,
 * not one the page showed before it changed.
 */
export function checkConsent(consent: ConsentGiven | undefined): ConsentGiven {
  if (!consent) throw AccountErrors.REG_CONSENT_REQUIRED();
  if (consent.version !== currentConsent.version)
    throw AccountErrors.REG_CONSENT_OUTDATED(
      {},
      { details: { current: currentConsent.version, given: consent.version } },
    );
  return consent;
}

/** Records the consent in the transaction of what it was given for, so the two exist together or not at all. */
export async function recordConsent(
  tx: Queryable,
  holder: ConsentHolder,
  consent: ConsentGiven,
  at: Date,
  ip: string,
): Promise<void> {
  await insertConsent(tx, holder, { version: consent.version, language: consent.language, givenAt: at, ip });
}
