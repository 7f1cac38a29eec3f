import { testPkiVerifier } from '@shekara/nca/testing';
import { systemClock, type Clock } from '../platform/clock.ts';
import type { SignatureSetup } from '../modules/signature/index.ts';

/** The signature set-up tests run with: the library's test PKI verifier (no network). */
export async function testSignatureSetup(clock: Clock = systemClock): Promise<SignatureSetup> {
  return testPkiVerifier(clock);
}
