export { signatureRoutes } from './routes.ts';
export { devSignerRoutes } from './dev-signer.ts';
export { consumeChallenge, issueChallenge, challengeBytes, challengeLifetimeMs, type ChallengeRefusal } from './challenges.ts';
export { setUpSignatures, type SignatureSetup } from './setup.ts';
export { SignatureErrors, type SignatureErrorCode } from './errors.ts';
// The verifier is the library's; the modules that demand a signature receive it through their context.
export type { SignatureVerifier, VerificationResult, VerifyOptions, VerifyCmsOptions, PurposeDemand } from '@shekara/nca';
export { checkChallengeSignature, type ChallengeSignatureCheck } from './challenge-signature.ts';
