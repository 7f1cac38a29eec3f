import type { KeyPurpose, SignerRole } from '../x509/nca-profile.ts';
import type { KeyAlgorithm } from './algorithms.ts';
import type { TestPki } from './test-pki.ts';
import type { CertificateStatus } from './test-pki-plan.ts';

/** manifest.json of a test PKI folder: every file, whose it is and what it is for. */
export interface TestPkiManifest {
  formatVersion: 1;
  description: string;
  generatedAt: string;
  password: string;
  /** Folder of CA certificates to configure as the trust store. */
  trustStore: 'trust';
  authorities: ManifestAuthority[];
  holders: ManifestHolder[];
  /** Every file written, relative to the folder. */
  files: string[];
}

export interface ManifestAuthority {
  algorithm: KeyAlgorithm;
  level: 'root' | 'issuing';
  name: string;
  serialNumber: string;
  certificate: string;
  crl: string;
  pkcs12: string;
  password: string;
}

export interface ManifestHolder {
  id: string;
  algorithm: KeyAlgorithm;
  holder: string;
  iin: string;
  bin?: string;
  organization?: string;
  roles: SignerRole[];
  keyPurpose: KeyPurpose;
  status: CertificateStatus;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  revokedAt?: string;
  certificate: string;
  pkcs12: string;
  password: string;
}

export function manifestOf(pki: TestPki): TestPkiManifest {
  const authorities = pki.authorities.map(
    (a): ManifestAuthority => ({
      algorithm: a.algorithm,
      level: a.level,
      name: a.name,
      serialNumber: a.serialNumber,
      ...a.files,
      password: pki.password,
    }),
  );
  const holders = pki.holders.map(
    (h): ManifestHolder => ({
      id: h.id,
      algorithm: h.algorithm,
      holder: h.commonName,
      iin: h.iin,
      ...(h.bin ? { bin: h.bin } : {}),
      ...(h.organization ? { organization: h.organization } : {}),
      roles: h.roles,
      keyPurpose: h.keyPurpose,
      status: h.status,
      serialNumber: h.serialNumber,
      notBefore: h.notBefore.toISOString(),
      notAfter: h.notAfter.toISOString(),
      ...(h.revokedAt ? { revokedAt: h.revokedAt.toISOString() } : {}),
      ...h.files,
      password: pki.password,
    }),
  );
  return {
    formatVersion: 1,
    description: 'Shekara TEST PKI shaped like NCA RK: for tests and demonstrations only, never for real documents',
    generatedAt: pki.now.toISOString(),
    password: pki.password,
    trustStore: 'trust',
    authorities,
    holders,
    files: [
      ...authorities.flatMap((a) => [a.certificate, a.crl, a.pkcs12]),
      ...holders.flatMap((h) => [h.certificate, h.pkcs12]),
      'manifest.json',
    ],
  };
}
