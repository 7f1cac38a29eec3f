import type { Queryable } from './platform/db/database.ts';

/** The code version that last loaded each module's demo data, by module name. */
export async function demoDataVersions(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ module: string; code_version: string }>(
    'select module, code_version from demo_data_loads',
  );
  return new Map(rows.map((row) => [row.module, row.code_version]));
}

export async function recordDemoDataLoad(db: Queryable, module: string, codeVersion: string): Promise<void> {
  await db.query(
    `insert into demo_data_loads (module, code_version) values ($1, $2)
     on conflict (module) do update set code_version = excluded.code_version, loaded_at = now()`,
    [module, codeVersion],
  );
}
