import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { bundledClassifierNames, bundledClassifiers } from './bundled.ts';
import { upsertClassifierItems } from './repository.ts';

/** Loads the bundled classifiers; the counts are summed over all of them. Idempotent. */
export async function loadClassifierDemoData(db: Queryable): Promise<UpsertCounts> {
  const total = { added: 0, changed: 0, unchanged: 0 };
  for (const name of bundledClassifierNames) {
    const counts = await upsertClassifierItems(db, name, bundledClassifiers[name]);
    total.added += counts.added;
    total.changed += counts.changed;
    total.unchanged += counts.unchanged;
  }
  return total;
}
