import { parseSignedData, type Signer } from '@shekara/nca';
import type { AppError } from '../../platform/errors.ts';
import { SignatureErrors, type SignatureVerifier } from '../signature/index.ts';
import type { ApplicationFields } from './application-fields.ts';
import { canonicalJson } from './canonical-json.ts';
import { WebDeclarantErrors } from './errors.ts';

/** An Annex 1 application is a few kilobytes of JSON. */
const maxSignedBytes = 32_768;

export type SignedApplicationCheck = { ok: true; signer: Signer } | { ok: false; error: AppError; signer?: Signer };

/**
 * An application filed online is a CMS with attached content, made with the applicant's NCA
 * signing key (not the log-in key), whose content is the canonical JSON of the fields
 * (canonical-json.ts). It must be signed by the applicant: the person whose IIN is the taxpayer
 * number, or, for an organisation's BIN, its head or authorised signatory (WD-35: "signature of
 * the head … or of the individual").
 */
export async function checkSignedApplication(
  verifier: SignatureVerifier,
  cms: Buffer,
  fields: ApplicationFields,
): Promise<SignedApplicationCheck> {
  const verification = await verifier.verifyCms(cms, { purpose: 'sign' });
  if (!verification.valid)
    return { ok: false, error: SignatureErrors[verification.code ?? 'SIG_MALFORMED'](), signer: verification.signer };
  const signer = verification.signer!;

  const signed = signedObject(cms);
  if (!signed)
    return {
      ok: false,
      error: WebDeclarantErrors.WD_SIGNED_DATA_MISMATCH({ fields: '*' }, { details: { differing: ['*'] } }),
      signer,
    };
  const submitted = fields as unknown as Record<string, unknown>;
  const differing = [...new Set([...Object.keys(signed), ...Object.keys(submitted)])]
    .filter((key) => canonicalJson(signed[key]) !== canonicalJson(submitted[key]))
    .sort();
  if (differing.length > 0)
    return {
      ok: false,
      error: WebDeclarantErrors.WD_SIGNED_DATA_MISMATCH({ fields: differing.join(', ') }, { details: { differing } }),
      signer,
    };

  if (!signsFor(signer, fields.taxpayerNumber)) {
    const certificate = signer.bin ? `${signer.iin} / ${signer.bin}` : signer.iin;
    return { ok: false, error: WebDeclarantErrors.WD_SIGNER_NOT_APPLICANT({ certificate }), signer };
  }
  return { ok: true, signer };
}

function signsFor(signer: Signer, taxpayerNumber: string): boolean {
  if (signer.iin === taxpayerNumber) return true;
  return (
    signer.roles.includes('legal_entity') &&
    signer.bin === taxpayerNumber &&
    (signer.roles.includes('head') || signer.roles.includes('signer'))
  );
}

function signedObject(cms: Buffer): Record<string, unknown> | null {
  try {
    const content = parseSignedData(cms).content;
    if (!content || content.length > maxSignedBytes) return null;
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
