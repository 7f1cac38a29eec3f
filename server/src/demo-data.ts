import { modules } from './modules/index.ts';
import type { Database } from './platform/db/database.ts';

/** Every module's bundled data, loaded at start (DEMO_DATA=on) or by `shekara demo-data load`. Idempotent. */
export async function loadDemoData(db: Database): Promise<Record<string, unknown>> {
  const loaded: Record<string, unknown> = {};
  for (const module of modules) if (module.demoData) loaded[module.name] = await module.demoData(db);
  return loaded;
}
