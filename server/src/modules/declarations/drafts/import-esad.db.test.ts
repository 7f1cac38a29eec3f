import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { codeOf } from '../../../testing/app.ts';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import { logInDeclarant, type TestDeclarant } from '../../../testing/declarations.ts';

/**
 * WD-7: a copy formed by other declarant software is handed over as its XML file and becomes a
 * draft here, to be checked and signed. The real transit declarations of the corpus are used
 * when present; the refusals need nothing outside the project.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let declarant: TestDeclarant;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  declarant = await logInDeclarant({ app: t.app, db: t.db, clock, setup: t.setup }, 'head');
}, 120_000);
afterAll(() => t?.close());

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
});
