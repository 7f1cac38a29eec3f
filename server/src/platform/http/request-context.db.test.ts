import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { capturingLogger } from '../../testing/logger.ts';
import type { Database } from '../db/database.ts';
import { publicAccess } from './access.ts';
import type { ZodApp } from './types.ts';

/**
 * Issue 20 point 4: every log line names its request, whether a module logs through the request's
 * logger or the process's, after reading the body or in work the request leaves running; the id
 * is answered in X-Request-Id and taken from a trusted proxy's.
 */
let db: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;
const log = capturingLogger();
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  db = await openTestDatabase();
  app = await buildTestApp(db, { logger: log.logger, trustedProxies: ['10.0.0.0/8'] });
  // A module's work as modules write it: through the process's logger it was given, not the request's.
  const probe = app as unknown as ZodApp;
  probe.post(
    '/api/test/logged-work',
    {
      config: { access: publicAccess },
      schema: { body: z.object({ word: z.string() }) },
      onRequest: async () => arrived(),
    },
    async (request) => {
      await db.query('select 1');
      log.logger.info({ word: request.body.word }, 'module work');
      setTimeout(() => log.logger.info({ word: request.body.word }, 'work left running'), 5);
      request.log.info({ word: request.body.word }, 'through the request');
      return { done: true };
    },
  );
  // Over a real connection, where the body arrives in events of the socket rather than at once.
  await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const linesOf = (message: string, word: string) => log.lines().filter((l) => l.msg === message && l.word === word);

let arrived: () => void = () => {};

/**
 * Posts `word` with its body sent only once the server has begun the request: the body then comes
 * in later events of the connection, as a large or slow one does, rather than with the headers.
 */
async function loggedWork(word: string): Promise<string> {
  const { port } = app.server.address() as { port: number };
  const body = JSON.stringify({ word });
  const begun = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/test/logged-work',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  request.flushHeaders();
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve).once('error', reject);
  });
  await begun;
  request.end(body);
  const response = await answered;
  response.resume();
  expect(response.statusCode).toBe(200);
  return response.headers['x-request-id'] as string;
}

describe('the request id (issue 20 point 4)', () => {
  it('is answered in X-Request-Id, a new UUID for each request', async () => {
    const [first, second] = await Promise.all([
      app.inject({ method: 'GET', url: '/health/live' }),
      app.inject({ method: 'GET', url: '/health/live' }),
    ]);
    expect(first.headers['x-request-id']).toMatch(uuid);
    expect(second.headers['x-request-id']).toMatch(uuid);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });

  it('is the trusted proxy’s own when it gives one that looks like an id, and never anyone else’s', async () => {
    const given = 'f3a1c2b4d5e6f708192a3b4c5d6e7f80';
    const asked = (remoteAddress: string, id: string) =>
      app.inject({ method: 'GET', url: '/health/live', remoteAddress, headers: { 'x-request-id': id } });
    expect((await asked('10.2.3.4', given)).headers['x-request-id']).toBe(given);
    expect((await asked('192.0.2.7', given)).headers['x-request-id']).toMatch(uuid);
    for (const odd of ['short', 'has spaces in it', `${'a'.repeat(129)}`, 'x"}{"level":60'])
      expect((await asked('10.2.3.4', odd)).headers['x-request-id'], odd).toMatch(uuid);
  });
});

describe('every log line (issue 20 point 4)', () => {
  it('names the request, through the process’s logger after the body is read and in work the request left running', async () => {
    const requestId = await loggedWork('alpha');
    await vi.waitFor(() => expect(linesOf('work left running', 'alpha')).toHaveLength(1));
    for (const message of ['module work', 'work left running', 'through the request'])
      expect(linesOf(message, 'alpha')[0], message).toMatchObject({ reqId: requestId });
    expect(log.lines().filter((l) => l.reqId === requestId && l.msg === 'request completed')).toHaveLength(1);
  });

  it('names its own request in each of several, and names it once', async () => {
    const words = ['one', 'two', 'three', 'four'];
    const requestIds: string[] = [];
    // One at a time: each waits for its own request to begin before sending its body.
    for (const word of words) requestIds.push(await loggedWork(word));
    await vi.waitFor(() => expect(words.flatMap((w) => linesOf('work left running', w))).toHaveLength(4));
    words.forEach((word, index) => {
      const requestId = requestIds[index];
      for (const message of ['module work', 'work left running', 'through the request'])
        expect(linesOf(message, word)[0], `${message} ${word}`).toMatchObject({ reqId: requestId });
    });
    for (const line of log.text().trim().split('\n'))
      expect(line.match(/"reqId"/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('names no request outside one', () => {
    log.logger.info('between requests');
    expect(log.lines().find((l) => l.msg === 'between requests')).not.toHaveProperty('reqId');
  });
});
