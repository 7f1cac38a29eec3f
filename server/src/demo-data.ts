import type { Database } from './platform/db/database.ts';
import { loadReferenceDemoData } from './modules/reference/index.ts';
import { loadPortalDemoContent } from './modules/portal/index.ts';
import { loadDemoRiskProfiles } from './modules/declarations/index.ts';

/** Every module's bundled data, loaded at start (DEMO_DATA=on) or by `shekara demo-data load`. Idempotent. */
export async function loadDemoData(db: Database) {
  return { reference: await loadReferenceDemoData(db), portal: await loadPortalDemoContent(db), declarations: await loadDemoRiskProfiles(db) };
}
