import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort, spawnServer, waitHealthy, type ServerProcess } from '../server/src/testing/server-process.ts';
import { launchChromium } from './browser.ts';

/** Where the browser suite leaves its screenshots. */
export const resultsDir = path.resolve('test-results');

export interface Stage {
  server: ServerProcess;
  browser: Browser;
}

/**
 * A real server on its own data directory and a Chromium, for the describe block that calls this:
 * started before its tests, stopped and cleaned up after them. The returned object is filled in
 * by beforeAll, so read its fields inside tests only.
 */
export function useStage(name: string, env: Record<string, string> = {}): Stage {
  const stage = {} as Stage;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-e2e-${name}-`));
    stage.server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn', ...env });
    await waitHealthy(stage.server);
    stage.browser = await launchChromium();
    fs.mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await stage.browser?.close();
    await stage.server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return stage;
}
