import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll } from 'vitest';
import { loadReferenceDemoData } from '../modules/reference/index.ts';
import type { SignatureSetup } from '../modules/signature/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import { type ChangeFeed, startChangeFeed } from '../platform/db/change-feed.ts';
import type { Database } from '../platform/db/database.ts';
import { openPostgres } from '../platform/db/postgres.ts';
import { TestBrowser } from './accounts.ts';
import { buildTestApp } from './app.ts';
import { openTestDatabase, testDatabaseKind } from './database.ts';
import { putTestPkiOnRegisters } from './registers.ts';
import { testSignatureSetup } from './signatures.ts';

/**
 * Several nodes of one system in one test (issue 20 point 1): each node its own connection pool to
 * the one database — the suite's schema on the PostgreSQL server —, its own application and its
 * own change feed, as separate processes would have, so that whatever a node kept in its own
 * memory would show. Only a server is shared by separate pools: on PGlite (one session in one
 * process) the suites skip, saying so.
 */
export const severalNodesSkip =
  testDatabaseKind === 'pglite' ? 'several nodes need a PostgreSQL server (npm run test:pg)' : null;

/** Another pool on the database `db` works in (its schema): what another node opens. */
export async function anotherConnection(db: Database, poolSize = 4): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('another connection needs DATABASE_URL: a PostgreSQL server');
  const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
  return openPostgres({ connectionString: url, searchPath: rows[0]!.schema, poolSize });
}

export interface TestNode {
  db: Database;
  app: FastifyInstance;
  feed: ChangeFeed;
}

export interface TestNodes {
  /** the first node's database, which the test may read and write directly */
  db: Database;
  nodes: TestNode[];
  setup: SignatureSetup;
  close(): Promise<void>;
}

/**
 * `count` nodes on one fresh database with the reference demo data and the test PKI on the
 * registers (as `openDatabaseTestApp` makes one), closed after the file's tests.
 */
export async function testNodes(
  clock: Clock,
  count = 2,
  options: { auth?: Partial<Config['auth']> } = {},
): Promise<TestNodes> {
  const db = await openTestDatabase();
  await loadReferenceDemoData(db);
  await putTestPkiOnRegisters(db);
  const setup = await testSignatureSetup(clock);
  const nodes: TestNode[] = [];
  for (let n = 0; n < count; n++) {
    const own = n === 0 ? db : await anotherConnection(db);
    const feed = await startChangeFeed(own, pino({ level: 'silent' }));
    nodes.push({ db: own, feed, app: await buildTestApp(own, { clock, signatures: setup, auth: options.auth }) });
  }
  const opened = {
    db,
    nodes,
    setup,
    async close() {
      for (const node of nodes.slice().reverse()) {
        await node.app.close();
        await node.feed.stop();
        await node.db.close();
      }
    },
  };
  afterAll(() => opened.close());
  return opened;
}

/**
 * A browser behind a load balancer: each request goes to the next node in turn, with the one
 * cookie jar, so a session made on one node is used on the others.
 */
export class BalancedBrowser extends TestBrowser {
  private turn = 0;

  constructor(private readonly apps: readonly FastifyInstance[]) {
    super(apps[0]!);
  }

  /** Which node answered the last request. */
  lastNode = 0;

  protected override target(): FastifyInstance {
    this.lastNode = this.turn;
    const app = this.apps[this.turn]!;
    this.turn = (this.turn + 1) % this.apps.length;
    return app;
  }
}
