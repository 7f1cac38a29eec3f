import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { signatureRoutes } from '@shekara/contracts/signature';
import { call } from '../../api/client.ts';

export type VerifyRequest = RouteInput<typeof signatureRoutes.verify>['body'];
export type VerifyPurpose = NonNullable<VerifyRequest['purpose']>;

/** The answer of POST /api/v1/signatures/verify; `valid: false` comes with a SIG_* code. */
export type VerificationResult = RouteOutput<typeof signatureRoutes.verify>;
export type SignerInfo = NonNullable<VerificationResult['signer']>;
export type CertificateInfo = VerificationResult['chain'][number];

export const verifySignature = (request: VerifyRequest): Promise<VerificationResult> =>
  call(signatureRoutes.verify, { body: request });
