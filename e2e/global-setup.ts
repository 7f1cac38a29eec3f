import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { pgliteDirectory } from '../server/src/platform/db/open-database.ts';
import { databaseTemplates } from '../server/src/testing/database-templates.ts';
import { freePort, type ServerProcess, spawnServer, waitHealthy } from '../server/src/testing/server-process.ts';
import { browserUnavailableReason, launchChromiumServer } from './browser.ts';
import { copyDataDir, stageEnv } from './data-dir.ts';
import '../server/src/testing/provided-context.ts';

/**
 * What every browser spec would otherwise make for itself, made once per run:
 *
 * - a prepared data directory: one real server start on a migrated database builds the web app,
 *   makes the test PKI and loads the demo data and staff, and stops; the
 *   servers of the specs start on copies of it and have nothing left to make;
 * - one server on a copy of it, shared by the specs that keep no accounts of their own;
 * - one Chromium, which each spec reaches over its WebSocket endpoint with contexts of its own.
 *
 * Without a Chromium (or with SHEKARA_E2E=skip) nothing is started: the specs skip, saying why.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (browserUnavailableReason() !== null) return async () => {};
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-e2e-'));
  const template = path.join(root, 'template');
  let shared: ServerProcess | undefined;
  let browser: Awaited<ReturnType<typeof launchChromiumServer>> | undefined;
  const teardown = async () => {
    await browser?.close();
    await shared?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    const [, launched] = await Promise.all([prepareTemplate(template), launchChromiumServer()]);
    browser = launched;
    const sharedDir = path.join(root, 'shared');
    copyDataDir(template, sharedDir);
    shared = spawnServer(stageEnv(sharedDir, await freePort()));
    await waitHealthy(shared);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('e2eTemplateDataDir', template);
  project.provide('e2eSharedServerUrl', shared.url);
  project.provide('e2eBrowserEndpoint', browser.wsEndpoint());
  return teardown;
}

async function prepareTemplate(dataDir: string): Promise<void> {
  // The migrated database made for the other suites saves this start initdb and every migration.
  fs.cpSync((await databaseTemplates()).migratedDirectory, pgliteDirectory(dataDir), { recursive: true });
  const server = spawnServer(stageEnv(dataDir, await freePort()));
  try {
    // The first start on a fresh clone also builds the web app.
    await waitHealthy(server, 600_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  // A clean stop closes the database, so the directory is whole to copy.
  const code = await server.stop();
  if (code !== 0) throw new Error(`the template server stopped with ${code}:\n${server.output()}`);
}
