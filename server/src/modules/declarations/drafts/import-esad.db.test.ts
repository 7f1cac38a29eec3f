import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { AppError } from '../../../platform/errors.ts';
import { workerEntry } from '../../../platform/workers/worker-entry.ts';
import { createWorkerPool } from '../../../platform/workers/worker-pool.ts';
import { codeOf } from '../../../testing/app.ts';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import { logInDeclarant, type TestDeclarant } from '../../../testing/declarations.ts';
import { capturingLogger } from '../../../testing/logger.ts';
import type { DraftActor } from './actor.ts';
import { importEsadTransit } from './import-esad.ts';

/**
 * WD-7: a copy formed by other declarant software is handed over as its XML file and becomes a
 * draft here, to be checked and signed. The real transit declarations of the corpus are used
 * when present; the refusals need nothing outside the project.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let declarant: TestDeclarant;
// The server's own worker threads, from the sources (server/src/worker.ts), with a time limit
// that a loaded test machine still meets for a 999-item file.
const workers = createWorkerPool({
  threads: 1,
  taskTimeoutMs: 30_000,
  queueLimit: 4,
  logger: capturingLogger().logger,
  entry: workerEntry(),
});

beforeAll(async () => {
  t = await openDatabaseTestApp(clock, { workers });
  declarant = await logInDeclarant({ app: t.app, db: t.db, clock, setup: t.setup }, 'head');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await workers.close();
});

const send = (xml: string | Buffer, contentType = 'application/xml') =>
  declarant.browser.request({
    method: 'POST',
    url: '/api/v1/declarations/imports/esad-transit',
    headers: { 'content-type': contentType },
    payload: xml,
  });

const missing = corpusMissing('customs-xml/samples/ed_container_transit_1.xml');

describe('importing an ESADout_CU transit declaration (WD-7)', () => {
  it.skipIf(missing)(
    `makes a transit draft of the caller’s organisation from a real file${missing ? ` (skipped: ${missing})` : ''}`,
    async () => {
      const xml = fs.readFileSync(path.join(corpusDir, 'customs-xml/samples/ed_container_transit_1.xml'));
      const created = await send(xml);
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json() as { id: string };
      const view = (await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as {
        kind: string;
        status: string;
        document: { items: unknown[]; declarationType: string };
      };
      expect(view).toMatchObject({ kind: 'transit', status: 'draft', document: { declarationType: 'TT' } });
      expect(view.document.items.length).toBeGreaterThan(0);
      const check = await declarant.browser.post(`/api/v1/declarations/${id}/check`, null);
      expect(check.statusCode, check.body).toBe(200);
    },
  );

  it('refuses XML that is not a transit declaration, a DTD, and other content types', async () => {
    expect(codeOf(await send('<root/>'))).toBe('DECL_DOCUMENT_INVALID');
    expect(codeOf(await send('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>'))).toBe(
      'DECL_DOCUMENT_INVALID',
    );
    expect(codeOf(await send('<unclosed', 'text/xml'))).toBe('DECL_DOCUMENT_INVALID');
    expect((await send('{}', 'application/json')).statusCode).toBe(415);
    const { rows } = await t.db.query<{ n: number }>(
      `select count(*)::int as n from declarations where kind = 'transit' and owner_iin_bin = $1 and document->>'declarationType' is null`,
      [declarant.iinBin],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('bounds the file’s shape before parsing it: too deep, too many elements (security review: event-loop stall)', async () => {
    const deep = await send(`<ESADout_CU>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</ESADout_CU>`);
    expect(codeOf(deep)).toBe('DECL_DOCUMENT_INVALID');
    expect(deep.json().error.message).toContain('deeper than 32 levels');
    const many = await send(`<ESADout_CU>${'<a/>'.repeat(200_001)}</ESADout_CU>`);
    expect(many.json().error.message).toContain('more than 200000 elements');
  });

  it.skipIf(missing)(
    `reads a file of 999 items on a worker thread while the server goes on${missing ? ` (skipped: ${missing})` : ''}`,
    async () => {
      const sample = fs.readFileSync(path.join(corpusDir, 'customs-xml/samples/esadout_transit_4.xml'), 'utf8');
      const item = sample.match(/<ESADout_CUGoods>[\s\S]*?<\/ESADout_CUGoods>/)![0];
      const items = Array.from({ length: 999 }, (_, i) =>
        item.replace(/<catESAD_cu:GoodsNumeric>\d+</, `<catESAD_cu:GoodsNumeric>${i + 1}<`),
      ).join('');
      const large = sample.replace(item, items);
      expect(large.length).toBeGreaterThan(2_000_000);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const started = performance.now();
      const created = await send(large);
      const ms = performance.now() - started;
      clearInterval(timer);
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json() as { id: string };
      const view = (await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as {
        document: { items: unknown[] };
      };
      expect(view.document.items).toHaveLength(999);
      // The parse ran elsewhere: this thread's timers kept firing meanwhile (the model's reading
      // of the fields and the insert stay here, a small part of the time).
      expect(ticks).toBeGreaterThan(ms / 5 / 4);
    },
    60_000,
  );

  it('refuses a file its worker cannot read within the time limit with DOCUMENT_TOO_COMPLEX (422)', async () => {
    const impatient = createWorkerPool({
      threads: 1,
      taskTimeoutMs: 500,
      queueLimit: 1,
      logger: capturingLogger().logger,
      entry: workerEntry(),
    });
    try {
      // 200,000 elements with two attributes each, within every limit of size and shape: seconds of parsing
      const slow = `<ESADout_CU>${'<e a="1" b="2"/>'.repeat(199_990)}</ESADout_CU>`;
      // refused before any draft is made, so the actor is never read
      const actor = { account: { id: declarant.accountId, iinBin: declarant.iinBin } } as unknown as DraftActor;
      const refused = await importEsadTransit({ db: t.db, clock, workers: impatient }, actor, slow).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'DOCUMENT_TOO_COMPLEX', status: 422, params: { seconds: 1 } });
      expect((refused as AppError).messageIn('kk')).toContain('1 секунд');
    } finally {
      await impatient.close();
    }
  }, 60_000);
});
