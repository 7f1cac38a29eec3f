import { parseIinBin } from '../iin-bin.ts';
import type { Certificate, NameAttribute } from './certificate.ts';

/**
 * What an NCA RK certificate says about its holder: IIN from the subject serialNumber (`IIN…`),
 * BIN from OU (`BIN…`), roles and key purpose from extendedKeyUsage.
 */
export type SignerRole = 'individual' | 'legal_entity' | 'head' | 'signer' | 'financial_signer' | 'hr' | 'employee';
export type KeyPurpose = 'auth' | 'sign';
export type SignatureAlgorithm = 'RSA' | 'GOST2004' | 'GOST2015-512' | 'GOST2015-256';

export interface Signer {
  iin: string;
  bin?: string;
  commonName: string;
  surname?: string;
  organization?: string;
  roles: SignerRole[];
  keyPurpose: KeyPurpose;
  algorithm: SignatureAlgorithm;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  issuer: string;
}

export type ProfileProblem =
  | 'no_iin'
  | 'iin_check_digit'
  | 'bin_check_digit'
  | 'no_key_purpose'
  | 'unsupported_algorithm';

const roleOids: Record<string, SignerRole> = {
  '1.2.398.3.3.4.1.1': 'individual',
  '1.2.398.3.3.4.1.2': 'legal_entity',
  '1.2.398.3.3.4.1.2.1': 'head',
  '1.2.398.3.3.4.1.2.2': 'signer',
  '1.2.398.3.3.4.1.2.3': 'financial_signer',
  '1.2.398.3.3.4.1.2.4': 'hr',
  '1.2.398.3.3.4.1.2.5': 'employee',
};
const clientAuth = '1.3.6.1.5.5.7.3.2';
const emailProtection = '1.3.6.1.5.5.7.3.4';

const algorithms: Record<string, SignatureAlgorithm> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.398.3.10.1.1.1.1': 'GOST2004',
  '1.2.398.3.10.1.1.2.2': 'GOST2015-512',
  '1.2.398.3.10.1.1.2.1': 'GOST2015-256',
};

const attribute = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
};

export interface ProfileOptions {
  /** The NCA test set's IIN/BIN fail the check digit; they pass only when the test trust store is configured. */
  acceptTestIdentifiers: boolean;
}

export function ncaProfile(
  certificate: Certificate,
  options: ProfileOptions,
): { ok: true; signer: Signer } | { ok: false; problem: ProfileProblem } {
  const algorithm = algorithms[certificate.publicKeyAlgorithm];
  if (!algorithm) return { ok: false, problem: 'unsupported_algorithm' };
  const iin = prefixed(certificate.subject, attribute.serialNumber, 'IIN');
  if (!iin) return { ok: false, problem: 'no_iin' };
  if (!options.acceptTestIdentifiers && !parseIinBin(iin).valid) return { ok: false, problem: 'iin_check_digit' };
  const bin = prefixed(certificate.subject, attribute.organizationalUnit, 'BIN');
  if (bin && !options.acceptTestIdentifiers && !parseIinBin(bin).valid)
    return { ok: false, problem: 'bin_check_digit' };
  const usages = certificate.extendedKeyUsage;
  // An NCA key is either for log-in or for signing documents, never both.
  const keyPurpose: KeyPurpose | null = usages.includes(clientAuth)
    ? 'auth'
    : usages.includes(emailProtection)
      ? 'sign'
      : null;
  if (!keyPurpose) return { ok: false, problem: 'no_key_purpose' };
  return {
    ok: true,
    signer: {
      iin,
      ...(bin ? { bin } : {}),
      commonName: first(certificate.subject, attribute.commonName) ?? '',
      ...optional('surname', first(certificate.subject, attribute.surname)),
      ...optional('organization', first(certificate.subject, attribute.organization)),
      roles: usages.map((oid) => roleOids[oid]).filter((role): role is SignerRole => role !== undefined),
      keyPurpose,
      algorithm,
      serialNumber: certificate.serialNumber,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
      issuer: first(certificate.issuer, attribute.commonName) ?? '',
    },
  };
}

export type ProfileResult = ReturnType<typeof ncaProfile>;

// Parsed certificates are reused across verifications (certificate-cache.ts) and never change, so
// the profile is worked out once per certificate object and trust mode. The result is frozen: it
// is handed to every caller that verifies a signature by this certificate.
const profiles = new WeakMap<Certificate, { strict?: ProfileResult; test?: ProfileResult }>();

/** ncaProfile, remembered per certificate object and `acceptTestIdentifiers`; the result is read-only. */
export function ncaProfileCached(certificate: Certificate, options: ProfileOptions): ProfileResult {
  let byMode = profiles.get(certificate);
  if (!byMode) profiles.set(certificate, (byMode = {}));
  const mode = options.acceptTestIdentifiers ? 'test' : 'strict';
  return (byMode[mode] ??= freezeProfile(ncaProfile(certificate, options)));
}

function freezeProfile(result: ProfileResult): ProfileResult {
  if (result.ok) {
    Object.freeze(result.signer.roles);
    Object.freeze(result.signer);
  }
  return Object.freeze(result);
}

function first(name: NameAttribute[], oid: string): string | undefined {
  return name.find((a) => a.oid === oid)?.value;
}

const prefixPatterns: Record<'IIN' | 'BIN', RegExp> = { IIN: /^IIN(\d{12})$/, BIN: /^BIN(\d{12})$/ };

function prefixed(name: NameAttribute[], oid: string, prefix: 'IIN' | 'BIN'): string | undefined {
  for (const attribute of name) {
    if (attribute.oid !== oid) continue;
    const match = prefixPatterns[prefix].exec(attribute.value);
    if (match) return match[1];
  }
  return undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
