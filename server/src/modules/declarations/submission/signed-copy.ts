import type { Signer } from '@shekara/nca';
import { SignatureErrors, type SignatureVerifier } from '../../signature/index.ts';

/**
 * The declarant's signature over the signing payload: a CMS by an NCA signing key, detached over
 * the payload or with the payload attached as its content. Either way the verifier compares the
 * signed content with the payload (SIG_CONTENT_MISMATCH when it differs).
 */
export async function verifySignedCopy(
  verifier: SignatureVerifier,
  cms: Uint8Array,
  payload: Uint8Array,
): Promise<Signer> {
  const verification = await verifier.verifyCms(cms, { purpose: 'sign', data: payload });
  if (!verification.valid) throw SignatureErrors[verification.code ?? 'SIG_MALFORMED']();
  return verification.signer!;
}
