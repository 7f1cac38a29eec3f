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

/** Each warm start's steps as the server's "listening" line gives them (`startUpMs`). */
const steps: Record<string, number>[] = [];

async function timeStart(dataDir: string, fromSources = false): Promise<number> {
  const server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'info' }, { fromSources });
  const started = performance.now();
  await waitHealthy(server, 120_000);
  const elapsed = performance.now() - started;
  const code = await server.stop();
  if (code !== 0) throw new Error(`server exited with ${code}:\n${server.output()}`);
  if (!fromSources) {
    const line = server
      .output()
      .split('\n')
      .find((text) => text.includes('"startUpMs"'));
    if (line) steps.push((JSON.parse(line) as { startUpMs: Record<string, number> }).startUpMs);
  }
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
  // Where a warm start's time goes (the first, on an empty directory, left out), median per step.
  const warm = steps.slice(1);
  if (warm.length > 0) {
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const names = Object.keys(warm[0]!);
    console.log(
      `startup  warm steps, median ms: ${names.map((name) => `${name} ${median(warm.map((s) => s[name] ?? 0))}`).join(', ')}`,
    );
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
