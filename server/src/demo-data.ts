import { demoDataVersions, recordDemoDataLoad } from './demo-data-loads.ts';
import { modules } from './modules/index.ts';
import type { Database } from './platform/db/database.ts';

/**
 * Every module's bundled data, loaded at start (DEMO_DATA=on) or by `shekara demo-data load`.
 * Idempotent. Given the running code's version (`codeVersion()`), a module whose data that same
 * version loaded before is skipped: the data is part of the code, so it cannot have changed, and a
 * warm start need not compare thousands of rows with themselves. Rows removed by hand since come
 * back with `shekara demo-data load`, which passes no version and so compares everything.
 */
export async function loadDemoData(db: Database, version: string | null = null): Promise<Record<string, unknown>> {
  const loaded: Record<string, unknown> = {};
  const before = version ? await demoDataVersions(db) : new Map<string, string>();
  for (const module of modules) {
    if (!module.demoData) continue;
    if (version && before.get(module.name) === version) {
      loaded[module.name] = 'loaded before by this version';
      continue;
    }
    loaded[module.name] = await module.demoData(db);
    if (version) await recordDemoDataLoad(db, module.name, version);
  }
  return loaded;
}
