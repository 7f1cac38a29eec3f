import { createHash } from 'node:crypto';
import { equalBytes } from '../bytes.ts';
import { describeCertificate, sameName } from '../trust/names.ts';
import { certificateSignedBy } from '../trust/signature-cache.ts';
import type { Certificate } from '../x509/certificate.ts';
import { checkSignature } from '../x509/certificate-signature.ts';
import type { BasicOcspResponse, ResponderId } from './ocsp-response.ts';

const ocspSigning = '1.3.6.1.5.5.7.3.9';

export type ResponderCheck = { ok: true; signer: Certificate } | { ok: false; detail: string };

/**
 * Was this answer signed by someone entitled to speak for `issuer`'s certificates (RFC 6960 §4.2.2.2)?
 * Either the CA itself, or a responder certificate embedded in the answer, issued by that same CA,
 * carrying id-kp-OCSPSigning and valid when the answer was produced. NCA uses the latter.
 */
export function verifyOcspSignature(basic: BasicOcspResponse, issuer: Certificate): ResponderCheck {
  const problems: string[] = [];
  for (const candidate of [issuer, ...basic.certificates]) {
    if (!namedBy(basic.responderId, candidate)) continue;
    const isCa = candidate === issuer || equalBytes(candidate.raw, issuer.raw);
    if (!isCa) {
      const problem = delegationProblem(candidate, issuer, basic.producedAt);
      if (problem) {
        problems.push(problem);
        continue;
      }
    }
    const check = checkSignature(basic.signatureAlgorithm, basic.tbs, basic.signature, candidate);
    if (check === 'valid') return { ok: true, signer: candidate };
    problems.push(`the answer's signature by ${describeCertificate(candidate)} is ${check}`);
  }
  if (problems.length === 0)
    problems.push('the responder named in the answer is neither the CA nor a certificate embedded in it');
  return { ok: false, detail: problems.join('; ') };
}

function delegationProblem(responder: Certificate, issuer: Certificate, producedAt: Date): string | null {
  const who = describeCertificate(responder);
  if (!sameName(responder.issuer, issuer.subject)) return `responder ${who} was not issued by the certificate's CA`;
  if (
    responder.authorityKeyIdentifier &&
    issuer.subjectKeyIdentifier &&
    responder.authorityKeyIdentifier !== issuer.subjectKeyIdentifier
  ) {
    return `responder ${who} was issued by another key of the CA`;
  }
  if (!responder.extendedKeyUsage.includes(ocspSigning)) return `responder ${who} lacks id-kp-OCSPSigning`;
  if (producedAt < responder.notBefore || producedAt > responder.notAfter)
    return `responder ${who} was not valid at ${producedAt.toISOString()}`;
  const check = certificateSignedBy(responder, issuer);
  return check === 'valid' ? null : `the CA's signature on responder ${who} is ${check}`;
}

/** ResponderID byName compares the subject; byKey is the SHA-1 of the key bits (RFC 6960 §4.2.1). */
function namedBy(id: ResponderId, candidate: Certificate): boolean {
  if ('byName' in id) return sameName(id.byName, candidate.subject);
  return equalBytes(id.byKey, new Uint8Array(createHash('sha1').update(candidate.subjectPublicKeyBits).digest()));
}
