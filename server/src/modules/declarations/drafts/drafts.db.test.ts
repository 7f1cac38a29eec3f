import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import { TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import { goodsDocument, logInRepresentationParties, testCustomsOffice } from '../../../testing/declarations.ts';

/**
 * Drafts through the real routes (issue 6 points 2, 4, 12): a customs representative's
 * organisation (the test organisation's head) and a declarant it files for (the individual of
 * the test PKI), both logged in with their test keys.
 */
const clock = manualClock(new Date());
const { db, app, setup } = await databaseTestSuite(clock);
const { broker, brokerBin, individual } = await logInRepresentationParties({ app, db, clock, setup });

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function create(browser: TestBrowser, document: unknown, kind = 'goods'): Promise<string> {
  const response = await browser.post('/api/v1/declarations', { kind, document });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

const put = (browser: TestBrowser, id: string, document: unknown, revision: number) =>
  browser.request({ method: 'PUT', url: `/api/v1/declarations/${id}`, payload: { document, revision } });

const upload = (browser: TestBrowser, id: string, content: Buffer, contentType: string, name = 'invoice.pdf') =>
  browser.request({
    method: 'POST',
    url: `/api/v1/declarations/${id}/attachments?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': contentType },
    payload: content,
  });

describe('creating and reading a draft (issue 6 points 2, 12)', () => {
  it('creates a goods draft of the caller’s organisation with its declarant, timeline and audit record', async () => {
    const created = await broker.post('/api/v1/declarations', { kind: 'goods', document: goodsDocument(brokerBin) });
    expect(created.statusCode).toBe(201);
    const { id, revision } = created.json() as { id: string; revision: number };
    expect(revision).toBe(1);
    const read = await broker.get(`/api/v1/declarations/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      id,
      kind: 'goods',
      schemaVersion: 1,
      status: 'draft',
      revision: 1,
      owner: brokerBin,
      declarant: brokerBin,
      registrationNumber: null,
      controlReport: null,
      attachments: [],
      mayEdit: true,
      allowedActions: ['submit'],
      timeline: [{ event: 'created', actorRole: 'declarant', from: null, to: null }],
      decisions: [],
    });
    expect((read.json() as { document: { items: unknown[] } }).document.items).toHaveLength(3);
    expect((await auditOf(db, 'declaration', id)).map((a) => a.action)).toEqual(['declaration.create']);
  });

  it('refuses an unknown kind, a document that does not fit its model, and a body over the size bound', async () => {
    const unknownKind = await broker.post('/api/v1/declarations', { kind: 'smuggling', document: {} });
    expect([unknownKind.statusCode, codeOf(unknownKind)]).toEqual([400, 'DECL_KIND_INVALID']);
    const invalid = await broker.post('/api/v1/declarations', {
      kind: 'goods',
      document: { items: [{ grossMass: 'heavy' }] },
    });
    expect([invalid.statusCode, codeOf(invalid)]).toEqual([400, 'DECL_DOCUMENT_INVALID']);
    expect(
      (invalid.json() as { error: { details: { issues: { path: string }[] } } }).error.details.issues[0]!.path,
    ).toBe('items.0.grossMass');
    const huge = await broker.post('/api/v1/declarations', {
      kind: 'goods',
      document: { items: [], reference: 'x'.repeat(5 * 1_048_576) },
    });
    expect(huge.statusCode).toBe(413);
  });

  it('accepts a 999-item declaration larger than the general request bound, within the document bound', async () => {
    const document = goodsDocument(brokerBin, { items: 999 });
    for (const item of document.items) item.description = `${item.description} `.padEnd(1_500, 'x');
    expect(JSON.stringify(document).length).toBeGreaterThan(1_048_576);
    const id = await create(broker, document);
    expect(
      ((await broker.get(`/api/v1/declarations/${id}`)).json() as { document: { items: unknown[] } }).document.items,
    ).toHaveLength(999);
  });

  it('creates drafts of the other kinds by their own models', async () => {
    const id = await create(broker, { declarant: { iinBin: brokerBin }, items: [] }, 'transit');
    expect((await broker.get(`/api/v1/declarations/${id}`)).json()).toMatchObject({
      kind: 'transit',
      declarant: brokerBin,
    });
  });

  it('is for users only, and a document of another organisation not naming the caller reads as absent (404)', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const anonymous = await new TestBrowser(app).get(`/api/v1/declarations/${id}`);
    expect(anonymous.statusCode).toBe(401);
    for (const response of [
      await individual.browser.get(`/api/v1/declarations/${id}`),
      await put(individual.browser, id, goodsDocument(brokerBin), 1),
      await individual.browser.post(`/api/v1/declarations/${id}/copy`),
      await individual.browser.post(`/api/v1/declarations/${id}/check`),
      await individual.browser.request({ method: 'DELETE', url: `/api/v1/declarations/${id}` }),
      await upload(individual.browser, id, pdf, 'application/pdf'),
    ]) {
      expect([response.statusCode, codeOf(response)]).toEqual([404, 'DECL_NOT_FOUND']);
    }
    const unknown = await broker.get('/api/v1/declarations/00000000-0000-4000-8000-000000000000');
    expect(codeOf(unknown)).toBe('DECL_NOT_FOUND');
  });
});

describe('saving and autosave (issue 6 point 2)', () => {
  it('saves over the revision last read and refuses a stale one with the current revision', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const first = await put(broker, id, { ...goodsDocument(brokerBin), reference: 'AUTOSAVE-1' }, 1);
    expect([first.statusCode, first.json()]).toEqual([200, { id, revision: 2 }]);
    const stale = await put(broker, id, { ...goodsDocument(brokerBin), reference: 'STALE' }, 1);
    expect([stale.statusCode, codeOf(stale)]).toEqual([409, 'DECL_REVISION_CONFLICT']);
    expect((stale.json() as { error: { details: { current: number } } }).error.details.current).toBe(2);
    const read = (await broker.get(`/api/v1/declarations/${id}`)).json() as {
      revision: number;
      document: { reference: string };
    };
    expect([read.revision, read.document.reference]).toEqual([2, 'AUTOSAVE-1']);
    const invalid = await put(broker, id, { items: 'none' }, 2);
    expect(codeOf(invalid)).toBe('DECL_DOCUMENT_INVALID');
  });

  it('of two saves over the same revision at once, one wins and the other is told of the conflict', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const answers = await Promise.all(
      ['WINDOW-A', 'WINDOW-B'].map((reference) => put(broker, id, { ...goodsDocument(brokerBin), reference }, 1)),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json() as { revision: number };
    expect(winner.revision).toBe(2);
  });

  it('follows the declarant named in the document, and refuses a declaration no longer a draft', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    await put(broker, id, goodsDocument(individual.iinBin), 1);
    expect(((await broker.get(`/api/v1/declarations/${id}`)).json() as { declarant: string }).declarant).toBe(
      individual.iinBin,
    );
    await db.query(`update declarations set status = 'registered' where id = $1`, [id]);
    expect(codeOf(await put(broker, id, goodsDocument(brokerBin), 2))).toBe('DECL_NOT_EDITABLE');
    // A declaration returned for correction is corrected in place.
    await db.query(`update declarations set status = 'correction_requested' where id = $1`, [id]);
    expect((await put(broker, id, goodsDocument(individual.iinBin), 2)).statusCode).toBe(200);
  });
});

describe('copy and delete (issue 6 point 2)', () => {
  it('copies an earlier document of any status into a new draft that remembers its origin', async () => {
    const id = await create(broker, { ...goodsDocument(brokerBin), reference: 'ORIGINAL' });
    await db.query(`update declarations set status = 'released' where id = $1`, [id]);
    const copied = await broker.post(`/api/v1/declarations/${id}/copy`);
    expect(copied.statusCode).toBe(201);
    const copy = (await broker.get(`/api/v1/declarations/${(copied.json() as { id: string }).id}`)).json();
    expect(copy).toMatchObject({
      status: 'draft',
      revision: 1,
      copiedFromId: id,
      document: { reference: 'ORIGINAL' },
      timeline: [{ event: 'copied' }],
    });
  });

  it('deletes a draft softly (it reads as absent) and refuses to delete a delivered declaration', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const deleted = await broker.request({ method: 'DELETE', url: `/api/v1/declarations/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect(codeOf(await broker.get(`/api/v1/declarations/${id}`))).toBe('DECL_NOT_FOUND');
    const { rows } = await db.query<{ deleted_at: Date | null }>('select deleted_at from declarations where id = $1', [
      id,
    ]);
    expect(rows[0]!.deleted_at).not.toBeNull();
    expect((await auditOf(db, 'declaration', id)).map((a) => a.action)).toContain('declaration.delete');
    const registered = await create(broker, goodsDocument(brokerBin));
    await db.query(`update declarations set status = 'registered' where id = $1`, [registered]);
    expect(codeOf(await broker.request({ method: 'DELETE', url: `/api/v1/declarations/${registered}` }))).toBe(
      'DECL_NOT_EDITABLE',
    );
  });
});

describe('attachments (issue 6 point 2: PDF and images, size and count bounded)', () => {
  it('stores a PDF with its SHA-256, lists it, downloads it with its name, and removes it', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const stored = await upload(broker, id, pdf, 'application/pdf', 'Инвойс №1.pdf');
    expect(stored.statusCode, stored.body).toBe(201);
    const view = stored.json() as { id: string; sha256: string; size: number; name: string };
    expect(view).toMatchObject({
      name: 'Инвойс №1.pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      contentType: 'application/pdf',
    });
    expect(((await broker.get(`/api/v1/declarations/${id}`)).json() as { attachments: unknown[] }).attachments).toEqual(
      [stored.json()],
    );
    const download = await broker.get(`/api/v1/declarations/${id}/attachments/${view.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Инвойс №1.pdf')}`,
    );
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(codeOf(await individual.browser.get(`/api/v1/declarations/${id}/attachments/${view.id}`))).toBe(
      'DECL_NOT_FOUND',
    );
    const removed = await broker.request({
      method: 'DELETE',
      url: `/api/v1/declarations/${id}/attachments/${view.id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(codeOf(await broker.get(`/api/v1/declarations/${id}/attachments/${view.id}`))).toBe(
      'DECL_ATTACHMENT_NOT_FOUND',
    );
    expect((await auditOf(db, 'declaration', id)).map((a) => a.action)).toEqual([
      'declaration.create',
      'declaration.attachment.add',
      'declaration.attachment.delete',
    ]);
  });

  it('refuses other types, content that is not what its type says, and files over the size bound', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const text = await upload(broker, id, Buffer.from('hello'), 'text/plain', 'note.txt');
    expect([text.statusCode, codeOf(text)]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const disguised = await upload(broker, id, Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf', 'tool.pdf');
    expect([disguised.statusCode, codeOf(disguised)]).toEqual([415, 'DECL_ATTACHMENT_TYPE_INVALID']);
    expect(codeOf(await upload(broker, id, pdf, 'image/png', 'scan.png'))).toBe('DECL_ATTACHMENT_TYPE_INVALID');
    const big = Buffer.concat([png, Buffer.alloc(10 * 1_048_576)]);
    const tooBig = await upload(broker, id, big, 'image/png', 'scan.png');
    expect([tooBig.statusCode, codeOf(tooBig)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(((await broker.get(`/api/v1/declarations/${id}`)).json() as { attachments: unknown[] }).attachments).toEqual(
      [],
    );
  });

  it('takes a name only with its type’s extension, and with nothing unseen in it (issue 14 point 8)', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    for (const name of ['scan.hta', 'scan.bat', 'scan.pdf.exe', 'scan', 'report\u202Efdp.bat']) {
      const refused = await upload(broker, id, pdf, 'application/pdf', name);
      expect([refused.statusCode, codeOf(refused)], name).toEqual([400, 'DECL_ATTACHMENT_NAME_INVALID']);
    }
    // A right-to-left override or a zero-width space would show the officer another name than the file's.
    const stored = await upload(broker, id, pdf, 'application/pdf', 'Инвойс\u202E\u200B №2.PDF');
    expect(stored.statusCode, stored.body).toBe(201);
    expect((stored.json() as { name: string }).name).toBe('Инвойс №2.PDF');
    expect((await upload(broker, id, png, 'image/png', 'photo.jpeg')).statusCode).toBe(400);
    expect((await upload(broker, id, png, 'image/png', 'photo.png')).statusCode).toBe(201);
  });

  it('refuses a file beyond the number allowed per declaration', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    // Fill up to the bound directly: 50 uploads through HTTP would test nothing more.
    const { rows } = await db.query<{ id: string }>('select author_account_id as id from declarations where id = $1', [
      id,
    ]);
    await db.query(
      `insert into declaration_attachments (id, declaration_id, name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
       select gen_random_uuid(), $1, 'page-' || n || '.png', 'image/png', 16, repeat('0', 64), $2, $3, now() from generate_series(1, 49) n`,
      [id, png, rows[0]!.id],
    );
    expect((await upload(broker, id, png, 'image/png', 'page-50.png')).statusCode).toBe(201);
    const over = await upload(broker, id, png, 'image/png', 'page-51.png');
    expect([over.statusCode, codeOf(over)]).toEqual([409, 'DECL_ATTACHMENTS_TOO_MANY']);
  });

  it('keeps the files of a delivered declaration', async () => {
    const id = await create(broker, goodsDocument(brokerBin));
    const stored = (await upload(broker, id, png, 'image/png', 'scan.png')).json() as { id: string };
    await db.query(`update declarations set status = 'registered' where id = $1`, [id]);
    expect(
      codeOf(await broker.request({ method: 'DELETE', url: `/api/v1/declarations/${id}/attachments/${stored.id}` })),
    ).toBe('DECL_NOT_EDITABLE');
    expect(codeOf(await upload(broker, id, png, 'image/png', 'late.png'))).toBe('DECL_NOT_EDITABLE');
  });
});

describe('the list (issue 6 point 14: list with filters)', () => {
  it('lists the organisation’s documents and those naming the caller, newest first, with filters and pages', async () => {
    const forIndividual = await create(broker, { ...goodsDocument(individual.iinBin), reference: 'LIST-REPRESENTED' });
    await db.query(`update declarations set status = 'registered' where id = $1`, [forIndividual]);
    const draftForIndividual = await create(broker, { ...goodsDocument(individual.iinBin), reference: 'LIST-DRAFT' });
    const own = await create(broker, { ...goodsDocument(brokerBin), reference: 'LIST-OWN' });
    await db.query(
      `update declarations set status = 'registered', registration_number = '75101/010125/0000042' where id = $1`,
      [own],
    );
    clock.advance(1_000);
    const transit = await create(broker, { declarant: { iinBin: brokerBin }, items: [] }, 'transit');

    const all = (await broker.get('/api/v1/declarations?pageSize=100')).json() as {
      items: { id: string }[];
      total: number;
    };
    expect(all.items.slice(0, 1).map((i) => i.id)).toEqual([transit]);
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([forIndividual, own, transit]));
    expect(all.total).toBe(all.items.length);

    const byNumber = (await broker.get('/api/v1/declarations?q=0000042')).json() as {
      items: { id: string; registrationNumber: string }[];
    };
    expect(byNumber.items.map((i) => [i.id, i.registrationNumber])).toEqual([[own, '75101/010125/0000042']]);
    const byReference = (await broker.get('/api/v1/declarations?q=list-own')).json() as {
      items: { id: string; reference: string }[];
    };
    expect(byReference.items.map((i) => i.reference)).toEqual(['LIST-OWN']);
    const registered = (await broker.get('/api/v1/declarations?status=registered')).json() as {
      items: { id: string }[];
    };
    expect(registered.items.map((i) => i.id)).toContain(own);
    expect(registered.items.every((i) => i.id !== transit)).toBe(true);
    const transits = (await broker.get('/api/v1/declarations?kind=transit')).json() as { items: { kind: string }[] };
    expect(transits.items.every((i) => i.kind === 'transit')).toBe(true);

    const page = (await broker.get('/api/v1/declarations?pageSize=1&page=2')).json() as {
      items: unknown[];
      page: number;
      pageSize: number;
      total: number;
    };
    expect([page.items.length, page.page, page.pageSize, page.total]).toEqual([1, 2, 1, all.total]);
    expect((await broker.get('/api/v1/declarations?pageSize=1000')).statusCode).toBe(400);

    const today = new Date(clock.now().getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
    const todays = (await broker.get(`/api/v1/declarations?from=${today}&to=${today}&pageSize=100`)).json() as {
      total: number;
    };
    expect(todays.total).toBe(all.total);
    expect(((await broker.get('/api/v1/declarations?to=2020-01-01')).json() as { total: number }).total).toBe(0);

    // The individual sees only what names it, once filed: a draft naming it is still its author's (issue 14 point 9).
    const theirs = (await individual.browser.get('/api/v1/declarations?pageSize=100')).json() as {
      items: { id: string; owner: string }[];
    };
    expect(theirs.items.map((i) => i.id)).toContain(forIndividual);
    expect(theirs.items.every((i) => i.id !== own && i.id !== transit && i.id !== draftForIndividual)).toBe(true);
  });
});

describe('a representative’s document for the declarant it represents (issue 6 point 2, issue 14 point 9)', () => {
  it('is the representative’s alone while a draft: the declarant it names cannot read it', async () => {
    const id = await create(broker, goodsDocument(individual.iinBin));
    expect(codeOf(await individual.browser.get(`/api/v1/declarations/${id}`))).toBe('DECL_NOT_FOUND');
    expect(codeOf(await individual.browser.post(`/api/v1/declarations/${id}/check`))).toBe('DECL_NOT_FOUND');
  });

  it('once filed, the declarant reads it, without editing it', async () => {
    const id = await create(broker, goodsDocument(individual.iinBin));
    await db.query(`update declarations set status = 'correction_requested' where id = $1`, [id]);
    const read = await individual.browser.get(`/api/v1/declarations/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      owner: brokerBin,
      declarant: individual.iinBin,
      mayEdit: false,
      allowedActions: [],
    });
    const edit = await put(individual.browser, id, goodsDocument(individual.iinBin), 1);
    expect([edit.statusCode, codeOf(edit)]).toEqual([403, 'DECL_READ_ONLY']);
    expect(codeOf(await individual.browser.request({ method: 'DELETE', url: `/api/v1/declarations/${id}` }))).toBe(
      'DECL_READ_ONLY',
    );
    expect(codeOf(await upload(individual.browser, id, pdf, 'application/pdf'))).toBe('DECL_READ_ONLY');
    // It may start its own draft from it.
    const copied = await individual.browser.post(`/api/v1/declarations/${id}/copy`);
    expect(copied.statusCode).toBe(201);
    expect(
      (await individual.browser.get(`/api/v1/declarations/${(copied.json() as { id: string }).id}`)).json(),
    ).toMatchObject({ owner: individual.iinBin, mayEdit: true });
  });
});

describe('format-logical control of a draft (issue 6 point 4; WD-8, WD-9)', () => {
  it('reports the errors of a faulty document in the request’s language and keeps the report until the next save', async () => {
    const faulty = goodsDocument(brokerBin);
    faulty.items[0]!.netMass = 700; // more than its gross mass, 600
    faulty.totalItems = 5;
    const id = await create(broker, faulty);
    const checked = await broker.request({
      method: 'POST',
      url: `/api/v1/declarations/${id}/check`,
      headers: { 'accept-language': 'en' },
      payload: { customsOffice: testCustomsOffice },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const report = checked.json() as { errors: { rule: string; path: string; message: string }[]; warnings: unknown[] };
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['items.0.netMass', 'totalItems']));
    expect(report.errors.every((e) => e.message.length > 0 && !/[а-я]/i.test(e.message))).toBe(true);

    const stored = (
      await broker.request({ method: 'GET', url: `/api/v1/declarations/${id}`, headers: { 'accept-language': 'ru' } })
    ).json() as {
      controlReport: { errors: { rule: string; message: string }[] };
    };
    expect(stored.controlReport.errors.map((e) => e.rule)).toEqual(report.errors.map((e) => e.rule));
    expect(stored.controlReport.errors.some((e) => /[а-я]/i.test(e.message))).toBe(true);
    expect((await auditOf(db, 'declaration', id)).map((a) => a.action)).toContain('declaration.check');

    // Corrected, it passes; a save clears the report that described the earlier copy.
    expect((await put(broker, id, goodsDocument(brokerBin), 1)).statusCode).toBe(200);
    expect(
      ((await broker.get(`/api/v1/declarations/${id}`)).json() as { controlReport: unknown }).controlReport,
    ).toBeNull();
    const again = (await broker.post(`/api/v1/declarations/${id}/check`)).json() as { errors: unknown[] };
    expect(again.errors).toEqual([]);
  });

  it('the named declarant may check a representative’s filed document without changing what is stored', async () => {
    const id = await create(broker, goodsDocument(individual.iinBin));
    await db.query(`update declarations set status = 'correction_requested' where id = $1`, [id]);
    expect((await individual.browser.post(`/api/v1/declarations/${id}/check`)).statusCode).toBe(200);
    expect(
      ((await broker.get(`/api/v1/declarations/${id}`)).json() as { controlReport: unknown }).controlReport,
    ).toBeNull();
  });
});

describe('the interface (issue 6 point 12)', () => {
  it('is documented in OpenAPI from the route schemas', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    expect(Object.keys(document.paths['/api/v1/declarations']!)).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(document.paths['/api/v1/declarations/{id}']!)).toEqual(
      expect.arrayContaining(['get', 'put', 'delete']),
    );
    for (const path of [
      '/api/v1/declarations/{id}/copy',
      '/api/v1/declarations/{id}/check',
      '/api/v1/declarations/{id}/attachments',
      '/api/v1/representations',
    ]) {
      expect(document.paths[path]?.post, path).toBeDefined();
    }
  });
});
