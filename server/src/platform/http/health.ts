import { systemRoutes } from '@shekara/contracts/system';
import type { Database } from '../db/database.ts';
import { PlatformErrors } from '../errors.ts';
import { packageVersion } from '../paths.ts';
import { isReady, type Readiness } from '../readiness.ts';
import { publicAccess } from './access.ts';
import { contractRoutes } from './contract-routes.ts';
import type { ZodApp } from './types.ts';

// A health check that hangs is as bad as one that fails: a load balancer must hear back quickly.
const databaseProbeTimeoutMs = 2_000;

export async function healthRoutes(app: ZodApp, { db, readiness }: { db: Database; readiness: Readiness }) {
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

  route(systemRoutes.live, {
    summary: 'Liveness: the process answers',
    description:
      'Answers 200 whenever the process can answer at all, whatever the database: a supervisor restarts a node only when this fails.',
    noStore: true,
    handler: async () => ({ status: 'live' as const }),
  });

  route(systemRoutes.ready, {
    summary: 'Readiness: this node may be given requests',
    description:
      'Answers 200 when the database answers, every migration is applied, the in-memory reference data are built and the node is not shutting down; 503 NOT_READY otherwise, its details naming what is not ready. A load balancer sends requests only to a ready node.',
    noStore: true,
    handler: async () => {
      const checks = await readiness.check();
      if (!isReady(checks)) throw PlatformErrors.NOT_READY({}, { details: checks });
      return { status: 'ready' as const, checks: checks as { [K in keyof typeof checks]: 'ok' } };
    },
  });
}

async function probe(db: Database): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database probe timed out')), databaseProbeTimeoutMs);
  });
  try {
    await Promise.race([db.query('select 1', [], { urgent: true }), timeout]);
  } catch (error) {
    throw PlatformErrors.DATABASE_UNAVAILABLE({}, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
