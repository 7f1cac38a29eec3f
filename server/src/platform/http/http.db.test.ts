import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase, testDatabaseKind } from '../../testing/database.ts';
import { capturingLogger } from '../../testing/logger.ts';
import type { Database } from '../db/database.ts';
import { packageVersion } from '../paths.ts';
import { publicAccess } from './access.ts';
import type { ZodApp } from './types.ts';

let db: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;
const log = capturingLogger();

beforeAll(async () => {
  db = await openTestDatabase();
  app = await buildTestApp(db, { logger: log.logger, bodyLimitBytes: 2048 });
  // Routes that exist only in this suite, to drive each branch of the error mapping.
  const probe = app as unknown as ZodApp;
  probe.post(
    '/api/test/echo',
    {
      config: { access: publicAccess },
      schema: { body: z.object({ iinBin: z.string().regex(/^\d{12}$/), email: z.email() }) },
    },
    async (request) => request.body,
  );
  probe.get('/api/test/crash', { config: { access: publicAccess } }, async () => {
    throw new Error('duplicate key value violates unique constraint "users_secret_idx"');
  });
  await app.ready();
});

/** A POST to the suite's echo route, which answers the body it validated. */
const echo = (payload: string | object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/test/echo', headers, payload });
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('GET /health', () => {
  it(`answers 200 with the database kind (${testDatabaseKind}) and the package version`, async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDatabaseKind, version: packageVersion });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 DATABASE_UNAVAILABLE once the database no longer answers', async () => {
    const lost = await openTestDatabase();
    const lonely = await buildTestApp(lost);
    await lost.close();
    const response = await lonely.inject({ method: 'GET', url: '/health', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is unavailable. Please try again later.',
    });
    await lonely.close();
  });
});

describe('error responses', () => {
  it('have a stable code, a message in the asked language and the request id', async () => {
    const messages: Record<string, string> = {};
    for (const language of ['kk', 'ru', 'en']) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/no-such-thing',
        headers: { 'accept-language': language },
      });
      expect(response.statusCode).toBe(404);
      const { error } = response.json();
      expect(Object.keys(error).sort()).toEqual(['code', 'message', 'requestId']);
      expect(error.code).toBe('NOT_FOUND');
      expect(error.requestId).toBe(response.headers['x-request-id']);
      messages[language] = error.message;
    }
    expect(messages).toEqual({
      kk: 'Сұралған ресурс табылмады.',
      ru: 'Запрошенный ресурс не найден.',
      en: 'The requested resource was not found.',
    });
  });

  it('default to Russian', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(response.json().error.message).toBe('Запрошенный ресурс не найден.');
  });

  it('name the fields that failed validation', async () => {
    const response = await echo({ iinBin: '12345', email: 'not-an-address' }, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('The request data failed validation: iinBin, email.');
    expect(error.details).toEqual([
      { in: 'body', path: 'iinBin', issue: 'invalid_format' },
      { in: 'body', path: 'email', issue: 'invalid_format' },
    ]);
  });

  it('accept valid input', async () => {
    const payload = { iinBin: '123456789012', email: 'broker@example.kz' };
    const response = await echo(payload);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(payload);
  });

  it('refuse malformed JSON with MALFORMED_REQUEST', async () => {
    const response = await echo('{"iinBin":', { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('MALFORMED_REQUEST');
  });

  it('refuse a body over the limit with PAYLOAD_TOO_LARGE', async () => {
    const response = await echo({ iinBin: '1'.repeat(4096), email: 'a@b.kz' }, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request is too large: at most 2048 bytes.',
    });
  });

  it('refuse an unknown media type with UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await echo('x', { 'content-type': 'application/x-custom' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuse a text/plain body with UNSUPPORTED_MEDIA_TYPE, on a route that takes no body too', async () => {
    // The mailbox's clearing takes no body and no session: before, a text body reached it and it ran.
    for (const [method, url] of [
      ['POST', '/api/test/echo'],
      ['DELETE', '/api/v1/dev/mailbox'],
    ] as const) {
      const response = await app.inject({
        method,
        url,
        headers: { 'content-type': 'text/plain' },
        payload: 'isAdmin=true',
      });
      expect(response.statusCode, url).toBe(415);
      expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('refuse an address that is not UTF-8 or a path parameter beyond the router with MALFORMED_URL and URL_TOO_LONG', async () => {
    for (const [url, status, code] of [
      ['/api/v1/declarations/%E0%A4%A', 400, 'MALFORMED_URL'],
      ['/api/v1/declarations/%ED%A0%80', 400, 'MALFORMED_URL'],
      [`/api/v1/declarations/${'a'.repeat(10_000)}`, 414, 'URL_TOO_LONG'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url, headers: { 'accept-language': 'kk' } });
      expect(response.statusCode, url.slice(0, 40)).toBe(status);
      const { error } = response.json();
      expect(error).toMatchObject({ code, requestId: response.headers['x-request-id'] });
      expect(error.message).toContain('мекенжай');
    }
  });

  it('hide an unexpected error behind a generic 500 and log its details with the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/crash', headers: { 'accept-language': 'kk' } });
    expect(response.statusCode).toBe(500);
    const { error } = response.json();
    expect(error.code).toBe('INTERNAL_ERROR');
    expect(error.message).toBe('Ішкі қате орын алды. Қолдау қызметіне сұрау нөмірін хабарлаңыз.');
    expect(response.body).not.toContain('users_secret_idx');
    const logged = log.lines().find((line) => line.reqId === error.requestId && line.msg === 'request failed');
    expect(JSON.stringify(logged)).toContain('users_secret_idx');
  });
});

describe('OpenAPI', () => {
  it('is generated from the route schemas at /api/openapi.json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe(packageVersion);
    expect(document.paths['/health'].get.responses['200']).toBeDefined();
    expect(document.paths['/api/v1/reference/classifiers/regions'].get.tags).toEqual(['reference']);
    expect(JSON.stringify(document)).toContain('First two digits of the KATO code');
  });

  it('is browsable at /api/docs, the explorer made at its first request and serving the same document', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    // the explorer's own policy: its scripts from this origin only, none inline
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    const style = await app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui.css' });
    expect(style.statusCode).toBe(200);
    expect(style.headers['content-type']).toContain('text/css');
    const shown = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: object };
    const served = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: object };
    expect(Object.keys(shown.paths)).toEqual(Object.keys(served.paths));
    expect((await app.inject({ method: 'GET', url: '/api/docs/no-such-file.js' })).statusCode).toBe(404);
  });
});

describe('the web app', () => {
  let web: Awaited<ReturnType<typeof buildTestApp>>;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-dist-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Shekara</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
    // as the build writes them (web/build/precompress.ts): a script with its brotli and gzip copies
    const script = Buffer.from(`console.log(${JSON.stringify('Шекара '.repeat(400))});`);
    fs.writeFileSync(path.join(dist, 'assets', 'app-def456.js'), script);
    fs.writeFileSync(path.join(dist, 'assets', 'app-def456.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dist, 'assets', 'app-def456.js.gz'), zlib.gzipSync(script));
    // the home page as the build prerenders it, one copy per language (web/build/prerender.ts)
    for (const language of ['kk', 'ru', 'en'])
      fs.writeFileSync(
        path.join(dist, `home.${language}.html`),
        `<!doctype html><html lang="${language}"><style nonce="__CSP_STYLE_NONCE__"></style><h1>home ${language}</h1>`,
      );
    web = await buildTestApp(db, { webDistDir: dist });
  });
  afterAll(async () => {
    await web.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html for the client router’s pages', async () => {
    for (const url of ['/news', '/login?next=/cabinet', '/news?lang=kk']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>Shekara</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends the home page prerendered in the language chosen, else the one the browser asks for, compressed (issue 19 point 11)', async () => {
    const home = (headers: Record<string, string>) => web.inject({ method: 'GET', url: '/', headers });
    expect((await home({})).body).toContain('<h1>home ru</h1>');
    const kazakh = await home({ 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.8' });
    expect(kazakh.body).toContain('<h1>home kk</h1>');
    expect(kazakh.headers['content-language']).toBe('kk');
    expect(kazakh.headers.vary).toBe('accept-language, cookie, accept-encoding');
    expect(kazakh.headers['cache-control']).toBe('no-cache');
    // the choice made in the app (its cookie) before the browser's languages; a cookie naming no language is ignored
    const chosen = await home({ 'accept-language': 'kk', cookie: 'shekara_csrf=x; shekara_language=en' });
    expect(chosen.body).toContain('<h1>home en</h1>');
    expect((await home({ 'accept-language': 'kk', cookie: 'shekara_language=de' })).body).toContain('<h1>home kk</h1>');
    // its own nonce in the policy and in the page
    const nonce = /'nonce-([^']+)'/.exec(String(chosen.headers['content-security-policy']))?.[1];
    expect(chosen.body).toContain(`<style nonce="${nonce}">`);
    const compressed = await home({ 'accept-encoding': 'gzip, deflate, br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(compressed.rawPayload).toString()).toContain('<h1>home ru</h1>');
    const gzip = await home({ 'accept-encoding': 'gzip' });
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toContain('<h1>home ru</h1>');
    // another page is the app's empty page, in whatever language the browser asks
    const other = await web.inject({ method: 'GET', url: '/news', headers: { 'accept-language': 'kk' } });
    expect(other.body).toContain('<title>Shekara</title>');
  });

  it('gives a browser its workplace with its first page, and keeps the one it has (WD-22)', async () => {
    for (const url of ['/', '/login']) {
      const first = await web.inject({ method: 'GET', url });
      const cookie = String(first.headers['set-cookie']);
      expect(cookie, url).toMatch(/^shekara_workplace=[A-Za-z0-9_-]{43};/);
      expect(cookie, url).toMatch(/HttpOnly/);
      expect(cookie, url).toMatch(/SameSite=Lax/);
      const workplace = /^shekara_workplace=([^;]+)/.exec(cookie)![1];
      const again = await web.inject({ method: 'GET', url, headers: { cookie: `shekara_workplace=${workplace}` } });
      expect(again.headers['set-cookie'], url).toBeUndefined();
    }
    // not with an asset, nor with an API answer
    expect((await web.inject({ method: 'GET', url: '/assets/index-abc123.js' })).headers['set-cookie']).toBeUndefined();
    expect((await web.inject({ method: 'GET', url: '/api/v1/nothing-here' })).headers['set-cookie']).toBeUndefined();
  });

  it('lets fingerprinted assets be cached for good, other files not', async () => {
    const asset = await web.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await web.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('sends an asset compressed as the browser accepts, brotli first, and whole to one that accepts neither (issue 19 point 11)', async () => {
    const url = '/assets/app-def456.js';
    const brotli = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(brotli.rawPayload).toString()).toContain('Шекара');
    const gzip = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toContain('Шекара');
    const plain = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('Шекара');
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
  });

  it('sends the pages as pages, never their templates as files', async () => {
    for (const url of ['/index.html', '/home.kk.html']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('<title>Shekara</title>');
      expect(response.body, url).not.toContain('__CSP_STYLE_NONCE__');
    }
  });

  it('keeps JSON 404s for API paths, for other methods and for a missing asset', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/unknown'],
      ['GET', '/health/deep'],
      ['POST', '/news'],
      // a file of another build
      ['GET', '/assets/index-old999.js'],
    ] as const) {
      const response = await web.inject({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });
});
