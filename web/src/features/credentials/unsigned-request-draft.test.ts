import { unsignedRequestBody } from '@shekara/contracts/credentials';
import { describe, expect, it } from 'vitest';
import { emptyUnsignedDraft, unsignedRequestOf } from './unsigned-request-draft.ts';

describe('the request without a signature as the form sends it (REG-10, AST-6)', () => {
  it('sends a resident’s IIN with the identity document, and nothing left empty', () => {
    const body = unsignedRequestOf({
      ...emptyUnsignedDraft,
      iinBin: ' 850314300019 ',
      email: 'dana@example.kz',
      regionCode: '75',
      applicantName: 'Сейткалиева Дана',
      documentNumber: '045678913',
      documentIssuedOn: '2020-02-11',
      documentCountry: 'CN',
    });
    expect(body).toEqual({
      applicant: 'resident',
      userType: 'foreign_trade_participant',
      iinBin: '850314300019',
      email: 'dana@example.kz',
      regionCode: '75',
      applicantName: 'Сейткалиева Дана',
      identityDocument: { kind: 'id_card', number: '045678913', issuedOn: '2020-02-11' },
    });
    expect(unsignedRequestBody.safeParse(body).success).toBe(true);
  });

  it('sends a non-resident’s foreign passport with its country and the date of birth, and no IIN or notice', () => {
    const body = unsignedRequestOf({
      ...emptyUnsignedDraft,
      applicant: 'non_resident',
      iinBin: '850314300019',
      noticeNumber: 'ignored',
      email: 'li.wei@example.cn',
      regionCode: '75',
      applicantName: 'LI WEI',
      documentKind: 'id_card',
      documentNumber: 'EC1234567',
      documentIssuedOn: '2021-06-01',
      documentCountry: 'cn',
      birthDate: '1988-09-12',
    });
    expect(body).toMatchObject({
      applicant: 'non_resident',
      iinBin: undefined,
      registrationNotice: undefined,
      identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: '2021-06-01', country: 'CN' },
      birthDate: '1988-09-12',
    });
    expect(unsignedRequestBody.safeParse(body).success).toBe(true);
  });
});
