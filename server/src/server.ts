import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { loadDemoData } from './demo-data.ts';
import type { Config } from './platform/config.ts';
import { migrate, pad } from './platform/db/migrations.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { ensureWebBuilt } from './platform/web-build.ts';
import { mailTopic } from './platform/mail/mail.ts';
import { createMailHandler } from './platform/mail/mailer.ts';
import { startOutboxWorker } from './platform/outbox/worker.ts';
import { setUpSignatures } from './modules/signature/index.ts';
import { ensureDemoStaff } from './modules/accounts/demo-staff.ts';
import { warmUpReference } from './modules/reference/index.ts';
import { systemClock } from './platform/clock.ts';
import { startExchangeRatesJob } from './modules/reference/exchange-rates/index.ts';
import { declarationOutboxHandlers, serverReferenceView } from './modules/declarations/index.ts';

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

/** Start-up in order: web app → database → migrations → demo data (signature trust meanwhile) → HTTP → outbox worker. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  await ensureWebBuilt(logger);
  // The signature set-up (in development, making the test PKI: RSA key generation on the thread
  // pool) runs while the database opens and migrates.
  const signaturesReady = setUpSignatures(config, logger, systemClock);
  signaturesReady.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const db = await openDatabase(config);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => `${pad(m.version)}_${m.name}`) }, 'migrations applied');
    if (config.demoData) logger.info({ demoData: await loadDemoData(db) }, 'demo data loaded');
    const signatures = await signaturesReady;
    if (config.demoData && config.environment === 'development' && signatures.testPki) {
      logger.info({ demoStaff: await ensureDemoStaff(db, systemClock, signatures.testPki) }, 'demo officer and administrator ready (test keys)');
    }
    // The workers start once the app listens; until then a wake-up has nothing to wake.
    let outbox: ReturnType<typeof startOutboxWorker>[] = [];
    const notifyOutbox = () => outbox.forEach((worker) => worker.notify());
    const app = await buildApp({ config, db, signatures, logger, notifyOutbox });
    const address = await app.listen({ host: config.host, port: config.port });
    logger.info({ url: address, database: db.kind }, 'Shekara is listening');
    // The search index, the rates copy and control's reference copy are built now, not at the first request.
    warmUpReference(db).catch((error: unknown) => logger.warn({ err: error }, 'reference search index not built ahead; it is built at the first search'));
    serverReferenceView(db).catch((error: unknown) => logger.warn({ err: error }, 'control reference not built ahead; it is built at the first check'));
    // Routing of registered declarations has a worker of its own, so it keeps pace with
    // registration whatever the mail in the outbox; the other worker sends everything else.
    const routing = declarationOutboxHandlers({ db, clock: systemClock, logger, publicUrl: config.publicUrl, notifyOutbox });
    const routingTopics = Object.keys(routing);
    outbox = [
      startOutboxWorker({ db, clock: systemClock, logger, topics: routingTopics, handlers: routing }),
      startOutboxWorker({ db, clock: systemClock, logger, exceptTopics: routingTopics, handlers: { [mailTopic]: createMailHandler({ config, db, logger }) } }),
    ];
    const { exchangeRatesUrl: urlTemplate, exchangeRatesDailyAt: dailyAt } = config.reference;
    const exchangeRates = dailyAt ? startExchangeRatesJob({ db, clock: systemClock, logger, urlTemplate, dailyAt }) : undefined;
    return {
      url: address,
      async stop() {
        try {
          await app.close();
        } finally {
          await Promise.all(outbox.map((worker) => worker.stop()));
          await exchangeRates?.stop();
          await db.close();
        }
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
