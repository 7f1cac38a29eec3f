import type { RiskProfile } from '@shekara/contracts/declarations/risk';
import { riskConditions } from '@shekara/contracts/declarations/risk';
import { describe, expect, it } from 'vitest';
import { documentFacts, paymentsDue } from './document-facts.ts';
import { type RiskFacts, routeDeclaration } from './route-declaration.ts';

/** Risk routing (ACC-17, issue 6 point 9): each condition alone, priority, dates and activity; the facts read from documents. */
const facts: RiskFacts = {
  kind: 'goods',
  hsCodes: ['0101210000', '2402201000'],
  originCountries: ['DE', 'CN'],
  customsValue: 15_000_000,
  priorReleased: 3,
  date: '2026-03-02',
};
let n = 0;
const profile = (conditions: RiskProfile['conditions'], more: Partial<RiskProfile> = {}): RiskProfile => ({
  id: `p${++n}`,
  name: `profile ${n}`,
  conditions,
  channel: 'yellow',
  priority: 100,
  active: true,
  validFrom: '2026-01-01',
  validTo: null,
  ...more,
});
const channelOf = (profiles: RiskProfile[], f: Partial<RiskFacts> = {}) =>
  routeDeclaration(profiles, { ...facts, ...f }).channel;

describe('routeDeclaration (ACC-17)', () => {
  it('is green when no profile matches, or there are none', () => {
    expect(routeDeclaration([], facts)).toEqual({ channel: 'green', profile: null });
    expect(channelOf([profile({ hsPrefixes: ['93'] })])).toBe('green');
  });

  it('matches by HS code prefix: a chapter, a heading, a full code', () => {
    expect(channelOf([profile({ hsPrefixes: ['24'] })])).toBe('yellow');
    expect(channelOf([profile({ hsPrefixes: ['0101'] })])).toBe('yellow');
    expect(channelOf([profile({ hsPrefixes: ['0101210000'] })])).toBe('yellow');
    expect(channelOf([profile({ hsPrefixes: ['0102'] })])).toBe('green');
  });

  it('matches by origin country', () => {
    expect(channelOf([profile({ originCountries: ['CN'] })])).toBe('yellow');
    expect(channelOf([profile({ originCountries: ['US', 'TR'] })])).toBe('green');
  });

  it('matches by customs value threshold, and never a document that states none', () => {
    expect(channelOf([profile({ minCustomsValue: 15_000_000 })])).toBe('yellow');
    expect(channelOf([profile({ minCustomsValue: 15_000_001 })])).toBe('green');
    expect(channelOf([profile({ minCustomsValue: 0 })], { customsValue: null })).toBe('green');
  });

  it('matches by declarant history: newcomers with at most N released declarations', () => {
    expect(channelOf([profile({ maxPriorDeclarations: 3 })])).toBe('yellow');
    expect(channelOf([profile({ maxPriorDeclarations: 2 })])).toBe('green');
    expect(channelOf([profile({ maxPriorDeclarations: 0 })], { priorReleased: 0 })).toBe('yellow');
  });

  it('matches by kind', () => {
    expect(channelOf([profile({ kinds: ['goods', 'transit'] })])).toBe('yellow');
    expect(channelOf([profile({ kinds: ['transit'] })])).toBe('green');
  });

  it('needs every condition of a profile to hold', () => {
    expect(channelOf([profile({ hsPrefixes: ['24'], originCountries: ['CN'], minCustomsValue: 1 })])).toBe('yellow');
    expect(channelOf([profile({ hsPrefixes: ['24'], originCountries: ['US'] })])).toBe('green');
  });

  it('lets the highest priority win, red before yellow at equal priority', () => {
    const yellowHigh = profile({ hsPrefixes: ['24'] }, { priority: 300 });
    const redLow = profile({ hsPrefixes: ['24'] }, { priority: 200, channel: 'red' });
    expect(routeDeclaration([redLow, yellowHigh], facts)).toEqual({
      channel: 'yellow',
      profile: { id: yellowHigh.id, name: yellowHigh.name, priority: 300 },
    });
    const redSame = profile({ hsPrefixes: ['24'] }, { priority: 300, channel: 'red' });
    expect(channelOf([yellowHigh, redSame])).toBe('red');
    expect(channelOf([redSame, yellowHigh])).toBe('red');
  });

  it('ignores inactive profiles and those not in force on the registration date', () => {
    expect(channelOf([profile({ hsPrefixes: ['24'] }, { active: false })])).toBe('green');
    expect(channelOf([profile({ hsPrefixes: ['24'] }, { validFrom: '2026-03-03' })])).toBe('green');
    expect(channelOf([profile({ hsPrefixes: ['24'] }, { validTo: '2026-03-01' })])).toBe('green');
    expect(channelOf([profile({ hsPrefixes: ['24'] }, { validTo: '2026-03-02' })])).toBe('yellow');
  });

  it('refuses a profile without conditions', () => {
    expect(riskConditions.safeParse({}).success).toBe(false);
    expect(riskConditions.safeParse({ hsPrefixes: ['9'] }).success).toBe(false);
    expect(riskConditions.safeParse({ hsPrefixes: ['93'] }).success).toBe(true);
  });
});

describe('what routing reads in a document', () => {
  it('takes codes, countries and value from goods items, box 12 first', () => {
    const doc = {
      totalCustomsValue: 300,
      items: [
        { hsCode: '2402201000', originCountry: 'CN', customsValue: 100 },
        { hsCode: '2402201000', originCountry: 'TR', customsValue: 150 },
      ],
    };
    expect(documentFacts(doc)).toEqual({ hsCodes: ['2402201000'], originCountries: ['CN', 'TR'], customsValue: 300 });
    expect(documentFacts({ items: doc.items }).customsValue).toBe(250);
    expect(documentFacts({ subkind: 'arrival_notification', goods: [{ hsCode: '9302000000' }] }).hsCodes).toEqual([
      '9302000000',
    ]);
    expect(documentFacts({ goodsDeclaration: { items: [{ hsCode: '0101210000' }] } }).hsCodes).toEqual(['0101210000']);
    expect(documentFacts(null)).toEqual({ hsCodes: [], originCountries: [], customsValue: null });
  });

  it('counts what is owed: box 47, in tiyn, whatever box B claims was paid (issue 14 point 3)', () => {
    expect(paymentsDue({ items: [] })).toBe(0);
    const items = [{ payments: [{ amount: 0.1 }, { amount: 0.2 }] }, { payments: [{ amount: 1000 }] }];
    expect(paymentsDue({ items })).toBe(1000.3);
    expect(paymentsDue({ items, paymentDocuments: [{ amount: 0.3 }, { amount: 1000 }] })).toBe(1000.3);
  });
});
