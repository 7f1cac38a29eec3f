import { currentConsent } from '@shekara/contracts/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { goodPassword, holder, signAs, TestBrowser } from '../../testing/accounts.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../testing/database-app.ts';
import { loggedInStaff } from '../../testing/staff.ts';
import { consentsOfAccount } from './consent-repository.ts';

/**
 * The consent given with a request for a login and password (REG-9's second branch): kept with
 * the request, and shown in the cabinet the body's approval makes of it.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
}, 120_000);
afterAll(() => t?.close());

describe('consent with a request for a login and password', () => {
  it('is recorded with the request, and the approved account shows it', async () => {
    const applicant = holder(t.setup, 'individual-auth');
    const form = {
      userType: 'foreign_trade_participant',
      iinBin: applicant.iin,
      email: 'consenting@example.kz',
      credentialsRequest: { regionCode: '75', identityDocument: { number: '045678912', issuedOn: '2019-05-20' } },
    };
    const browser = new TestBrowser(t.app);
    const nonce = await browser.challenge();
    const filed = await browser.post('/api/v1/registrations', {
      ...form,
      password: goodPassword,
      authMethod: 'credentials',
      signature: signAs(applicant, JSON.stringify({ nonce, ...form })),
      consent: { version: currentConsent.version, language: 'en' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { registrationId } = filed.json() as { registrationId: string };
    const { rows } = await t.db.query<{ account_id: string | null; version: string; language: string }>(
      'select account_id, version, language from personal_data_consents where credentials_request_id = $1',
      [registrationId],
    );
    expect(rows).toEqual([{ account_id: null, version: currentConsent.version, language: 'en' }]);

    const { browser: officer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'signer-auth'), {
      kind: 'officer',
      email: 'officer75@example.kz',
      officeCode: '75101',
    });
    const approved = await officer.post(`/api/v1/officer/credentials-requests/${registrationId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const { rows: made } = await t.db.query<{ account_id: string }>(
      'select account_id from credentials_requests where id = $1',
      [registrationId],
    );
    // The cabinet asks for the one-time password to be changed first; what it then shows is this.
    const consents = await consentsOfAccount(t.db, made[0]!.account_id);
    expect(consents.map((c) => [c.version, c.language])).toEqual([[currentConsent.version, 'en']]);
  });
});
