import type { ControlSnapshot } from '@shekara/contracts/declarations/control';
import { controlDeclaration, referenceViewFromSnapshot } from '@shekara/contracts/declarations/control';
import { acceptanceCodes } from '@shekara/contracts/declarations/documents';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import { upsertClassifierItems } from '../../reference/index.ts';
import { sampleDate, sampleGoodsDeclaration, sampleOffice } from './sample-goods.ts';
import { controlReferenceCopy, serverReferenceView } from './server-reference-view.ts';
import { buildControlSnapshot } from './snapshot.ts';

/**
 * Issue 6 point 4: the browser runs control on a snapshot of one date, the server on its copy of
 * the tables; on the demo reference data both answer every question alike, and the snapshot is
 * served with an ETag.
 */
const clock = manualClock('2026-11-20T06:00:00Z');
let t: DatabaseTestApp;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
});
afterAll(async () => {
  await t?.close();
});

describe('control reference: the server view and the browser snapshot', () => {
  it('agree on every classifier code, TN VED code and customs body of the demo data, and on codes that are not there', async () => {
    const copy = await controlReferenceCopy(t.db);
    const server = await serverReferenceView(t.db);
    for (const date of [sampleDate, '2015-01-01']) {
      const browser = referenceViewFromSnapshot(buildControlSnapshot(copy, date));
      for (const [name, codes] of copy.classifiers) {
        for (const code of [...codes.keys(), 'ZZ', '999']) {
          expect(browser.inClassifier(name as never, code, date), `${name} ${code}`).toBe(
            server.inClassifier(name as never, code, date),
          );
        }
      }
      const asked = [...copy.nomenclature.keys()].flatMap((code) => [code.padEnd(10, '0'), code.padEnd(10, '9')]);
      for (const code of [...asked, '0000000000'])
        expect(browser.hsCode(code, date), code).toBe(server.hsCode(code, date));
      for (const code of [...copy.bodies.keys(), '00000'])
        expect(browser.customsBody(code, date), code).toEqual(server.customsBody(code, date));
    }
    // the demo data has what control needs: lines to declare, an office that takes goods declarations
    expect(server.hsCode('8471300000', sampleDate)).toBe('subheading');
    expect(server.hsCode('8471000000', sampleDate)).toBe('group');
    expect(server.customsBody(sampleOffice, sampleDate)?.accepts).toContain(acceptanceCodes.goods);
  });

  it('passes the sample goods declaration on the demo data, at the server', async () => {
    const reference = await serverReferenceView(t.db);
    expect(
      controlDeclaration('goods', sampleGoodsDeclaration(10), {
        reference,
        date: sampleDate,
        customsOffice: sampleOffice,
      }),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('serves the snapshot of a date with an ETag, and 304 when the browser has it (GET /api/v1/declarations/control-reference)', async () => {
    const first = await t.app.inject({
      method: 'GET',
      url: `/api/v1/declarations/control-reference?date=${sampleDate}`,
    });
    expect(first.statusCode).toBe(200);
    const snapshot = first.json() as ControlSnapshot;
    expect(snapshot.date).toBe(sampleDate);
    expect(snapshot.classifiers.currencies).toContain('USD');
    expect(snapshot.subheadings).toContain('8471300000');
    expect(snapshot.groups).toContain('8471');
    expect(snapshot.bodies.find((body) => body.code === sampleOffice)).toMatchObject({
      kind: 'customs_office',
      accepts: expect.arrayContaining(['goods_declaration']),
    });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/declarations/control-reference?date=${sampleDate}`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // today in Almaty when no date is given
    const today = await t.app.inject({ method: 'GET', url: '/api/v1/declarations/control-reference' });
    expect((today.json() as ControlSnapshot).date).toBe('2026-11-20');
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/declarations/control-reference?date=20.11.2026' });
    expect(bad.statusCode).toBe(400);
  });

  it('reads the tables again when a look after 30 s finds them changed by another process, answering from the copy it has meanwhile', async () => {
    const now = Date.now() + 3_600_000;
    const before = await controlReferenceCopy(t.db, now);
    expect(before.inClassifier('currencies', 'XTS', sampleDate)).toBe(false);
    const name = { kk: 'Сынақ валютасы', ru: 'Тестовая валюта', en: 'Testing currency' };
    await upsertClassifierItems(t.db, 'currencies', [{ code: 'XTS', name, validFrom: '2026-01-01', validTo: null }]);
    // within 30 s of the last look: the copy is kept
    expect(await controlReferenceCopy(t.db, now + 10_000)).toBe(before);
    // after: this answer still comes from the copy, the look runs behind it, the next answers see the row
    expect(await controlReferenceCopy(t.db, now + 31_000)).toBe(before);
    await vi.waitFor(async () =>
      expect((await controlReferenceCopy(t.db, now + 32_000)).inClassifier('currencies', 'XTS', sampleDate)).toBe(true),
    );
    expect((await serverReferenceView(t.db)).inClassifier('currencies', 'XTS', '2025-12-31')).toBe(false);
  });
});
