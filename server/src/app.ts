import Fastify, { type FastifyBaseLogger, type FastifyServerOptions, type onRouteHookHandler } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { type ModuleServices, modules, type PreparedServices } from './modules/index.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Database } from './platform/db/database.ts';
import { registerAccessControl } from './platform/http/access-control.ts';
import { registerErrorHandler, sendFrameworkError } from './platform/http/error-handler.ts';
import { registerGracefulClose } from './platform/http/graceful-close.ts';
import { healthRoutes } from './platform/http/health.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { requestIdGenerator } from './platform/http/request-id.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerTextGuard } from './platform/http/text-guard.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { cookieOptionsOf } from './platform/http/workplace-cookie.ts';
import { markRequestLogger } from './platform/logger.ts';
import { devMailboxRoutes } from './platform/mail/dev-mailbox-routes.ts';
import { createMetrics, type Metrics } from './platform/metrics/metrics.ts';
import { metricsRoutes } from './platform/metrics/metrics-endpoint.ts';
import { registerRequestMetrics } from './platform/metrics/request-metrics.ts';
import type { AppConfig, RouteServices } from './platform/module.ts';
import { webDist } from './platform/paths.ts';
import { createReadiness, type Readiness } from './platform/readiness.ts';
import { inPlaceTasks, type TaskRunner } from './platform/workers/worker-task.ts';

export interface AppDependencies {
  config: AppConfig;
  db: Database;
  /** Where the public read-only routes read (platform/db/read-replicas.ts); the primary when absent. */
  publicReads?: Database;
  /**
   * What the modules prepared at start-up: the signature verifier and, outside production, the
   * test PKI behind the test signer.
   */
  signatures: PreparedServices;
  logger: Logger;
  clock?: Clock;
  /** Directory of the built web app; tests of the API alone may point it at an empty one. */
  webDistDir?: string;
  /** Wakes the outbox worker after a commit that enqueued; tests without a worker leave it out. */
  notifyOutbox?: () => void;
  /** Told of every route as it is registered: the suites that must reach every route list them by it. */
  onRoute?: onRouteHookHandler;
  /** The server's worker threads; tests of the API alone run the tasks in place. */
  workers?: TaskRunner;
  /** The process's metrics; a test's app has a registry of its own. */
  metrics?: Metrics;
  /** The node's readiness (the server's tracks its warm-up and shutdown); a test's app is ready once its database is. */
  readiness?: Readiness;
}

/**
 * Every route's schema is zod, checked and written by zod's compilers: given to Fastify at its
 * creation, so that it does not load its default JSON-schema compilers (Ajv and
 * fast-json-stringify), never used here, which cost a warm start about half a second.
 */
// Fastify's types know only the factories of its own compilers; at run time a factory may return any
// compiler, as setValidatorCompiler takes.
const zodCompilers = {
  compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler },
} as unknown as FastifyServerOptions['schemaController'];

/** Assembles the HTTP application: platform plugins first, then each module's routes, in the modules' order. */
export async function buildApp({
  config,
  db,
  publicReads = db,
  signatures,
  logger,
  clock = systemClock,
  webDistDir = webDist,
  notifyOutbox = () => {},
  onRoute,
  workers = inPlaceTasks,
  metrics = createMetrics(),
  readiness = createReadiness({ db }),
}: AppDependencies) {
  const app = Fastify({
    // Fastify's own logger type, narrower than pino's, which the modules' background work is given.
    loggerInstance: logger as FastifyBaseLogger,
    // Each request's logger binds its id; marked, so that the process's logger does not add it again.
    childLoggerFactory: (parent, bindings, options) => markRequestLogger(parent.child(bindings, options)),
    genReqId: requestIdGenerator(config.trustedProxies ?? []),
    bodyLimit: config.bodyLimitBytes,
    // Requests arriving on kept-alive sockets while closing get 503 instead of hanging.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // request.ip — what rate limits, log-in pauses and the audit log use — comes from
    // X-Forwarded-For only over a connection from a proxy the operator named (TRUSTED_PROXIES).
    trustProxy: config.trustedProxies?.length ? config.trustedProxies : false,
    frameworkErrors: sendFrameworkError,
    schemaController: zodCompilers,
  }).withTypeProvider<ZodTypeProvider>();
  if (onRoute) app.addHook('onRoute', onRoute);

  // The API reads JSON; a file's route reads its file in a context of its own. Fastify's default
  // text/plain parser handed a text body to routes that take none, which then ran as if it were absent.
  app.removeContentTypeParser('text/plain');
  // First, so that it sees every route: one that declares no access stops the start.
  registerAccessControl(app);
  registerRequestContext(app);
  registerRequestMetrics(app, metrics);
  registerGracefulClose(app);
  registerErrorHandler(app, config);
  registerTextGuard(app);
  registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https://') });
  await registerOpenApi(app);

  await app.register(healthRoutes, { db, readiness });
  if (config.metrics) await app.register(metricsRoutes, { metrics, config: config.metrics });
  // Each module's routes, in the list's order, given the platform's services, what the modules
  // prepared and provide, and what the modules before it gave. Accounts installs the session
  // guards every later route's declared access asks for.
  let services: RouteServices & Partial<ModuleServices> = {
    db,
    publicReads,
    clock,
    logger,
    notifyOutbox,
    workers,
    metrics,
    config,
    ...signatures,
  };
  for (const module of modules)
    services = { ...services, ...module.provide?.(services as RouteServices & ModuleServices) };
  for (const module of modules)
    services = { ...services, ...(await module.routes?.(app, services as RouteServices & ModuleServices)) };
  // Only when the environment is known to be development or test: never by omission in production.
  if (config.environment === 'development' || config.environment === 'test')
    await app.register(devMailboxRoutes, { db });

  await registerWebApp(app, webDistDir, cookieOptionsOf(config));
  return app;
}
