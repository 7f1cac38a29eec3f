import { createCms, type KeyAlgorithm, signRaw } from '@shekara/nca';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { testSignatureSetup } from '../../testing/signatures.ts';
import { checkChallengeSignature } from './challenge-signature.ts';
import { issueChallenge } from './challenges.ts';
import type { SignatureSetup } from './index.ts';

/** The log-in primitive of issue 3 point 10 (ACC-6, REG-10): a CMS over a live nonce, by an auth key, burns the nonce. */
let db: Database;
let setup: SignatureSetup;
beforeAll(async () => {
  db = await openTestDatabase();
  setup = await testSignatureSetup(systemClock);
}, 120_000);
afterAll(() => db.close());

function signNonce(
  nonce: Uint8Array,
  id = 'individual-auth',
  algorithm: KeyAlgorithm = 'GOST2015-512',
  detached = false,
) {
  const holder = setup.testPki!.holders.find((h) => h.id === id && h.algorithm === algorithm)!;
  return createCms({
    content: nonce,
    detached,
    certificate: holder.certificate,
    algorithm,
    sign: (b) => signRaw(holder.key, b),
    signingTime: new Date(),
  });
}

describe('log-in by signing a challenge (ACC-6, REG-10)', () => {
  it('accepts the auth key’s signature over a fresh nonce once, then refuses the replay', async () => {
    const nonce = Buffer.from((await issueChallenge(db, systemClock)).nonce, 'base64');
    const cms = signNonce(nonce);
    const first = await checkChallengeSignature(db, systemClock, setup.verifier, cms);
    expect(first).toMatchObject({ ok: true, verification: { valid: true, signer: { keyPurpose: 'auth' } } });
    expect(await checkChallengeSignature(db, systemClock, setup.verifier, cms)).toMatchObject({
      ok: false,
      reason: 'challenge',
      refusal: 'used',
    });
  });

  it('refuses a signing key without burning the nonce, so the user can retry with the right key', async () => {
    const nonce = Buffer.from((await issueChallenge(db, systemClock)).nonce, 'base64');
    const wrongKey = await checkChallengeSignature(
      db,
      systemClock,
      setup.verifier,
      signNonce(nonce, 'individual-sign', 'RSA'),
    );
    expect(wrongKey).toMatchObject({ ok: false, reason: 'signature', verification: { code: 'SIG_WRONG_KEY_PURPOSE' } });
    expect(
      await checkChallengeSignature(db, systemClock, setup.verifier, signNonce(nonce, 'head-auth', 'RSA')),
    ).toMatchObject({ ok: true });
  });

  it('refuses nonces it never issued, other content and detached signatures', async () => {
    expect(
      await checkChallengeSignature(db, systemClock, setup.verifier, signNonce(new Uint8Array(32).fill(9))),
    ).toMatchObject({ ok: false, refusal: 'unknown' });
    expect(await checkChallengeSignature(db, systemClock, setup.verifier, signNonce(new Uint8Array(33)))).toMatchObject(
      { ok: false, refusal: 'not_a_challenge' },
    );
    const nonce = Buffer.from((await issueChallenge(db, systemClock)).nonce, 'base64');
    expect(
      await checkChallengeSignature(
        db,
        systemClock,
        setup.verifier,
        signNonce(nonce, 'individual-auth', 'GOST2004', true),
      ),
    ).toMatchObject({ ok: false, refusal: 'not_a_challenge' });
    expect(await checkChallengeSignature(db, systemClock, setup.verifier, Buffer.from('junk'))).toMatchObject({
      ok: false,
      reason: 'signature',
      verification: { code: 'SIG_MALFORMED' },
    });
  });
});
