import { currentConsent } from '@shekara/contracts/accounts';
import { plannedHolders } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import {
  consentOf,
  emptyDraft,
  fieldsOf,
  firstUnfinishedStep,
  type RegistrationDraft,
  stepOfServerCode,
  stepProblem,
} from './registration-draft.ts';

const iin = plannedHolders.find((holder) => holder.id === 'individual-auth')!.iin;
const complete: RegistrationDraft = {
  ...emptyDraft,
  userType: 'foreign_trade_participant',
  iinBin: iin,
  password: 'a long enough passphrase',
  passwordAgain: 'a long enough passphrase',
  email: 'aslan@example.kz',
  consent: true,
};

describe('the registration wizard’s steps (REG-5..REG-9)', () => {
  it('need a user type, a valid IIN/BIN, a password of 12 characters typed twice and an e-mail', () => {
    expect(stepProblem('userType', emptyDraft)).toBe('userType');
    expect(stepProblem('iinBin', { ...emptyDraft, iinBin: '85011' })).toBe('iinBinIncomplete');
    expect(stepProblem('iinBin', { ...emptyDraft, iinBin: iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10) })).toBe(
      'iinBin_check_digit',
    );
    expect(stepProblem('password', { ...complete, password: 'short', passwordAgain: 'short' })).toBe('passwordShort');
    expect(stepProblem('password', { ...complete, passwordAgain: 'another long passphrase' })).toBe('passwordMismatch');
    expect(stepProblem('password', { ...complete, password: `my id ${iin}`, passwordAgain: `my id ${iin}` })).toBe(
      'passwordHasIinBin',
    );
    expect(
      stepProblem('password', { ...complete, password: 'қазақ тілі жақсы', passwordAgain: 'қазақ тілі жақсы' }),
    ).toBeNull();
    expect(stepProblem('email', { ...complete, email: 'not an address' })).toBe('email');
    expect(firstUnfinishedStep(emptyDraft)).toBe(0);
  });

  it('ask for the AST-6 facts only when the user asks the territorial body for a login', () => {
    expect(stepProblem('method', complete)).toBeNull();
    const credentials = { ...complete, authMethod: 'credentials' as const };
    expect(stepProblem('method', credentials)).toBe('region');
    expect(stepProblem('method', { ...credentials, regionCode: '75' })).toBe('registrationDocument');
    expect(stepProblem('method', { ...credentials, regionCode: '75', identityDocumentNumber: '012345678' })).toBe(
      'registrationDocument',
    );
    expect(
      stepProblem('method', {
        ...credentials,
        regionCode: '75',
        identityDocumentNumber: '012345678',
        identityDocumentIssuedOn: '2020-01-01',
      }),
    ).toBe('applicantName');
    const filled = { ...credentials, regionCode: '75', registrationNoticeNumber: '1234', applicantName: 'ТОО Пример' };
    expect(stepProblem('method', filled)).toBeNull();
    expect(fieldsOf(filled)).toEqual({
      userType: 'foreign_trade_participant',
      iinBin: iin,
      email: 'aslan@example.kz',
      credentialsRequest: { regionCode: '75', registrationNoticeNumber: '1234', applicantName: 'ТОО Пример' },
    });
    expect(fieldsOf(complete)).not.toHaveProperty('credentialsRequest');
  });

  it('send the user back to the step a server refusal is about', () => {
    expect(firstUnfinishedStep(complete)).toBe(5);
    expect(stepOfServerCode('REG_PASSWORD_WEAK')).toBe('password');
    expect(stepOfServerCode('REG_IIN_BIN_INVALID')).toBe('iinBin');
    expect(stepOfServerCode('REG_EMAIL_INVALID')).toBe('email');
    expect(stepOfServerCode('REG_CERT_SUBJECT_MISMATCH')).toBe('sign');
  });

  it('send nothing without the consent to the processing of personal data, and say which wording it was to', () => {
    expect(stepProblem('sign', { ...complete, consent: false })).toBe('consent');
    expect(firstUnfinishedStep({ ...complete, consent: false })).toBe(5);
    expect(stepProblem('sign', complete)).toBeNull();
    expect(consentOf(complete, 'kk')).toEqual({ version: currentConsent.version, language: 'kk' });
    expect(consentOf({ ...complete, consent: false }, 'kk')).toBeUndefined();
  });
});
