import pg from 'pg';
import type { NotificationListener } from './database.ts';

export interface ServerListenerOptions {
  connectionString: string;
  channel: string;
  listener: NotificationListener;
  /** How often the connection is asked whether it is alive: a dead peer sends no FIN to notice. */
  heartbeatMs?: number;
  /** Waits before each attempt to listen again after a loss; the last repeats. */
  retryDelaysMs?: readonly number[];
}

const defaults = { heartbeatMs: 5_000, retryDelaysMs: [100, 250, 500, 1_000, 2_000, 5_000] };

/**
 * LISTEN on a connection of its own, outside the pool (a pooled connection is handed to other
 * work and its LISTEN would leak to it), kept open for the life of the process. When it is lost —
 * an error, the server closing it, or a heartbeat unanswered — it is made again, with back-off,
 * and the listener is told both, since notifications sent in between are gone for good.
 */
export async function listenOnServer(options: ServerListenerOptions): Promise<() => Promise<void>> {
  const { connectionString, channel, listener } = options;
  const heartbeatMs = options.heartbeatMs ?? defaults.heartbeatMs;
  const retryDelaysMs = options.retryDelaysMs ?? defaults.retryDelaysMs;
  let client: pg.Client | undefined;
  let stopped = false;
  let reconnecting = false;
  let beating = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({
      connectionString,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      // named, so an operator finds it in pg_stat_activity
      application_name: `shekara: listen ${channel}`,
    });
    // An error after connecting ends this connection; `lost` makes another.
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('the listening connection ended')));
    next.on('notification', (message) => {
      if (message.channel === channel) listener.notice(message.payload ?? '');
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      next.removeAllListeners('end');
      next.end().catch(() => {});
      throw error;
    }
    return next;
  };

  const lost = (which: pg.Client, error: unknown) => {
    if (stopped || which !== client || reconnecting) return;
    reconnecting = true;
    client = undefined;
    which.removeAllListeners('end');
    which.end().catch(() => {});
    listener.lost?.(error);
    attempt(0);
  };

  const attempt = (n: number) => {
    retry = setTimeout(
      async () => {
        if (stopped) return;
        try {
          const made = await connect();
          if (stopped) {
            await made.end().catch(() => {});
            return;
          }
          client = made;
          reconnecting = false;
          listener.reconnected?.();
        } catch {
          attempt(n + 1);
        }
      },
      retryDelaysMs[Math.min(n, retryDelaysMs.length - 1)],
    );
    retry.unref();
  };

  const heartbeat = setInterval(() => {
    const current = client;
    if (!current || beating) return;
    beating = true;
    let timer: NodeJS.Timeout | undefined;
    const unanswered = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer on the listening connection in ${heartbeatMs} ms`)),
        heartbeatMs,
      );
    });
    Promise.race([current.query('select 1'), unanswered])
      .catch((error: unknown) => lost(current, error))
      .finally(() => {
        clearTimeout(timer);
        beating = false;
      });
  }, heartbeatMs);
  heartbeat.unref();

  try {
    client = await connect();
  } catch (error) {
    // Not listening yet: the listener hears of it as of a loss, and of the connection once made.
    reconnecting = true;
    listener.lost?.(error);
    attempt(0);
  }

  return async () => {
    stopped = true;
    clearInterval(heartbeat);
    clearTimeout(retry);
    const last = client;
    client = undefined;
    if (last) {
      last.removeAllListeners('end');
      await last.end().catch(() => {});
    }
  };
}
