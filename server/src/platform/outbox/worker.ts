import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/database.ts';

/**
 * The sending side of the outbox (enqueue.ts is the writing side). Due messages are claimed in one
 * short statement (`for update skip locked`, then `available_at` moved past a lease), so several
 * processes on one PostgreSQL never claim the same message; each is then handed to its topic's
 * handler outside any transaction and marked sent (a batch topic's claimed messages together, see
 * OutboxBatchHandler). Delivery is at least once: a process that dies
 * between sending and marking leaves the message to be sent again when its lease runs out.
 */
export interface OutboxMessage {
  id: number;
  topic: string;
  payload: unknown;
  /** 1 on the first try. */
  attempts: number;
  createdAt: Date;
}

export type OutboxHandler = (payload: unknown, message: OutboxMessage) => Promise<void>;

/**
 * A topic whose messages are handled several at a time: every message of the topic in a claimed
 * batch goes to `many` at once (one transaction for all of them, say), and they are marked sent
 * together. If `many` throws for several, each is tried again alone, so a bad message fails only
 * itself and is retried or given up as a single message would be.
 */
export interface OutboxBatchHandler {
  many: (messages: OutboxMessage[]) => Promise<void>;
}

export type OutboxTopicHandler = OutboxHandler | OutboxBatchHandler;

/**
 * Thrown by a handler that cannot deliver for a reason that is not the message's fault (the mail
 * relay is not configured): the message stays in the outbox, its attempt not counted, and is
 * looked at again after `retryAfterMs`.
 */
export class OutboxDeferral extends Error {
  override name = 'OutboxDeferral';
  constructor(
    reason: string,
    readonly retryAfterMs = 60_000,
  ) {
    super(reason);
  }
}

export interface OutboxOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  handlers: Record<string, OutboxTopicHandler>;
  /** Messages claimed per statement. */
  batchSize?: number;
  /** Failed tries after which a message is given up (`failed_at` set). */
  maxAttempts?: number;
  /** How long a claimed message is reserved for its handler before another process may retry it. */
  leaseMs?: number;
  /** Claim only these topics (a test delivering mail alone); by default every topic, and one without a handler fails. */
  topics?: string[];
  /** Leave these topics to another worker (one of their own, so they never wait behind the rest). */
  exceptTopics?: string[];
  /**
   * Asked after each message (or batch topic's messages): once true, the messages claimed but not
   * yet handled are given back at once instead of waiting out their lease, and the drain ends.
   */
  stopping?: () => boolean;
}

export interface OutboxWorkerOptions extends OutboxOptions {
  /** Pause between looks at the outbox when nothing woke the worker. */
  pollIntervalMs?: number;
}

export interface OutboxWorker {
  /** Sends everything due now (waiting for the batch in hand first); resolves to how many were handled. */
  drain(): Promise<number>;
  /** Looks at the outbox now instead of at the next poll: call after a commit that enqueued. Cheap. */
  notify(): void;
  /** Stops polling and waits for the message in hand; the rest of its batch is given back for any worker to claim. */
  stop(): Promise<void>;
}

const defaults = { batchSize: 50, maxAttempts: 10, leaseMs: 5 * 60_000, pollIntervalMs: 1_000 };

const emptyWakePauseMs = 50;

/** Wait before the next try after the n-th failure: 30 s, 1 min, 2 min, … at most 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

interface ClaimedRow {
  id: number;
  topic: string;
  payload: unknown;
  attempts: number;
  created_at: Date;
}

/**
 * Sends every message due now, batch by batch, until none is left; returns how many were handled
 * (sent or not). With `until: 'short'` it stops after a batch short of full instead of looking
 * again: a worker's own loop, which a commit wakes again (notify) and the poll covers, would
 * otherwise spend a statement finding nothing after every batch.
 */
export async function drainOutbox(options: OutboxOptions, until: 'empty' | 'short' = 'empty'): Promise<number> {
  let handled = 0;
  for (;;) {
    if (options.stopping?.()) return handled;
    const batch = await claimDue(options);
    if (batch.length === 0) return handled;
    const together = new Set<string>();
    for (const [index, message] of batch.entries()) {
      if (options.stopping?.()) {
        const left = batch.slice(index).filter((m) => !together.has(m.topic));
        await giveBack(options, left);
        return handled + batch.length - left.length;
      }
      const handler = options.handlers[message.topic];
      if (handler && typeof handler !== 'function') {
        // A batch topic's messages go together, at the place of the first of them.
        if (together.has(message.topic)) continue;
        together.add(message.topic);
        await deliverMany(
          options,
          handler,
          batch.filter((m) => m.topic === message.topic),
        );
      } else {
        await deliver(options, message);
      }
    }
    handled += batch.length;
    if (until === 'short' && batch.length < (options.batchSize ?? defaults.batchSize)) return handled;
  }
}

async function claimDue({
  db,
  clock,
  batchSize = defaults.batchSize,
  leaseMs = defaults.leaseMs,
  topics,
  exceptTopics,
}: OutboxOptions): Promise<OutboxMessage[]> {
  const now = clock.now();
  const { rows } = await db.query<ClaimedRow>(
    `with due as (
       select id from outbox
        where sent_at is null and failed_at is null and available_at <= $1 and ($4::text[] is null or topic = any($4::text[]))
          and ($5::text[] is null or topic <> all($5::text[]))
        order by available_at, id
        limit $2
        for update skip locked
     )
     update outbox set available_at = $3, attempts = outbox.attempts + 1
       from due where outbox.id = due.id
     returning outbox.id, outbox.topic, outbox.payload, outbox.attempts, outbox.created_at`,
    [now, batchSize, new Date(now.getTime() + leaseMs), topics ?? null, exceptTopics ?? null],
    { prepare: true },
  );
  return rows
    .map((row) => ({
      id: row.id,
      topic: row.topic,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.created_at,
    }))
    .sort((a, b) => a.id - b.id);
}

/** Claimed messages left unhandled by a worker that stops: due again now, their attempt not counted. */
async function giveBack({ db, clock }: OutboxOptions, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db.query('update outbox set available_at = $2, attempts = attempts - 1 where id = any($1::bigint[])', [
    messages.map((m) => m.id),
    clock.now(),
  ]);
}

async function deliver(options: OutboxOptions, message: OutboxMessage): Promise<void> {
  try {
    const handler = options.handlers[message.topic];
    if (!handler) throw new Error(`no handler for outbox topic ${message.topic}`);
    if (typeof handler === 'function') await handler(message.payload, message);
    else await handler.many([message]);
  } catch (error) {
    await recordFailure(options, message, error);
    return;
  }
  await markSent(options, [message]);
}

async function deliverMany(
  options: OutboxOptions,
  handler: OutboxBatchHandler,
  messages: OutboxMessage[],
): Promise<void> {
  if (messages.length === 1) return deliver(options, messages[0]!);
  try {
    await handler.many(messages);
  } catch (error) {
    options.logger.warn(
      { err: error, topic: messages[0]!.topic, messages: messages.length },
      'outbox batch not delivered; its messages are tried one by one',
    );
    for (const message of messages) await deliver(options, message);
    return;
  }
  await markSent(options, messages);
}

async function markSent({ db, clock, logger }: OutboxOptions, messages: OutboxMessage[]): Promise<void> {
  await db.query(
    'update outbox set sent_at = $2 where id = any($1::bigint[])',
    [messages.map((m) => m.id), clock.now()],
    { prepare: true },
  );
  for (const message of messages)
    logger.debug({ outboxId: message.id, topic: message.topic, attempts: message.attempts }, 'outbox message sent');
}

async function recordFailure(
  { db, clock, logger, maxAttempts = defaults.maxAttempts }: OutboxOptions,
  message: OutboxMessage,
  error: unknown,
): Promise<void> {
  const log = logger.child({ outboxId: message.id, topic: message.topic, attempts: message.attempts });
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof OutboxDeferral) {
    await db.query('update outbox set attempts = attempts - 1, available_at = $2, last_error = $3 where id = $1', [
      message.id,
      new Date(clock.now().getTime() + error.retryAfterMs),
      reason,
    ]);
    log.debug({ reason }, 'outbox message deferred');
  } else if (message.attempts >= maxAttempts) {
    await db.query('update outbox set failed_at = $2, last_error = $3 where id = $1', [
      message.id,
      clock.now(),
      reason,
    ]);
    log.error({ err: error }, 'outbox message given up after its last attempt');
  } else {
    const next = new Date(clock.now().getTime() + backoffMs(message.attempts));
    await db.query('update outbox set available_at = $2, last_error = $3 where id = $1', [message.id, next, reason]);
    log.warn({ err: error, retryAt: next.toISOString() }, 'outbox message not delivered; will retry');
  }
}

/** Starts polling the outbox in this process; `drain` and `notify` let callers hurry it. */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const pollIntervalMs = options.pollIntervalMs ?? defaults.pollIntervalMs;
  let stopped = false;
  let woken = false;
  let wake: (() => void) | undefined;
  // One drain at a time in this process: the loop's and callers' run one after another.
  let running: Promise<number> = Promise.resolve(0);

  const drain = (until: 'empty' | 'short' = 'empty'): Promise<number> => {
    const next = running.catch(() => 0).then(() => drainOutbox({ ...options, stopping: () => stopped }, until));
    running = next;
    return next;
  };

  const loop = async () => {
    while (!stopped) {
      woken = false;
      let handled = 0;
      try {
        handled = await drain('short');
      } catch (error) {
        // The database may be briefly unreachable; the next poll tries again.
        options.logger.warn({ err: error }, 'outbox poll failed');
      }
      if (stopped) continue;
      if (woken && handled > 0) continue;
      if (woken) {
        // Woken while there was nothing of ours to send (commits enqueue other workers' topics):
        // a short pause, so a stream of such wake-ups costs a look every 50 ms, not one per commit.
        await new Promise((resolve) => setTimeout(resolve, emptyWakePauseMs).unref());
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        timer.unref();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  };
  const looping = loop();

  return {
    drain: () => drain(),
    notify() {
      woken = true;
      wake?.();
    },
    async stop() {
      stopped = true;
      wake?.();
      await looping;
      await running.catch(() => 0);
    },
  };
}
