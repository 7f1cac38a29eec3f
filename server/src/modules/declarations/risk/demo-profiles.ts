import { systemClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { insertRiskProfileOnce, type RiskProfileFields } from './risk-repository.ts';

/**
 * Demo risk profiles, so a demo declaration meets every channel: arms and ammunition (TN VED
 * chapter 93) to inspection, tobacco (chapter 24) and anything valued at 50 million tenge or more
 * to a documentary check; everything else goes green. Fixed ids keep loading idempotent, and an
 * administrator's later change to a demo profile is not undone by the next start.
 */
const demoProfiles: (RiskProfileFields & { id: string })[] = [
  {
    id: '6b1d0c2e-93a0-4c3e-9a51-000000000093',
    name: 'Оружие и боеприпасы (гл. 93) — досмотр',
    conditions: { hsPrefixes: ['93'] },
    channel: 'red',
    priority: 300,
    active: true,
    validFrom: '2020-01-01',
    validTo: null,
  },
  {
    id: '6b1d0c2e-93a0-4c3e-9a51-000000000024',
    name: 'Табак (гл. 24) — документальная проверка',
    conditions: { hsPrefixes: ['24'] },
    channel: 'yellow',
    priority: 200,
    active: true,
    validFrom: '2020-01-01',
    validTo: null,
  },
  {
    id: '6b1d0c2e-93a0-4c3e-9a51-000050000000',
    name: 'Таможенная стоимость от 50 млн тенге — документальная проверка',
    conditions: { minCustomsValue: 50_000_000 },
    channel: 'yellow',
    priority: 100,
    active: true,
    validFrom: '2020-01-01',
    validTo: null,
  },
];

export async function loadDemoRiskProfiles(db: Database): Promise<{ riskProfiles: number }> {
  const now = systemClock.now();
  let added = 0;
  for (const { id, ...fields } of demoProfiles) if (await insertRiskProfileOnce(db, id, fields, now)) added++;
  return { riskProfiles: added };
}
