import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';

/**
 * Start-up time: process start → first 200 from /health, on an empty data directory (initdb,
 * migrations, demo data) and on a warm one (the state after the first run). Web app prebuilt.
 * The warm starts alternate between `npm start` (the bundle) and the same server run from its
 * sources through tsx, the reference measured in the same minutes on the same machine.
 */
const warmRuns = Number(process.env.BENCH_RUNS ?? 5);

async function timeStart(dataDir: string, fromSources = false): Promise<number> {
  const server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' }, { fromSources });
  const started = performance.now();
  await waitHealthy(server, 120_000);
  const elapsed = performance.now() - started;
  const code = await server.stop();
  if (code !== 0) throw new Error(`server exited with ${code}:\n${server.output()}`);
  return elapsed;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function summary(times: number[]): { median: number; text: string } {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const text = `median ${seconds(median)}, min ${seconds(sorted[0]!)}, max ${seconds(sorted.at(-1)!)} over ${sorted.length} runs`;
  return { median, text };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-bench-startup-'));
try {
  const empty = await timeStart(dataDir);
  const bundle: number[] = [];
  const sources: number[] = [];
  for (let run = 0; run < warmRuns; run++) {
    bundle.push(await timeStart(dataDir));
    sources.push(await timeStart(dataDir, true));
  }
  const fromBundle = summary(bundle);
  const fromSources = summary(sources);
  console.log(`startup  empty data dir: ${seconds(empty)}`);
  console.log(`startup  warm data dir:  ${fromBundle.text}`);
  console.log(`startup  warm, from the sources through tsx (reference): ${fromSources.text}`);
  console.log(`startup  warm, bundle / sources: ${Math.round((100 * fromBundle.median) / fromSources.median)} %`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
