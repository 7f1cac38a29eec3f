import { systemRoutes } from '@shekara/contracts/system';
import type { Database } from '../db/database.ts';
import { PlatformErrors } from '../errors.ts';
import { packageVersion } from '../paths.ts';
import { publicAccess } from './access.ts';
import { contractRoutes } from './contract-routes.ts';
import type { ZodApp } from './types.ts';

// A health check that hangs is as bad as one that fails: a load balancer must hear back quickly.
const databaseProbeTimeoutMs = 2_000;

export async function healthRoutes(app: ZodApp, { db }: { db: Database }): Promise<void> {
  const route = contractRoutes(app, { tags: ['system'], access: publicAccess });

  route(systemRoutes.health, {
    summary: 'Liveness and database check',
    description: 'Answers 200 once the database has answered a query; 503 DATABASE_UNAVAILABLE otherwise.',
    noStore: true,
    handler: async () => {
      await probe(db);
      return { status: 'ok' as const, database: db.kind, version: packageVersion };
    },
  });
}

async function probe(db: Database): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database probe timed out')), databaseProbeTimeoutMs);
  });
  try {
    await Promise.race([db.query('select 1'), timeout]);
  } catch (error) {
    throw PlatformErrors.DATABASE_UNAVAILABLE({}, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
