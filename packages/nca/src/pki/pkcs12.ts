import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCertificate } from '../x509/certificate.ts';
import { BerError, type BerNode, expectTag, octets, oidOf, readBer, smallInteger } from './ber.ts';
import { certificatePublicKey, type PrivateKey } from './keys.ts';
import { pbeDecrypt, UnsupportedAlgorithmError } from './pbe.ts';
import { decodePrivateKeyInfo } from './pkcs8.ts';
import { Pkcs12FormatError, Pkcs12PasswordError } from './pkcs12-errors.ts';
import { bmpPassword, hashOutputBytes, type Pkcs12Hash, pkcs12Kdf, purpose } from './pkcs12-kdf.ts';

export { Pkcs12Error, Pkcs12FormatError, Pkcs12PasswordError } from './pkcs12-errors.ts';
export { type WritePkcs12Input, writePkcs12 } from './pkcs12-writer.ts';

/**
 * Reads a PKCS#12 key container (RFC 7292) such as NCA RK issues: checks the MAC, decrypts the
 * key and certificate bags and returns the private key with the certificate that matches it.
 */
export interface Pkcs12Contents {
  privateKey: PrivateKey;
  /** DER of the certificate whose public key is the private key's. */
  certificate: Uint8Array;
  /** DER of every certificate in the container, the matching one included. */
  certificates: Uint8Array[];
}

/** Real key containers are a few kilobytes; this bounds memory and work on hostile input. */
export const maxPkcs12Bytes = 1 << 20;
const maxBags = 64;
const maxMacIterations = 200_000;

export const pkcs12Oids = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
} as const;

const macDigests: Record<string, Pkcs12Hash> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

interface Bags {
  keys: { key: PrivateKey; localKeyId: Uint8Array | null }[];
  certificates: { der: Uint8Array; localKeyId: Uint8Array | null }[];
  count: number;
}

/** Throws Pkcs12PasswordError for a wrong password and Pkcs12FormatError for anything else wrong. */
export function readPkcs12(bytes: Uint8Array, password: string): Pkcs12Contents {
  if (bytes.length > maxPkcs12Bytes) throw new Pkcs12FormatError(`key container larger than ${maxPkcs12Bytes} bytes`);
  try {
    return read(bytes, password);
  } catch (error) {
    if (error instanceof BerError) throw new Pkcs12FormatError(`malformed key container: ${error.message}`);
    if (error instanceof UnsupportedAlgorithmError) throw new Pkcs12FormatError(error.message, 'unsupported');
    throw error;
  }
}

function read(bytes: Uint8Array, password: string): Pkcs12Contents {
  const pfx = readBer(bytes);
  const [version, authSafe, macData] = expectTag(pfx, 0x30, 'a PFX SEQUENCE').items;
  if (smallInteger(version) !== 3) throw new BerError('PFX version is not 3');
  if (oidOf(authSafe?.items[0]) !== pkcs12Oids.data)
    throw new UnsupportedAlgorithmError('public-key integrity mode is not supported');
  const content = octets(explicit(authSafe!.items[1]));
  if (macData) checkMac(macData, password, content);
  const context: Context = { password, macChecked: macData !== undefined };

  const bags: Bags = { keys: [], certificates: [], count: 0 };
  for (const contentInfo of expectTag(readBer(content), 0x30, 'an AuthenticatedSafe').items) {
    readSafeContents(safeContentsOf(contentInfo, context), context, bags, 0);
  }
  const first = bags.keys[0];
  if (!first) throw new Pkcs12FormatError('the container holds no private key');
  const certificates = bags.certificates.map((c) => c.der);
  const certificate = matchingCertificate(first, bags.certificates);
  if (!certificate) throw new Pkcs12FormatError('no certificate in the container matches its private key');
  return { privateKey: first.key, certificate, certificates };
}

function checkMac(macData: BerNode, password: string, content: Uint8Array): void {
  const [digestInfo, salt, iterationsNode] = macData.items;
  const hash = macDigests[oidOf(digestInfo?.items[0]?.items[0])];
  if (!hash) throw new UnsupportedAlgorithmError('MAC digest algorithm');
  const expected = expectTag(digestInfo!.items[1], 0x04, 'the MAC value').value;
  const iterations = iterationsNode ? smallInteger(iterationsNode) : 1;
  if (iterations < 1 || iterations > maxMacIterations) throw new BerError('MAC iteration count out of range');
  const key = pkcs12Kdf(
    hash,
    bmpPassword(password),
    expectTag(salt, 0x04, 'the MAC salt').value,
    purpose.mac,
    iterations,
    hashOutputBytes(hash),
  );
  const actual = createHmac(hash, key).update(content).digest();
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new Pkcs12PasswordError();
}

function safeContentsOf(contentInfo: BerNode, context: Context): Uint8Array {
  const type = oidOf(contentInfo.items[0]);
  if (type === pkcs12Oids.data) return octets(explicit(contentInfo.items[1]));
  if (type !== pkcs12Oids.encryptedData) throw new UnsupportedAlgorithmError(`content type ${type} is not supported`);
  const encryptedData = explicit(contentInfo.items[1]);
  const [, encryptedContentInfo] = encryptedData.items;
  const [, encryption, encryptedContent] = encryptedContentInfo?.items ?? [];
  if (!encryption || !encryptedContent || (encryptedContent.tag & 0xdf) !== 0x80)
    throw new BerError('bad EncryptedData');
  return decrypted(encryption, context, octets(encryptedContent));
}

function readSafeContents(der: Uint8Array, context: Context, bags: Bags, depth: number): void {
  if (depth > 2) throw new BerError('safe contents nested too deeply');
  for (const bag of expectTag(parsed(der, context), 0x30, 'SafeContents').items) {
    if (++bags.count > maxBags) throw new BerError('too many bags');
    const type = oidOf(bag.items[0]);
    const value = explicit(bag.items[1]);
    const localKeyId = attribute(bag.items[2], pkcs12Oids.localKeyId);
    if (type === pkcs12Oids.keyBag) bags.keys.push({ key: decodePrivateKeyInfo(value.raw), localKeyId });
    else if (type === pkcs12Oids.shroudedKeyBag) {
      const [encryption, encrypted] = value.items;
      if (!encryption) throw new BerError('bad EncryptedPrivateKeyInfo');
      const plain = decrypted(encryption, context, octets(expectTag(encrypted, 0x04, 'encrypted key')));
      bags.keys.push({ key: guarded(() => decodePrivateKeyInfo(plain), context), localKeyId });
    } else if (type === pkcs12Oids.certBag) {
      // Other certificate types (SDSI) never occur in NCA containers; they are skipped, not refused.
      if (oidOf(value.items[0]) === pkcs12Oids.x509Certificate)
        bags.certificates.push({ der: octets(explicit(value.items[1])), localKeyId });
    } else if (type === pkcs12Oids.safeContentsBag) readSafeContents(value.raw, context, bags, depth + 1);
  }
}

function decrypted(encryption: BerNode, context: Context, ciphertext: Uint8Array): Uint8Array {
  const plain = pbeDecrypt(encryption, context.password, ciphertext);
  // Without a MAC (or with a MAC made under another password) a wrong password shows only here.
  if (!plain) throw new Pkcs12PasswordError();
  return plain;
}

interface Context {
  password: string;
  /** A verified MAC proves the password, so later garbage means a damaged file, not a wrong password. */
  macChecked: boolean;
}

const parsed = (der: Uint8Array, context: Context) => guarded(() => readBer(der), context);

/** Without a MAC, a wrong password can still pass the padding check (1 in 256) and yield garbage. */
function guarded<T>(step: () => T, context: Context): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof BerError && !context.macChecked) throw new Pkcs12PasswordError();
    throw error;
  }
}

/** [0] EXPLICIT: the single element inside the context tag. */
function explicit(node: BerNode | undefined): BerNode {
  if (node?.tag !== 0xa0 || node.items.length !== 1) throw new BerError('expected [0] EXPLICIT content');
  return node.items[0]!;
}

function attribute(attributes: BerNode | undefined, oid: string): Uint8Array | null {
  for (const item of attributes?.items ?? []) {
    if (oidOf(item.items[0]) !== oid) continue;
    const value = item.items[1]?.items[0];
    return value?.tag === 0x04 ? octets(value) : null;
  }
  return null;
}

/** By public key first (it cannot lie); by localKeyId for keys whose certificate our parser cannot read. */
function matchingCertificate(key: Bags['keys'][number], certificates: Bags['certificates']): Uint8Array | null {
  const publicKey = Buffer.from(certificatePublicKey(key.key));
  for (const certificate of certificates) {
    try {
      if (publicKey.equals(parseCertificate(certificate.der).publicKey)) return certificate.der;
    } catch {
      // not readable as a certificate: fall through to the key identifier
    }
  }
  const { localKeyId } = key;
  if (!localKeyId) return null;
  return certificates.find((c) => c.localKeyId && Buffer.from(c.localKeyId).equals(localKeyId))?.der ?? null;
}
