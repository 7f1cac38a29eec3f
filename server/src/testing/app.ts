import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import pino from 'pino';
import { type AppDependencies, buildApp } from '../app.ts';
import type { SignatureSetup } from '../modules/signature/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { Metrics } from '../platform/metrics/metrics.ts';
import type { Readiness } from '../platform/readiness.ts';
import type { TaskRunner } from '../platform/workers/worker-task.ts';
import { corpusDir } from './corpus.ts';
import { testSignatureSetup } from './signatures.ts';

/** The defaults of a test application: the configuration's own, but generous to rate limits. */
export const testAppConfig: Pick<
  Config,
  'publicUrl' | 'auth' | 'terms' | 'reference' | 'support' | 'portal' | 'declarations'
> = {
  publicUrl: 'http://localhost:8080',
  auth: {
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    maxFailedLogins: 5,
    lockMinutes: 15,
    loginRatePerMinute: 1_000,
  },
  terms: { credentialsReviewWorkingDays: 15, credentialsNoticeWorkingDays: 1, accessLetterDays: 7 },
  // Nothing leaves the machine in tests: the rates URL points at a closed local port.
  reference: { exchangeRatesUrl: 'http://127.0.0.1:9/rates?fdate={date}', exchangeRatesDailyAt: undefined },
  support: { email: 'support@shekara.localhost', phone: '+7 (7172) 00-00-00' },
  portal: { supportRatePerHour: 1_000 },
  declarations: {
    receiptP12: undefined,
    receiptP12Password: undefined,
    attachmentMaxBytes: 10 * 1_048_576,
    attachmentsPerDeclaration: 50,
    documentMaxBytes: 4 * 1_048_576,
    // The album's schemas from the corpus beside the repository; where it is absent, imports go unchecked.
    customsXsdDir: customsXsdDirOf(),
    importMaxBytes: 32 * 1_048_576,
    registrarThread: true,
  },
};

function customsXsdDirOf(): string | undefined {
  const dir = path.join(corpusDir, 'customs-xml', 'xsd-fts-5.23.0');
  return existsSync(dir) ? dir : undefined;
}

/** The real HTTP application on a test database, reached through `app.inject()`. */
export async function buildTestApp(
  db: Database,
  options: {
    logger?: Logger;
    webDistDir?: string;
    bodyLimitBytes?: number;
    clock?: Clock;
    signatures?: SignatureSetup;
    verifyRatePerMinute?: number;
    environment?: Config['environment'];
    auth?: Partial<Config['auth']>;
    trustedProxies?: string[];
    publicUrl?: string;
    onRoute?: AppDependencies['onRoute'];
    workers?: TaskRunner | undefined;
    /** where the public read-only routes read (read replicas); the database itself when absent */
    publicReads?: Database;
    /** a registry the test reads; absent: the app's own */
    metrics?: Metrics | undefined;
    /** METRICS_TOKEN, METRICS_PORT: absent, the app has no /metrics */
    metricsConfig?: Config['metrics'];
    /** the node's readiness, for a test that moves it; absent: ready once the database is */
    readiness?: Readiness;
  } = {},
) {
  return buildApp({
    config: {
      ...testAppConfig,
      environment: options.environment ?? 'test',
      bodyLimitBytes: options.bodyLimitBytes ?? 1_048_576,
      signature: { verifyRatePerMinute: options.verifyRatePerMinute ?? 1_000 },
      auth: { ...testAppConfig.auth, ...options.auth },
      trustedProxies: options.trustedProxies,
      publicUrl: options.publicUrl ?? testAppConfig.publicUrl,
      metrics: options.metricsConfig,
    },
    db,
    publicReads: options.publicReads,
    signatures: options.signatures ?? (await testSignatureSetup(options.clock)),
    logger: options.logger ?? pino({ level: 'silent' }),
    clock: options.clock,
    webDistDir: options.webDistDir ?? noWebApp,
    onRoute: options.onRoute,
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.readiness ? { readiness: options.readiness } : {}),
  });
}

/**
 * Where no web app is built: the API alone is served. A folder that is never made, rather than an
 * empty one per app, which the suites left behind by the hundred.
 */
export const noWebApp = path.join(os.tmpdir(), 'shekara-no-web-app');

/** The error code of a refused request, from the error body every API error has. */
export const codeOf = (response: { json(): unknown }) => (response.json() as { error: { code: string } }).error.code;
