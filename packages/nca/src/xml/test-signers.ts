import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import {
  algorithm,
  bitString,
  contextConstructed,
  integer,
  objectId,
  octetString,
  sequence,
  setOf,
  time,
  utf8String,
} from '../asn1/der-writer.ts';
import { type Curve, cryptoProA, tc26Gost512A } from '../gost/curves.ts';
import { gost34311, streebog512 } from '../gost/digests.ts';
import { littleEndian, multiply } from '../gost/verify.ts';
import type { XmlSigningKey } from './sign-xml.ts';

/**
 * For tests: keys and small self-signed certificates made with our DER writer. RSA signs through
 * node:crypto; GOST through a few lines of textbook arithmetic (tests only: not constant-time), so
 * that the XML code is exercised for all three NCA families and their SignatureValue layout.
 */
export interface TestSigner {
  key: XmlSigningKey;
  certificate: Uint8Array;
  /** RSA only: PKCS#8 PEM, for handing the key to other tools (xmlsec1). */
  privateKeyPem?: string;
}

const sha256WithRsa = '1.2.840.113549.1.1.11';

function selfSigned(
  commonName: string,
  signatureOid: string,
  spki: Uint8Array,
  signTbs: (tbs: Uint8Array) => Uint8Array,
): Uint8Array {
  const name = sequence(setOf(sequence(objectId('2.5.4.3'), utf8String(commonName))));
  const now = Date.now();
  const tbs = sequence(
    contextConstructed(0, integer(2)),
    integer(BigInt(now)),
    algorithm(signatureOid),
    name,
    sequence(time(new Date(now - 86_400_000)), time(new Date(now + 365 * 86_400_000))),
    name,
    spki,
  );
  return sequence(tbs, algorithm(signatureOid), bitString(signTbs(tbs)));
}

export function makeRsaSigner(commonName = 'Shekara XML test signer'): TestSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signBytes = (data: Uint8Array) => new Uint8Array(sign('sha256', data, privateKey));
  const certificate = selfSigned(
    commonName,
    sha256WithRsa,
    new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
    signBytes,
  );
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { certificate, privateKeyPem, key: { certificate, algorithm: 'RSA', sign: signBytes } };
}

const gostFamilies = {
  GOST2004: {
    curve: cryptoProA,
    digest: gost34311,
    keyOid: '1.2.398.3.10.1.1.1.1',
    curveOid: '1.2.398.3.10.1.1.1.1.1',
    digestOid: '1.2.398.3.10.1.3.1.1.0',
    signatureOid: '1.2.398.3.10.1.1.1.2',
  },
  'GOST2015-512': {
    curve: tc26Gost512A,
    digest: streebog512,
    keyOid: '1.2.398.3.10.1.1.2.2',
    curveOid: '1.2.398.3.10.1.1.2.2.1',
    digestOid: '1.2.398.3.10.1.3.3',
    signatureOid: '1.2.398.3.10.1.1.2.3.2',
  },
} as const;

export function makeGostSigner(
  family: keyof typeof gostFamilies,
  commonName = 'Shekara XML GOST test signer',
): TestSigner {
  const { curve, digest, keyOid, curveOid, digestOid, signatureOid } = gostFamilies[family];
  const d = randomScalar(curve);
  const [qx, qy] = multiply(curve, d, curve.gx, curve.gy)!;
  const spki = sequence(
    sequence(objectId(keyOid), sequence(objectId(curveOid), objectId(digestOid))),
    bitString(octetString(concat(le(qx, curve.size), le(qy, curve.size)))),
  );
  const signBytes = (data: Uint8Array) => gostSign(curve, d, digest(data));
  const certificate = selfSigned(commonName, signatureOid, spki, signBytes);
  return { certificate, key: { certificate, algorithm: family, sign: signBytes } };
}

/** GOST R 34.10 signing in NCA byte order: r‖s, each little-endian; the digest read little-endian. */
function gostSign(curve: Curve, d: bigint, hash: Uint8Array): Uint8Array {
  let e = littleEndian(hash) % curve.q;
  if (e === 0n) e = 1n;
  for (;;) {
    const k = randomScalar(curve);
    const r = multiply(curve, k, curve.gx, curve.gy)![0] % curve.q;
    const s = (r * d + k * e) % curve.q;
    if (r !== 0n && s !== 0n) return concat(le(r, curve.size), le(s, curve.size));
  }
}

function randomScalar(curve: Curve): bigint {
  return (littleEndian(randomBytes(curve.size + 16)) % (curve.q - 1n)) + 1n;
}

function le(value: bigint, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0, rest = value; i < size; i++, rest >>= 8n) out[i] = Number(rest & 0xffn);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
