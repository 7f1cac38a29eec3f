import type { Database } from '../../platform/db/database.ts';
import { regions } from './demo-data/regions.ts';
import { upsertRegions, type UpsertCounts } from './repository.ts';

/** Loads the reference module's bundled data in one transaction; running it again changes nothing. */
export async function loadReferenceDemoData(db: Database): Promise<Record<string, UpsertCounts>> {
  return db.transaction(async (tx) => ({ regions: await upsertRegions(tx, regions) }));
}
