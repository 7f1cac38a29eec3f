import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { algorithm, bitString, contextConstructed, integer, objectId, sequence, setOf, time, utf8String } from '../asn1/der-writer.ts';

/** For tests: an RSA key and a small self-signed certificate for it, made with our DER writer. */
export interface TestSigner {
  privateKey: KeyObject;
  certificate: Uint8Array;
}

const sha256WithRsa = '1.2.840.113549.1.1.11';

export function makeRsaSigner(commonName = 'Shekara XML test signer'): TestSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const name = sequence(setOf(sequence(objectId('2.5.4.3'), utf8String(commonName))));
  const now = Date.now();
  const tbs = sequence(
    contextConstructed(0, integer(2)),
    integer(BigInt(now)),
    algorithm(sha256WithRsa),
    name,
    sequence(time(new Date(now - 86_400_000)), time(new Date(now + 365 * 86_400_000))),
    name,
    new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  );
  const signature = new Uint8Array(sign('sha256', tbs, privateKey));
  return { privateKey, certificate: sequence(tbs, algorithm(sha256WithRsa), bitString(signature)) };
}

/** The signXml key for a TestSigner. */
export function rsaSigningKey(signer: TestSigner) {
  return {
    certificate: signer.certificate,
    algorithm: 'RSA' as const,
    sign: (data: Uint8Array) => new Uint8Array(sign('sha256', data, signer.privateKey)),
  };
}
