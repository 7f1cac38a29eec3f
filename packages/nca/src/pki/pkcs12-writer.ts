import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  algorithm,
  contextConstructed,
  contextPrimitive,
  integer,
  objectId,
  octetString,
  sequence,
  setOf,
  tlv,
} from '../asn1/der-writer.ts';
import type { PrivateKey } from './keys.ts';
import { pbeEncrypt } from './pbe.ts';
import { encodePrivateKeyInfo } from './pkcs8.ts';
import { bmpPassword, pkcs12Kdf, purpose } from './pkcs12-kdf.ts';

/**
 * Writes a PKCS#12 key container in the layout of NCA RK's own: a MAC with SHA-1 and 1024
 * iterations, the key in a 3DES shrouded key bag, the certificates in one RC2-40 encrypted
 * bag, the key and its certificate tied by localKeyId and friendlyName (the id in hex).
 */
export interface WritePkcs12Input {
  privateKey: PrivateKey;
  /** DER of the key's certificate. */
  certificate: Uint8Array;
  /** DER of CA certificates to include after it (NCA's own containers carry none). */
  chain?: Uint8Array[];
  password: string;
  /** PBE and MAC iteration count; NCA uses 1024. */
  iterations?: number;
}

const oids = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
  sha1: '1.3.14.3.2.26',
} as const;

export function writePkcs12(input: WritePkcs12Input): Uint8Array {
  const iterations = input.iterations ?? 1024;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 100_000)
    throw new RangeError('iterations must be 1..100000');
  const localKeyId = new Uint8Array(createHash('sha1').update(input.certificate).digest());
  const attributes = setOf(
    attribute(oids.localKeyId, octetString(localKeyId)),
    attribute(oids.friendlyName, bmpString(Buffer.from(localKeyId).toString('hex'))),
  );

  const [keyEncryption, encryptedKey] = pbeEncrypt(
    'des3',
    input.password,
    iterations,
    encodePrivateKeyInfo(input.privateKey),
  );
  const keyBag = sequence(
    objectId(oids.shroudedKeyBag),
    contextConstructed(0, sequence(keyEncryption, octetString(encryptedKey))),
    attributes,
  );

  const certificateBags = [input.certificate, ...(input.chain ?? [])].map((der, index) =>
    sequence(
      objectId(oids.certBag),
      contextConstructed(0, sequence(objectId(oids.x509Certificate), contextConstructed(0, octetString(der)))),
      ...(index === 0 ? [attributes] : []),
    ),
  );
  const [certificateEncryption, encryptedCertificates] = pbeEncrypt(
    'rc2-40',
    input.password,
    iterations,
    sequence(...certificateBags),
  );

  const authenticatedSafe = sequence(
    sequence(objectId(oids.data), contextConstructed(0, octetString(sequence(keyBag)))),
    sequence(
      objectId(oids.encryptedData),
      contextConstructed(
        0,
        sequence(
          integer(0),
          sequence(objectId(oids.data), certificateEncryption, contextPrimitive(0, encryptedCertificates)),
        ),
      ),
    ),
  );

  const macSalt = randomBytes(20);
  const macKey = pkcs12Kdf('sha1', bmpPassword(input.password), macSalt, purpose.mac, iterations, 20);
  const mac = createHmac('sha1', macKey).update(authenticatedSafe).digest();
  return sequence(
    integer(3),
    sequence(objectId(oids.data), contextConstructed(0, octetString(authenticatedSafe))),
    sequence(sequence(algorithm(oids.sha1), octetString(mac)), octetString(macSalt), integer(iterations)),
  );
}

const attribute = (oid: string, value: Uint8Array) => sequence(objectId(oid), setOf(value));

function bmpString(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return tlv(0x1e, bytes);
}
