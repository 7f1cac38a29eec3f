import { createHash } from 'node:crypto';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { holder, TestBrowser } from '../../testing/accounts.ts';
import { codeOf, testAppConfig } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../testing/database-app.ts';
import { loadPortalDemoContent } from './load-demo-content.ts';
import { everywhere, newsInput, staffBrowser } from './test-helpers.ts';

/** Issue 5 point 7: portal content, public only once published, its editor for administrators only, files and the Atom feed. */
let db: Database;
let app: FastifyInstance;
let testApp: DatabaseTestApp | undefined;
let admin: Awaited<ReturnType<typeof staffBrowser>>;
const clock = manualClock('2026-11-22T06:00:00Z');
const hours = (n: number) => n * 3_600_000;
const visitor = () => new TestBrowser(app);

beforeAll(async () => {
  testApp = await openDatabaseTestApp(clock, { signaturesAt: 'real time' });
  ({ db, app } = testApp);
  admin = await staffBrowser(app, db, clock, holder(testApp.setup, 'signer-auth'), 'admin');
}, 120_000);
afterAll(() => testApp?.close());
// Tests move the clock by hours and days: the administrator's session would have ended.
beforeEach(() => admin.relogin());

async function created(
  body: unknown,
): Promise<{ id: string; slug: string; status: string; publishedAt: string | null }> {
  const response = await admin.post('/api/v1/admin/portal/items', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('news (WD-34): drafts are not public, publication is', () => {
  it('keeps a draft out of the list and the item, shows it once published, withdraws it when unpublished; every change audited', async () => {
    const draft = await created(newsInput('customs-day'));
    expect(draft.status).toBe('draft');
    const list = () => visitor().get('/api/v1/portal/news');
    expect((await list()).json().items.map((i: { slug: string }) => i.slug)).not.toContain('customs-day');
    expect(codeOf(await visitor().get('/api/v1/portal/news/customs-day'))).toBe('PORTAL_ITEM_NOT_FOUND');

    clock.advance(60_000);
    const published = await admin.post(`/api/v1/admin/portal/items/${draft.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: clock.now().toISOString() });
    const item = await visitor().get('/api/v1/portal/news/customs-day');
    expect(item.statusCode).toBe(200);
    expect(item.json()).toMatchObject({
      kind: 'news',
      slug: 'customs-day',
      title: everywhere('News customs-day'),
      body: { ru: 'Body with **bold** text (ru)' },
    });
    expect(item.json()).not.toHaveProperty('status');
    expect((await list()).json().items[0]).toMatchObject({ slug: 'customs-day' });

    clock.advance(60_000);
    await admin.post(`/api/v1/admin/portal/items/${draft.id}/unpublish`);
    expect((await visitor().get('/api/v1/portal/news/customs-day')).statusCode).toBe(404);
    expect((await auditOf(db, 'portal_item', draft.id)).map((r) => [r.action, r.actorAccountId])).toEqual([
      ['portal.item.create', admin.accountId],
      ['portal.item.publish', admin.accountId],
      ['portal.item.unpublish', admin.accountId],
    ]);
  });

  it('answers with an ETag and 304 to If-None-Match, and a new ETag once the content changes', async () => {
    const first = await visitor().get('/api/v1/portal/news');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['cache-control']).toContain('no-cache');
    const again = await visitor().request({
      method: 'GET',
      url: '/api/v1/portal/news',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    const item = await created(newsInput('new-rates'));
    await admin.post(`/api/v1/admin/portal/items/${item.id}/publish`);
    expect(
      (await visitor().request({ method: 'GET', url: '/api/v1/portal/news', headers: { 'if-none-match': etag } }))
        .statusCode,
    ).toBe(200);
  });

  it('publishes only what speaks kk, ru and en; a slug is one per section; a future publication time waits', async () => {
    const partial = await created(newsInput('only-russian', { title: { kk: '', ru: 'Только по-русски', en: '' } }));
    const refused = await admin.post(`/api/v1/admin/portal/items/${partial.id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(codeOf(refused)).toBe('PORTAL_TRANSLATION_MISSING');
    // the missing titles named in the reader's words, not as `kk, en` (issue 21 point 5)
    expect(refused.json().error.message).toContain('не хватает заголовка на казахском, заголовка на английском');

    expect(codeOf(await admin.post('/api/v1/admin/portal/items', newsInput('only-russian')))).toBe('PORTAL_SLUG_TAKEN');
    expect(
      (await admin.post('/api/v1/admin/portal/items', { ...newsInput('only-russian'), kind: 'training' })).statusCode,
    ).toBe(201);

    const scheduled = await created(
      newsInput('tomorrow', { publishedAt: new Date(clock.now().getTime() + hours(24)).toISOString() }),
    );
    await admin.post(`/api/v1/admin/portal/items/${scheduled.id}/publish`);
    expect((await visitor().get('/api/v1/portal/news/tomorrow')).statusCode).toBe(404);
    clock.advance(hours(24));
    expect((await visitor().get('/api/v1/portal/news/tomorrow')).statusCode).toBe(200);
  });

  it('edits a published item and keeps its publication time; deletes it', async () => {
    const item = await created(newsInput('edited'));
    const published = (await admin.post(`/api/v1/admin/portal/items/${item.id}/publish`)).json();
    clock.advance(60_000);
    const { kind: _kind, ...input } = newsInput('edited', { title: everywhere('Corrected') });
    const edited = await admin.request({ method: 'PUT', url: `/api/v1/admin/portal/items/${item.id}`, payload: input });
    expect(edited.json()).toMatchObject({
      status: 'published',
      publishedAt: published.publishedAt,
      title: everywhere('Corrected'),
    });
    const emptied = await admin.request({
      method: 'PUT',
      url: `/api/v1/admin/portal/items/${item.id}`,
      payload: { ...input, title: { ...input.title, en: ' ' } },
    });
    expect(codeOf(emptied)).toBe('PORTAL_TRANSLATION_MISSING');

    expect((await admin.request({ method: 'DELETE', url: `/api/v1/admin/portal/items/${item.id}` })).statusCode).toBe(
      204,
    );
    expect((await visitor().get('/api/v1/portal/news/edited')).statusCode).toBe(404);
    const trail = await auditOf(db, 'portal_item', item.id);
    expect(trail.map((r) => r.action)).toEqual([
      'portal.item.create',
      'portal.item.publish',
      'portal.item.update',
      'portal.item.delete',
    ]);
    expect(trail[2]!.details).toMatchObject({ changed: ['title'] });
  });
});

describe('maintenance notices (ACC-13): the banner shows during the window only', () => {
  it('is active from startsAt until endsAt, listed until it ends, and needs a window', async () => {
    const start = new Date(clock.now().getTime() + hours(1));
    const end = new Date(clock.now().getTime() + hours(3));
    const window = { startsAt: start.toISOString(), endsAt: end.toISOString() };
    expect(codeOf(await admin.post('/api/v1/admin/portal/items', { ...newsInput('no-window'), kind: 'notice' }))).toBe(
      'PORTAL_NOTICE_WINDOW_INVALID',
    );
    expect(
      codeOf(
        await admin.post('/api/v1/admin/portal/items', {
          ...newsInput('backwards'),
          kind: 'notice',
          startsAt: window.endsAt,
          endsAt: window.startsAt,
        }),
      ),
    ).toBe('PORTAL_NOTICE_WINDOW_INVALID');
    const notice = await created({ ...newsInput('night-works'), kind: 'notice', ...window });
    await admin.post(`/api/v1/admin/portal/items/${notice.id}/publish`);

    const active = async () =>
      (await visitor().get('/api/v1/portal/notices/active')).json().items.map((i: { slug: string }) => i.slug);
    const listed = async () =>
      (await visitor().get('/api/v1/portal/notices')).json().items.map((i: { slug: string }) => i.slug);
    expect(await active()).toEqual([]);
    expect(await listed()).toEqual(['night-works']);
    clock.set(start);
    expect(await active()).toEqual(['night-works']);
    expect((await visitor().get('/api/v1/portal/notices/active')).json().items[0]).toMatchObject({
      startsAt: window.startsAt,
      endsAt: window.endsAt,
    });
    clock.set(new Date(end.getTime() - 1));
    expect(await active()).toEqual(['night-works']);
    clock.set(end);
    expect(await active()).toEqual([]);
    expect(await listed()).toEqual([]);
  });
});

describe('software downloads (ACC-1, ACC-13): files with their SHA-256', () => {
  it('stores an upload with its checksum, refuses to publish software without a file, and serves the file with its type and digest', async () => {
    const bytes = Buffer.from('MZ… a declarant program, version 5.23.0\n'.repeat(1000), 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const upload = await admin.request({
      method: 'POST',
      url: `/api/v1/admin/portal/files?name=${encodeURIComponent('Декларант 5.23.zip')}`,
      headers: { 'content-type': 'application/zip' },
      payload: bytes,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json()).toMatchObject({
      name: 'Декларант 5.23.zip',
      contentType: 'application/zip',
      size: bytes.length,
      sha256,
    });
    expect((await auditOf(db, 'portal_file', upload.json().id))[0]).toMatchObject({
      action: 'portal.file.upload',
      details: { sha256 },
    });

    const program = await created({ ...newsInput('declarant'), kind: 'software', version: '5.23.0' });
    expect(codeOf(await admin.post(`/api/v1/admin/portal/items/${program.id}/publish`))).toBe('PORTAL_FILE_REQUIRED');
    const { kind: _kind, ...input } = newsInput('declarant', { version: '5.23.0', fileId: upload.json().id });
    await admin.request({ method: 'PUT', url: `/api/v1/admin/portal/items/${program.id}`, payload: input });
    expect((await admin.post(`/api/v1/admin/portal/items/${program.id}/publish`)).statusCode).toBe(200);

    const listed = (await visitor().get('/api/v1/portal/software')).json().items[0];
    expect(listed).toMatchObject({
      slug: 'declarant',
      version: '5.23.0',
      file: { sha256, size: bytes.length, name: 'Декларант 5.23.zip' },
    });
    const download = await visitor().get('/api/v1/portal/software/declarant/file');
    expect(download.statusCode).toBe(200);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(sha256);
    expect(download.headers).toMatchObject({
      'content-type': 'application/zip',
      'content-length': String(bytes.length),
      etag: `"${sha256}"`,
      'repr-digest': `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
      'x-content-type-options': 'nosniff',
    });
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Декларант 5.23.zip')}`,
    );
    expect(
      (
        await visitor().request({
          method: 'GET',
          url: '/api/v1/portal/software/declarant/file',
          headers: { 'if-none-match': `"${sha256}"` },
        })
      ).statusCode,
    ).toBe(304);
  });

  it('refuses an empty upload and one over the size bound', async () => {
    const upload = (payload: Buffer) =>
      admin.request({
        method: 'POST',
        url: '/api/v1/admin/portal/files?name=x.bin',
        headers: { 'content-type': 'application/octet-stream' },
        payload,
      });
    expect(codeOf(await upload(Buffer.alloc(0)))).toBe('PORTAL_FILE_INVALID');
    expect((await upload(Buffer.alloc(20 * 1024 * 1024 + 1))).statusCode).toBe(413);
  });
});

describe('the Atom feed of news (WD-34)', () => {
  it('is Atom 1.0 in the asked language, with published news only, absolute links and escaped text', async () => {
    const hostile = await created(
      newsInput('escaped', {
        title: { kk: 'Жаңа <b>тариф</b> & ставкалар', ru: 'Новые ставки', en: 'New rates' },
        body: { kk: '<script>x</script> [бет](/legal)', ru: 'Текст', en: 'Text' },
      }),
    );
    await admin.post(`/api/v1/admin/portal/items/${hostile.id}/publish`);
    await created(newsInput('still-a-draft'));

    const response = await visitor().get('/news.atom?lang=kk');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.etag).toBeDefined();
    const errors: string[] = [];
    const document = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(response.body, 'application/xml');
    expect(errors).toEqual([]);
    const feed = document.documentElement!;
    expect([feed.localName, feed.namespaceURI, feed.getAttribute('xml:lang')]).toEqual([
      'feed',
      'http://www.w3.org/2005/Atom',
      'kk',
    ]);
    const text = (parent: XmlElement, name: string) => parent.getElementsByTagName(name)[0]?.textContent;
    expect(text(feed, 'title')).toBe('Шекара — жаңалықтар');
    expect(text(feed, 'id')).toBe(`${testAppConfig.publicUrl}/news.atom?lang=kk`);
    const entries = Array.from(feed.getElementsByTagName('entry'));
    const published = (await visitor().get('/api/v1/portal/news?limit=100')).json();
    expect(entries).toHaveLength(published.total);
    const entry = entries.find((e) => text(e, 'title') === 'Жаңа <b>тариф</b> & ставкалар')!;
    expect(entry).toBeDefined();
    expect(entry.getElementsByTagName('link')[0]!.getAttribute('href')).toBe(`${testAppConfig.publicUrl}/news/escaped`);
    expect(text(entry, 'id')).toBe(`urn:uuid:${hostile.id}`);
    for (const name of ['updated', 'published']) expect(Date.parse(text(entry, name)!)).not.toBeNaN();
    expect(text(entry, 'content')).toBe(
      `<p>&lt;script&gt;x&lt;/script&gt; <a href="${testAppConfig.publicUrl}/legal">бет</a></p>`,
    );
    expect(
      entries.some((e) => e.getElementsByTagName('link')[0]!.getAttribute('href')!.endsWith('/still-a-draft')),
    ).toBe(false);

    const english = await visitor().request({ method: 'GET', url: '/news.atom', headers: { 'accept-language': 'en' } });
    expect(english.body).toContain('<title>New rates</title>');
  });
});

describe('the editor is for administrators only', () => {
  it('refuses a visitor (401) and an officer (403) on every administrator route', async () => {
    const officer = await staffBrowser(app, db, clock, holder(testApp!.setup, 'employee-auth'), 'officer');
    const routes: [string, string][] = [
      ['GET', '/api/v1/admin/portal/items'],
      ['POST', '/api/v1/admin/portal/items'],
      ['PUT', '/api/v1/admin/portal/items/00000000-0000-4000-8000-000000000000'],
      ['POST', '/api/v1/admin/portal/items/00000000-0000-4000-8000-000000000000/publish'],
      ['POST', '/api/v1/admin/portal/items/00000000-0000-4000-8000-000000000000/unpublish'],
      ['DELETE', '/api/v1/admin/portal/items/00000000-0000-4000-8000-000000000000'],
      ['POST', '/api/v1/admin/portal/files?name=x.txt'],
      ['GET', '/api/v1/admin/support/tickets'],
    ];
    for (const [method, url] of routes) {
      const payload = method === 'GET' || method === 'DELETE' ? undefined : newsInput('forbidden');
      expect(codeOf(await visitor().request({ method: method as 'GET', url, payload })), `${method} ${url}`).toBe(
        'AUTH_REQUIRED',
      );
      expect(codeOf(await officer.request({ method: method as 'GET', url, payload })), `${method} ${url}`).toBe(
        'AUTH_FORBIDDEN',
      );
    }
  });
});

describe('the bundled demo content', () => {
  it('loads once: news, a future notice, the legal acts, training with a file and a download with its checksum', async () => {
    const fresh = await openTestDatabase();
    try {
      const first = await loadPortalDemoContent(fresh);
      expect(first.added).toBeGreaterThan(10);
      expect(await loadPortalDemoContent(fresh)).toEqual({ added: 0, unchanged: first.added });
      const { rows } = await fresh.query<{ kind: string; n: number }>(
        `select kind, count(*)::int as n from portal_items where status = 'published' group by kind order by kind`,
      );
      expect(Object.fromEntries(rows.map((r) => [r.kind, r.n]))).toEqual({
        legal: 7,
        news: 3,
        notice: 1,
        software: 1,
        training: 2,
      });
      expect((await fresh.query('select 1 from portal_files')).rowCount).toBe(1);
      const { rows: numbers } = await fresh.query<{ document_number: string | null }>(
        `select document_number from portal_items where kind = 'legal' order by document_number`,
      );
      expect(numbers.map((r) => r.document_number)).toEqual(['123-VI', '321', '370-II', '385', '389', null, null]);
    } finally {
      await fresh.close();
    }
  });
});
