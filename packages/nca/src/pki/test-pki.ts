import { parseCertificate } from '../x509/certificate.ts';
import { type KeyAlgorithm, keyAlgorithms } from './algorithms.ts';
import { issueCertificate, issueCrl } from './issue.ts';
import { generateKeyPair, type PrivateKey } from './keys.ts';
import { writePkcs12 } from './pkcs12-writer.ts';
import {
  type CertificateStatus,
  caNames,
  familySlug,
  type PlannedHolder,
  plannedHolders,
  testPassword,
  testUrls,
} from './test-pki-plan.ts';

/**
 * A test PKI shaped like NCA RK's, made in memory: for each family a root CA, an issuing CA,
 * ten holder certificates (good, expired, revoked) with PKCS#12 containers, and both CAs' CRLs.
 * Paths are the ones writeTestPki uses, so the manifest is the same in memory and on disk.
 */
export interface TestPkiOptions {
  /** The moment validity periods are counted from; defaults to the current time. */
  now?: Date;
  password?: string;
  /** PKCS#12 PBE and MAC iterations; NCA uses 1024. */
  iterations?: number;
  /** Only these families (RSA key generation is the slow part; GOST-only tests can skip it). */
  families?: readonly KeyAlgorithm[];
}

export interface TestAuthority {
  algorithm: KeyAlgorithm;
  level: 'root' | 'issuing';
  name: string;
  key: PrivateKey;
  certificate: Uint8Array;
  crl: Uint8Array;
  /** The key container (made on first access: it costs several PKCS#12 key derivations). */
  pkcs12: Uint8Array;
  serialNumber: string;
  files: { certificate: string; crl: string; pkcs12: string };
}

export interface TestHolder extends PlannedHolder {
  algorithm: KeyAlgorithm;
  key: PrivateKey;
  certificate: Uint8Array;
  /** The key container (made on first access: it costs several PKCS#12 key derivations). */
  pkcs12: Uint8Array;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  revokedAt?: Date;
  files: { certificate: string; pkcs12: string };
}

export interface TestPki {
  now: Date;
  password: string;
  authorities: TestAuthority[];
  holders: TestHolder[];
}

const day = 86_400_000;
const year = 365 * day;

export async function createTestPki(options: TestPkiOptions = {}): Promise<TestPki> {
  // Certificates carry whole seconds; truncating keeps `now` equal to what reads back.
  const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
  const password = options.password ?? testPassword;
  const iterations = options.iterations ?? 1024;
  const families = await Promise.all(
    (options.families ?? keyAlgorithms).map((family) => createFamily(family, now, password, iterations)),
  );
  return {
    now,
    password,
    authorities: families.flatMap((f) => f.authorities),
    holders: families.flatMap((f) => f.holders),
  };
}

export function testHolder(pki: TestPki, algorithm: KeyAlgorithm, id: string): TestHolder {
  const holder = pki.holders.find((h) => h.algorithm === algorithm && h.id === id);
  if (!holder) throw new Error(`no test holder ${id} for ${algorithm}`);
  return holder;
}

export function testAuthority(pki: TestPki, algorithm: KeyAlgorithm, level: TestAuthority['level']): TestAuthority {
  const authority = pki.authorities.find((a) => a.algorithm === algorithm && a.level === level);
  if (!authority) throw new Error(`no ${level} test CA for ${algorithm}`);
  return authority;
}

// Key containers cost several PKCS#12 key derivations each; most tests never open one.
const containers = new WeakMap<object, Uint8Array>();

function lazyPkcs12(
  owner: { key: PrivateKey; certificate: Uint8Array },
  password: string,
  iterations: number,
): Uint8Array {
  let bytes = containers.get(owner);
  if (!bytes) {
    bytes = writePkcs12({ privateKey: owner.key, certificate: owner.certificate, password, iterations });
    containers.set(owner, bytes);
  }
  return bytes;
}

function validity(now: Date, status: CertificateStatus): { notBefore: Date; notAfter: Date } {
  const at = (offset: number) => new Date(now.getTime() + offset);
  if (status === 'expired') return { notBefore: at(-400 * day), notAfter: at(-35 * day) };
  if (status === 'revoked') return { notBefore: at(-30 * day), notAfter: at(335 * day) };
  return { notBefore: at(-day), notAfter: at(year) };
}

async function createFamily(family: KeyAlgorithm, now: Date, password: string, iterations: number) {
  // All keys at once: RSA generation runs on the thread pool, so this overlaps the slow part.
  const [rootKey, caKey, ...holderKeys] = await Promise.all(
    Array.from({ length: 2 + plannedHolders.length }, () => generateKeyPair(family)),
  );
  const names = caNames(family);
  const urls = testUrls(family);
  const slug = familySlug[family];
  const at = (offset: number) => new Date(now.getTime() + offset);

  // CAs reach far back so that the expired holder certificate was once valid under them.
  const root = issueCertificate({
    subject: { commonName: names.root },
    issuerKey: rootKey!,
    notBefore: at(-5 * year),
    notAfter: at(15 * year),
    ca: {},
  });
  const issuing = issueCertificate({
    subject: { commonName: names.issuing },
    subjectKey: caKey!,
    issuerKey: rootKey!,
    issuerCertificate: root,
    notBefore: at(-4 * year),
    notAfter: at(10 * year),
    ca: { pathLength: 0 },
    crlUrls: [urls.rootCrl],
    caIssuersUrl: urls.rootCertificate,
  });

  const holders = plannedHolders.map((plan, index): TestHolder => {
    const key = holderKeys[index]!;
    const { notBefore, notAfter } = validity(now, plan.status);
    const certificate = issueCertificate({
      subject: {
        commonName: plan.commonName,
        surname: plan.surname,
        givenName: plan.givenName,
        iin: plan.iin,
        organization: plan.organization,
        bin: plan.bin,
      },
      subjectKey: key,
      issuerKey: caKey!,
      issuerCertificate: issuing,
      notBefore,
      notAfter,
      keyPurpose: plan.keyPurpose,
      roles: plan.roles,
      crlUrls: [urls.issuingCrl],
      ocspUrl: urls.ocsp,
      caIssuersUrl: urls.issuingCertificate,
    });
    return {
      ...plan,
      algorithm: family,
      key,
      certificate,
      get pkcs12() {
        return lazyPkcs12(this, password, iterations);
      },
      serialNumber: parseCertificate(certificate).serialNumber,
      notBefore,
      notAfter,
      ...(plan.status === 'revoked' ? { revokedAt: at(-2 * day) } : {}),
      files: { certificate: `${slug}/${plan.id}.pem`, pkcs12: `${slug}/${plan.id}.p12` },
    };
  });

  const revoked = holders
    .filter((h) => h.revokedAt)
    .map((h) => ({ serialNumber: h.serialNumber, revokedAt: h.revokedAt!, reason: 'keyCompromise' as const }));
  const authority = (
    level: TestAuthority['level'],
    key: PrivateKey,
    certificate: Uint8Array,
    crl: Uint8Array,
    stem: string,
  ): TestAuthority => ({
    algorithm: family,
    level,
    name: names[level],
    key,
    certificate,
    crl,
    get pkcs12() {
      return lazyPkcs12(this, password, iterations);
    },
    serialNumber: parseCertificate(certificate).serialNumber,
    files: { certificate: `trust/${stem}.pem`, crl: `crl/${stem}.crl`, pkcs12: `ca-keys/${stem}.p12` },
  });
  const authorities = [
    authority(
      'root',
      rootKey!,
      root,
      issueCrl({ issuerKey: rootKey!, issuerCertificate: root, thisUpdate: at(-3_600_000), nextUpdate: at(30 * day) }),
      `${slug}-root-ca`,
    ),
    authority(
      'issuing',
      caKey!,
      issuing,
      issueCrl({
        issuerKey: caKey!,
        issuerCertificate: issuing,
        thisUpdate: at(-3_600_000),
        nextUpdate: at(7 * day),
        revoked,
      }),
      `${slug}-ca`,
    ),
  ];
  return { authorities, holders };
}
