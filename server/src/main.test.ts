import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app.ts';
import { pgliteDirectory } from './platform/db/open-database.ts';
import { publicAccess } from './platform/http/access.ts';
import { testAppConfig } from './testing/app.ts';
import { openTestDatabase } from './testing/database.ts';
import { databaseTemplates } from './testing/database-templates.ts';
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
    expect(second.output()).toContain('"reference":"loaded before by this version"');
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

describe('the server process on SIGTERM (issue 20 point 4)', () => {
  it('reports ready and serves its metrics, then answers the request in flight, refuses new connections and exits cleanly', async () => {
    const dataDir = freshDataDir();
    fs.cpSync((await databaseTemplates()).migratedDirectory, pgliteDirectory(dataDir), { recursive: true });
    const port = await freePort();
    const metricsPort = await freePort();
    const server = spawnServer({
      DATA_DIR: dataDir,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      DEMO_DATA: 'off',
      SHUTDOWN_TIMEOUT_MS: '60000',
    });
    try {
      await waitHealthy(server, 150_000);
      await vi.waitFor(async () => expect((await fetch(`${server.url}/health/ready`)).status).toBe(200), {
        timeout: 30_000,
        interval: 100,
      });
      const scraped = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(scraped).toContain('shekara_http_request_duration_seconds_count{route="/health/ready",method="GET"');
      expect(scraped).toContain('nodejs_eventloop_lag_p99_seconds');
      expect(scraped).toMatch(/\nshekara_outbox_pending_messages\{topic="mail\.send"\} \d+\n/);
      expect(scraped).toMatch(/\nshekara_database_connections\{pool="primary",state="total"\} 1\n/);
      // Not on the public port: there the web app's pages answer, with none of the metrics.
      expect(await (await fetch(`${server.url}/metrics`)).text()).not.toContain('shekara_');

      // A request in flight: its headers and half its body sent, the rest held back.
      const body = JSON.stringify({ format: 'cms', signature: Buffer.from('not a signature').toString('base64') });
      const slow = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/signatures/verify',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
        slow.once('response', resolve).once('error', reject);
      });
      slow.write(body.slice(0, 10));
      // In flight once the server has begun it: its arrival is logged before the body is read.
      const arrival = /"url":"\/api\/v1\/signatures\/verify"[^\n]*"msg":"incoming request"/;
      await vi.waitFor(() => expect(server.output()).toMatch(arrival), { timeout: 10_000 });

      server.child.kill('SIGTERM');
      await vi.waitFor(() => expect(server.output()).toContain('"msg":"shutting down"'), { timeout: 10_000 });
      // The listener is closed: a new connection is refused while the request in flight goes on.
      await vi.waitFor(() => expect(connects(port)).resolves.toBe(false), { timeout: 10_000, interval: 50 });
      expect(server.child.exitCode).toBeNull();

      slow.end(body.slice(10));
      const response = await answered;
      const text = await new Promise<string>((resolve) => {
        let read = '';
        response.on('data', (chunk) => (read += String(chunk)));
        response.on('end', () => resolve(read));
      });
      expect(response.statusCode, text).toBeLessThan(500);
      expect(response.headers.connection).toBe('close');
      expect(text.length).toBeGreaterThan(0);
      const requestId = response.headers['x-request-id'];

      expect(await server.exited).toBe(0);
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg: string; reqId?: string });
      expect(lines.map((line) => line.msg)).toContain('stopped');
      // Its log lines name it, from its arrival to its answer.
      expect(lines.filter((line) => line.reqId === requestId).map((line) => line.msg)).toEqual(
        expect.arrayContaining(['incoming request', 'request completed']),
      );
    } finally {
      await server.stop('SIGKILL');
    }
  }, 240_000);
});

/** Whether a new connection to the port is accepted. */
function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
