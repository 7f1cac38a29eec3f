import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../clock.ts';
import type { PoolUse } from '../db/pool-use.ts';
import type { ReplicaState } from '../db/read-replicas.ts';
import type { OutboxBacklog } from '../outbox/backlog.ts';
import type { WorkerLoad } from '../workers/worker-task.ts';

/**
 * The process's measurements in Prometheus' text format (`GET /metrics`, metrics-endpoint.ts).
 * Modules record the events they witness through the few verbs below; what is a state rather than
 * an event (the outbox's backlog, the database's connections, the worker threads) is read from its
 * source when scraped. Every label takes a bounded set of values: a route's pattern, never its URL.
 */
export interface Metrics {
  readonly registry: Registry;
  /** A request answered: its route's pattern (`unmatched` when none), method, status and time. */
  requestAnswered(route: string, method: string, status: number, seconds: number): void;
  /**
   * A signed submission's outcome: `registered`, `replayed` (its idempotency key's stored answer),
   * `refused` with the refusal's code, or `failed` (a fault, not a refusal).
   */
  submission(result: 'registered' | 'replayed' | 'refused' | 'failed', code?: string): void;
  /** A submission refused by format-logical control, with the rules that found errors. */
  controlRefusal(kind: string, rules: readonly string[]): void;
  /**
   * Submissions registered together in one transaction (register-batch.ts): how many, and the time
   * from its start to its commit — what each of them waited on after its checks.
   */
  registrationBatch(size: number, seconds: number): void;
  /** A signature checked: CMS or XML, the signer's algorithm (`unknown` when unread), `valid` or the failure code. */
  signatureVerified(format: 'cms' | 'xml', algorithm: string, result: string): void;
  /** Where the states are read from at each scrape; called once the server has them. */
  watch(sources: MetricSources): void;
  /** The text a scrape answers, and its media type. */
  exposition(): Promise<{ contentType: string; text: string }>;
}

export interface MetricSources {
  clock: Clock;
  /** The topics the outbox workers handle: reported from the first scrape, at 0 while nothing of theirs waits. */
  outboxTopics?: readonly string[];
  outboxBacklog?: () => Promise<OutboxBacklog[]>;
  /** Each database's connections by its role (`primary`) or, for a read replica, its name. */
  databasePools?: () => Record<string, PoolUse>;
  /** The read replicas as their last check found them (DATABASE_REPLICA_URL). */
  readReplicas?: () => ReplicaState[];
  workers?: () => WorkerLoad | undefined;
}

export interface MetricsOptions {
  /**
   * The process's own measurements too (prom-client's defaults: CPU, memory, event-loop delay,
   * garbage collection, handles). Once per process: the server's; a test's registry leaves them out.
   */
  processMetrics?: boolean;
}

/** A slow database must not make the scrape slow: past this, the backlog is left as it was. */
const backlogReadTimeoutMs = 2_000;

// From a cached reference read (milliseconds) to a signed submission on a loaded node (seconds).
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });

  const requestDuration = new Histogram({
    name: 'shekara_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer sent, by route pattern, method and status class.',
    labelNames: ['route', 'method', 'status_class'],
    buckets: latencyBuckets,
    registers,
  });
  const submissions = new Counter({
    name: 'shekara_submissions_total',
    help: 'Signed submissions of declarations by result: registered, replayed (a repeated idempotency key), refused (with the refusal code) or failed.',
    labelNames: ['result', 'code'],
    registers,
  });
  const controlRefusals = new Counter({
    name: 'shekara_control_refusals_total',
    help: 'Submissions refused by format-logical control, by declaration kind.',
    labelNames: ['kind'],
    registers,
  });
  const controlFindings = new Counter({
    name: 'shekara_control_refusal_errors_total',
    help: 'Errors found by format-logical control in refused submissions, by rule.',
    labelNames: ['rule'],
    registers,
  });
  const verifications = new Counter({
    name: 'shekara_signature_verifications_total',
    help: 'NCA signatures checked, by format (cms, xml), the signer key algorithm and result (valid or the failure code).',
    labelNames: ['format', 'algorithm', 'result'],
    registers,
  });

  const batchSeconds = new Histogram({
    name: 'shekara_registration_batch_seconds',
    help: 'Registering transactions: from the start to the commit of one batch of submissions.',
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  });
  const batchSize = new Histogram({
    name: 'shekara_registration_batch_size',
    help: 'Registering transactions: submissions registered together in one commit.',
    buckets: [1, 2, 4, 8, 16, 32, 64],
    registers,
  });

  let sources: MetricSources | undefined;
  // Both outbox gauges are collected at once at each scrape: they share one read of the backlog.
  let backlogRead: Promise<OutboxBacklog[] | undefined> | undefined;
  const readBacklog = () => {
    const read = sources?.outboxBacklog;
    backlogRead ??= (read ? withinTime(read(), backlogReadTimeoutMs) : Promise.resolve(undefined)).finally(() => {
      backlogRead = undefined;
    });
    return backlogRead;
  };
  // A topic once seen stays, at 0 when nothing of it waits, rather than vanishing from the graphs.
  const seenTopics = new Set<string>();
  const backlogGauge = (name: string, help: string, value: (entry: OutboxBacklog, now: number) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['topic'],
      registers,
      async collect() {
        const backlog = await readBacklog();
        if (!backlog || !sources) return;
        const now = sources.clock.now().getTime();
        for (const entry of backlog) seenTopics.add(entry.topic);
        for (const topic of seenTopics) {
          const entry = backlog.find((waiting) => waiting.topic === topic);
          this.set({ topic }, entry ? value(entry, now) : 0);
        }
      },
    });
  backlogGauge(
    'shekara_outbox_pending_messages',
    'Outbox messages not yet handled (nor given up), by topic.',
    (entry) => entry.pending,
  );
  backlogGauge(
    'shekara_outbox_oldest_pending_age_seconds',
    'Age of the oldest outbox message not yet handled, by topic: how far the workers lag behind.',
    (entry, now) => Math.max(0, (now - entry.oldestAt.getTime()) / 1000),
  );
  new Gauge({
    name: 'shekara_database_connections',
    help: 'Database connections by pool and state: total (open), idle, waiting (queries waiting for one), max.',
    labelNames: ['pool', 'state'],
    registers,
    collect() {
      for (const [pool, use] of Object.entries(sources?.databasePools?.() ?? {})) {
        for (const state of ['total', 'idle', 'waiting', 'max'] as const) {
          const value = use[state];
          if (value !== undefined) this.set({ pool, state }, value);
        }
      }
    },
  });
  new Gauge({
    name: 'shekara_read_replica_serving',
    help: 'Whether a read replica serves the public reads now (1) or is left out, down or lagging (0).',
    labelNames: ['replica'],
    registers,
    collect() {
      for (const replica of sources?.readReplicas?.() ?? [])
        this.set({ replica: replica.name }, replica.serving ? 1 : 0);
    },
  });
  new Gauge({
    name: 'shekara_read_replica_lag_seconds',
    help: 'How far a read replica was behind the primary at its last check; absent while it does not answer.',
    labelNames: ['replica'],
    registers,
    collect() {
      this.reset();
      for (const replica of sources?.readReplicas?.() ?? [])
        if (replica.lagMs !== null) this.set({ replica: replica.name }, replica.lagMs / 1000);
    },
  });
  new Gauge({
    name: 'shekara_worker_queue_length',
    help: 'Tasks (signed XML, large CMS, imports, PDFs) waiting for a worker thread.',
    registers,
    collect() {
      const load = sources?.workers?.();
      if (load) this.set(load.queued);
    },
  });
  new Gauge({
    name: 'shekara_worker_threads',
    help: 'Worker threads by state: busy (running a task) or idle.',
    labelNames: ['state'],
    registers,
    collect() {
      const load = sources?.workers?.();
      if (!load) return;
      this.set({ state: 'busy' }, load.busy);
      this.set({ state: 'idle' }, load.threads - load.busy);
    },
  });

  return {
    registry,
    requestAnswered(route, method, status, seconds) {
      requestDuration.observe({ route, method, status_class: `${Math.floor(status / 100)}xx` }, seconds);
    },
    submission(result, code = '') {
      submissions.inc({ result, code });
    },
    controlRefusal(kind, rules) {
      controlRefusals.inc({ kind });
      for (const rule of rules) controlFindings.inc({ rule });
    },
    registrationBatch(size, seconds) {
      batchSize.observe(size);
      batchSeconds.observe(seconds);
    },
    signatureVerified(format, algorithm, result) {
      verifications.inc({ format, algorithm, result });
    },
    watch(given) {
      sources = given;
      for (const topic of given.outboxTopics ?? []) seenTopics.add(topic);
    },
    async exposition() {
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}

async function withinTime<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}
