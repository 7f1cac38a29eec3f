import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkCmsSignature, createCms, signRaw } from '@shekara/nca';
import { loadTestPki, sharedTestPki, type TestHolder, testHolder } from '@shekara/nca/test-pki';
import { checkCmsTask } from '../server/src/modules/signature/worker-tasks.ts';
import { pgliteDirectory } from '../server/src/platform/db/open-database.ts';
import { workerEntry } from '../server/src/platform/workers/worker-entry.ts';
import { createWorkerPool } from '../server/src/platform/workers/worker-pool.ts';
import { databaseTemplates } from '../server/src/testing/database-templates.ts';
import { largestVerifyBody, signedCmsOf, signedXmlOf, verifyBody } from '../server/src/testing/large-signatures.ts';
import { capturingLogger } from '../server/src/testing/logger.ts';
import { freePort, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';

/**
 * Verification on worker threads (platform/workers/): what the hop to a thread and back costs
 * against checking a small CMS in place, and the real server (`npm start`'s bundle) under three
 * clients sending the largest XML and CMS the public endpoint takes, with its threads
 * (WORKER_THREADS=2) and without (0: on the main thread): verifications per second, and the
 * latency of /health asked every 50 ms meanwhile. BENCH_RUNS runs of BENCH_LOAD_SECONDS each.
 */
const runs = Number(process.env.BENCH_RUNS ?? 3);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 8);

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

// 1. The hop: a log-in CMS (32 bytes signed) in place, and the same through one worker thread.
{
  const pki = await sharedTestPki();
  const workers = createWorkerPool({
    threads: 1,
    taskTimeoutMs: 10_000,
    queueLimit: 1,
    logger: capturingLogger().logger,
    entry: workerEntry(),
  });
  for (const [family, size] of [
    ['RSA', 32],
    ['GOST2015-512', 32],
    ['RSA', 64 * 1024],
    ['GOST2015-512', 64 * 1024],
  ] as const) {
    const holder = testHolder(pki, family, 'head-sign');
    const cms = cmsOver(holder, size);
    const inPlace: number[] = [];
    const hop: number[] = [];
    for (let i = 0; i < 300; i++) {
      let started = performance.now();
      checkCmsSignature(cms);
      inPlace.push(performance.now() - started);
      started = performance.now();
      await workers.run(checkCmsTask, { cms });
      hop.push(performance.now() - started);
    }
    console.log(
      `signature-workers  CMS ${family} over ${size} bytes: in place median ${ms(quantile(inPlace, 0.5))}, through a worker ${ms(quantile(hop, 0.5))} (300 each)`,
    );
  }
  await workers.close();
}

// 2. The server under load, with and without its threads.
const template = (await databaseTemplates()).migratedDirectory;
for (const threads of ['2', '0']) {
  const rates: number[] = [];
  const medians: number[] = [];
  const p95s: number[] = [];
  const maxima: number[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await loadRun(threads);
    rates.push(result.perSecond);
    medians.push(result.median);
    p95s.push(result.p95);
    maxima.push(result.max);
  }
  const spread = (values: number[], format: (v: number) => string) =>
    `median ${format(quantile(values, 0.5))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
  console.log(
    `signature-workers  WORKER_THREADS=${threads}, ${runs} runs of ${loadSeconds} s, 3 clients, largest XML and CMS:` +
      ` verifications/s ${spread(rates, (v) => v.toFixed(1))}; /health 50th percentile ${spread(medians, ms)}, 95th ${spread(p95s, ms)}, longest ${spread(maxima, ms)}`,
  );
}

async function loadRun(threads: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-bench-workers-'));
  fs.cpSync(template, pgliteDirectory(dataDir), { recursive: true });
  const server = spawnServer({
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'off',
    SIGNATURE_VERIFY_RATE_PER_MINUTE: '100000',
    WORKER_THREADS: threads,
    WORKER_TASK_TIMEOUT_MS: '120000',
  });
  try {
    await waitHealthy(server, 300_000);
    const pki = await loadTestPki(path.join(dataDir, 'test-pki'));
    const gost = testHolder(pki, 'GOST2015-512', 'head-sign');
    const rsa = testHolder(pki, 'RSA', 'head-sign');
    const bodies = [
      verifyBody(signedXmlOf(gost, largestVerifyBody)),
      verifyBody(signedCmsOf(gost, largestVerifyBody)),
      verifyBody(signedXmlOf(rsa, largestVerifyBody)),
      verifyBody(signedCmsOf(rsa, largestVerifyBody)),
    ];
    const verify = (body: string) =>
      fetch(`${server.url}/api/v1/signatures/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((response) => response.json() as Promise<{ valid?: boolean }>);
    await verify(bodies[1]!);
    let verified = 0;
    const ends = performance.now() + loadSeconds * 1000;
    const client = async (offset: number) => {
      for (let round = offset; performance.now() < ends; round++) {
        if ((await verify(bodies[round % bodies.length]!)).valid) verified++;
      }
    };
    const started = performance.now();
    const clients = [0, 1, 2].map(client);
    const health: number[] = [];
    while (performance.now() < ends) {
      const asked = performance.now();
      await (await fetch(`${server.url}/health`)).arrayBuffer();
      health.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(clients);
    return {
      perSecond: verified / ((performance.now() - started) / 1000),
      median: quantile(health, 0.5),
      p95: quantile(health, 0.95),
      max: Math.max(...health),
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function cmsOver(holder: TestHolder, size: number): Uint8Array {
  return createCms({
    content: Buffer.alloc(size, 'nonce'),
    detached: false,
    certificate: holder.certificate,
    algorithm: holder.algorithm,
    sign: (bytes) => signRaw(holder.key, bytes),
    signingTime: new Date(),
  });
}
