import { buildSignedData, type CmsAlgorithm, createCms, type SignedDataBlueprint } from '../create-cms.ts';
import type { TestSigner } from './test-signers.ts';

/** The time every CMS test signs at: fixed, so a signature made twice comes out the same. */
export const testSigningTime = new Date('2026-11-22T10:00:00Z');

/** A CMS of `content` as Kalkan makes it, by a test signer in `family` at the test time; attached unless `detached`. */
export function cmsBy(signer: TestSigner, family: CmsAlgorithm, content: Uint8Array, detached = false): Uint8Array {
  return createCms({
    content,
    detached,
    certificate: signer.certificate,
    algorithm: family,
    sign: signer.sign,
    signingTime: testSigningTime,
  });
}

/** What a test states of hand-built SignedData: its algorithms and whatever it changes from the usual. */
type HandBuilt = Omit<SignedDataBlueprint, 'content' | 'detached' | 'certificate' | 'sign' | 'signingTime'> &
  Partial<Pick<SignedDataBlueprint, 'detached' | 'sign'>>;

/** SignedData of `content` built field by field, attached and signed by a test signer at the test time. */
export function signedDataBy(signer: TestSigner, content: Uint8Array, parts: HandBuilt): Uint8Array {
  return buildSignedData({
    content,
    detached: false,
    certificate: signer.certificate,
    sign: signer.sign,
    signingTime: testSigningTime,
    ...parts,
  });
}
