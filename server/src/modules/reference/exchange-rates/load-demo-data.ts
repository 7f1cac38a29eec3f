import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { demoRates, demoRatesSource } from './demo-data.ts';
import { upsertExchangeRates } from './repository.ts';

/** Loads the demo days of rates where no rate is stored for that currency and day; idempotent. */
export async function loadExchangeRateDemoData(db: Queryable): Promise<UpsertCounts> {
  const total = { added: 0, changed: 0, unchanged: 0 };
  for (const { date, rates } of demoRates) {
    const counts = await upsertExchangeRates(db, date, demoRatesSource, rates, 'keep');
    total.added += counts.added;
    total.changed += counts.changed;
    total.unchanged += counts.unchanged;
  }
  return total;
}
