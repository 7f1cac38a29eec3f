import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';

/** Issue 14 point 7: every answer carries the security headers; the page its own style nonce. */
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-csp-'));
fs.writeFileSync(
  path.join(webDist, 'index.html'),
  '<html><head><meta name="csp-style-nonce" content="__CSP_STYLE_NONCE__"></head><body></body></html>',
);
const db = await openTestDatabase();
const app = await buildTestApp(db, { webDistDir: webDist });
afterAll(async () => {
  await app.close();
  await db.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];

describe('security headers (issue 14 point 7)', () => {
  it('are on the API’s answers, its errors and the page, without unsafe-inline anywhere', async () => {
    for (const url of ['/health', '/api/v1/reference/countries', '/api/v1/no-such-thing', '/login']) {
      const answer = await app.inject({ method: 'GET', url });
      const policy = String(answer.headers['content-security-policy']);
      expect(policy, url).toContain("default-src 'self'");
      expect(policy, url).toContain("script-src 'self'");
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).not.toContain('unsafe');
      expect(answer.headers['x-content-type-options'], url).toBe('nosniff');
      expect(answer.headers['referrer-policy'], url).toBe('no-referrer');
      expect(answer.headers['x-frame-options'], url).toBe('DENY');
      // Reached over plain HTTP in this configuration: HSTS would be ignored, and is not sent.
      expect(answer.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('gives each page a fresh style nonce, the same in its policy and in the page', async () => {
    const pages = await Promise.all([1, 2].map(() => app.inject({ method: 'GET', url: '/cabinet' })));
    const nonces = pages.map((page) => {
      const nonce = nonceOf(String(page.headers['content-security-policy']));
      expect(nonce).toBeDefined();
      expect(page.body).toContain(`content="${nonce}"`);
      expect(page.body).not.toContain('__CSP_STYLE_NONCE__');
      return nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('sends HSTS where users reach the system over HTTPS', async () => {
    const secure = await buildTestApp(db, { publicUrl: 'https://keden.example.kz' });
    const answer = await secure.inject({ method: 'GET', url: '/health' });
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await secure.close();
  });
});
