import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { loadReferenceDemoData } from '../modules/reference/index.ts';
import type { SignatureSetup } from '../modules/signature/index.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { Metrics } from '../platform/metrics/metrics.ts';
import type { TaskRunner } from '../platform/workers/worker-task.ts';
import { buildTestApp } from './app.ts';
import { openTestDatabase } from './database.ts';
import { putTestPkiOnRegisters } from './registers.ts';
import { testSignatureSetup } from './signatures.ts';
import { suiteDatabase } from './suite-database.ts';

export interface DatabaseTestApp {
  db: Database;
  app: FastifyInstance;
  setup: SignatureSetup;
  close(): Promise<void>;
}

export interface DatabaseTestAppOptions {
  signaturesAt?: 'clock' | 'real time';
  auth?: Partial<Config['auth']>;
  trustedProxies?: string[];
  /** Worker threads for the app (a pool the test makes and closes); absent: tasks run in place. */
  workers?: TaskRunner;
  /** The registry the app counts in, for a test that reads it. */
  metrics?: Metrics;
}

/**
 * What a test file of the account flows stands on: a migrated database with the reference demo
 * data (customs bodies, calendar), the test PKI's IIN/BINs on every register of persons in customs business, the test signature set-up and the application on `clock`.
 * Signatures are judged on `clock` too, unless `signaturesAt: 'real time'` — for tests that move
 * the application's clock by months while the test PKI stays valid around today.
 */
export async function openDatabaseTestApp(
  clock: Clock,
  options: DatabaseTestAppOptions = {},
): Promise<DatabaseTestApp> {
  const db = await openTestDatabase();
  let app: FastifyInstance;
  let setup: SignatureSetup;
  try {
    await loadReferenceDemoData(db);
    // The test PKI's people and company may register and act as any user type (REG-5).
    await putTestPkiOnRegisters(db);
    setup = await testSignatureSetup(options.signaturesAt === 'real time' ? systemClock : clock);
    app = await buildTestApp(db, {
      clock,
      signatures: setup,
      auth: options.auth,
      trustedProxies: options.trustedProxies,
      workers: options.workers,
      metrics: options.metrics,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    db,
    app,
    setup,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/**
 * The test file's database and application, opened while the file is collected (top-level
 * await) and closed after its last test: the suite reads `db`, `app` and `setup` as constants.
 */
export async function databaseTestSuite(clock: Clock, options: DatabaseTestAppOptions = {}): Promise<DatabaseTestApp> {
  const opened = await openDatabaseTestApp(clock, options);
  afterAll(() => opened.close());
  return opened;
}

/** A test file's own database with the reference demo data loaded, closed after its tests. */
export const referenceSuiteDatabase = () => suiteDatabase(loadReferenceDemoData);
