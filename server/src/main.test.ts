import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { publicAccess } from './platform/http/access.ts';
import { testAppConfig } from './testing/app.ts';
import { openTestDatabase } from './testing/database.ts';
import { freePort, spawnServer, waitHealthy } from './testing/server-process.ts';
import { testSignatureSetup } from './testing/signatures.ts';

// These start the real server process on the embedded database in a fresh directory.
const dataDirs: string[] = [];
const freshDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-data-'));
  dataDirs.push(dir);
  return dir;
};
afterAll(() => dataDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('npm start', () => {
  it('stops with one line naming the variable when the configuration is bad', async () => {
    const server = spawnServer({ PORT: 'eighty', DATA_DIR: freshDataDir() });
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toBe(
      'shekara: configuration error: PORT: must be a whole number from 0 to 65535, got "eighty"',
    );
  });

  it('creates the database, survives a restart with its data, refuses a second server on it, and shuts down cleanly', async () => {
    const dataDir = freshDataDir();
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };

    const first = spawnServer(env);
    // initdb and every migration: the slowest start there is, given time on a loaded machine.
    expect(await waitHealthy(first, 150_000)).toMatchObject({ status: 'ok', database: 'pglite' });
    await fetch(`${first.url}/api/v1/reference/classifiers/regions`);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('"msg":"migrations applied"');
    expect(first.output()).toContain('"msg":"stopped"');
    expect(fs.existsSync(path.join(dataDir, 'shekara.pid'))).toBe(false);

    const second = spawnServer(env);
    await waitHealthy(second);
    const regions = (await (await fetch(`${second.url}/api/v1/reference/classifiers/regions`)).json()) as {
      items: unknown[];
    };
    expect(regions.items).toHaveLength(20);

    // While it runs, a second server on the same data directory is refused, saying who holds it.
    const intruder = spawnServer({ ...env, PORT: String(await freePort()) });
    expect(await intruder.exited).toBe(1);
    expect(intruder.output()).toContain(`is in use by process ${second.child.pid}`);

    expect(await second.stop('SIGINT')).toBe(0);
    // Nothing to migrate and nothing new to load the second time: the data were kept.
    expect(second.output()).not.toContain('"msg":"migrations applied"');
    expect(second.output()).toContain('"unchanged":20');
  }, 240_000);
});

describe('shutdown', () => {
  it('lets in-flight requests finish before the server closes', async () => {
    const db = await openTestDatabase();
    const app = await buildApp({
      config: { ...testAppConfig, environment: 'test', bodyLimitBytes: 1024, signature: { verifyRatePerMinute: 10 } },
      db,
      signatures: await testSignatureSetup(),
      logger: pino({ level: 'silent' }),
      webDistDir: freshDataDir(),
    });
    // The close starts once the request is inside its handler, not after a guessed delay: on a
    // loaded machine the request may take longer than any delay to arrive, and then it is rightly
    // refused as one that came after the close.
    let entered: () => void = () => {};
    const handling = new Promise<void>((resolve) => {
      entered = resolve;
    });
    app.get('/slow', { config: { access: publicAccess } }, async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 400));
      return { done: true };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await handling;
    const closing = app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    await db.close();
  });
});
