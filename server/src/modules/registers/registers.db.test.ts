import { validBin } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import { holder, registerAndConfirm, signedRegistration, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { loggedInStaff } from '../../testing/staff.ts';
import { addDays, almatyDate } from '../reference/index.ts';

/**
 * The registers of persons in customs business (issue 17 point 6): who may register and act as a
 * customs representative, carrier, warehouse or shop owner or AEO, and the officers' editor.
 */
const clock = manualClock(new Date());
const { db, app, setup } = await databaseTestSuite(clock);
const today = almatyDate(clock.now());
const yesterday = addDays(today, -1);
const { browser: officer } = await loggedInStaff(app, db, clock, holder(setup, 'employee-auth'), {
  kind: 'officer',
  email: 'registers@customs.kz',
  officeCode: '75000',
});
const head = holder(setup, 'head-auth');
const individual = holder(setup, 'individual-auth');
const carrierBin = validBin('2011-07', 77);

interface Entry {
  id: string;
  register: string;
  iinBin: string;
  registerNumber: string;
  validFrom: string;
  validTo: string | null;
}
const entriesOf = async (query: string) =>
  ((await officer.get(`/api/v1/officer/registers?${query}`)).json() as { items: Entry[]; total: number }).items;

describe('the officers’ editor of the registers (REG-3, REG-5)', () => {
  it('lists and searches the entries, by register, IIN/BIN and day', async () => {
    const found = await entriesOf(`register=customs_representative&q=${head.bin}&on=${today}`);
    expect(found).toMatchObject([{ register: 'customs_representative', iinBin: head.bin, validTo: null }]);
    expect(await entriesOf('q=no-such-name')).toEqual([]);
  });

  it('puts a person on a register, refusing a period that meets its entry, and ends the entry', async () => {
    const entry = {
      register: 'customs_carrier',
      iinBin: carrierBin,
      registerNumber: 'ТПЕР-0777',
      name: 'ТОО «Тест Транзит»',
      validFrom: '2025-01-01',
    };
    const badBin = await officer.post('/api/v1/officer/registers', {
      ...entry,
      iinBin: `${carrierBin.slice(0, 11)}${(Number(carrierBin[11]) + 1) % 10}`,
    });
    expect([badBin.statusCode, codeOf(badBin)]).toEqual([400, 'VALIDATION_FAILED']);
    const added = await officer.post('/api/v1/officer/registers', entry);
    expect(added.statusCode, added.body).toBe(201);
    const { id } = added.json() as Entry;
    const again = await officer.post('/api/v1/officer/registers', { ...entry, validFrom: '2026-01-01' });
    expect([again.statusCode, codeOf(again)]).toEqual([409, 'REGISTER_ENTRY_OVERLAPS']);

    const early = await officer.post(`/api/v1/officer/registers/${id}/end`, { validTo: '2024-12-31', reason: 'x' });
    expect([early.statusCode, codeOf(early)]).toEqual([400, 'REGISTER_ENTRY_PERIOD_INVALID']);
    const ended = await officer.post(`/api/v1/officer/registers/${id}/end`, {
      validTo: '2025-06-30',
      reason: 'Исключён из реестра',
    });
    expect(ended.json()).toMatchObject({ validTo: '2025-06-30', endReason: 'Исключён из реестра' });
    const later = await officer.post(`/api/v1/officer/registers/${id}/end`, { validTo: '2025-12-31', reason: 'x' });
    expect([later.statusCode, codeOf(later)]).toEqual([409, 'REGISTER_ENTRY_ENDED']);
    // After the end the person may be put on the register again: a new entry.
    const back = await officer.post('/api/v1/officer/registers', { ...entry, validFrom: '2025-07-01' });
    expect(back.statusCode, back.body).toBe(201);
    expect(codeOf(await officer.post(`/api/v1/officer/registers/${crypto.randomUUID()}/end`, early.json()))).toBe(
      'VALIDATION_FAILED',
    );
    expect((await auditOf(db, 'register_entry', id)).map((a) => a.action)).toEqual([
      'register.entry.add',
      'register.entry.end',
    ]);
  });

  it('is for staff: a user is refused', async () => {
    const accountId = await registerAndConfirm(app, db, clock, individual, { email: 'plain@example.kz' });
    const user = new TestBrowser(app);
    await user.logInAs(individual, accountId);
    const refused = await user.get('/api/v1/officer/registers');
    expect([refused.statusCode, codeOf(refused)]).toEqual([403, 'AUTH_FORBIDDEN']);
  });
});

describe('registering and acting as a user type with a register needs the IIN/BIN on it that day (REG-5)', () => {
  it('refuses to register a duty-free shop owner whose entry ended yesterday, with a clear error', async () => {
    const [entry] = await entriesOf(`register=duty_free_shop_owner&q=${individual.iin}`);
    const ended = await officer.post(`/api/v1/officer/registers/${entry!.id}/end`, {
      validTo: yesterday,
      reason: 'Свидетельство отозвано',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const browser = new TestBrowser(app);
    const body = await signedRegistration(browser, individual, {
      userType: 'duty_free_shop_owner',
      email: 'dfs@example.kz',
    });
    const refused = await browser.post('/api/v1/registrations', body);
    expect([refused.statusCode, codeOf(refused)]).toEqual([403, 'REG_NOT_ON_REGISTER']);
    expect(refused.json()).toMatchObject({
      error: { message: expect.stringContaining('реестр владельцев магазинов беспошлинной торговли') },
    });
    // Another type whose register it is still on registers as before.
    const carrier = await signedRegistration(browser, individual, {
      userType: 'customs_carrier',
      email: 'c@example.kz',
    });
    expect((await browser.post('/api/v1/registrations', carrier)).statusCode).toBe(201);
  });

  it('shows the register number in the cabinet, and refuses the internal module once the entry has ended', async () => {
    const accountId = await registerAndConfirm(app, db, clock, head, {
      userType: 'customs_representative',
      email: 'broker@example.kz',
    });
    const broker = new TestBrowser(app);
    expect((await broker.logInAs(head, accountId)).statusCode).toBe(200);
    expect((await broker.get('/api/v1/me')).json()).toMatchObject({
      registerEntry: { register: 'customs_representative', registerNumber: `TEST-${head.bin}`, validTo: null },
    });
    expect((await broker.get('/api/v1/representations')).statusCode).toBe(200);

    const [entry] = await entriesOf(`register=customs_representative&q=${head.bin}`);
    await officer.post(`/api/v1/officer/registers/${entry!.id}/end`, { validTo: yesterday, reason: 'Исключён' });
    const refused = await broker.get('/api/v1/representations');
    expect([refused.statusCode, codeOf(refused)]).toEqual([403, 'REG_NOT_ON_REGISTER']);
    const draft = await broker.post('/api/v1/declarations', { kind: 'goods', document: {} });
    expect(codeOf(draft)).toBe('REG_NOT_ON_REGISTER');
    // The external cabinet stays open: it says the entry is gone.
    const me = await broker.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ registerEntry: null });
  });
});
