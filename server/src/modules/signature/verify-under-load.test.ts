import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyBodyLimitBytes } from '@shekara/contracts/signature';
import { loadTestPki, testHolder } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDirectory } from '../../platform/db/open-database.ts';
import { databaseTemplates } from '../../testing/database-templates.ts';
import { largestVerifyBody, signedCmsOf, signedXmlOf, verifyBody } from '../../testing/large-signatures.ts';
import { freePort, type ServerProcess, spawnServer, waitHealthy } from '../../testing/server-process.ts';

/**
 * One request must never stall everyone: the real server (`npm start`'s bundle, its worker
 * threads) verifies the largest signed XML and CMS the public endpoint accepts, several at once,
 * and refuses larger ones, while /health is asked again and again. Each answer must come within
 * 100 ms. With the verification on the main thread (WORKER_THREADS=0) the same test fails: the
 * largest XML alone takes 0.6–1 s of it.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-verify-load-'));
let server: ServerProcess;

beforeAll(async () => {
  fs.cpSync((await databaseTemplates()).migratedDirectory, pgliteDirectory(dataDir), { recursive: true });
  server = spawnServer({
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'off',
    SIGNATURE_VERIFY_RATE_PER_MINUTE: '100000',
    WORKER_THREADS: '2',
    // What is measured here is the event loop, not the time limit (worker-pool.test.ts): a shared
    // machine may starve the workers' lowered priority for long.
    WORKER_TASK_TIMEOUT_MS: '120000',
  });
  await waitHealthy(server, 300_000);
}, 320_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const healthLimitMs = 100;

async function timedHealth(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/health`);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return performance.now() - started;
}

describe('the public verify endpoint under load (security review: event-loop stall)', () => {
  it('answers /health within 100 ms while the largest XML and CMS verify on the worker threads', async () => {
    // The test PKI the server made for itself, so that the signatures verify as valid.
    const pki = await loadTestPki(path.join(dataDir, 'test-pki'));
    const gost = testHolder(pki, 'GOST2015-512', 'head-sign');
    const rsa = testHolder(pki, 'RSA', 'head-sign');
    const accepted = [
      verifyBody(signedXmlOf(gost, largestVerifyBody)),
      verifyBody(signedXmlOf(rsa, largestVerifyBody)),
      verifyBody(signedCmsOf(gost, largestVerifyBody)),
      verifyBody(signedCmsOf(rsa, largestVerifyBody)),
    ];
    for (const body of accepted) expect(Buffer.byteLength(body)).toBeLessThanOrEqual(verifyBodyLimitBytes);
    // about a megabyte, as in the review's attack: refused before it is read whole
    const refused = [verifyBody(signedXmlOf(gost, 1_000_000, 19_000)), verifyBody(signedCmsOf(rsa, 1_000_000))];

    // The first verification warms the server's caches; the measurement is of the steady state.
    const verify = (body: string) =>
      fetch(`${server.url}/api/v1/signatures/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await (await verify(accepted[2]!)).json()) as { valid: boolean }).toMatchObject({ valid: true });
    const idle = [];
    for (let i = 0; i < 5; i++) idle.push(await timedHealth());

    let inFlight = 0;
    const outcomes: Array<{ status: number; valid?: boolean; code?: string }> = [];
    // At least six seconds and eight verifications, however slow a shared machine makes them.
    const started = performance.now();
    const verified = () => outcomes.filter((o) => o.status === 200).length;
    const loadOver = () =>
      (performance.now() - started > 6_000 && verified() >= 8) || performance.now() - started > 60_000;
    const client = async (offset: number) => {
      const all = [...accepted, ...refused];
      for (let round = 0; !loadOver(); round++) {
        const body = all[(offset + round) % all.length]!;
        inFlight++;
        try {
          const response = await verify(body);
          const answer = (await response.json()) as { valid?: boolean; error?: { code: string } };
          outcomes.push({ status: response.status, valid: answer.valid, code: answer.error?.code });
        } finally {
          inFlight--;
        }
      }
    };
    // Three clients, as in the review, each sending the next document as soon as the last is answered.
    const clients = [0, 2, 4].map(client);
    const underLoad: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 300));
    while (!loadOver()) {
      // only probes taken while verifications are in flight count
      if (inFlight > 0) underLoad.push(await timedHealth());
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await Promise.all(clients);

    const sorted = [...underLoad].sort((a, b) => a - b);
    const summary = {
      idleMs: idle.map(Math.round),
      probes: underLoad.length,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      maxMs: Math.round(sorted.at(-1)!),
      over100: underLoad.filter((ms) => ms > healthLimitMs).length,
      verifications: outcomes.filter((o) => o.status === 200).length,
      refused: outcomes.filter((o) => o.status === 413).length,
    };
    console.log('verify-under-load', JSON.stringify(summary));

    // The load was real: documents of each kind were verified (valid) and refused (413), several at once.
    const unexpected = outcomes.filter(
      (o) => !(o.status === 200 && o.valid === true) && o.code !== 'PAYLOAD_TOO_LARGE',
    );
    expect(unexpected).toEqual([]);
    expect(summary.verifications).toBeGreaterThanOrEqual(8);
    expect(summary.refused).toBeGreaterThanOrEqual(2);
    expect(summary.probes).toBeGreaterThanOrEqual(30);
    // Every /health within 100 ms. A shared two-core machine deschedules the server now and then
    // whatever it does (at a load average of 14, idle probes took up to 76 ms), so one probe in
    // five may be late, none by more than a second, and the median must be well within; with the
    // work on the main thread nearly all are late (median 0.93 s, the longest 1.9 s).
    expect(summary.over100).toBeLessThanOrEqual(Math.floor(underLoad.length / 5));
    expect(summary.medianMs).toBeLessThan(healthLimitMs / 2);
    expect(summary.maxMs).toBeLessThan(1_000);
  }, 180_000);
});
