import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { consumeChallenge, issueChallenge } from './challenges.ts';

let db: Database;
const clock = manualClock('2026-03-02T09:00:00Z');
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const bytes = (nonce: string) => Buffer.from(nonce, 'base64');

describe('log-in challenges (ACC-6, issue 3 point 10)', () => {
  it('GET /api/v1/auth/challenge gives 32 random bytes valid for 5 minutes, never cached', async () => {
    const app = await buildTestApp(db, { clock });
    const first = await app.inject({ method: 'GET', url: '/api/v1/auth/challenge' });
    const second = await app.inject({ method: 'GET', url: '/api/v1/auth/challenge' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const body = first.json();
    expect(bytes(body.nonce)).toHaveLength(32);
    expect(body.expiresAt).toBe('2026-03-02T09:05:00.000Z');
    expect(second.json().nonce).not.toBe(body.nonce);
    await app.close();
  });

  it('is accepted once, then refused as used', async () => {
    const { nonce } = await issueChallenge(db, clock);
    expect(await consumeChallenge(db, clock, bytes(nonce))).toEqual({ ok: true });
    expect(await consumeChallenge(db, clock, bytes(nonce))).toEqual({ ok: false, reason: 'used' });
  });

  it('is refused once five minutes have passed', async () => {
    const { nonce } = await issueChallenge(db, clock);
    clock.advance(5 * 60_000);
    expect(await consumeChallenge(db, clock, bytes(nonce))).toEqual({ ok: false, reason: 'expired' });
  });

  it('is refused when this server never issued it, or when it is not 32 bytes', async () => {
    expect(await consumeChallenge(db, clock, new Uint8Array(32).fill(7))).toEqual({ ok: false, reason: 'unknown' });
    expect(await consumeChallenge(db, clock, new Uint8Array(31))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('lets only one of two simultaneous log-ins use it', async () => {
    const { nonce } = await issueChallenge(db, clock);
    const results = await Promise.all([1, 2, 3].map(() => consumeChallenge(db, clock, bytes(nonce))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('stays unused when the log-in transaction that burnt it rolls back', async () => {
    const { nonce } = await issueChallenge(db, clock);
    await expect(
      db.transaction(async (tx) => {
        expect(await consumeChallenge(tx, clock, bytes(nonce))).toEqual({ ok: true });
        throw new Error('signature invalid');
      }),
    ).rejects.toThrow('signature invalid');
    expect(await consumeChallenge(db, clock, bytes(nonce))).toEqual({ ok: true });
  });

  it('keeps only a hash of the nonce, and sweeps long-expired rows', async () => {
    const { nonce } = await issueChallenge(db, clock);
    const stored = await db.query<{ n: number }>('select count(*) as n from auth_challenges where nonce_sha256 = $1', [
      bytes(nonce),
    ]);
    expect(stored.rows[0]!.n).toBe(0);
    clock.advance(2 * 60 * 60_000);
    await issueChallenge(db, clock);
    const left = await db.query<{ n: number }>('select count(*) as n from auth_challenges');
    expect(left.rows[0]!.n).toBe(1);
  });
});
