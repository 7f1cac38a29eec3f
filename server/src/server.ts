import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { loadDemoData } from './demo-data.ts';
import { type ModuleServices, modules, type PreparedServices } from './modules/index.ts';
import { systemClock } from './platform/clock.ts';
import { codeVersion } from './platform/code-version.ts';
import type { Config } from './platform/config.ts';
import { type ChangeFeed, startChangeFeed } from './platform/db/change-feed.ts';
import type { Database } from './platform/db/database.ts';
import { migrate, pad } from './platform/db/migrations.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { poolUseOf } from './platform/db/pool-use.ts';
import { openReadReplicas, type PublicReads, primaryOnly } from './platform/db/read-replicas.ts';
import { mailTopic } from './platform/mail/mail.ts';
import { createMailHandler } from './platform/mail/mailer.ts';
import { createMetrics, type Metrics } from './platform/metrics/metrics.ts';
import { type MetricsListener, startMetricsListener } from './platform/metrics/metrics-endpoint.ts';
import type { BackgroundServices, OutboxContribution, ScheduledJob } from './platform/module.ts';
import { outboxBacklog } from './platform/outbox/backlog.ts';
import { startOutboxWorker } from './platform/outbox/worker.ts';
import { createReadiness } from './platform/readiness.ts';
import { ensureWebBuilt } from './platform/web-build.ts';
import { workerEntry } from './platform/workers/worker-entry.ts';
import { createWorkerPool } from './platform/workers/worker-pool.ts';
import { inPlaceTasks, type TaskRunner } from './platform/workers/worker-task.ts';

export interface RunningServer {
  url: string;
  /** Where Prometheus reads the metrics when METRICS_PORT is set. */
  metricsUrl: string | null;
  /**
   * Reports not ready and stops accepting connections; lets in-flight requests finish; stops the
   * outbox workers and jobs after the item in hand; lets the worker threads finish their tasks;
   * then closes the database. main.ts bounds it by SHUTDOWN_TIMEOUT_MS.
   */
  stop(): Promise<void>;
}

/**
 * Start-up in order: web app → database → migrations → demo data (modules' preparation meanwhile)
 * → the change feed and read replicas → HTTP → outbox workers, jobs. Everything a node keeps is in
 * the database or a copy it is told to drop (docs/ARCHITECTURE.md, "Several nodes"): start as many
 * as wanted on one DATABASE_URL.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const phases = startUpPhases();
  await ensureWebBuilt(logger);
  phases.done('webApp');
  const metrics = createMetrics({ processMetrics: true });
  const workers = startWorkers(config, logger);
  // The modules' preparation (the signature set-up: in development, making the test PKI, RSA key
  // generation on the thread pool) runs while the database opens and migrates.
  const preparedReady = prepareModules(config, logger, workers);
  preparedReady.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  let db: Database;
  try {
    db = await openDatabase(config);
    phases.done('database');
  } catch (error) {
    await workers.close();
    throw error;
  }
  let feed: ChangeFeed | undefined;
  let publicReads: PublicReads | undefined;
  try {
    const applied = await migrate(db);
    if (applied.length > 0)
      logger.info({ migrations: applied.map((m) => `${pad(m.version)}_${m.name}`) }, 'migrations applied');
    phases.done('migrations');
    if (config.demoData) logger.info({ demoData: await loadDemoData(db, codeVersion()) }, 'demo data loaded');
    phases.done('demoData');
    // Listening before anything is copied into memory, so no change falls between the copy and the feed.
    feed = await startChangeFeed(db, logger);
    const reads = await openPublicReads(db, config, logger);
    publicReads = reads;
    phases.done('changeFeed');
    const prepared = await preparedReady;
    phases.done('modulesPrepared');
    // The workers start once the app listens; until then a wake-up has nothing to wake.
    let outbox: ReturnType<typeof startOutboxWorker>[] = [];
    const notifyOutbox = () => outbox.forEach((worker) => worker.notify());
    const services = {
      db,
      publicReads: reads as Database,
      clock: systemClock,
      logger,
      config,
      notifyOutbox,
      workers,
      metrics,
      ...prepared,
    } as BackgroundServices & ModuleServices;
    if (config.demoData && config.environment === 'development') {
      for (const module of modules) {
        const ready = await module.developmentData?.(services);
        if (ready) logger.info(ready.summary as object, ready.message);
      }
    }
    phases.done('developmentData');
    const readiness = createReadiness({ db, awaitsWarmUp: true });
    const app = await buildApp({
      config,
      db,
      publicReads: reads,
      signatures: prepared,
      logger,
      notifyOutbox,
      workers,
      metrics,
      readiness,
    });
    phases.done('httpApp');
    const address = await app.listen({ host: config.host, port: config.port });
    phases.done('listening');
    logger.info({ url: address, database: db.kind, startUpMs: phases.summary() }, 'Shekara is listening');
    let metricsListener: MetricsListener | null;
    try {
      metricsListener = await startMetricsListener(metrics, config.metrics, logger);
    } catch (error) {
      await app.close();
      throw error;
    }
    // Caches (the search index, the rates copy, control's reference copy) are built now, not at the
    // first request; the node is ready once they are. The worker threads start after them: each
    // loads the worker bundle, which on two cores took the processor from the warm-up and from
    // the first answers (docs/PERFORMANCE.md, "Start-up").
    void readiness
      .warmUp(
        modules.flatMap((module) => module.warmUp?.(services) ?? []),
        logger,
      )
      .then(() => workers.warmUp());
    const contributions = modules.flatMap((module) => module.outbox?.(services) ?? []);
    outbox = startOutboxWorkers(services, contributions);
    watchStates(metrics, db, reads, workers, [mailTopic, ...contributions.flatMap((c) => Object.keys(c.handlers))]);
    const jobs: ScheduledJob[] = modules.flatMap((module) => module.jobs?.(services) ?? []);
    return {
      url: address,
      metricsUrl: metricsListener?.url ?? null,
      async stop() {
        readiness.stopping();
        try {
          // Closes the listening socket at once; answers what is in flight (graceful-close.ts).
          await Promise.all([app.close(), metricsListener?.close()]);
        } finally {
          await Promise.all([...outbox.map((worker) => worker.stop()), ...jobs.map((job) => job.stop())]);
          await workers.close({ finishTasks: true });
          await feed?.stop();
          await publicReads?.close();
          await db.close();
        }
      },
    };
  } catch (error) {
    await workers.close();
    await feed?.stop();
    await publicReads?.close();
    await db.close();
    throw error;
  }
}

/**
 * Milliseconds spent in each start-up step since the process began, for the "listening" log line:
 * what an operator reads when a node is slow to come back.
 */
function startUpPhases() {
  const spent: Record<string, number> = { process: Math.round(performance.now()) };
  let last = performance.now();
  return {
    done(phase: string) {
      const now = performance.now();
      spent[phase] = Math.round(now - last);
      last = now;
    },
    summary: () => ({ ...spent, total: Math.round(last) }),
  };
}

/** The replicas of DATABASE_REPLICA_URL for the public read-only routes, or the primary alone. */
async function openPublicReads(db: Database, config: Config, logger: Logger): Promise<PublicReads> {
  if (config.databaseReplicaUrls.length === 0) return primaryOnly(db);
  const reads = await openReadReplicas({
    primary: db,
    urls: config.databaseReplicaUrls,
    maxLagMs: config.databaseReplicaMaxLagMs,
    poolSize: config.databasePoolSize,
    logger,
  });
  logger.info({ replicas: reads.replicas() }, 'read replicas for the public read-only routes');
  return reads;
}

/** Where the metrics read the states they report at each scrape. */
function watchStates(metrics: Metrics, db: Database, reads: PublicReads, workers: TaskRunner, outboxTopics: string[]) {
  const pool = poolUseOf(db);
  metrics.watch({
    clock: systemClock,
    outboxTopics,
    outboxBacklog: () => outboxBacklog(db),
    databasePools: () => ({ primary: pool(), ...reads.poolUse() }),
    readReplicas: () => reads.replicas(),
    workers: () => workers.load?.(),
  });
}

/** The worker threads (WORKER_THREADS); none: that work on the main thread, for measurements only. */
function startWorkers(config: Config, logger: Logger): TaskRunner {
  const { threads, taskTimeoutMs, queueLimit } = config.workers;
  if (threads > 0) return createWorkerPool({ threads, taskTimeoutMs, queueLimit, logger, entry: workerEntry() });
  logger.warn('WORKER_THREADS=0: signed and imported XML are checked on the main thread, holding up every request');
  return inPlaceTasks;
}

/** Every module's start-up preparation, merged: what the app's modules are given besides the platform. */
async function prepareModules(config: Config, logger: Logger, workers: TaskRunner): Promise<PreparedServices> {
  const prepared = await Promise.all(
    modules.map((module) => module.prepare?.({ config, logger, clock: systemClock, workers })),
  );
  return Object.assign({}, ...prepared) as PreparedServices;
}

/**
 * A worker for each module that asks for its own (routing of registered declarations keeps pace
 * with registration whatever the mail), and one for everything else, the mail included.
 */
function startOutboxWorkers(services: BackgroundServices, contributions: OutboxContribution[]) {
  const { db, clock, logger, config } = services;
  const leaseMs = config.outboxLeaseSeconds * 1000;
  const own = contributions.filter((contribution) => contribution.ownWorker);
  const ownTopics = own.flatMap((contribution) => Object.keys(contribution.handlers));
  const shared = Object.assign(
    {},
    ...contributions.filter((contribution) => !contribution.ownWorker).map((contribution) => contribution.handlers),
  );
  return [
    ...own.map((contribution) =>
      startOutboxWorker({
        db,
        clock,
        logger,
        topics: Object.keys(contribution.handlers),
        handlers: contribution.handlers,
        leaseMs,
      }),
    ),
    startOutboxWorker({
      db,
      clock,
      logger,
      exceptTopics: ownTopics,
      handlers: { ...shared, [mailTopic]: createMailHandler({ config, db, logger }) },
      leaseMs,
    }),
  ];
}
