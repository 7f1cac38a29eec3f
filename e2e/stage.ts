import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { freePort, spawnServer, waitHealthy, type ServerProcess } from '../server/src/testing/server-process.ts';
import { launchChromium } from './browser.ts';

/** Where the browser suite leaves its screenshots. */
export const resultsDir = path.resolve('test-results');

export interface Stage {
  server: ServerProcess;
  browser: Browser;
}

/** An officer made with the CLI before the server starts, as an operator would make one. */
export interface StageOfficer {
  office: string;
  iin: string;
  email: string;
}

/**
 * A real server on its own data directory and a Chromium, for the describe block that calls this:
 * started before its tests, stopped and cleaned up after them. The returned object is filled in
 * by beforeAll, so read its fields inside tests only.
 */
export function useStage(name: string, env: Record<string, string> = {}, { officer }: { officer?: StageOfficer } = {}): Stage {
  const stage = {} as Stage;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-e2e-${name}-`));
    if (officer) {
      const cliEnv = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env, DATA_DIR: dataDir };
      const created = execFileSync(process.execPath, ['bin/shekara.mjs', 'users', 'create-officer', '--office', officer.office, '--iin', officer.iin, '--email', officer.email], { env: cliEnv, encoding: 'utf8' });
      expect(created).toMatch(/^created officer /);
    }
    stage.server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn', ...env });
    await waitHealthy(stage.server);
    stage.browser = await launchChromium();
    fs.mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await stage.browser?.close();
    await stage.server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return stage;
}
