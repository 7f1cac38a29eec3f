import { parseSignedData, type Signer } from '@shekara/nca';
import type { Clock } from '../../platform/clock.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppError } from '../../platform/errors.ts';
import {
  checkChallengeSignature,
  consumeChallenge,
  SignatureErrors,
  type SignatureVerifier,
  type VerificationResult,
} from '../signature/index.ts';
import type { CertificateFacts } from './certificate-repository.ts';

/** The largest signed JSON accepted: the registration and request forms are a few hundred bytes. */
const maxSignedJsonBytes = 16_384;

export interface SignatureDeps {
  clock: Clock;
  verifier: SignatureVerifier;
}

export type Proof<T> = { ok: true; signer: Signer; payload: T } | { ok: false; error: AppError; signer?: Signer };

/**
 * A CMS over a live log-in challenge (the 32 nonce bytes), made with an NCA authentication key
 * (ACC-6). The nonce is burnt in `tx` only when all holds; on refusal the error says why.
 */
export async function proveByChallenge(tx: Queryable, deps: SignatureDeps, cmsBase64: string): Promise<Proof<null>> {
  const check = await checkChallengeSignature(tx, deps.clock, deps.verifier, Buffer.from(cmsBase64, 'base64'));
  if (check.ok) return { ok: true, signer: check.verification.signer!, payload: null };
  return {
    ok: false,
    error: refusalOf(check.reason === 'signature' ? check.verification : undefined),
    signer: check.verification?.signer,
  };
}

/**
 * A CMS with attached content that is a UTF-8 JSON object carrying `nonce` (a challenge we
 * issued, base64) besides the signed fields, made with an NCA authentication key (REG-10). The
 * caller compares the payload with what was submitted.
 */
export async function proveByJson(
  tx: Queryable,
  deps: SignatureDeps,
  cmsBase64: string,
): Promise<Proof<Record<string, unknown>>> {
  const cms = Buffer.from(cmsBase64, 'base64');
  let payload: Record<string, unknown> | undefined;
  try {
    const content = parseSignedData(cms).content;
    if (content && content.length <= maxSignedJsonBytes) {
      const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    }
  } catch {
    payload = undefined;
  }
  const verification = await deps.verifier.verifyCms(cms, { purpose: 'auth' });
  if (!verification.valid) return { ok: false, error: refusalOf(verification), signer: verification.signer };
  if (!payload || typeof payload.nonce !== 'string')
    return { ok: false, error: SignatureErrors.AUTH_CHALLENGE_INVALID(), signer: verification.signer };
  const burnt = await consumeChallenge(tx, deps.clock, Buffer.from(payload.nonce, 'base64'));
  if (!burnt.ok) return { ok: false, error: SignatureErrors.AUTH_CHALLENGE_INVALID(), signer: verification.signer };
  return { ok: true, signer: verification.signer!, payload };
}

function refusalOf(verification: VerificationResult | undefined): AppError {
  return verification?.code ? SignatureErrors[verification.code]() : SignatureErrors.AUTH_CHALLENGE_INVALID();
}

/** What an account keeps of the signer's certificate. */
export function certificateFacts(signer: Signer): CertificateFacts {
  return {
    issuer: signer.issuer,
    serialNumber: signer.serialNumber,
    subjectIin: signer.iin,
    subjectBin: signer.bin ?? null,
    commonName: signer.commonName,
    algorithm: signer.algorithm,
    notBefore: new Date(signer.notBefore),
    notAfter: new Date(signer.notAfter),
  };
}

/**
 * The IIN/BIN a certificate speaks for: the organisation's BIN on a legal-entity certificate,
 * the person's IIN otherwise (issue 4 point 2).
 */
export function subjectNumber(signer: Signer): string {
  return signer.roles.includes('legal_entity') && signer.bin ? signer.bin : signer.iin;
}
