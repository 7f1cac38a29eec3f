import { equalBytes } from '../bytes.ts';
import { describeCertificate, sameName } from '../trust/names.ts';
import { type Certificate, hex } from '../x509/certificate.ts';
import { certificateDigest, contentDigest, contentDigestMatches } from './digest.ts';
import { type CmsFailure, fail } from './errors.ts';
import { checkSignerSignature, signatureOid } from './signature-algorithm.ts';
import { type SignedData, type SignerInfo, signerIssuerName } from './signed-data.ts';

/** One signer whose signature over the content verified (before any time-stamp is looked at). */
export interface VerifiedSigner {
  info: SignerInfo;
  certificate: Certificate;
  signatureAlgorithm: string;
}

export type SignersCheck = { ok: true; content: Uint8Array; detached: boolean; signers: VerifiedSigner[] } | CmsFailure;

/**
 * Checks every SignerInfo of a parsed SignedData against its content: the signer's certificate
 * is embedded, the messageDigest matches, the signature verifies. No trust, validity period or
 * revocation: the caller builds chains from the returned certificates.
 */
export function checkSigners(signedData: SignedData, data: Uint8Array | undefined): SignersCheck {
  const attached = signedData.content;
  if (attached === null && data === undefined) {
    return fail(
      'SIG_CONTENT_MISMATCH',
      'detached signature: the signed data was not supplied, so its digest cannot be checked',
    );
  }
  if (attached !== null && data !== undefined && !equalBytes(attached, data)) {
    return fail('SIG_CONTENT_MISMATCH', 'the supplied data differ from the content attached to the signature');
  }
  const content = attached ?? data!;
  if (signedData.signers.length === 0) return fail('SIG_MALFORMED', 'the CMS has no signers');

  const signers: VerifiedSigner[] = [];
  for (const [index, info] of signedData.signers.entries()) {
    const label = signedData.signers.length > 1 ? `signer ${index + 1}: ` : '';
    const result = checkSigner(info, signedData, content);
    if (!result.ok) return { ...result, detail: label + result.detail };
    signers.push(result.signer);
  }
  return { ok: true, content, detached: attached === null, signers };
}

function checkSigner(
  info: SignerInfo,
  signedData: SignedData,
  content: Uint8Array,
): { ok: true; signer: VerifiedSigner } | CmsFailure {
  const certificate = findSignerCertificate(info, signedData.certificates);
  if (!certificate) {
    const unreadable = signedData.unreadableCertificates
      ? ` (${signedData.unreadableCertificates} embedded certificates could not be read)`
      : '';
    return fail('SIG_MALFORMED', `the signer's certificate is not embedded in the CMS${unreadable}`);
  }
  const digest = contentDigest(info.digestAlgorithm);
  if (!digest) return fail('SIG_UNSUPPORTED_ALGORITHM', `digest algorithm ${info.digestAlgorithm} is not supported`);
  const algorithm = signatureOid(info.signatureAlgorithm, info.digestAlgorithm);

  let signed = content;
  const attributes = info.signedAttributes;
  if (attributes) {
    // RFC 5652 §5.3: with signed attributes, contentType and messageDigest are mandatory and the
    // contentType must repeat eContentType (else a signature could be moved to other content).
    if (!attributes.messageDigest || !attributes.contentType)
      return fail('SIG_MALFORMED', 'signed attributes lack contentType or messageDigest');
    if (attributes.contentType !== signedData.contentType) {
      return fail(
        'SIG_CONTENT_MISMATCH',
        `signed contentType ${attributes.contentType} differs from eContentType ${signedData.contentType}`,
      );
    }
    if (!contentDigestMatches(info.digestAlgorithm, content, attributes.messageDigest)) {
      return fail('SIG_CONTENT_MISMATCH', 'the content does not match the signed message digest');
    }
    signed = attributes.der;
  }

  const check = checkSignerSignature(algorithm, info.signatureParameters, signed, info.signature, certificate);
  if (check === 'unsupported')
    return fail('SIG_UNSUPPORTED_ALGORITHM', `signature algorithm ${info.signatureAlgorithm} is not supported`);
  if (check === 'invalid')
    return fail('SIG_BAD_SIGNATURE', `the signature of ${describeCertificate(certificate)} does not verify`);

  // ESS signingCertificate binds the signature to one certificate (RFC 5035 §5.4): the first
  // entry must be the signer's. Checked after the signature, as the attribute is only signed then.
  const named = attributes?.signingCertificate?.certs[0];
  if (named) {
    const digest = certificateDigest(certificate, named.hashAlgorithm);
    if (digest && !equalBytes(digest, named.certHash)) {
      return fail(
        'SIG_BAD_SIGNATURE',
        `the signed signingCertificate attribute names another certificate than ${describeCertificate(certificate)}`,
      );
    }
  }
  return { ok: true, signer: { info, certificate, signatureAlgorithm: algorithm } };
}

function findSignerCertificate(info: SignerInfo, certificates: Certificate[]): Certificate | undefined {
  const sid = info.sid;
  if (sid.kind === 'issuerAndSerialNumber') {
    // Signers copy the issuer Name from their certificate, so the bytes match; the decoded
    // comparison covers one that re-encoded it (and rejects a malformed Name as before).
    for (const c of certificates)
      if (c.serialNumber === sid.serialNumber && equalBytes(c.issuerRaw, sid.issuerRaw)) return c;
    const issuer = signerIssuerName(sid);
    return certificates.find((c) => c.serialNumber === sid.serialNumber && sameName(c.issuer, issuer));
  }
  const keyIdentifier = hex(sid.keyIdentifier);
  return certificates.find((c) => c.subjectKeyIdentifier === keyIdentifier);
}
