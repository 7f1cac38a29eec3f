import { validBin, validIin } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { passwordProblem } from '../accounts/index.ts';
import { oneTimePassword } from './one-time-credentials.ts';
import { checkRequestFields } from './request-fields.ts';

const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
};

describe('the fields of a credentials request (AST-6)', () => {
  const bin = validBin('2018-06', 7);
  const iin = validIin('1991-04-12', 3, 9);
  const today = '2026-11-20';

  it('asks of a BIN the number of the state-registration notice', () => {
    expect(codeOf(() => checkRequestFields(bin, { regionCode: '75' }, today))).toBe(
      'CREDENTIALS_REQUEST_FIELDS_MISSING',
    );
    expect(
      codeOf(() =>
        checkRequestFields(bin, { regionCode: '75', identityDocument: { number: '1', issuedOn: '2020-01-01' } }, today),
      ),
    ).toBe('CREDENTIALS_REQUEST_FIELDS_MISSING');
    expect(
      codeOf(() => checkRequestFields(bin, { regionCode: '75', registrationNoticeNumber: 'СГР-1' }, today)),
    ).toBeNull();
  });

  it('asks of an IIN the notice (an individual entrepreneur) or the identity document (registered as neither)', () => {
    expect(codeOf(() => checkRequestFields(iin, { regionCode: '75' }, today))).toBe(
      'CREDENTIALS_REQUEST_FIELDS_MISSING',
    );
    expect(
      codeOf(() => checkRequestFields(iin, { regionCode: '75', registrationNoticeNumber: 'ИП-1' }, today)),
    ).toBeNull();
    expect(
      codeOf(() =>
        checkRequestFields(
          iin,
          { regionCode: '75', identityDocument: { number: '045678912', issuedOn: '2019-05-20' } },
          today,
        ),
      ),
    ).toBeNull();
  });

  it('refuses an identity document dated after the request or on no real day, and a bad check digit', () => {
    expect(
      codeOf(() =>
        checkRequestFields(iin, { regionCode: '75', identityDocument: { number: '1', issuedOn: '2026-11-21' } }, today),
      ),
    ).toBe('CREDENTIALS_REQUEST_FIELD_INVALID');
    expect(
      codeOf(() =>
        checkRequestFields(iin, { regionCode: '75', identityDocument: { number: '1', issuedOn: '2023-02-30' } }, today),
      ),
    ).toBe('CREDENTIALS_REQUEST_FIELD_INVALID');
    const wrongDigit = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    expect(
      codeOf(() => checkRequestFields(wrongDigit, { regionCode: '75', registrationNoticeNumber: 'ИП-1' }, today)),
    ).toBe('REG_IIN_BIN_INVALID');
  });
});

describe('the one-time password (AST-3)', () => {
  it('is long, random, free of look-alike characters, and passes the password policy', () => {
    const passwords = Array.from({ length: 200 }, oneTimePassword);
    expect(new Set(passwords).size).toBe(200);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
      expect(passwordProblem(password)).toBeNull();
    }
  });
});
