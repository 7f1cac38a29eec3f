import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import { TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import { logInRepresentationParties } from '../../../testing/declarations.ts';
import { representedDeclarants } from './repository.ts';

/**
 * Customs representation (issue 6 point 2): the test organisation, registered as a customs
 * representative, registers the individual of the test PKI as a declarant it acts for.
 */
const clock = manualClock('2026-03-10T06:00:00Z');
const { db, app, setup } = await databaseTestSuite(clock, { signaturesAt: 'real time' });
const { broker, brokerBin, individual } = await logInRepresentationParties({ app, db, clock, setup });

const contract = () => ({
  declarantIinBin: individual.iinBin,
  contractNumber: 'ПР-2026/01',
  contractDate: '2026-03-01',
  validFrom: '2026-03-02',
});

describe('a customs representative registers the declarants it acts for (issue 6 point 2)', () => {
  it('registers a contract, lists it, and the declarant sees who represents it', async () => {
    const registered = await broker.post('/api/v1/representations', contract());
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({
      representativeBin: brokerBin,
      declarantIinBin: individual.iinBin,
      contractNumber: 'ПР-2026/01',
      validFrom: '2026-03-02',
      validTo: null,
      inForce: true,
    });
    const listed = (await broker.get('/api/v1/representations')).json() as { items: { contractNumber: string }[] };
    expect(listed.items.map((i) => i.contractNumber)).toEqual(['ПР-2026/01']);
    const ofMe = (await individual.browser.get('/api/v1/representations/of-me')).json() as {
      items: { representativeBin: string; inForce: boolean }[];
    };
    expect(ofMe.items).toMatchObject([{ representativeBin: brokerBin, inForce: true }]);
    expect(
      (await auditOf(db, 'customs_representation', `${brokerBin}/${individual.iinBin}/ПР-2026/01`)).map(
        (a) => a.action,
      ),
    ).toEqual(['declaration.representation.register']);
    const again = await broker.post('/api/v1/representations', contract());
    expect([again.statusCode, codeOf(again)]).toEqual([409, 'DECL_REPRESENTATION_EXISTS']);
  });

  it('gives submission the declarants represented on a day', async () => {
    expect(await representedDeclarants(db, brokerBin, '2026-03-10')).toEqual([individual.iinBin]);
    expect(await representedDeclarants(db, brokerBin, '2026-03-01')).toEqual([]);
    expect(await representedDeclarants(db, individual.iinBin, '2026-03-10')).toEqual([]);
  });

  it('ends a contract: in force to the day given, not after', async () => {
    const url = `/api/v1/representations/${individual.iinBin}/${encodeURIComponent('ПР-2026/01')}/end`;
    const early = await broker.post(url, { validTo: '2026-03-01' });
    expect([early.statusCode, codeOf(early)]).toEqual([400, 'DECL_REPRESENTATION_PERIOD_INVALID']);
    const ended = await broker.post(url, { validTo: '2026-03-20' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ validTo: '2026-03-20', inForce: true });
    expect(await representedDeclarants(db, brokerBin, '2026-03-20')).toEqual([individual.iinBin]);
    expect(await representedDeclarants(db, brokerBin, '2026-03-21')).toEqual([]);
    // Today by default; an end already set is not moved later.
    expect((await broker.post(url)).json()).toMatchObject({ validTo: '2026-03-10', inForce: true });
    expect(codeOf(await broker.post(url, { validTo: '2026-03-15' }))).toBe('DECL_REPRESENTATION_ENDED');
    expect(codeOf(await broker.post(`/api/v1/representations/${individual.iinBin}/NONE/end`))).toBe(
      'DECL_REPRESENTATION_NOT_FOUND',
    );
    expect(
      (await auditOf(db, 'customs_representation', `${brokerBin}/${individual.iinBin}/ПР-2026/01`)).map(
        (a) => a.action,
      ),
    ).toEqual([
      'declaration.representation.register',
      'declaration.representation.end',
      'declaration.representation.end',
    ]);
  });

  it('is for customs representatives only, and refuses itself, a wrong IIN/BIN and a period that ends before it starts', async () => {
    const notBroker = await individual.browser.post('/api/v1/representations', {
      ...contract(),
      declarantIinBin: brokerBin,
    });
    expect([notBroker.statusCode, codeOf(notBroker)]).toEqual([403, 'DECL_REPRESENTATIVE_ONLY']);
    expect(codeOf(await individual.browser.get('/api/v1/representations'))).toBe('DECL_REPRESENTATIVE_ONLY');
    expect(codeOf(await broker.post('/api/v1/representations', { ...contract(), declarantIinBin: brokerBin }))).toBe(
      'DECL_REPRESENTATION_SELF',
    );
    const wrongDigit = `${individual.iinBin.slice(0, 11)}${(Number(individual.iinBin[11]) + 1) % 10}`;
    expect(codeOf(await broker.post('/api/v1/representations', { ...contract(), declarantIinBin: wrongDigit }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      codeOf(
        await broker.post('/api/v1/representations', { ...contract(), contractNumber: 'B-2', validTo: '2026-03-01' }),
      ),
    ).toBe('DECL_REPRESENTATION_PERIOD_INVALID');
    expect((await new TestBrowser(app).get('/api/v1/representations/of-me')).statusCode).toBe(401);
  });
});
