import { parentPort } from 'node:worker_threads';
import { systemClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { openPostgres } from '../../../platform/db/postgres.ts';
import { receiptSignerFrom } from './receipt-signer.ts';
import { createRegistrar, type Registrar } from './register-batch.ts';
import { errorToWire, type FromRegistrar, submissionFromWire, type ToRegistrar } from './registrar-wire.ts';

/**
 * The registrar's thread (registrar-thread.ts): opens connections of its own to the server, then
 * registers what the main thread posts, in the same batches and transactions as on the main
 * thread (register-batch.ts), and answers each submission alone.
 */
export function serveRegistrar(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRegistrar runs in a worker thread');
  const post = (message: FromRegistrar) => port.postMessage(message);
  let opened: Promise<{ db: Database; registrar: Registrar }> | undefined;
  const inFlight = new Set<Promise<unknown>>();

  port.on('message', (message: ToRegistrar) => {
    if (message.kind === 'open') {
      opened = (async () => {
        const db = await openPostgres({
          connectionString: message.connectionString,
          ...(message.searchPath !== undefined && { searchPath: message.searchPath }),
          // one batch in flight (register-batch.ts), and one connection to spare for its single retries
          poolSize: 2,
        });
        const registrar = createRegistrar(
          { db, clock: systemClock, publicUrl: message.publicUrl },
          receiptSignerFrom(message.receiptKey),
          { registrationBatch: (size, seconds) => post({ kind: 'batch', size, seconds }) },
        );
        return { db, registrar };
      })();
      opened.then(
        () => post({ kind: 'opened' }),
        (error: unknown) =>
          post({ kind: 'not-opened', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    if (message.kind === 'register') {
      const { id } = message;
      const registering = (async () => {
        if (!opened) throw new Error('the registrar was not opened');
        const { registrar } = await opened;
        return registrar.register(submissionFromWire(message.submission));
      })().then(
        (answer) => post({ kind: 'answer', id, answer }),
        (error: unknown) => post({ kind: 'refused', id, error: errorToWire(error) }),
      );
      inFlight.add(registering);
      void registering.finally(() => inFlight.delete(registering));
      return;
    }
    // close: what was given is registered and answered first, then the connections end
    void (async () => {
      await Promise.allSettled([...inFlight]);
      if (opened) await opened.then(({ db }) => db.close()).catch(() => {});
      post({ kind: 'closed' });
      port.close();
    })();
  });
}
