import type { Command } from 'commander';
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { CommandIo } from './command-io.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { ZodApp } from './http/types.ts';
import type { Metrics } from './metrics/metrics.ts';
import type { OutboxTopicHandler } from './outbox/worker.ts';
import type { TaskRunner } from './workers/worker-task.ts';

/**
 * One module's whole contribution to the application, exported as the default shape of its
 * `index.ts`. The composition (app, server, CLI, demo data) loops over the list of modules in
 * `modules/index.ts` and calls what each descriptor has; a module leaves out what it does not
 * contribute.
 *
 * Services pass explicitly, in the list's order: what a module's `prepare` returns reaches every
 * stage of every module; what its `provide` returns reaches every module's routes; what its
 * `routes` returns reaches the routes of the modules after it. `Needs` is what a module takes
 * from earlier ones, `Provides` what it gives to later ones. No module passes guards: each route
 * declares its access (platform/http/access.ts) and accounts installs the guards from it.
 */
export interface ModuleDescriptor<Needs extends object = object, Provides extends object = object> {
  /** The module's folder name; also the key of its demo data in the summary. */
  name: string;
  /**
   * Start-up work that depends on configuration alone (the signature trust and, in development,
   * the test PKI); it runs while the database opens and migrates. Tests give its result directly.
   */
  prepare?(start: StartServices): Promise<Provides>;
  /**
   * Services for other modules that need no routes (credentials gives accounts the intake of
   * credentials requests); called for every module, in order, before any routes, so they reach
   * modules earlier in the list too.
   */
  provide?(services: RouteServices & Needs): Provides;
  /** The module's HTTP routes, registered in the list's order after the platform's own. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most modules' routes return nothing, and `void` lets them say so without `return undefined`
  routes?(app: ZodApp, services: RouteServices & Needs): Promise<Provides | void>;
  /** Handlers of the outbox topics the module enqueues, run after the commit that enqueued them. */
  outbox?(services: BackgroundServices & Needs): OutboxContribution;
  /** Work on a timetable (the daily exchange rates), started once the server listens. */
  jobs?(services: BackgroundServices & Needs): ScheduledJob[];
  /** Caches built right after start-up rather than at the first request; a failure only warns. */
  warmUp?(services: BackgroundServices & Needs): WarmUpTask[];
  /** The bundled demo data (DEMO_DATA=on, `shekara demo-data load`); idempotent. */
  demoData?(db: Database): Promise<unknown>;
  /** Development only, demo data that needs the test PKI (demo staff who log in with test keys). */
  developmentData?(services: BackgroundServices & Needs): Promise<DevelopmentData | undefined>;
}

/**
 * One module's `shekara` subcommands, listed in `modules/commands.ts` rather than in the
 * descriptor: the descriptor's file loads the module's routes, and a command should load only
 * its own code (`shekara --version` must not pay for every module).
 */
export interface ModuleCommands {
  /** The top-level commands the module adds (`users`, `signature`, `sign`, …). */
  names: readonly string[];
  /** Loads the definitions: when one of `names` runs, or for the full help. */
  load(): Promise<(program: Command, services: CommandServices) => void>;
}

/** What the composition gives the commands (they open their own database). */
export interface CommandServices {
  /** The environment, the output and the exit code of this run of the command line. */
  io: CommandIo;
  /** Every module's bundled demo data (creating an officer needs the bundled customs bodies). */
  loadDemoData(db: Database): Promise<unknown>;
}

/** What start-up work is given before the database is open. */
export interface StartServices {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** Worker threads for work that would hold the event loop (platform/workers/). */
  workers: TaskRunner;
}

/** The configuration the HTTP application is built with (tests give this part of the whole). */
export type AppConfig = Pick<
  Config,
  | 'bodyLimitBytes'
  | 'environment'
  | 'publicUrl'
  | 'auth'
  | 'terms'
  | 'reference'
  | 'support'
  | 'portal'
  | 'declarations'
> & {
  signature: Pick<Config['signature'], 'verifyRatePerMinute'>;
} & Partial<Pick<Config, 'trustedProxies' | 'metrics'>>;

/** What the platform gives every module. */
export interface PlatformServices {
  db: Database;
  /**
   * Where the public routes that only read (reference data, search, the portal's pages, receipt
   * checks) send their queries: a read replica when one is configured and current, else the
   * primary (platform/db/read-replicas.ts). Never for what must read its own writes.
   */
  publicReads: Database;
  clock: Clock;
  logger: Logger;
  /** Wakes the outbox workers after a commit that enqueued. */
  notifyOutbox: () => void;
  /** Worker threads for work that would hold the event loop: large signed documents, imported XML. */
  workers: TaskRunner;
  /** Where the events operators watch are counted (submissions, control refusals, signature checks). */
  metrics: Metrics;
}

export interface RouteServices extends PlatformServices {
  config: AppConfig;
}

export interface BackgroundServices extends PlatformServices {
  config: Config;
}

export interface OutboxContribution {
  handlers: Record<string, OutboxTopicHandler>;
  /**
   * A worker of the module's own, so that its topics keep pace whatever else waits (routing of
   * registered declarations); otherwise the shared worker, which also sends the mail.
   */
  ownWorker?: boolean;
}

export interface ScheduledJob {
  stop(): Promise<void>;
}

export interface WarmUpTask {
  run(): Promise<unknown>;
  /** Logged as a warning when the task fails: what is not ready and when it will be. */
  notBuilt: string;
}

export interface DevelopmentData {
  summary: unknown;
  /** The log line that says what is ready. */
  message: string;
}
