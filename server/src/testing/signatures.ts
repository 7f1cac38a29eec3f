import { testPkiVerifier } from '@shekara/nca/testing';
import type { SignatureSetup } from '../modules/signature/index.ts';
import { type Clock, systemClock } from '../platform/clock.ts';

/** The signature set-up tests run with: the library's test PKI verifier (no network). */
export async function testSignatureSetup(clock: Clock = systemClock): Promise<SignatureSetup> {
  return testPkiVerifier(clock);
}
