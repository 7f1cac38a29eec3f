import type { Database } from '../../platform/db/database.ts';
import { ratesCopy } from './tariffs/rates-memory.ts';
import { nomenclatureIndex } from './tnved/search-index.ts';

/**
 * Builds the in-memory search index and rates copy right after start, in the background, so
 * the first declarant to search does not wait for them (about 1.2 s on the full nomenclature).
 */
export async function warmUpReference(db: Database): Promise<void> {
  await Promise.all([nomenclatureIndex(db), ratesCopy(db)]);
}
