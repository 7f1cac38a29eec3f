import { createHash } from 'node:crypto';
import * as gostDigests from '../gost/digests.ts';

/** XMLDSig algorithm URIs NCA RK software writes (docs/NCA-SIGNATURES.md), and what they mean here. */

export const dsNamespace = 'http://www.w3.org/2000/09/xmldsig#';
export const xadesNamespace = 'http://uri.etsi.org/01903/v1.3.2#';
export const envelopedSignature = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export const digestUris = {
  sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  sha384: 'http://www.w3.org/2001/04/xmldsig-more#sha384',
  sha512: 'http://www.w3.org/2001/04/xmlenc#sha512',
  gost34311: 'http://www.w3.org/2001/04/xmldsig-more#gost34311',
  streebog256: 'urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-256',
  streebog512: 'urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512',
} as const;

export const signatureUris = {
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  rsaSha384: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384',
  rsaSha512: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
  gost2004: 'http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311',
  gost2015_256: 'urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-256',
  gost2015_512: 'urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512',
} as const;

type Digest = (data: Uint8Array) => Uint8Array;

const node =
  (name: string): Digest =>
  (data) =>
    new Uint8Array(createHash(name).update(data).digest());

/**
 * Streebog-256 is looked up by name because digests.ts may not export it yet; once it does, the
 * 256-bit URI starts working without a change here.
 */
function optionalGostDigest(name: string): Digest | undefined {
  const candidate: unknown = (gostDigests as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as Digest) : undefined;
}

const digests: Record<string, Digest | undefined> = {
  [digestUris.sha1]: node('sha1'),
  [digestUris.sha256]: node('sha256'),
  [digestUris.sha384]: node('sha384'),
  [digestUris.sha512]: node('sha512'),
  [digestUris.gost34311]: gostDigests.gost34311,
  [digestUris.streebog256]: optionalGostDigest('streebog256'),
  [digestUris.streebog512]: gostDigests.streebog512,
};

export function digestFor(uri: string): Digest | undefined {
  return Object.hasOwn(digests, uri) ? digests[uri] : undefined;
}

/** SignatureMethod URI → the signature algorithm OID that checkSignature takes. */
const signatureOids: Record<string, string> = {
  [signatureUris.rsaSha256]: '1.2.840.113549.1.1.11',
  [signatureUris.rsaSha384]: '1.2.840.113549.1.1.12',
  [signatureUris.rsaSha512]: '1.2.840.113549.1.1.13',
  [signatureUris.gost2004]: '1.2.398.3.10.1.1.1.2',
  [signatureUris.gost2015_256]: '1.2.398.3.10.1.1.2.3.1',
  [signatureUris.gost2015_512]: '1.2.398.3.10.1.1.2.3.2',
};

export function signatureOidFor(uri: string): string | undefined {
  return Object.hasOwn(signatureOids, uri) ? signatureOids[uri] : undefined;
}
