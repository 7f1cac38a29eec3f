import { pathToFileURL } from 'node:url';
import { type Config, ConfigError, loadConfig } from './platform/config.ts';
import { DataDirInUseError } from './platform/db/data-dir-lock.ts';
import { MigrationError } from './platform/db/migrations.ts';
import { createLogger } from './platform/logger.ts';
import { startServer } from './server.ts';

/** Composition root of `npm start`: configuration → server → clean shutdown on SIGTERM/SIGINT. */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(`configuration error: ${error.message}`);
    throw error;
  }
  const logger = createLogger(config);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    if (error instanceof DataDirInUseError || error instanceof MigrationError) exitWith(error.message);
    logger.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // npm forwards the terminal's SIGINT that the process also got itself: a second signal is no news.
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    server.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

function exitWith(message: string): never {
  process.stderr.write(`shekara: ${message}\n`);
  process.exit(1);
}

// Run when started as a script (`npm start`); importing the module (the CLI's `serve`) does not start it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
