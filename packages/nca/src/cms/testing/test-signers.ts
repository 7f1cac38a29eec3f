import { generateKeyPairSync, randomBytes, sign as rsaSign } from 'node:crypto';
import {
  algorithm,
  bitString,
  boolean,
  contextConstructed,
  integer,
  objectId,
  octetString,
  printableString,
  sequence,
  setOf,
  time,
  utf8String,
} from '../../asn1/der-writer.ts';
import type { Curve } from '../../gost/curves.ts';
import { littleEndian } from '../../gost/verify.ts';
import { curveOf, gostPrivateKey, publicKeyInfo, signatureAlgorithmOid, signRaw } from '../../pki/keys.ts';
import type { CmsAlgorithm } from '../create-cms.ts';
import { oid } from '../oids.ts';

/**
 * Throw-away self-signed signers for CMS tests: a certificate built with the DER writer and a
 * sign function producing NCA wire-format signatures (RSA PKCS#1 v1.5 over SHA-256 from
 * node:crypto; GOST r‖s little-endian from the pki module's signer), so round trips need no
 * outside key material.
 */
export interface TestSigner {
  certificate: Uint8Array;
  sign: (signed: Uint8Array) => Uint8Array;
  /** PEM forms, for handing the RSA signer to the OpenSSL CLI. */
  certificatePem: string;
  privateKeyPem?: string;
}

export interface TestSignerOptions {
  commonName?: string;
  serial?: bigint;
  extendedKeyUsage?: string[];
  subjectKeyIdentifier?: Uint8Array;
}

const notBefore = new Date('2024-01-01T00:00:00Z');
const notAfter = new Date('2034-01-01T00:00:00Z');

export function makeTestSigner(family: CmsAlgorithm, options: TestSignerOptions = {}): TestSigner {
  if (family === 'RSA') return rsaSigner(options);
  return gostSigner(options, family);
}

function rsaSigner(options: TestSignerOptions): TestSigner {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spki = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
  const sign = (signed: Uint8Array) => new Uint8Array(rsaSign('sha256', signed, privateKey));
  const certificate = selfSigned(options, spki, oid.sha256WithRsa, sign);
  return {
    certificate,
    sign,
    certificatePem: pem(certificate),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

function gostSigner(options: TestSignerOptions, family: 'GOST2004' | 'GOST2015-512'): TestSigner {
  const key = gostPrivateKey(family, randomScalar(curveOf(family)));
  const sign = (signed: Uint8Array) => signRaw(key, signed);
  const certificate = selfSigned(options, publicKeyInfo(key), signatureAlgorithmOid(family), sign);
  return { certificate, sign, certificatePem: pem(certificate) };
}

function selfSigned(
  options: TestSignerOptions,
  spki: Uint8Array,
  signatureOid: string,
  sign: (signed: Uint8Array) => Uint8Array,
): Uint8Array {
  const name = sequence(
    setOf(sequence(objectId('2.5.4.3'), utf8String(options.commonName ?? 'Shekara CMS test'))),
    setOf(sequence(objectId('2.5.4.6'), printableString('KZ'))),
  );
  const extensions: Uint8Array[] = [];
  if (options.extendedKeyUsage) {
    extensions.push(
      sequence(objectId('2.5.29.37'), boolean(true), octetString(sequence(...options.extendedKeyUsage.map(objectId)))),
    );
  }
  if (options.subjectKeyIdentifier) {
    extensions.push(
      sequence(objectId(oid.subjectKeyIdentifier), octetString(octetString(options.subjectKeyIdentifier))),
    );
  }
  const tbs = sequence(
    contextConstructed(0, integer(2)),
    integer(options.serial ?? 0x5e4b_a000_0001n),
    algorithm(signatureOid),
    name,
    sequence(time(notBefore), time(notAfter)),
    name,
    spki,
    ...(extensions.length ? [contextConstructed(3, sequence(...extensions))] : []),
  );
  return sequence(tbs, algorithm(signatureOid), bitString(sign(tbs)));
}

function randomScalar(curve: Curve): bigint {
  return (littleEndian(randomBytes(curve.size + 8)) % (curve.q - 1n)) + 1n;
}

export function pem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const base64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${base64.trimEnd()}\n-----END ${label}-----\n`;
}
