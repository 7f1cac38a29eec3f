import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/database.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { loadDemoRiskProfiles } from './demo-profiles.ts';
import { profilesInForce } from './risk-repository.ts';
import { type RiskFacts, routeDeclaration } from './route-declaration.ts';

/** The bundled risk profiles (ACC-17): loaded once, and every channel reachable by a demo declaration. */
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
}, 60_000);
afterAll(() => db?.close());

describe('demo risk profiles', () => {
  it('load idempotently and send arms to red, tobacco and large values to yellow, the rest to green', async () => {
    expect(await loadDemoRiskProfiles(db)).toEqual({ riskProfiles: 3 });
    expect(await loadDemoRiskProfiles(db)).toEqual({ riskProfiles: 0 });
    const profiles = await profilesInForce(db, '2026-03-02');
    const facts: RiskFacts = {
      kind: 'goods',
      hsCodes: ['0101210000'],
      originCountries: ['DE'],
      customsValue: 5_000_000,
      priorReleased: 0,
      date: '2026-03-02',
    };
    expect(routeDeclaration(profiles, facts).channel).toBe('green');
    expect(routeDeclaration(profiles, { ...facts, customsValue: 50_000_000 }).channel).toBe('yellow');
    expect(routeDeclaration(profiles, { ...facts, hsCodes: ['2402201000'] }).channel).toBe('yellow');
    expect(
      routeDeclaration(profiles, { ...facts, hsCodes: ['2402201000', '9302000000'], customsValue: 60_000_000 }).channel,
    ).toBe('red');
  });
});
