import { riskConditions } from '@shekara/contracts/declarations/risk';
import { describe, expect, it } from 'vitest';
import {
  codeList,
  emptyRiskProfileForm,
  formOfProfile,
  type RiskProfileForm,
  riskProfileBody,
  riskProfileProblems,
} from './risk-profile-form.ts';

const filled: RiskProfileForm = {
  ...emptyRiskProfileForm('2026-11-22'),
  name: 'Cars from newcomers',
  channel: 'red',
  priority: '10',
  hsPrefixes: '8703, 8704;87',
  originCountries: 'cn de',
  minCustomsValue: '1000000.50',
  maxPriorDeclarations: '0',
  kinds: ['transit', 'goods'],
};

describe('the risk profile editor (ACC-17, issue 6 point 9)', () => {
  it('reads code lists separated by spaces, commas or semicolons, each code once', () => {
    expect(codeList(' 8703,8704 ;8703  87 ')).toEqual(['8703', '8704', '87']);
    expect(codeList('')).toEqual([]);
  });

  it('builds the body the server takes, its conditions accepted by the server’s own schema', () => {
    const body = riskProfileBody(filled);
    expect(body).toEqual({
      name: 'Cars from newcomers',
      conditions: {
        hsPrefixes: ['8703', '8704', '87'],
        originCountries: ['CN', 'DE'],
        minCustomsValue: 1000000.5,
        maxPriorDeclarations: 0,
        kinds: ['goods', 'transit'],
      },
      channel: 'red',
      priority: 10,
      active: true,
      validFrom: '2026-11-22',
      validTo: null,
    });
    expect(riskConditions.safeParse(body.conditions).success).toBe(true);
    expect(riskProfileProblems(filled)).toEqual([]);
  });

  it('takes the customs value as officials type it: a decimal comma, spaces between thousands (issue 21 point 6)', () => {
    const typed = { ...filled, minCustomsValue: '1\u00a0000 000,50' };
    expect(riskProfileProblems(typed)).toEqual([]);
    expect(riskProfileBody(typed).conditions.minCustomsValue).toBe(1000000.5);
  });

  it('refuses a profile without any condition, as the server does', () => {
    const form = { ...emptyRiskProfileForm('2026-11-22'), name: 'Everything' };
    expect(riskProfileProblems(form)).toEqual(['conditionRequired']);
    expect(riskConditions.safeParse(riskProfileBody(form).conditions).success).toBe(false);
  });

  it('names each field that is wrong', () => {
    const form = {
      ...filled,
      name: ' ',
      priority: '-1',
      validTo: '2026-11-01',
      hsPrefixes: '8',
      originCountries: 'KAZ',
      minCustomsValue: '1,555',
      maxPriorDeclarations: 'x',
    };
    expect(riskProfileProblems(form)).toEqual([
      'nameRequired',
      'priorityInvalid',
      'validToBeforeFrom',
      'hsPrefixInvalid',
      'originCountryInvalid',
      'minCustomsValueInvalid',
      'maxPriorDeclarationsInvalid',
    ]);
    expect(riskProfileProblems({ ...filled, validFrom: '22.11.2026' })).toEqual(['validFromInvalid']);
  });

  it('opens a stored profile in the editor and saves it back unchanged', () => {
    const body = riskProfileBody(filled);
    const stored = {
      ...body,
      id: '5b0d1b8e-0c8e-4d7e-9d0e-6f1a2b3c4d5e',
      createdAt: '2026-11-22T10:00:00Z',
      updatedAt: '2026-11-22T10:00:00Z',
    };
    expect(riskProfileBody(formOfProfile(stored))).toEqual(body);
  });
});
