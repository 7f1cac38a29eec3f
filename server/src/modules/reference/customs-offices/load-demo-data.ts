import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { documentAcceptances } from './demo-data.ts';
import { upsertDocumentAcceptances } from './repository.ts';

/** The document kinds the bundled bodies accept; the bodies must be loaded first. Idempotent. */
export function loadCustomsOfficeDemoData(db: Queryable): Promise<UpsertCounts> {
  return upsertDocumentAcceptances(db, documentAcceptances);
}
