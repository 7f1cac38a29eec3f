export { signatureRoutes } from './routes.ts';
export { devSignerRoutes } from './dev-signer.ts';
export { consumeChallenge, issueChallenge, challengeBytes, challengeLifetimeMs, type ChallengeRefusal } from './challenges.ts';
export { setUpSignatures, type SignatureSetup } from './setup.ts';
export { createSignatureVerifier, type VerifierDependencies } from './verifier.ts';
export { SignatureErrors, type SignatureErrorCode } from './errors.ts';
export type { SignatureVerifier, VerificationResult, VerifyOptions, VerifyCmsOptions, PurposeDemand } from './verification.ts';
export { checkChallengeSignature, type ChallengeSignatureCheck } from './challenge-signature.ts';
