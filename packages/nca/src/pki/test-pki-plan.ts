import type { KeyPurpose, SignerRole } from '../x509/nca-profile.ts';
import type { KeyAlgorithm } from './algorithms.ts';
import { validBin, validIin } from './test-identities.ts';

/**
 * Who is in the test PKI: the same people hold keys in each family, as real users hold RSA and
 * GOST keys from NCA. Every IIN and BIN passes the check digit, so the NCA profile accepts them
 * without the test-identifier exemption NCA's own test set needs.
 */
export type CertificateStatus = 'good' | 'expired' | 'revoked';

export interface PlannedHolder {
  /** File-name stem, unique within a family. */
  id: string;
  commonName: string;
  surname: string;
  givenName: string;
  iin: string;
  organization?: string;
  bin?: string;
  roles: SignerRole[];
  keyPurpose: KeyPurpose;
  status: CertificateStatus;
}

export const testPassword = 'Aa1234567';

export const organization = { name: 'ТОО "SHEKARA TEST"', bin: validBin('2015-04', 1) };

const people = {
  individual: {
    commonName: 'АХМЕТОВ АСЛАН',
    surname: 'АХМЕТОВ',
    givenName: 'СЕРИКОВИЧ',
    iin: validIin('1985-01-15', 3, 1),
  },
  head: {
    commonName: 'СЕРИКОВА АЙГЕРИМ',
    surname: 'СЕРИКОВА',
    givenName: 'БОЛАТОВНА',
    iin: validIin('1979-03-08', 4, 2),
  },
  signer: { commonName: 'ПЕТРОВ ИВАН', surname: 'ПЕТРОВ', givenName: 'СЕРГЕЕВИЧ', iin: validIin('1990-11-20', 3, 3) },
  employee: { commonName: 'ЖАНОВА ДАНА', surname: 'ЖАНОВА', givenName: 'ЕРЛАНОВНА', iin: validIin('1995-06-01', 4, 4) },
  expired: { commonName: 'ЕСКИЕВ ЕРЛАН', surname: 'ЕСКИЕВ', givenName: 'МАРАТОВИЧ', iin: validIin('1970-02-12', 3, 5) },
  revoked: {
    commonName: 'ОТОЗВАНОВ ОЛЖАС',
    surname: 'ОТОЗВАНОВ',
    givenName: 'НУРЛАНОВИЧ',
    iin: validIin('1988-09-09', 3, 6),
  },
};

const employer = { organization: organization.name, bin: organization.bin };

/** Ten certificates per family: four holders with an auth and a sign key each, one expired, one revoked. */
export const plannedHolders: PlannedHolder[] = [
  ...(['auth', 'sign'] as const).flatMap((keyPurpose) => [
    {
      id: `individual-${keyPurpose}`,
      ...people.individual,
      roles: ['individual'] as SignerRole[],
      keyPurpose,
      status: 'good' as const,
    },
    {
      id: `head-${keyPurpose}`,
      ...people.head,
      ...employer,
      roles: ['legal_entity', 'head'] as SignerRole[],
      keyPurpose,
      status: 'good' as const,
    },
    {
      id: `signer-${keyPurpose}`,
      ...people.signer,
      ...employer,
      roles: ['legal_entity', 'signer'] as SignerRole[],
      keyPurpose,
      status: 'good' as const,
    },
    {
      id: `employee-${keyPurpose}`,
      ...people.employee,
      ...employer,
      roles: ['legal_entity', 'employee'] as SignerRole[],
      keyPurpose,
      status: 'good' as const,
    },
  ]),
  { id: 'expired-sign', ...people.expired, roles: ['individual'], keyPurpose: 'sign', status: 'expired' },
  { id: 'revoked-sign', ...people.revoked, roles: ['individual'], keyPurpose: 'sign', status: 'revoked' },
];

export const familySlug: Record<KeyAlgorithm, string> = {
  RSA: 'rsa',
  GOST2004: 'gost2004',
  'GOST2015-512': 'gost2015',
};
const familyLabel: Record<KeyAlgorithm, string> = { RSA: 'RSA', GOST2004: 'GOST 2004', 'GOST2015-512': 'GOST 2015' };

export const caNames = (family: KeyAlgorithm) => ({
  root: `SHEKARA TEST ROOT CA (${familyLabel[family]})`,
  issuing: `SHEKARA TEST CA (${familyLabel[family]})`,
});

/** Reserved .test domain (RFC 2606): these addresses can never reach a real service. */
export const testUrls = (family: KeyAlgorithm) => ({
  rootCrl: `http://pki.shekara.test/crl/${familySlug[family]}-root-ca.crl`,
  issuingCrl: `http://pki.shekara.test/crl/${familySlug[family]}-ca.crl`,
  rootCertificate: `http://pki.shekara.test/cert/${familySlug[family]}-root-ca.cer`,
  issuingCertificate: `http://pki.shekara.test/cert/${familySlug[family]}-ca.cer`,
  ocsp: `http://pki.shekara.test/ocsp/${familySlug[family]}`,
});
