import type { ModuleDescriptor } from '../../platform/module.ts';
import { devSignerRoutes } from './dev-signer.ts';
import { signatureRoutes } from './routes.ts';
import { type SignatureSetup, setUpSignatures } from './setup.ts';

// The verifier is the library's; the modules that demand a signature receive it through their context.
export type {
  PurposeDemand,
  SignatureVerifier,
  VerificationResult,
  VerifyCmsOptions,
  VerifyOptions,
} from '@shekara/nca';
export { type ChallengeSignatureCheck, checkChallengeSignature } from './challenge-signature.ts';
export {
  type ChallengeRefusal,
  challengeBytes,
  challengeLifetimeMs,
  consumeChallenge,
  issueChallenge,
} from './challenges.ts';
export { devSignerRoutes } from './dev-signer.ts';
export { type SignatureErrorCode, SignatureErrors } from './errors.ts';
export { signatureRoutes } from './routes.ts';
export { type SignatureSetup, setUpSignatures } from './setup.ts';

/**
 * NCA RK signatures (issue 3): the verifier every module that checks a signature is given, the
 * challenges, the verification routes and, outside production, the test signer.
 */
export const signatureModule: ModuleDescriptor<SignatureSetup, SignatureSetup> = {
  name: 'signature',
  prepare: ({ config, logger, clock }) => setUpSignatures(config, logger, clock),
  async routes(app, { db, clock, verifier, testPki, config }) {
    await app.register(signatureRoutes, {
      db,
      clock,
      verifier,
      verifyRatePerMinute: config.signature.verifyRatePerMinute,
    });
    if (testPki) await app.register(devSignerRoutes, { testPki, clock });
  },
};
