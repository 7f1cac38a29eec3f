import type { TransitDeclaration } from '@shekara/contracts/declarations/documents';
import type { TestHolder } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  logInDeclarant,
  signPayload,
  submitSigned,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { deliverMail } from '../../../testing/outbox.ts';
import { createStaffAccount } from '../../accounts/index.ts';
import { addDays, almatyDate } from '../../reference/index.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { flagOverdueTransits } from './overdue.ts';

/**
 * Customs transit to completion (issue 17 point 4; ACC-15 the transit declaration filed with the
 * signature, ACC-10 its security calculated): released for transit at the office of departure with
 * the security recorded, the arrival recorded and the transit completed at the office of
 * destination, an overdue delivery flagged once to both offices and the declarant, the carrier
 * reading each step.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let declarant: TestDeclarant;
let carrier: TestDeclarant;

interface Staff {
  browser: TestBrowser;
  signKey: TestHolder;
}
let almaty: Staff; // the office of departure, Almaty clearance centre (75101)
let astana: Staff; // the office of destination, Astana clearance centre (71101)
let astanaDepartment: Staff; // the body over the office of destination (71000)

async function staff(person: string, officeCode: string): Promise<Staff> {
  const auth = holder(t.setup, `${person}-auth`);
  const { id } = await createStaffAccount(t.db, clock, {
    kind: 'officer',
    iin: auth.iin,
    email: `${person}.${officeCode}@example.kz`,
    officeCode,
    displayName: auth.commonName,
  });
  const browser = new TestBrowser(t.app);
  expect((await browser.logInAs(auth, id)).statusCode).toBe(200);
  return { browser, signKey: holder(t.setup, `${person}-sign`) };
}

const enc = encodeURIComponent;
const review = 'reason=declaration_review';

async function decide(officer: Staff, number: string, decision: string) {
  clock.advance(1_000);
  const payload = await officer.browser.get(
    `/api/v1/officer/declarations/${enc(number)}/decision-payload?decision=${decision}&${review}`,
  );
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return officer.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
    decision,
    reasons: [],
    signature: signPayload(officer.signKey, data),
  });
}

const view = async (officer: Staff, number: string) =>
  officer.browser.get(`/api/v1/officer/declarations/${enc(number)}?${review}`);

/** A transit declaration from Almaty (75101) to Astana (71101), its carrier the test individual, signed and registered. */
async function registeredTransit(deliveryTerm?: string) {
  const date = almatyDate(clock.now());
  const document = demoDocument('transit', {
    items: 2,
    declarant: declarant.iinBin,
    office: '75101',
    date,
  }) as TransitDeclaration;
  const id = await createGoodsDraft(env, declarant, {
    kind: 'transit',
    document: {
      ...document,
      carrier: { ...document.carrier, iinBin: carrier.iinBin },
      ...(deliveryTerm && { deliveryTerm }),
    },
  });
  const { registrationNumber } = await submitSigned(declarant, id, { customsOffice: '75101' });
  return { id, number: registrationNumber, document };
}

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  declarant = await logInDeclarant(env, 'head');
  carrier = await logInDeclarant(env, 'individual');
  almaty = await staff('signer', '75101');
  astana = await staff('employee', '71101');
  astanaDepartment = await staff('head', '71000');
}, 180_000);
afterAll(() => t?.close());

describe('transit to completion (issue 17 point 4)', () => {
  it('ACC-15, ACC-10: is released for transit at departure with its security, arrives and is completed at destination', async () => {
    const { id, number, document } = await registeredTransit();
    // before the release the office of destination does not find it
    expect(codeOf(await view(astana, number))).toBe('DECL_NOT_FOUND');
    expect(codeOf(await decide(astana, number, 'release_for_transit'))).toBe('DECL_NOT_FOUND');
    const departure = (await view(almaty, number)).json() as { access: string; allowedDecisions: string[] };
    expect(departure.access).toBe('transit_departure');
    expect(departure.allowedDecisions).toContain('release_for_transit');

    const released = await decide(almaty, number, 'release_for_transit');
    expect(released.statusCode, released.body).toBe(201);
    const { rows } = await t.db.query<{ security: string | null; failure: string | null; declared: string | null }>(
      `select security_tiyn::text as security, security_failure_code as failure, declared_security_tiyn::text as declared
         from transit_movements where declaration_id = $1`,
      [id],
    );
    // the engine's security for procedure 80 (duties and taxes as if released for domestic consumption)
    expect(rows[0]).toMatchObject({ failure: null, declared: String(Math.round(document.security!.amount! * 100)) });
    expect(Number(rows[0]!.security)).toBeGreaterThan(0);

    // the office of departure's part is over; the body over the office of destination finds it in its inbox
    expect(codeOf(await decide(almaty, number, 'record_arrival'))).toBe('DECL_TRANSIT_AT_DESTINATION');
    const inbox = (await astanaDepartment.browser.get('/api/v1/officer/inbox?kind=transit')).json() as {
      declarations: { registrationNumber: string; transitOverdue: boolean }[];
    };
    expect(inbox.declarations.find((d) => d.registrationNumber === number)).toMatchObject({ transitOverdue: false });
    const atDestination = (await view(astana, number)).json() as {
      access: string;
      allowedDecisions: string[];
      transit: { destinationOffice: string; security: { amount: string } };
    };
    expect(atDestination).toMatchObject({
      access: 'transit_destination',
      allowedDecisions: ['record_arrival'],
      transit: { departureOffice: '75101', destinationOffice: '71101', deliveryTerm: document.deliveryTerm },
    });
    expect(atDestination.transit.security.amount).toMatch(/^\d+\.\d{2}$/);

    expect((await decide(astana, number, 'record_arrival')).statusCode).toBe(201);
    expect(codeOf(await decide(almaty, number, 'complete_transit'))).toBe('DECL_TRANSIT_AT_DESTINATION');
    expect((await decide(astanaDepartment, number, 'complete_transit')).statusCode).toBe(201);

    // the declarant and the carrier see every step
    for (const reader of [declarant, carrier]) {
      const seen = (await reader.browser.get(`/api/v1/declarations/${id}`)).json() as {
        status: string;
        mayEdit: boolean;
        timeline: { event: string; office: string | null }[];
        transit: { arrivalOffice: string; completionOffice: string; arrivedAt: string; completedAt: string };
      };
      expect(seen.status).toBe('transit_completed');
      expect(seen.timeline.filter((e) => e.office !== null).map((e) => [e.event, e.office])).toEqual(
        expect.arrayContaining([
          ['release_for_transit', '75101'],
          ['record_arrival', '71101'],
          ['complete_transit', '71000'],
        ]),
      );
      expect(seen.transit).toMatchObject({ arrivalOffice: '71101', completionOffice: '71000' });
      expect(seen.transit.arrivedAt).not.toBeNull();
    }
  });

  it('lets the carrier read, never change, the declaration it carries, and list it', async () => {
    const { id, number } = await registeredTransit();
    // before the release for transit the carrier has nothing to see
    expect(codeOf(await carrier.browser.get(`/api/v1/declarations/${id}`))).toBe('DECL_NOT_FOUND');
    expect((await decide(almaty, number, 'release_for_transit')).statusCode).toBe(201);
    const seen = (await carrier.browser.get(`/api/v1/declarations/${id}`)).json() as {
      mayEdit: boolean;
      allowedActions: string[];
      transit: { carrierIinBin: string };
    };
    expect(seen).toMatchObject({ mayEdit: false, allowedActions: [], transit: { carrierIinBin: carrier.iinBin } });
    const list = (await carrier.browser.get('/api/v1/declarations?kind=transit')).json() as { items: { id: string }[] };
    expect(list.items.map((d) => d.id)).toContain(id);
    const withdrawal = await carrier.browser.post(`/api/v1/declarations/${id}/withdrawal`, {
      reason: 'нет',
      signature: 'AA==',
    });
    expect(withdrawal.statusCode).toBeGreaterThanOrEqual(400);
    expect((await t.db.query('select status from declarations where id = $1', [id])).rows[0]).toEqual({
      status: 'released_for_transit',
    });
  });

  it('flags a delivery past its term once, to both offices and the declarant', async () => {
    const { id, number, document } = await registeredTransit();
    expect((await decide(almaty, number, 'release_for_transit')).statusCode).toBe(201);
    const ctx = { db: t.db, publicUrl: 'http://localhost:8080', notifyOutbox: () => {} };
    // on the last day of the term it is not yet overdue
    const lastDay = manualClock(new Date(`${document.deliveryTerm}T12:00:00+05:00`));
    expect((await flagOverdueTransits({ ...ctx, clock: lastDay })).map((m) => m.declarationId)).not.toContain(id);
    const dayAfter = manualClock(new Date(`${addDays(document.deliveryTerm!, 1)}T09:00:00+05:00`));
    const flagged = await flagOverdueTransits({ ...ctx, clock: dayAfter });
    expect(flagged.map((m) => m.declarationId)).toContain(id);
    // a second run, on this node or another, flags nothing again
    expect((await flagOverdueTransits({ ...ctx, clock: dayAfter })).map((m) => m.declarationId)).not.toContain(id);

    const events = await t.db.query('select event from declaration_events where declaration_id = $1 and event = $2', [
      id,
      'transit_overdue',
    ]);
    expect(events.rows).toHaveLength(1);
    for (const officer of [almaty, astana]) {
      const inbox = (await officer.browser.get(`/api/v1/officer/inbox?number=${enc(number)}`)).json() as {
        declarations: { transitOverdue: boolean }[];
      };
      expect(inbox.declarations).toEqual([expect.objectContaining({ transitOverdue: true })]);
      const opened = (await view(officer, number)).json() as { transit: { overdueFlaggedAt: string | null } };
      expect(opened.transit.overdueFlaggedAt).toBe(dayAfter.now().toISOString());
    }
    const seen = (await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as {
      transit: { overdueFlaggedAt: string | null };
      timeline: { event: string }[];
    };
    expect(seen.transit.overdueFlaggedAt).not.toBeNull();
    expect(seen.timeline.map((e) => e.event)).toContain('transit_overdue');

    const mails = (await deliverMail(t.db, dayAfter)).filter((m) => m.subject.includes(number));
    const overdue = mails.filter((m) => m.kind === 'declaration.transit_overdue');
    expect(overdue).toHaveLength(2);
    expect(overdue.map((m) => m.to)).toEqual(
      expect.arrayContaining([
        [`${holder(t.setup, 'head-auth').id}@example.kz`],
        // the offices have no address of their own: their departments'
        ['dgd75@demo.shekara.localhost', 'dgd71@demo.shekara.localhost'],
      ]),
    );
  });

  it('keeps the office of destination to arrival and completion', async () => {
    const { number } = await registeredTransit();
    expect((await decide(almaty, number, 'accept')).statusCode).toBe(201);
    expect((await decide(almaty, number, 'release_for_transit')).statusCode).toBe(201);
    // the office of destination cannot take the departure's decisions, here or on another declaration
    const other = await registeredTransit();
    expect(codeOf(await decide(astana, other.number, 'release_for_transit'))).toBe('DECL_NOT_FOUND');
    expect(codeOf(await decide(astana, number, 'complete_transit'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
    expect(codeOf(await decide(astana, number, 'refuse_release'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
  });
});
