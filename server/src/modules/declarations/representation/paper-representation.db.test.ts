import { validBin } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import { holder } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import {
  goodsDocument,
  logInRepresentationParties,
  postSubmission,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { readPdf } from '../../../testing/pdf-text.ts';
import { loggedInStaff } from '../../../testing/staff.ts';
import { representedDeclarants } from './repository.ts';

/**
 * Representation the principal agreed to (issue 17 point 7, ACC-9): an officer enters it from the
 * paper contract the declarant signed; either side ends it; a document filed under it shows both
 * the representative (with its register number) and the declarant.
 */
const clock = manualClock('2026-03-10T06:00:00Z');
const { db, app, setup } = await databaseTestSuite(clock, { signaturesAt: 'real time' });
const { broker, brokerBin, individual } = await logInRepresentationParties({ app, db, clock, setup });
const { browser: officer } = await loggedInStaff(app, db, clock, holder(setup, 'employee-auth'), {
  kind: 'officer',
  email: 'paper@customs.kz',
  officeCode: '75000',
});
const paper = {
  representativeBin: brokerBin,
  declarantIinBin: individual.iinBin,
  contractNumber: 'БУМ-1',
  contractDate: '2026-02-27',
  validFrom: '2026-03-01',
  paperBasis: 'Вх. № 75000/123 от 09.03.2026, оригинал в деле декларанта',
};
const brokerAsFiler = (): TestDeclarant => ({
  browser: broker,
  accountId: '',
  iinBin: brokerBin,
  authKey: holder(setup, 'head-auth'),
  signKey: holder(setup, 'head-sign'),
});

async function fileForIndividual() {
  const draft = await broker.post('/api/v1/declarations', {
    kind: 'goods',
    document: goodsDocument(individual.iinBin, { date: '2026-03-10' }),
  });
  const id = (draft.json() as { id: string }).id;
  return { id, filed: await postSubmission(brokerAsFiler(), id) };
}

describe('a representation entered by an officer from the paper contract (issue 17 point 7, ACC-9)', () => {
  it('refuses a representative not on the register of customs representatives, and a user (REG-5)', async () => {
    const notOnRegister = await officer.post('/api/v1/officer/representations', {
      ...paper,
      representativeBin: validBin('2013-05', 91),
    });
    expect([notOnRegister.statusCode, codeOf(notOnRegister)]).toEqual([403, 'REG_NOT_ON_REGISTER']);
    const byUser = await broker.post('/api/v1/officer/representations', paper);
    expect([byUser.statusCode, codeOf(byUser)]).toEqual([403, 'AUTH_FORBIDDEN']);
  });

  it('without the principal’s agreement the representative is refused; once entered from paper it binds at once', async () => {
    const refused = await fileForIndividual();
    expect([refused.filed.statusCode, codeOf(refused.filed)]).toEqual([422, 'DECL_CONTROL_FAILED']);
    expect(refused.filed.body).toContain('identity.signer-not-declarant');

    const entered = await officer.post('/api/v1/officer/representations', paper);
    expect(entered.statusCode, entered.body).toBe(201);
    expect(entered.json()).toMatchObject({ paperBasis: paper.paperBasis, inForce: true, endedBy: null });
    expect(codeOf(await officer.post('/api/v1/officer/representations', paper))).toBe('DECL_REPRESENTATION_CONFIRMED');
    expect(await representedDeclarants(db, brokerBin, '2026-03-10')).toEqual([individual.iinBin]);
    // The declarant sees every representation naming it; the officer finds it by either party.
    const ofMe = (await individual.browser.get('/api/v1/representations/of-me')).json() as { items: unknown[] };
    expect(ofMe.items).toMatchObject([{ contractNumber: 'БУМ-1', paperBasis: paper.paperBasis, inForce: true }]);
    const naming = await officer.get(`/api/v1/officer/representations?iinBin=${individual.iinBin}`);
    expect((naming.json() as { items: unknown[] }).items).toMatchObject([{ contractNumber: 'БУМ-1' }]);
    expect(
      (await auditOf(db, 'customs_representation', `${brokerBin}/${individual.iinBin}/БУМ-1`)).map((a) => a.action),
    ).toEqual(['declaration.representation.enter_from_paper']);
  });

  it('shows both the representative, with its register number, and the declarant on the document filed', async () => {
    const { id, filed } = await fileForIndividual();
    expect(filed.statusCode, filed.body).toBe(200);
    const parties = {
      filer: { iinBin: brokerBin, register: 'customs_representative', registerNumber: `TEST-${brokerBin}` },
      declarant: individual.iinBin,
      representation: { contractNumber: 'БУМ-1', contractDate: '2026-02-27', paperBasis: paper.paperBasis },
    };
    expect((await individual.browser.get(`/api/v1/declarations/${id}`)).json()).toMatchObject({ parties });
    const seen = (await broker.get(`/api/v1/declarations/${id}`)).json() as { registrationNumber: string };
    expect(seen).toMatchObject({ parties });
    const byOfficer = await officer.get(
      `/api/v1/officer/declarations/${encodeURIComponent(seen.registrationNumber)}?reason=declaration_review`,
    );
    expect(byOfficer.statusCode, byOfficer.body).toBe(200);
    expect(byOfficer.json()).toMatchObject({ parties });

    // Printed (issue 17 point 6): the goods declaration names the declarant in box 14 and the
    // representative with its register number and contract in box 54; the receipt both.
    const printed = async (path: string) => {
      const answer = await individual.browser.get(`/api/v1/declarations/${id}/${path}`);
      expect(answer.statusCode, answer.body).toBe(200);
      return (await readPdf(answer.rawPayload)).pages.join(' ');
    };
    const form = await printed('pdf?lang=ru');
    expect(form).toContain(`ИИН/БИН ${individual.iinBin}`);
    expect(form).toContain(
      `Таможенный представитель: ИИН/БИН ${brokerBin}, № в реестре TEST-${brokerBin}, договор № БУМ-1 от 27.02.2026`,
    );
    const receipt = await printed('receipt.pdf?lang=kk');
    for (const text of [
      `Берген (ЖСН/БСН) ${brokerBin}`,
      `Тізілімдегі нөмірі TEST-${brokerBin}`,
      `Декларант (ЖСН/БСН) ${individual.iinBin}`,
      'Кедендік өкілдік туралы шарт 27.02.2026 күнгі № БУМ-1',
    ])
      expect(receipt).toContain(text);
  });

  it('the declarant ends it without asking: from the next day the representative is refused', async () => {
    const ended = await individual.browser.post(
      `/api/v1/representations/of-me/${brokerBin}/${encodeURIComponent('БУМ-1')}/end`,
      { validTo: '2026-03-09' },
    );
    expect(ended.json()).toMatchObject({ endedBy: 'declarant', validTo: '2026-03-09', inForce: false });
    const { filed } = await fileForIndividual();
    expect(filed.body).toContain('identity.signer-not-declarant');
  });
});
