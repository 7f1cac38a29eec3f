import { createHash } from 'node:crypto';
import {
  algorithm,
  contextConstructed,
  integer,
  objectId,
  octetString,
  sequence,
  setOf,
  time,
} from '../asn1/der-writer.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { issuerAndSerialDer } from './certificate-fields.ts';
import { contentDigest } from './digest.ts';
import { oid } from './oids.ts';

export type CmsAlgorithm = 'RSA' | 'GOST2004' | 'GOST2015-512';

export interface CreateCmsInput {
  content: Uint8Array;
  /** Leave the content out (NCALayer's createCMSSignatureFromBase64(…, false)). */
  detached: boolean;
  /** The signer's certificate (DER). */
  certificate: Uint8Array;
  /** Further certificates to embed (DER), such as the issuing CA. */
  chain?: Uint8Array[];
  algorithm: CmsAlgorithm;
  /** Signs the given bytes (hashing them itself) and returns the signature in NCA wire format. */
  sign: (signedBytes: Uint8Array) => Uint8Array;
  signingTime: Date;
}

/** Per family: key OID the certificate must have, digest and signature OIDs (docs/NCA-SIGNATURES.md). */
const families: Record<CmsAlgorithm, { key: string; digest: string; signature: string }> = {
  RSA: { key: oid.rsaEncryption, digest: oid.sha256, signature: oid.sha256WithRsa },
  GOST2004: { key: oid.gost2004Key, digest: oid.gost34311, signature: oid.gost2004Signature },
  'GOST2015-512': { key: oid.gost2015Key512, digest: oid.streebog512, signature: oid.gost2015Signature512 },
};

/**
 * Makes a CMS SignedData as Kalkan/NCALayer does: SignedData version 3, one SignerInfo version 1
 * named by issuer and serial number, signed attributes contentType, signingTime, ESS
 * signingCertificate v1 (SHA-1 certHash, no issuerSerial, as in the NCA time-stamp tokens) and
 * messageDigest; AlgorithmIdentifiers with an explicit NULL parameter. Throws on a certificate
 * that does not fit the algorithm: that is a programming error, not user input.
 */
export function createCms(input: CreateCmsInput): Uint8Array {
  const draft = draftSignedData(blueprintOf(input));
  return draft.finish(input.sign(draft.toBeSigned));
}

/**
 * createCms with a signing function that answers later: RSA signing then runs on libuv's thread
 * pool, off the thread that serves requests (the system signs a receipt for every submission).
 */
export async function createCmsAsync(
  input: Omit<CreateCmsInput, 'sign'> & { sign: (signedBytes: Uint8Array) => Promise<Uint8Array> },
): Promise<Uint8Array> {
  const draft = draftSignedData(blueprintOf({ ...input, sign: unusedSign }));
  return draft.finish(await input.sign(draft.toBeSigned));
}

const unusedSign = (): Uint8Array => {
  throw new Error('createCmsAsync signs through its own function');
};

function blueprintOf(input: CreateCmsInput): SignedDataBlueprint {
  const family = families[input.algorithm];
  const keyAlgorithm = signerFacts(input.certificate).keyAlgorithm();
  if (keyAlgorithm !== family.key) {
    throw new Error(
      `createCms: a ${input.algorithm} signature needs a ${family.key} key, the certificate has ${keyAlgorithm}`,
    );
  }
  return { ...input, digestAlgorithm: family.digest, signatureAlgorithm: encodedAlgorithm(family.signature) };
}

/** What a SignedData repeats of its signer's certificate: the same for every CMS that certificate signs. */
interface SignerFacts {
  /** a copy of the certificate's bytes, which a caller's buffer changed later cannot alter */
  der: Uint8Array;
  issuer: Uint8Array;
  serial: Uint8Array;
  /** SHA-1 of the certificate, for the ESS signingCertificate attribute */
  essHash: Uint8Array;
  /** read on first use: a SignedData built for a test may name a certificate the full parser refuses */
  keyAlgorithm: () => string;
}

/**
 * The last few signers' facts. The system signs every receipt with one certificate, and parsing
 * it, finding its issuer and serial and hashing it were about half the work of a receipt's CMS
 * besides the signature (78 µs of it). A certificate is found by its bytes, compared in full.
 */
const recentSigners: SignerFacts[] = [];
const recentSignersKept = 4;

function signerFacts(certificate: Uint8Array): SignerFacts {
  const known = recentSigners.find(
    (facts) => facts.der.length === certificate.length && Buffer.compare(facts.der, certificate) === 0,
  );
  if (known) return known;
  const der = Uint8Array.from(certificate);
  const { issuer, serial } = issuerAndSerialDer(der);
  let keyAlgorithm: string | undefined;
  const facts: SignerFacts = {
    der,
    issuer,
    serial,
    essHash: sha1(der),
    keyAlgorithm: () => (keyAlgorithm ??= parseCertificate(der).publicKeyAlgorithm),
  };
  recentSigners.unshift(facts);
  recentSigners.length = Math.min(recentSigners.length, recentSignersKept);
  return facts;
}

/** OBJECT IDENTIFIERs and AlgorithmIdentifiers (with NULL parameters) by OID, encoded once: a CMS repeats a handful of them. */
const oidsEncoded = new Map<string, Uint8Array>();
const algorithmsEncoded = new Map<string, Uint8Array>();
const encodedKept = 64;

function encodedOnce(cache: Map<string, Uint8Array>, id: string, encode: (id: string) => Uint8Array): Uint8Array {
  let encoded = cache.get(id);
  if (!encoded) {
    encoded = encode(id);
    if (cache.size < encodedKept) cache.set(id, encoded);
  }
  // the writer copies what it is given and never changes it, so one encoding serves every CMS
  return encoded;
}

const encodedOid = (id: string) => encodedOnce(oidsEncoded, id, objectId);
const encodedAlgorithm = (id: string) => encodedOnce(algorithmsEncoded, id, (oid) => algorithm(oid));

export interface SignedDataBlueprint extends Omit<CreateCmsInput, 'algorithm'> {
  digestAlgorithm: string;
  /** The SignerInfo's signatureAlgorithm, as a DER AlgorithmIdentifier. */
  signatureAlgorithm: Uint8Array;
  /** eContentType, id-data unless given (a time-stamp token holds id-ct-TSTInfo). */
  contentType?: string;
  /** DER Attributes to add unsigned, such as a signatureTimeStampToken. */
  unsignedAttributes?: Uint8Array[];
  /** A SignerIdentifier DER other than issuerAndSerialNumber (a [0] subjectKeyIdentifier). */
  signerIdentifier?: Uint8Array;
  /** Certificates to embed instead of the signer's and the chain. */
  embeddedCertificates?: Uint8Array[];
  /** The certificate the ESS signingCertificate attribute names, if not the signer's (tests of the binding). */
  essCertificate?: Uint8Array;
  /** Sign the content itself, with no signed attributes (RFC 5652 allows it for id-data). */
  withoutSignedAttributes?: boolean;
}

/** The encoder behind createCms, open to any digest and signature AlgorithmIdentifier (tests use it for RSA-PSS and unknown algorithms). */
export function buildSignedData(blueprint: SignedDataBlueprint): Uint8Array {
  const draft = draftSignedData(blueprint);
  return draft.finish(blueprint.sign(draft.toBeSigned));
}

/** A SignedData up to its signature: the bytes to sign, and the encoding once they are signed. */
function draftSignedData(blueprint: SignedDataBlueprint): {
  toBeSigned: Uint8Array;
  finish: (signature: Uint8Array) => Uint8Array;
} {
  const digest = contentDigest(blueprint.digestAlgorithm);
  if (!digest) throw new Error(`createCms: digest ${blueprint.digestAlgorithm} is not supported`);
  const digestAlgorithm = encodedAlgorithm(blueprint.digestAlgorithm);
  const signer = signerFacts(blueprint.certificate);
  const { issuer, serial } = signer;
  const essHash = blueprint.essCertificate ? sha1(blueprint.essCertificate) : signer.essHash;
  const contentType = blueprint.contentType ?? oid.data;
  const signedAttributes = setOf(
    attribute(oid.contentType, encodedOid(contentType)),
    attribute(oid.signingTime, time(blueprint.signingTime)),
    attribute(oid.signingCertificate, sequence(sequence(sequence(octetString(essHash))))),
    attribute(oid.messageDigest, octetString(digest(blueprint.content))),
  );
  const plain = blueprint.withoutSignedAttributes === true;
  const finish = (signature: Uint8Array): Uint8Array => {
    const signerInfo = sequence(
      integer(1),
      blueprint.signerIdentifier ?? sequence(issuer, serial),
      digestAlgorithm,
      ...(plain ? [] : [retag(signedAttributes, 0xa0)]), // [0] IMPLICIT; the signature covers the SET OF form
      blueprint.signatureAlgorithm,
      octetString(signature),
      ...(blueprint.unsignedAttributes?.length ? [retag(setOf(...blueprint.unsignedAttributes), 0xa1)] : []),
    );
    const encapsulated = blueprint.detached
      ? sequence(encodedOid(contentType))
      : sequence(encodedOid(contentType), contextConstructed(0, octetString(blueprint.content)));
    const embedded = blueprint.embeddedCertificates ?? [blueprint.certificate, ...(blueprint.chain ?? [])];
    const certificates = embedded.length ? [retag(setOf(...embedded), 0xa0)] : [];
    const signedData = sequence(integer(3), setOf(digestAlgorithm), encapsulated, ...certificates, setOf(signerInfo));
    return sequence(encodedOid(oid.signedData), contextConstructed(0, signedData));
  };
  return { toBeSigned: plain ? blueprint.content : signedAttributes, finish };
}

export function attribute(type: string, value: Uint8Array): Uint8Array {
  return sequence(encodedOid(type), setOf(value));
}

function retag(encoded: Uint8Array, tag: number): Uint8Array {
  const copy = Uint8Array.from(encoded);
  copy[0] = tag;
  return copy;
}

function sha1(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha1').update(bytes).digest());
}
