import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { registerErrorHandler } from './platform/http/error-handler.ts';
import { registerGracefulClose } from './platform/http/graceful-close.ts';
import { healthRoutes } from './platform/http/health.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { devMailboxRoutes } from './platform/mail/dev-mailbox-routes.ts';
import { webDist } from './platform/paths.ts';
import { referenceRoutes } from './modules/reference/index.ts';
import { nomenclatureRoutes } from './modules/reference/tnved/index.ts';
import { classifierRoutes } from './modules/reference/classifiers/index.ts';
import { customsOfficeRoutes } from './modules/reference/customs-offices/index.ts';
import { exchangeRateRoutes } from './modules/reference/exchange-rates/index.ts';
import { devSignerRoutes, signatureRoutes, type SignatureSetup } from './modules/signature/index.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { registerAccounts } from './modules/accounts/index.ts';
import { registerWebDeclarantAccess } from './modules/web-declarant-access/index.ts';
import { createCredentialsIntake, credentialsRoutes } from './modules/credentials/index.ts';
import { registerPortal } from './modules/portal/index.ts';
import { registerDeclarations } from './modules/declarations/index.ts';

export interface AppDependencies {
  config: Pick<Config, 'bodyLimitBytes' | 'environment' | 'publicUrl' | 'auth' | 'terms' | 'reference' | 'portal' | 'declarations'> & { signature: Pick<Config['signature'], 'verifyRatePerMinute'> };
  db: Database;
  /** The signature verifier and, outside production, the test PKI behind the test signer. */
  signatures: SignatureSetup;
  logger: FastifyBaseLogger;
  clock?: Clock;
  /** Directory of the built web app; tests of the API alone may point it at an empty one. */
  webDistDir?: string;
  /** Wakes the outbox worker after a commit that enqueued; tests without a worker leave it out. */
  notifyOutbox?: () => void;
}

/** Assembles the HTTP application: platform plugins first, then each module's routes. */
export async function buildApp({ config, db, signatures, logger, clock = systemClock, webDistDir = webDist, notifyOutbox = () => {} }: AppDependencies) {
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimitBytes,
    // Requests arriving on kept-alive sockets while closing get 503 instead of hanging.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRequestContext(app);
  registerGracefulClose(app);
  registerErrorHandler(app, config);
  await registerOpenApi(app);

  await app.register(healthRoutes, { db });
  await app.register(referenceRoutes, { db });
  await app.register(nomenclatureRoutes, { db, clock });
  for (const routes of [classifierRoutes, customsOfficeRoutes, exchangeRateRoutes]) await app.register(routes, { db, clock });
  await app.register(signatureRoutes, { db, clock, verifier: signatures.verifier, verifyRatePerMinute: config.signature.verifyRatePerMinute });
  if (signatures.testPki) await app.register(devSignerRoutes, { testPki: signatures.testPki, clock });
  const credentials = { db, clock, terms: config.terms, publicUrl: config.publicUrl };
  const { requireAccount } = await registerAccounts(app, { db, clock, verifier: signatures.verifier, config, credentialsIntake: createCredentialsIntake(credentials) });
  await app.register(credentialsRoutes, { ctx: credentials, requireAccount });
  await registerWebDeclarantAccess(app, { db, clock, verifier: signatures.verifier, publicUrl: config.publicUrl, accessLetterDays: config.terms.accessLetterDays, requireAccount });
  await registerPortal(app, { ctx: { db, clock, publicUrl: config.publicUrl, portal: config.portal }, requireAccount });
  const declarations = { db, clock, verifier: signatures.verifier, testPki: signatures.testPki, publicUrl: config.publicUrl, notifyOutbox, config: config.declarations, environment: config.environment };
  await registerDeclarations(app, { setup: declarations, requireAccount });
  // Only when the environment is known to be development or test: never by omission in production.
  if (config.environment === 'development' || config.environment === 'test') await app.register(devMailboxRoutes, { db });

  await registerWebApp(app, webDistDir);
  return app;
}
