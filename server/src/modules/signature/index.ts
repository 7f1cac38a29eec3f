import { cookieOptionsOf } from '../../platform/http/workplace-cookie.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { countedVerifier } from './counted-verifier.ts';
import { devSignerRoutes } from './dev-signer.ts';
import { signatureRoutes } from './routes.ts';
import { type SignatureSetup, setUpSignatures } from './setup.ts';

// The verifier is the library's; the modules that demand a signature receive it through their context.
export type {
  SignatureVerifier,
  VerificationResult,
} from '@shekara/nca';
export { checkChallengeSignature } from './challenge-signature.ts';
export {
  challengeBytes,
  consumeChallenge,
} from './challenges.ts';

export { SignatureErrors } from './errors.ts';

export type { SignatureSetup } from './setup.ts';

/**
 * NCA RK signatures (issue 3): the verifier every module that checks a signature is given, the
 * challenges, the verification routes and, outside production, the test signer.
 */
export const signatureModule: ModuleDescriptor<SignatureSetup, SignatureSetup> = {
  name: 'signature',
  prepare: ({ config, logger, clock, workers }) => setUpSignatures(config, logger, clock, workers),
  // Every module's routes are given the verifier that counts its checks for the metrics.
  provide: ({ verifier, testPki, metrics }) => ({ verifier: countedVerifier(verifier, metrics), testPki }),
  async routes(app, { db, clock, verifier, testPki, config }) {
    await app.register(signatureRoutes, {
      db,
      clock,
      verifier,
      verifyRatePerMinute: config.signature.verifyRatePerMinute,
      cookies: cookieOptionsOf(config),
    });
    if (testPki) await app.register(devSignerRoutes, { testPki, clock });
  },
};
