import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { browserUnavailableReason, connectChromium, launchChromiumServer } from '../e2e/browser.ts';
import { projectRoot } from '../server/src/platform/paths.ts';
import { freePort, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';

/**
 * The first page (issue 19 point 11): what a visitor's browser downloads before the home page is
 * usable — the scripts index.html loads and preloads, and the texts of the page's language — as
 * the server sends them (brotli); then the time from navigation to the home page's heading on
 * Chromium's simulated slow 3G (DevTools' preset: 400 kbit/s, 2 s added to every request) and fast
 * 3G (1.44 Mbit/s, 0.56 s), a fresh browser profile each run. The web app is built by the server's
 * start when stale.
 */
const runs = Number(process.env.BENCH_RUNS ?? 5);
// DevTools' presets: the delay is added to each request, not to each round trip
const networks = {
  'slow 3G': { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  'fast 3G': { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function firstPageBytes(dist: string) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = fs.readdirSync(path.join(dist, 'assets'));
  const texts = assets.find((name) => /^texts-ru-.*\.js$/.test(name));
  const size = (names: string[]) =>
    names.reduce(
      (sum, name) => {
        const content = fs.readFileSync(path.join(dist, 'assets', name));
        return { raw: sum.raw + content.length, br: sum.br + zlib.brotliCompressSync(content).length };
      },
      { raw: 0, br: 0 },
    );
  return { files: scripts.length, scripts: size(scripts), texts: texts ? size([texts]) : { raw: 0, br: 0 } };
}

const unavailable = browserUnavailableReason();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-bench-first-page-'));
const server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
try {
  await waitHealthy(server, 300_000);
  const bytes = firstPageBytes(path.join(projectRoot, 'web', 'dist'));
  console.log(
    `first page  scripts: ${bytes.files} files, ${kb(bytes.scripts.raw)} raw, ${kb(bytes.scripts.br)} brotli; ` +
      `texts (ru): ${kb(bytes.texts.raw)} raw, ${kb(bytes.texts.br)} brotli; together ${kb(bytes.scripts.br + bytes.texts.br)} brotli`,
  );
  if (unavailable) console.log(`first page  slow 3G: skipped (${unavailable})`);
  else {
    const browserServer = await launchChromiumServer();
    const browser = await connectChromium(browserServer.wsEndpoint());
    for (const [network, conditions] of Object.entries(networks)) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ locale: 'ru-RU' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', conditions);
        const started = performance.now();
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.getByTestId('home-title').waitFor({ timeout: 120_000 });
        times.push(performance.now() - started);
        await context.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `first page  ${network} to the home page's heading: median ${s(sorted[Math.floor(runs / 2)]!)}, ` +
          `min ${s(sorted[0]!)}, max ${s(sorted.at(-1)!)} over ${runs} runs`,
      );
    }
    await browser.close();
    await browserServer.close();
  }
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
