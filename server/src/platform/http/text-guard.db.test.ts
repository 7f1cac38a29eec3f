import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import type { Database } from '../db/database.ts';

let db: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  db = await openTestDatabase();
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

/** Issue 14 point 11: NUL and lone surrogates were a 500 from the database; now a refusal with a code. */
describe('text the database cannot store', () => {
  it('refuses a NUL in a query, unauthenticated, with INVALID_TEXT naming where, in kk/ru/en', async () => {
    const refused = await app.inject({ method: 'GET', url: '/api/v1/reference/customs-offices?q=%00' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'INVALID_TEXT',
      details: [{ in: 'query', path: 'q', issue: 'invalid_text' }],
    });
    const kk = await app.inject({
      method: 'GET',
      url: '/api/v1/reference/customs-offices?q=%00',
      headers: { 'accept-language': 'kk' },
    });
    expect(kk.json().error.message).toContain('query.q');
    expect(kk.json().error.message).toContain('нөлдік таңба');
  });

  it('refuses a NUL or a lone surrogate in a JSON body, and a body nested 100,000 deep is no 500', async () => {
    for (const payload of ['{"login":"a\\u0000b","password":"x"}', '{"login":"\\ud800","password":"x"}']) {
      const refused = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/password',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'INVALID_TEXT', details: [{ in: 'body', path: 'login' }] });
    }
    const deep = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/password',
      headers: { 'content-type': 'application/json' },
      payload: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    });
    expect(deep.statusCode).toBeLessThan(500);
  });

  it('still answers well-formed Kazakh text and an emoji', async () => {
    const answered = await app.inject({
      method: 'GET',
      url: `/api/v1/reference/customs-offices?q=${encodeURIComponent('Алматы 😀')}`,
    });
    expect(answered.statusCode).toBe(200);
  });
});
