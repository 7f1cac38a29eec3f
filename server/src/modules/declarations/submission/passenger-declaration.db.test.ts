import type { PassengerDeclaration } from '@shekara/contracts/declarations/documents';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { drainOutbox } from '../../../platform/outbox/worker.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  logInDeclarant,
  postSubmission,
  submitSigned,
} from '../../../testing/declarations.ts';
import { emptyAdvanceAccount, fundAdvanceAccount } from '../../../testing/payments.ts';
import { almatyDate } from '../../reference/index.ts';
import { registeredTopic } from '../officer/on-registered.ts';
import { declarationOutboxHandlers } from '../officer/outbox-handlers.ts';

/**
 * Issue 17 point 2 (ACC-10, ACC-15, ACC-20): a traveller files a passenger declaration from the
 * cabinet; at registration its goods for personal use are assessed at the unified rate (6010) of
 * the channel its box 2 names, the assessment kept like a goods declaration's, and what it owes
 * held on the traveller's advance account. Routed green, a declaration that owes nothing or whose
 * money is held is released by the system; one whose money is not there waits for its payment
 * or an officer. Real signatures, real ledger; the demo exchange rates (1 EUR = 605.72 tenge, the
 * latest of the demo days).
 */
const clock = manualClock(new Date());
const t = await databaseTestSuite(clock);
const env: DeclarationTestEnvironment = { app: t.app, db: t.db, clock, setup: t.setup };
const traveller = await logInDeclarant(env, 'individual');
/** Almaty Airport checkpoint: it accepts passenger declarations (reference demo data). */
const airport = '75301';

function declaration(overrides: Partial<PassengerDeclaration> = {}): PassengerDeclaration {
  return {
    declarant: {
      iinBin: traveller.iinBin,
      name: 'Сериков Арман',
      identityDocument: { kind: 'passport', number: 'N12345678', countryCode: 'KZ' },
      citizenship: 'KZ',
    },
    direction: 'entry',
    departureCountry: 'TR',
    movement: 'accompanied',
    transport: 'air',
    baggagePieces: 2,
    goods: [
      { number: 1, description: 'Ноутбук', quantity: 1, unit: 'шт', value: 9000, currency: 'EUR', massKg: 2.5 },
      { number: 2, description: 'Часы', quantity: 1, unit: 'шт', value: 3000, currency: 'EUR', massKg: 0.5 },
    ],
    filler: { name: 'Сериков Арман', date: almatyDate(clock.now()) },
    ...overrides,
  };
}

async function file(document: PassengerDeclaration) {
  const id = await createGoodsDraft(env, traveller, { document, kind: 'passenger' });
  const { registrationNumber } = await submitSigned(traveller, id, { customsOffice: airport });
  return { id, registrationNumber };
}

const route = () =>
  drainOutbox({
    db: t.db,
    clock,
    logger: pino({ level: 'silent' }),
    topics: [registeredTopic],
    handlers: declarationOutboxHandlers({
      db: t.db,
      clock,
      logger: pino({ level: 'silent' }),
      publicUrl: 'http://localhost:8080',
      notifyOutbox: () => {},
    }),
  });

async function stateOf(id: string) {
  const status = await t.db.query<{ status: string }>('select status from declarations where id = $1', [id]);
  const assessments = await t.db.query<{ owed: string | null; totals: Record<string, string>; failure: string | null }>(
    `select owed_tiyn::text as owed, totals, failure_code as failure from declaration_assessments
      where declaration_id = $1 order by seq`,
    [id],
  );
  const postings = await t.db.query<{ kind: string; amount: number }>(
    'select kind, amount from ledger_postings where declaration_id = $1 order by id',
    [id],
  );
  return {
    status: status.rows[0]?.status,
    assessments: assessments.rows,
    postings: postings.rows.map((r) => ({ kind: r.kind, amount: Number(r.amount) })),
  };
}

describe('the passenger declaration filed, assessed at the unified rate and released (issue 17 point 2)', () => {
  it('ACC-15, ACC-20: goods over the air-baggage norm owe the unified rate, held on the traveller’s advance account and taken at the automatic release', async () => {
    await emptyAdvanceAccount(env, traveller.iinBin);
    await fundAdvanceAccount(env, traveller.iinBin, '1000000.00');
    // 9,000 + 3,000 = 12,000 EUR × 605.72 = 7,268,640.00 tenge; the air-baggage norm 10,000 EUR =
    // 6,057,200.00; over by 1,211,440.00 × 30 % = 363,432.00. Mass 3 kg is under the 50 kg norm,
    // so the floor of 4 EUR per kg over it is 0: the unified rate is 363,432.00 tenge.
    const { id } = await file(declaration());
    expect((await stateOf(id)).assessments).toEqual([
      { owed: '36343200', totals: { '6010': '36343200' }, failure: null },
    ]);
    const payment = (await traveller.browser.get(`/api/v1/declarations/${id}/payment`)).json();
    expect(payment).toMatchObject({ owed: '363432.00', held: '363432.00', heldBy: traveller.iinBin });

    await route();
    expect(await stateOf(id)).toMatchObject({
      status: 'released',
      postings: [
        { kind: 'reservation', amount: 36343200 },
        { kind: 'debit', amount: 36343200 },
      ],
    });
    // the traveller's page shows it taken, no longer held
    expect((await traveller.browser.get(`/api/v1/declarations/${id}/payment`)).json()).toMatchObject({
      held: '0.00',
      collected: '363432.00',
      status: 'released',
    });
  });

  it('ACC-20: without the money on the advance account nothing is held and the declaration waits; paid later, it is released', async () => {
    await emptyAdvanceAccount(env, traveller.iinBin);
    // other baggage: 800 EUR × 605.72 = 484,576.00; norm 500 EUR = 302,860.00; over by 181,716.00
    // × 30 % = 54,514.80. Mass 30 kg is 5 kg over the 25 kg norm: 5 × 4 EUR × 605.72 = 12,114.40,
    // less than the percent, so 54,514.80 tenge.
    const { id } = await file(
      declaration({
        transport: 'other',
        goods: [{ number: 1, description: 'Ковёр', quantity: 1, value: 800, currency: 'EUR', massKg: 30 }],
      }),
    );
    await route();
    expect(await stateOf(id)).toEqual({
      status: 'registered',
      assessments: [{ owed: '5451480', totals: { '6010': '5451480' }, failure: null }],
      postings: [],
    });
    expect((await traveller.browser.get(`/api/v1/declarations/${id}/payment`)).json()).toMatchObject({
      owed: '54514.80',
      held: '0.00',
      payable: true,
    });

    await fundAdvanceAccount(env, traveller.iinBin, '60000.00');
    const paid = await traveller.browser.post(`/api/v1/declarations/${id}/payment`, {});
    expect(paid.statusCode).toBe(200);
    expect(await stateOf(id)).toMatchObject({
      status: 'released',
      postings: [
        { kind: 'reservation', amount: 5451480 },
        { kind: 'debit', amount: 5451480 },
      ],
    });
  });

  it('ACC-15: goods within the norm owe nothing and are released by the system at once', async () => {
    await emptyAdvanceAccount(env, traveller.iinBin);
    // 400 EUR and 4 kg by other baggage: under 500 EUR and 25 kg
    const { id } = await file(
      declaration({
        transport: 'other',
        goods: [{ number: 1, description: 'Куртка', quantity: 2, value: 400, currency: 'EUR', massKg: 4 }],
      }),
    );
    await route();
    expect(await stateOf(id)).toEqual({
      status: 'released',
      assessments: [{ owed: '0', totals: { '6010': '0' }, failure: null }],
      postings: [],
    });
    // a correction after release (КДТ) is the goods declaration's; a passenger declaration has none
    const correction = await traveller.browser.post(`/api/v1/declarations/${id}/corrections`);
    expect(correction.statusCode, correction.body).toBe(409);
    expect((correction.json() as { error: { code: string } }).error.code).toBe('DECL_CORRECTION_GOODS_ONLY');
  });

  it('ACC-15: taking goods out owes nothing at the unified rate; cash alone is declared too', async () => {
    const { id } = await file(
      declaration({
        direction: 'exit',
        departureCountry: undefined,
        destinationCountry: 'AE',
        goods: [],
        cash: [{ kind: 'cash', currency: 'USD', amount: 15000 }],
      }),
    );
    await route();
    expect(await stateOf(id)).toEqual({
      status: 'released',
      assessments: [{ owed: '0', totals: {}, failure: null }],
      postings: [],
    });
  });
});

describe('a passenger declaration refused (issue 17 point 2)', () => {
  it('ACC-15: control refuses what the form must say, with the rule codes; nothing is registered', async () => {
    const id = await createGoodsDraft(env, traveller, {
      kind: 'passenger',
      document: declaration({
        transport: undefined,
        goods: [{ number: 1, description: 'Телефон', quantity: 0, value: 500, currency: 'EUR', massKg: 0.3 }],
      }),
    });
    const response = await postSubmission(traveller, id, { customsOffice: airport });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error.code).toBe('DECL_CONTROL_FAILED');
    expect(body.error.details.errors.map((f: { rule: string; path: string }) => [f.rule, f.path])).toEqual([
      ['passenger.baggage-transport', 'transport'],
      ['passenger.goods.amount-positive', 'goods.0.quantity'],
    ]);
    expect((await stateOf(id)).status).toBe('draft');
  });

  it('ACC-15: a customs clearance centre does not take passenger declarations', async () => {
    const id = await createGoodsDraft(env, traveller, { kind: 'passenger', document: declaration() });
    const response = await postSubmission(traveller, id, { customsOffice: '75101' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.errors.map((f: { rule: string }) => f.rule)).toEqual([
      'office.kind-not-accepted',
    ]);
  });

  it('ACC-10: a draft beyond the model’s bounds is refused when saved', async () => {
    const goods = Array.from({ length: 201 }, (_, i) => ({ number: i + 1, description: 'x', value: 1 }));
    const response = await traveller.browser.post('/api/v1/declarations', {
      kind: 'passenger',
      document: { goods },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('DECL_DOCUMENT_INVALID');
  });

  it('ACC-10: the calculation before signing names the good whose value is missing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/passenger-declaration',
      payload: { document: declaration({ goods: [{ number: 1, description: 'Сумка', currency: 'EUR', massKg: 1 }] }) },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'PAYMENTS_DECLARATION_INCOMPLETE',
      message: 'Платежи не исчислить: не заполнена графа 5 (товар № 1).',
    });
  });

  it('ACC-10: the calculation before signing gives the unified rate the registration will hold', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/passenger-declaration',
      payload: { document: declaration() },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ totals: { '6010': '363432.00' }, total: '363432.00' });
  });
});
