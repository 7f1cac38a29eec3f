import { credentialsRequestFields, registrationRequest } from '@shekara/contracts/accounts';
import { describe, expect, it } from 'vitest';
import { blankCredentialsRequest, credentialsRequestOf, signedRegistrationJson } from './signed-registration.ts';

const blank = { ...blankCredentialsRequest, regionCode: '75' };

describe('what the applicant signs (REG-10)', () => {
  it('is exactly {"nonce","userType","iinBin","email"} in the signature branch', () => {
    const json = signedRegistrationJson('bm9uY2U=', {
      userType: 'customs_carrier',
      iinBin: '850115300012',
      email: 'a@b.kz',
    });
    expect(json).toBe('{"nonce":"bm9uY2U=","userType":"customs_carrier","iinBin":"850115300012","email":"a@b.kz"}');
  });

  it('adds the credentials request in the second branch (REG-9, AST-6), as the server accepts it', () => {
    const credentialsRequest = credentialsRequestOf({
      ...blank,
      identityDocumentNumber: ' 012345678 ',
      identityDocumentIssuedOn: '2020-05-01',
      applicantName: 'Ахметов Аслан',
      phone: '+7 701 000 00 00',
    });
    expect(credentialsRequest).toEqual({
      regionCode: '75',
      identityDocument: { number: '012345678', issuedOn: '2020-05-01' },
      applicantName: 'Ахметов Аслан',
      phone: '+7 701 000 00 00',
    });
    expect(credentialsRequestFields.safeParse(credentialsRequest).success).toBe(true);
    const json = JSON.parse(
      signedRegistrationJson('n', { userType: 'ip_rights_holder', iinBin: '1', email: 'e', credentialsRequest }),
    );
    expect(Object.keys(json)).toEqual(['nonce', 'userType', 'iinBin', 'email', 'credentialsRequest']);
    const body = {
      userType: 'ip_rights_holder',
      iinBin: '1',
      email: 'e',
      password: 'p',
      authMethod: 'credentials',
      signature: 'MIIBIjANBgkqhkiG9w0B',
      credentialsRequest,
    };
    expect(registrationRequest.safeParse(body).success).toBe(true);
  });

  it('leaves out empty fields and an identity document without its date', () => {
    expect(
      credentialsRequestOf({ ...blank, registrationNoticeNumber: ' 12-34 ', identityDocumentNumber: '0123' }),
    ).toEqual({ regionCode: '75', registrationNoticeNumber: '12-34' });
  });
});
