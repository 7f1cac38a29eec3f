import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { bitStringBytes, children, readDer } from '../../asn1/der.ts';
import {
  algorithm,
  bitString,
  boolean,
  contextConstructed,
  contextPrimitive,
  enumerated,
  integer,
  objectId,
  octetString,
  printableString,
  sequence,
  setOf,
  time,
  tlv,
  utf8String,
} from '../../asn1/der-writer.ts';

/**
 * A throw-away RSA PKI for tests of chains and revocation: CA and leaf certificates and CRLs
 * written with the DER writer and signed by node:crypto keys. Test-only; production certificates
 * come from NCA.
 */
export interface TestKey {
  privateKey: KeyObject;
  /** SubjectPublicKeyInfo DER. */
  spki: Uint8Array;
}

export const sha256WithRsa = '1.2.840.113549.1.1.11';

export function rsaKey(): TestKey {
  // 1024 bits keeps key generation fast; these keys protect nothing.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return { privateKey, spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })) };
}

export const signWith = (key: TestKey) => (data: Uint8Array) => new Uint8Array(sign('sha256', data, key.privateKey));

/** Name: C=KZ, CN=<cn>. */
export function testName(cn: string): Uint8Array {
  return sequence(
    setOf(sequence(objectId('2.5.4.6'), printableString('KZ'))),
    setOf(sequence(objectId('2.5.4.3'), utf8String(cn))),
  );
}

/** SubjectKeyIdentifier method 1 of RFC 5280 §4.2.1.2: SHA-1 of the key bits. */
export function keyIdentifier(key: TestKey): Uint8Array {
  const [, bits] = children(readDer(key.spki));
  return new Uint8Array(createHash('sha1').update(bitStringBytes(bits!)).digest());
}

function extension(oid: string, value: Uint8Array, critical = false): Uint8Array {
  return critical
    ? sequence(objectId(oid), boolean(true), octetString(value))
    : sequence(objectId(oid), octetString(value));
}

export interface CertificateSpec {
  serial: bigint;
  subject: string;
  issuer: string;
  subjectKey: TestKey;
  issuerKey: TestKey;
  notBefore: Date;
  notAfter: Date;
  /** true/false writes basicConstraints; undefined leaves it out. */
  ca?: boolean;
  /** keyUsage bits as a byte (0x06 = keyCertSign|cRLSign, 0x80 = digitalSignature). */
  keyUsage?: number;
  extendedKeyUsage?: string[];
  ocspUrl?: string;
  crlUrl?: string;
  /** Leave out the key identifiers, as some old CAs do. */
  noKeyIdentifiers?: boolean;
}

/** A self-signed CA of `name` under `key` (signing certificates and CRLs), valid between the two dates. */
export function issueTestCa(name: string, key: TestKey, notBefore: Date, notAfter: Date, serial = 1n): Uint8Array {
  return issueTestCertificate({
    serial,
    subject: name,
    issuer: name,
    subjectKey: key,
    issuerKey: key,
    notBefore,
    notAfter,
    ca: true,
    keyUsage: 0x06,
  });
}

export function issueTestCertificate(spec: CertificateSpec): Uint8Array {
  const extensions: Uint8Array[] = [];
  if (!spec.noKeyIdentifiers) {
    extensions.push(extension('2.5.29.14', octetString(keyIdentifier(spec.subjectKey))));
    extensions.push(extension('2.5.29.35', sequence(contextPrimitive(0, keyIdentifier(spec.issuerKey)))));
  }
  if (spec.ca !== undefined)
    extensions.push(extension('2.5.29.19', spec.ca ? sequence(boolean(true)) : sequence(), true));
  if (spec.keyUsage !== undefined)
    extensions.push(extension('2.5.29.15', bitString(Uint8Array.of(spec.keyUsage)), true));
  if (spec.extendedKeyUsage) extensions.push(extension('2.5.29.37', sequence(...spec.extendedKeyUsage.map(objectId))));
  if (spec.crlUrl)
    extensions.push(
      extension(
        '2.5.29.31',
        sequence(sequence(contextConstructed(0, contextConstructed(0, tlv(0x86, Buffer.from(spec.crlUrl)))))),
      ),
    );
  if (spec.ocspUrl)
    extensions.push(
      extension(
        '1.3.6.1.5.5.7.1.1',
        sequence(sequence(objectId('1.3.6.1.5.5.7.48.1'), tlv(0x86, Buffer.from(spec.ocspUrl)))),
      ),
    );
  const tbs = sequence(
    contextConstructed(0, integer(2)),
    integer(spec.serial),
    algorithm(sha256WithRsa),
    testName(spec.issuer),
    sequence(time(spec.notBefore), time(spec.notAfter)),
    testName(spec.subject),
    spec.subjectKey.spki,
    ...(extensions.length ? [contextConstructed(3, sequence(...extensions))] : []),
  );
  return sequence(tbs, algorithm(sha256WithRsa), bitString(signWith(spec.issuerKey)(tbs)));
}

export interface CrlSpec {
  issuer: string;
  issuerKey: TestKey;
  thisUpdate: Date;
  nextUpdate: Date;
  entries: { serial: bigint; revokedAt: Date; reason?: number }[];
  /** Write the CRL's authorityKeyIdentifier from this key (default: the issuer's). */
  akiKey?: TestKey;
}

export function issueTestCrl(spec: CrlSpec): Uint8Array {
  const revoked = spec.entries.map((entry) =>
    sequence(
      integer(entry.serial),
      time(entry.revokedAt),
      ...(entry.reason !== undefined
        ? [sequence(sequence(objectId('2.5.29.21'), octetString(enumerated(entry.reason))))]
        : []),
    ),
  );
  const tbs = sequence(
    integer(1),
    algorithm(sha256WithRsa),
    testName(spec.issuer),
    time(spec.thisUpdate),
    time(spec.nextUpdate),
    ...(revoked.length ? [sequence(...revoked)] : []),
    contextConstructed(
      0,
      sequence(extension('2.5.29.35', sequence(contextPrimitive(0, keyIdentifier(spec.akiKey ?? spec.issuerKey))))),
    ),
  );
  return sequence(tbs, algorithm(sha256WithRsa), bitString(signWith(spec.issuerKey)(tbs)));
}
