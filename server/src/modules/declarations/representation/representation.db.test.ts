import {
  type RepresentationTerms,
  representationConfirmationPayload,
} from '@shekara/contracts/declarations/representation';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import {
  goodsDocument,
  logInRepresentationParties,
  postSubmission,
  signPayload,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { representedDeclarants } from './repository.ts';

/**
 * Customs representation (issue 6 point 2, ACC-9): the test organisation, registered as a customs
 * representative, registers the individual of the test PKI as a declarant it acts for, and the
 * individual confirms it with its own signature.
 */
const clock = manualClock('2026-03-10T06:00:00Z');
const { db, app, setup } = await databaseTestSuite(clock, { signaturesAt: 'real time' });
const { broker, brokerBin, individual } = await logInRepresentationParties({ app, db, clock, setup });

const ofMeUrl = (contractNumber: string, act: 'confirm' | 'end') =>
  `/api/v1/representations/of-me/${brokerBin}/${encodeURIComponent(contractNumber)}/${act}`;

/** The declarant's signature over the terms, as the browser makes it from the representation it shows. */
const confirmation = (terms: RepresentationTerms, signer = individual.signKey) =>
  signPayload(signer, representationConfirmationPayload(terms));

async function confirm(terms: RepresentationTerms) {
  const answer = await individual.browser.post(ofMeUrl(terms.contractNumber, 'confirm'), {
    signature: confirmation(terms),
  });
  if (answer.statusCode !== 200) throw new Error(`confirmation refused: ${answer.body}`);
  return answer;
}

const contract = () => ({
  declarantIinBin: individual.iinBin,
  contractNumber: 'ПР-2026/01',
  contractDate: '2026-03-01',
  validFrom: '2026-03-02',
});

/** The broker acting with its own keys, as postSubmission takes a declarant. */
const brokerAsFiler = (): TestDeclarant => ({
  browser: broker,
  accountId: '',
  iinBin: brokerBin,
  authKey: holder(setup, 'head-auth'),
  signKey: holder(setup, 'head-sign'),
});

describe('acting for anyone (issue 14 point 1, ACC-9)', () => {
  it('a representation the declarant never confirmed lets the representative neither file for it nor reach its cabinet, and the declarant ends it', async () => {
    const registered = await broker.post('/api/v1/representations', { ...contract(), contractNumber: 'ATTACK-1' });
    expect(registered.statusCode, registered.body).toBe(201);
    const draft = await broker.post('/api/v1/declarations', {
      kind: 'goods',
      document: goodsDocument(individual.iinBin, { date: '2026-03-10' }),
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = (draft.json() as { id: string }).id;

    // The declaration names the victim, but is signed by the representative's key alone.
    const filed = await postSubmission(brokerAsFiler(), id);
    expect([filed.statusCode, codeOf(filed)]).toEqual([422, 'DECL_CONTROL_FAILED']);
    expect(filed.body).toContain('identity.signer-not-declarant');
    expect((await db.query(`select status from declarations where id = $1`, [id])).rows).toEqual([{ status: 'draft' }]);

    // Issue 14 point 9: a draft naming someone stays its author's; the named one neither sees nor lists it.
    expect((await individual.browser.get(`/api/v1/declarations/${id}`)).statusCode).toBe(404);
    const listed = (await individual.browser.get('/api/v1/declarations')).json() as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).not.toContain(id);

    // The declarant ends it without asking; it can no longer be confirmed.
    const ended = await individual.browser.post(ofMeUrl('ATTACK-1', 'end'));
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endedBy: 'declarant', validTo: '2026-03-10', inForce: false });
    const terms = { ...contract(), contractNumber: 'ATTACK-1', representativeBin: brokerBin, validTo: null };
    expect(
      codeOf(await individual.browser.post(ofMeUrl('ATTACK-1', 'confirm'), { signature: confirmation(terms) })),
    ).toBe('DECL_REPRESENTATION_ENDED');
    expect(await representedDeclarants(db, brokerBin, '2026-03-10')).toEqual([]);
  });
});

describe('a customs representative registers the declarants it acts for (issue 6 point 2, ACC-9)', () => {
  it('registers a contract that binds nobody until the declarant confirms it with its signature', async () => {
    const registered = await broker.post('/api/v1/representations', contract());
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({
      representativeBin: brokerBin,
      declarantIinBin: individual.iinBin,
      contractNumber: 'ПР-2026/01',
      validFrom: '2026-03-02',
      validTo: null,
      confirmedAt: null,
      inForce: false,
    });
    expect(await representedDeclarants(db, brokerBin, '2026-03-10')).toEqual([]);
    const listed = (await broker.get('/api/v1/representations')).json() as { items: { contractNumber: string }[] };
    expect(listed.items.map((i) => i.contractNumber).sort()).toEqual(['ATTACK-1', 'ПР-2026/01']);
    const ofMe = (await individual.browser.get('/api/v1/representations/of-me')).json() as {
      items: { representativeBin: string; inForce: boolean }[];
    };
    expect(ofMe.items).toMatchObject([
      { representativeBin: brokerBin, inForce: false },
      { representativeBin: brokerBin, inForce: false },
    ]);
    const again = await broker.post('/api/v1/representations', contract());
    expect([again.statusCode, codeOf(again)]).toEqual([409, 'DECL_REPRESENTATION_EXISTS']);

    const terms = { ...contract(), representativeBin: brokerBin, validTo: null };
    // Only the declarant's own signature over these very terms confirms them.
    const byBroker = await individual.browser.post(ofMeUrl('ПР-2026/01', 'confirm'), {
      signature: confirmation(terms, holder(setup, 'head-sign')),
    });
    expect([byBroker.statusCode, codeOf(byBroker)]).toEqual([403, 'DECL_REPRESENTATION_SIGNER_NOT_DECLARANT']);
    const otherTerms = await individual.browser.post(ofMeUrl('ПР-2026/01', 'confirm'), {
      signature: confirmation({ ...terms, validFrom: '2026-01-01' }),
    });
    expect(codeOf(otherTerms)).toBe('SIG_CONTENT_MISMATCH');
    const authKey = await individual.browser.post(ofMeUrl('ПР-2026/01', 'confirm'), {
      signature: confirmation(terms, individual.authKey),
    });
    expect(codeOf(authKey)).toBe('SIG_WRONG_KEY_PURPOSE');
    // The representative cannot confirm for the declarant: the route confirms the caller's own.
    expect(codeOf(await broker.post(ofMeUrl('ПР-2026/01', 'confirm'), { signature: confirmation(terms) }))).toBe(
      'DECL_REPRESENTATION_NOT_FOUND',
    );
    expect(await representedDeclarants(db, brokerBin, '2026-03-10')).toEqual([]);

    const confirmed = await confirm(terms);
    expect(confirmed.json()).toMatchObject({ confirmedAt: '2026-03-10T06:00:00.000Z', inForce: true });
    expect(
      codeOf(await individual.browser.post(ofMeUrl('ПР-2026/01', 'confirm'), { signature: confirmation(terms) })),
    ).toBe('DECL_REPRESENTATION_CONFIRMED');
    expect(
      (await auditOf(db, 'customs_representation', `${brokerBin}/${individual.iinBin}/ПР-2026/01`)).map(
        (a) => a.action,
      ),
    ).toEqual(['declaration.representation.register', 'declaration.representation.confirm']);
  });

  it('once confirmed, the representative files in the declarant’s name and the declarant sees what was filed', async () => {
    const draft = await broker.post('/api/v1/declarations', {
      kind: 'goods',
      document: goodsDocument(individual.iinBin, { date: '2026-03-10' }),
    });
    const id = (draft.json() as { id: string }).id;
    const filed = await postSubmission(brokerAsFiler(), id);
    expect(filed.statusCode, filed.body).toBe(200);
    expect((await individual.browser.get(`/api/v1/declarations/${id}`)).statusCode).toBe(200);
    const listed = (await individual.browser.get('/api/v1/declarations')).json() as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).toContain(id);
  });

  it('lets the representative withdraw what it filed, signed with its own key under the representation; the declarant named reads it only (art. 113)', async () => {
    const draft = await broker.post('/api/v1/declarations', {
      kind: 'goods',
      document: goodsDocument(individual.iinBin, { date: '2026-03-10' }),
    });
    const id = (draft.json() as { id: string }).id;
    expect((await postSubmission(brokerAsFiler(), id)).statusCode).toBe(200);
    const reason = 'Декларант отказался от сделки';
    const payload = await broker.post(`/api/v1/declarations/${id}/withdrawal-payload`, { reason });
    expect(payload.statusCode, payload.body).toBe(200);
    const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
    const byDeclarant = await individual.browser.post(`/api/v1/declarations/${id}/withdrawal`, {
      reason,
      signature: signPayload(individual.signKey, data),
    });
    expect(codeOf(byDeclarant)).toBe('DECL_READ_ONLY');
    const withdrawn = await broker.post(`/api/v1/declarations/${id}/withdrawal`, {
      reason,
      signature: signPayload(holder(setup, 'head-sign'), data),
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    expect((await individual.browser.get(`/api/v1/declarations/${id}`)).json()).toMatchObject({ status: 'withdrawn' });
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
      'declaration.representation.confirm',
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
    expect(codeOf(await broker.post('/api/v1/representations', { ...contract(), contractDate: '2026-02-31' }))).toBe(
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
