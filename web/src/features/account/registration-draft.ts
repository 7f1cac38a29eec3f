import { currentConsent } from '@shekara/contracts/accounts';
import type { Language } from '@shekara/contracts/i18n';
import { checkIinBin } from './iin-bin.ts';
import {
  blankCredentialsRequest,
  credentialsRequestOf,
  type RegistrationFields,
  type TypedCredentialsRequest,
} from './signed-registration.ts';
import type { UserType } from './user-types.ts';

/** What the applicant has entered so far in the registration wizard (REG-5..REG-9). */
export interface RegistrationDraft extends TypedCredentialsRequest {
  userType: UserType | null;
  iinBin: string;
  password: string;
  passwordAgain: string;
  email: string;
  authMethod: 'signature' | 'credentials';
  /** the applicant ticked the consent to the processing of personal data shown with the signature step */
  consent: boolean;
}

export const emptyDraft: RegistrationDraft = {
  userType: null,
  iinBin: '',
  password: '',
  passwordAgain: '',
  email: '',
  authMethod: 'signature',
  consent: false,
  ...blankCredentialsRequest,
};

/** The wizard's steps in the order of REG-5..REG-10; each but the last is checked before moving on. */
export const registrationSteps = ['userType', 'iinBin', 'password', 'email', 'method', 'sign'] as const;
export type RegistrationStep = (typeof registrationSteps)[number];

/** NIST SP 800-63B as the server applies it: length, not composition; the server also refuses common passwords. */
export const minPasswordLength = 12;

// As loose as the server's check: one @, a dotted domain, no spaces.
const emailShape = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Why a step cannot be left yet, as a catalogue key under `account.register.problems`, or null. */
export function stepProblem(step: RegistrationStep, draft: RegistrationDraft): string | null {
  switch (step) {
    case 'userType':
      return draft.userType ? null : 'userType';
    case 'iinBin': {
      const check = checkIinBin(draft.iinBin);
      return check === 'iin' || check === 'bin'
        ? null
        : check === 'incomplete'
          ? 'iinBinIncomplete'
          : `iinBin_${check}`;
    }
    case 'password':
      // Counted in characters as the server counts them, so each Kazakh letter counts once.
      if ([...draft.password.normalize('NFC')].length < minPasswordLength) return 'passwordShort';
      if (draft.iinBin.length === 12 && draft.password.includes(draft.iinBin)) return 'passwordHasIinBin';
      return draft.password === draft.passwordAgain ? null : 'passwordMismatch';
    case 'email':
      return emailShape.test(draft.email.trim()) ? null : 'email';
    case 'method':
      if (draft.authMethod === 'signature') return null;
      if (!/^\d{2}$/.test(draft.regionCode)) return 'region';
      // AST-6: the state-registration notice, or for a person registered as neither, the identity document.
      if (
        draft.registrationNoticeNumber.trim() === '' &&
        (draft.identityDocumentNumber.trim() === '' || draft.identityDocumentIssuedOn === '')
      )
        return 'registrationDocument';
      return draft.applicantName.trim() === '' ? 'applicantName' : null;
    case 'sign':
      // Law No. 94-V: no personal data are sent without the subject's consent.
      return draft.consent ? null : 'consent';
  }
}

/** The consent the registration carries: the wording's version shown and the language it was read in, or none. */
export function consentOf(draft: RegistrationDraft, language: Language) {
  return draft.consent ? { version: currentConsent.version, language } : undefined;
}

/** The first step that still has a problem, so an answer from the server can send the user back to it. */
export function firstUnfinishedStep(draft: RegistrationDraft): number {
  const index = registrationSteps.findIndex((step) => stepProblem(step, draft) !== null);
  return index === -1 ? registrationSteps.length - 1 : index;
}

/** The step a server refusal is about, so the user lands where they can fix it. */
export function stepOfServerCode(code: string): RegistrationStep {
  if (code === 'REG_IIN_BIN_INVALID') return 'iinBin';
  if (code === 'REG_PASSWORD_WEAK') return 'password';
  if (code === 'REG_EMAIL_INVALID') return 'email';
  return 'sign';
}

export function fieldsOf(draft: RegistrationDraft): RegistrationFields {
  return {
    userType: draft.userType!,
    iinBin: draft.iinBin,
    email: draft.email.trim(),
    ...(draft.authMethod === 'credentials' ? { credentialsRequest: credentialsRequestOf(draft) } : {}),
  };
}
