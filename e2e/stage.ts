import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { runShekara } from '../server/src/testing/cli.ts';
import { freePort, type ServerProcess, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';
import '../server/src/testing/provided-context.ts';
import { connectChromium } from './browser.ts';
import { copyDataDir, stageEnv } from './data-dir.ts';

/** Where the browser suite leaves its screenshots. */
export const resultsDir = path.resolve('test-results');

export interface Stage {
  server: { url: string };
  browser: Browser;
}

/** An officer made with the command line before the server starts, as an operator would make one. */
export interface StageOfficer {
  office: string;
  iin: string;
  email: string;
}

/**
 * The run's shared server and a connection to the run's Chromium (both started by the global
 * setup), for a describe block whose tests make no accounts: they cannot disturb another spec.
 * The returned object is filled in by beforeAll, so read its fields inside tests only.
 */
export function useSharedStage(): Stage {
  const stage = {} as Stage;
  beforeAll(async () => {
    stage.server = { url: inject('e2eSharedServerUrl') };
    stage.browser = await connectChromium(inject('e2eBrowserEndpoint'));
    fs.mkdirSync(resultsDir, { recursive: true });
  });
  afterAll(async () => {
    await stage.browser?.close();
  });
  return stage;
}

/**
 * A server of its own, for a describe block whose tests hold accounts of the test PKI's few people
 * (the same people another spec makes into other accounts): started on a copy of the run's
 * prepared data directory (with `env` added to its environment), after the CLI has made the
 * officer if one is asked for; stopped and cleaned up after the tests. The browser is the run's Chromium, in contexts of this spec's own.
 * The returned object is filled in by beforeAll, so read its fields inside tests only.
 */
export function useStage(
  name: string,
  { officer, env: extraEnv }: { officer?: StageOfficer; env?: Record<string, string> } = {},
): Stage {
  const stage = {} as Stage;
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-e2e-${name}-`));
    copyDataDir(inject('e2eTemplateDataDir'), dataDir);
    const env = { ...stageEnv(dataDir, await freePort()), ...extraEnv };
    if (officer) {
      const { office, iin, email } = officer;
      const args = ['users', 'create-officer', '--office', office, '--iin', iin, '--email', email];
      const created = await runShekara(args, { DATABASE_URL: '', ...env });
      expect(created.stdout, created.stderr).toMatch(/^created officer /);
    }
    server = spawnServer(env);
    const [browser] = await Promise.all([connectChromium(inject('e2eBrowserEndpoint')), waitHealthy(server)]);
    stage.browser = browser;
    stage.server = server;
    fs.mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await stage.browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return stage;
}
