import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { browserUnavailableReason, connectChromium, launchChromiumServer } from '../e2e/browser.ts';
import { projectRoot } from '../server/src/platform/paths.ts';
import { freePort, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';

/**
 * The first page (issue 19 point 11): what a visitor's browser downloads for the home page — the
 * page itself (prerendered, its styles inline), the scripts it loads and preloads, and among them
 * the texts of its language — as the server sends them (brotli); then, on Chromium's simulated
 * slow 3G (DevTools' preset: 400 kbit/s, 2 s added to every request) and fast 3G (1.44 Mbit/s,
 * 0.56 s), a fresh browser profile each run, the time from navigation to the home page's heading
 * on screen (usable: the page's links work without scripts) and to the app having taken the page
 * over (hydrated: `<html data-app="ready">`). The web app is built by the server's start when stale.
 * `BENCH_RUNS` runs per network (5).
 */
const runs = Number(process.env.BENCH_RUNS ?? 5);
// DevTools' presets: the delay is added to each request, not to each round trip
const networks = {
  'slow 3G': { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  'fast 3G': { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const brotli = (content: Buffer) =>
  zlib.brotliCompressSync(content, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
  }).length;

/** The home page's bytes as the build wrote them: the Russian copy, which the bench's browser is sent. */
function firstPageBytes(dist: string) {
  const page = fs.readFileSync(path.join(dist, 'home.ru.html'));
  const html = page.toString();
  const files = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/(assets\/[^"]+\.js)"/g),
  ].map((match) => match[1]!);
  const size = (names: string[]) =>
    names.reduce(
      (sum, name) => {
        const content = fs.readFileSync(path.join(dist, name));
        return { raw: sum.raw + content.length, br: sum.br + brotli(content) };
      },
      { raw: 0, br: 0 },
    );
  const texts = files.filter((name) => /\/texts-ru-/.test(name));
  const scripts = files.filter((name) => !texts.includes(name));
  // the page is compressed per request at a lower quality (it carries its nonce): about 15 % more than this
  return {
    page: { raw: page.length, br: brotli(page) },
    files: scripts.length,
    scripts: size(scripts),
    texts: size(texts),
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const spread = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${s(sorted[Math.floor(sorted.length / 2)]!)} (min ${s(sorted[0]!)}, max ${s(sorted.at(-1)!)})`;
};

const unavailable = browserUnavailableReason();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-bench-first-page-'));
const server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
try {
  await waitHealthy(server, 300_000);
  const bytes = firstPageBytes(path.join(projectRoot, 'web', 'dist'));
  console.log(
    `first page  the page (ru): ${kb(bytes.page.raw)} raw, ${kb(bytes.page.br)} brotli; ` +
      `scripts: ${bytes.files} files, ${kb(bytes.scripts.raw)} raw, ${kb(bytes.scripts.br)} brotli; ` +
      `texts (ru): ${kb(bytes.texts.raw)} raw, ${kb(bytes.texts.br)} brotli; ` +
      `scripts and texts ${kb(bytes.scripts.br + bytes.texts.br)} brotli`,
  );
  if (unavailable) console.log(`first page  slow 3G: skipped (${unavailable})`);
  else {
    const browserServer = await launchChromiumServer();
    const browser = await connectChromium(browserServer.wsEndpoint());
    for (const [network, conditions] of Object.entries(networks)) {
      const shown: number[] = [];
      const hydrated: number[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ locale: 'ru-RU' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', conditions);
        const started = performance.now();
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.getByTestId('home-title').waitFor({ state: 'visible', timeout: 120_000 });
        shown.push(performance.now() - started);
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
        hydrated.push(performance.now() - started);
        await context.close();
      }
      console.log(
        `first page  ${network}, ${runs} runs: the home page's heading ${spread(shown)}; ` +
          `the app took it over ${spread(hydrated)}`,
      );
    }
    await browser.close();
    await browserServer.close();
  }
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
