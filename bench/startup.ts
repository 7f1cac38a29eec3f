import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';

/**
 * Start-up time: process start → first 200 from /health, on an empty data directory (initdb,
 * migrations, demo data) and on a warm one (the state after the first run). Web app prebuilt.
 */
const warmRuns = Number(process.env.BENCH_RUNS ?? 5);

async function timeStart(dataDir: string): Promise<number> {
  const server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
  const started = performance.now();
  await waitHealthy(server, 120_000);
  const elapsed = performance.now() - started;
  const code = await server.stop();
  if (code !== 0) throw new Error(`server exited with ${code}:\n${server.output()}`);
  return elapsed;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-bench-startup-'));
try {
  const empty = await timeStart(dataDir);
  const warm: number[] = [];
  for (let run = 0; run < warmRuns; run++) warm.push(await timeStart(dataDir));
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)]!;
  console.log(`startup  empty data dir: ${(empty / 1000).toFixed(2)} s`);
  console.log(
    `startup  warm data dir:  median ${(median / 1000).toFixed(2)} s, min ${(warm[0]! / 1000).toFixed(2)} s, max ${(warm.at(-1)! / 1000).toFixed(2)} s over ${warm.length} runs`,
  );
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
