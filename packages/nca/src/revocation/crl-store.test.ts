import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  issueTestCa,
  issueTestCertificate,
  issueTestCrl,
  rsaKey,
  type TestKey,
} from '../trust/test-support/rsa-pki.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { parseCrl } from '../x509/crl.ts';
import { CrlStore, CrlStoreError, loadCrlDirectory } from './crl-store.ts';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2026, 0, 10);
const from = new Date(t0 - 365 * day);
const to = new Date(t0 + 365 * day);
const caName = 'CRL Test CA TEST';
const caKey = rsaKey();
const ca = parseCertificate(issueTestCa(caName, caKey, from, to));
const cdp = 'http://127.0.0.1:9/ca.crl';
const leafKey = rsaKey();
const leaf = parseCertificate(
  issueTestCertificate({
    serial: 0x42n,
    subject: 'Holder',
    issuer: caName,
    subjectKey: leafKey,
    issuerKey: caKey,
    notBefore: from,
    notAfter: to,
    crlUrl: cdp,
  }),
);
const crlDer = (thisUpdate: number, nextUpdate: number, revoked = false) =>
  issueTestCrl({
    issuer: caName,
    issuerKey: caKey,
    thisUpdate: new Date(thisUpdate),
    nextUpdate: new Date(nextUpdate),
    entries: revoked ? [{ serial: 0x42n, revokedAt: new Date(thisUpdate - day), reason: 1 }] : [],
  });

/** An empty CRL of the CA's name for a day either side of `moment`, signed by `issuerKey`, naming `akiKey` as the issuer's key. */
const crlAround = (moment: number, issuerKey: TestKey, akiKey: TestKey) =>
  issueTestCrl({
    issuer: caName,
    issuerKey,
    akiKey,
    thisUpdate: new Date(moment - day),
    nextUpdate: new Date(moment + day),
    entries: [],
  });

/** A fetch that serves `body` and counts calls; the clock is `clock.now`. */
function server(body: () => Uint8Array) {
  const calls: string[] = [];
  const fetchFunction: typeof fetch = async (input) => {
    calls.push(String(input));
    return new Response(new Uint8Array(body()));
  };
  return { calls, fetch: fetchFunction };
}

describe('CRLs fetched from the distribution point (ACC-9)', () => {
  it('fetches once, keeps the CRL until its nextUpdate, then fetches again', async () => {
    let clock = t0;
    let revoked = false;
    const remote = server(() => crlDer(clock - day, clock + 7 * day, revoked));
    const store = new CrlStore([], { now: () => new Date(clock) });
    const first = await store.lookup(leaf, ca, { at: new Date(clock), fetch: remote.fetch });
    expect(first.ok && first.crl.revoked.size).toBe(0);
    expect(first.ok && first.origin).toBe(cdp);
    expect(remote.calls).toEqual([cdp]);

    clock += 3 * day;
    revoked = true;
    const cached = await store.lookup(leaf, ca, { at: new Date(clock), fetch: remote.fetch });
    expect(cached.ok && cached.crl.revoked.size).toBe(0);
    expect(remote.calls).toHaveLength(1);

    clock += 5 * day; // past nextUpdate
    const refreshed = await store.lookup(leaf, ca, { at: new Date(clock), fetch: remote.fetch });
    expect(refreshed.ok && refreshed.crl.revoked.has('42')).toBe(true);
    expect(remote.calls).toHaveLength(2);
  });

  it('downloads once for many verifications waiting at the same time', async () => {
    const remote = server(() => crlDer(t0 - day, t0 + day));
    const store = new CrlStore([], { now: () => new Date(t0) });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.lookup(leaf, ca, { at: new Date(t0), fetch: remote.fetch })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(remote.calls).toHaveLength(1);
  });

  it('does not fetch without network access', async () => {
    const result = await new CrlStore([], { now: () => new Date(t0) }).lookup(leaf, ca, { at: new Date(t0) });
    expect(result).toMatchObject({ ok: false, detail: expect.stringContaining('not fetched') });
  });

  it('refuses a CRL larger than the bound, a server that does not answer in time, and an HTTP error', async () => {
    const big = new CrlStore([], { now: () => new Date(t0), maxBytes: 100 });
    expect(
      await big.lookup(leaf, ca, { at: new Date(t0), fetch: server(() => crlDer(t0 - day, t0 + day)).fetch }),
    ).toMatchObject({ ok: false, detail: expect.stringContaining('100 bytes') });

    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const slow = new CrlStore([], { now: () => new Date(t0), timeoutMs: 50 });
    expect(await slow.lookup(leaf, ca, { at: new Date(t0), fetch: hanging })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('50 ms'),
    });

    const failing: typeof fetch = async () => new Response('gone', { status: 404 });
    expect(await new CrlStore().lookup(leaf, ca, { at: new Date(t0), fetch: failing })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('404'),
    });
  });

  it('does not ask a failing server again for five minutes', async () => {
    let clock = t0;
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      return new Response('busy', { status: 503 });
    };
    const store = new CrlStore([], { now: () => new Date(clock) });
    expect(await store.lookup(leaf, ca, { at: new Date(clock), fetch: failing })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('503'),
    });
    clock += 60_000;
    expect(await store.lookup(leaf, ca, { at: new Date(clock), fetch: failing })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('not retried yet'),
    });
    expect(calls).toBe(1);
    clock += 5 * 60_000;
    await store.lookup(leaf, ca, { at: new Date(clock), fetch: failing });
    expect(calls).toBe(2);
  });

  it('ignores a CRL with the CA’s name but another key’s signature', async () => {
    const store = new CrlStore([], { now: () => new Date(t0) });
    const forger = rsaKey();
    const forged = () => crlAround(t0, forger, caKey);
    const result = await store.lookup(leaf, ca, { at: new Date(t0), fetch: server(forged).fetch });
    expect(result.ok).toBe(false);
  });
});

describe('CRLs at hand (ACC-9)', () => {
  it('takes the newest CRL that speaks for the moment judged', () => {
    const older = parseCrl(crlDer(t0 - 10 * day, t0 + 10 * day));
    const newer = parseCrl(crlDer(t0 - day, t0 + 10 * day, true));
    return expect(
      new CrlStore([newer, older], { now: () => new Date(t0) }).lookup(leaf, ca, { at: new Date(t0) }),
    ).resolves.toMatchObject({ ok: true, crl: newer });
  });

  it('matches by issuer key identifier, not by name alone', async () => {
    const otherKey = rsaKey();
    const sameNameOtherKey = parseCrl(crlAround(t0, caKey, otherKey));
    expect(
      await new CrlStore([sameNameOtherKey], { now: () => new Date(t0) }).lookup(leaf, ca, { at: new Date(t0) }),
    ).toMatchObject({ ok: false });
  });

  it('sees CRLs added after a look-up, and judges the remembered ones at each moment', async () => {
    let clock = t0;
    const store = new CrlStore([], { now: () => new Date(clock) });
    expect((await store.lookup(leaf, ca, { at: new Date(t0) })).ok).toBe(false);
    const older = parseCrl(crlDer(t0 - 10 * day, t0 + day));
    store.add(older);
    expect(await store.lookup(leaf, ca, { at: new Date(t0) })).toMatchObject({ ok: true, crl: older });
    const newer = parseCrl(crlDer(t0 - day, t0 + 10 * day, true));
    store.add(newer);
    expect(await store.lookup(leaf, ca, { at: new Date(t0) })).toMatchObject({ ok: true, crl: newer });
    // The same pair later: the older CRL no longer speaks for the moment, the newer still does.
    clock = t0 + 5 * day;
    expect(await store.lookup(leaf, ca, { at: new Date(clock) })).toMatchObject({ ok: true, crl: newer });
    clock = t0 + 20 * day;
    expect((await store.lookup(leaf, ca, { at: new Date(clock) })).ok).toBe(false);
    // Another CA of the same name (another key) does not get this CA's CRLs.
    const otherKey = rsaKey();
    const otherCa = parseCertificate(issueTestCa(caName, otherKey, from, to, 2n));
    expect((await store.lookup(leaf, otherCa, { at: new Date(t0) })).ok).toBe(false);
  });

  it('does not take a CRL from the future of our clock, nor one whose nextUpdate has passed', async () => {
    const future = parseCrl(crlDer(t0 + day, t0 + 10 * day));
    expect((await new CrlStore([future], { now: () => new Date(t0) }).lookup(leaf, ca, { at: new Date(t0) })).ok).toBe(
      false,
    );
    const stale = parseCrl(crlDer(t0 - 10 * day, t0 - day));
    expect((await new CrlStore([stale], { now: () => new Date(t0) }).lookup(leaf, ca, { at: new Date(t0) })).ok).toBe(
      false,
    );
    // …but a CRL issued after a past moment speaks for it.
    expect(
      (await new CrlStore([stale], { now: () => new Date(t0) }).lookup(leaf, ca, { at: new Date(t0 - 20 * day) })).ok,
    ).toBe(true);
  });
});

describe('loading a CRL directory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-crl-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads DER and PEM CRLs, ignores other files, and names a file it cannot read', async () => {
    const der = crlDer(t0 - day, t0 + day, true);
    fs.writeFileSync(path.join(dir, 'a.crl'), der);
    fs.writeFileSync(
      path.join(dir, 'b.pem'),
      `-----BEGIN X509 CRL-----\n${Buffer.from(crlDer(t0 - 2 * day, t0 + day)).toString('base64')}\n-----END X509 CRL-----\n`,
    );
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a CRL');
    const store = loadCrlDirectory(dir, { now: () => new Date(t0) });
    expect(store.size).toBe(2);
    expect(await store.lookup(leaf, ca, { at: new Date(t0) })).toMatchObject({ ok: true });
    fs.writeFileSync(path.join(dir, 'broken.crl'), Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01));
    expect(() => loadCrlDirectory(dir)).toThrow(CrlStoreError);
    expect(() => loadCrlDirectory(dir)).toThrow(/broken\.crl/);
    expect(() => loadCrlDirectory(path.join(dir, 'nowhere'))).toThrow(/nowhere/);
    expect(loadCrlDirectory(null).size).toBe(0);
  });
});
