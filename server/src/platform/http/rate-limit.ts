import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db/database.ts';
import { PlatformErrors } from '../errors.ts';

/**
 * A fixed-window limiter per client address, counted in PostgreSQL (`rate_limit_windows`,
 * migration 0036), so that every node of the system counts against the same allowance: a client
 * spreading its requests over several nodes gets no more than from one. A client's window starts
 * at its first request and lasts `windowMs`; one upsert counts a request (or starts a new window
 * when the last has ended) and answers the count and the window's end. The table is unlogged and
 * bounded: one row per client and limiter, and rows whose window has ended are deleted, by each
 * node at most once a minute.
 */
export interface RateLimit {
  /** A preHandler: refuses with 429 RATE_LIMITED and a Retry-After header when over the limit. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

export interface RateLimitOptions {
  /** Which allowance this is (`accounts.log-in`): limiters of one name share their counts on every node. */
  name: string;
  limit: number;
  windowMs: number;
  clock: Clock;
  db: Queryable;
}

const purgeEveryMs = 60_000;

export function rateLimit({ name, limit, windowMs, clock, db }: RateLimitOptions): RateLimit {
  let purgedAt = Number.NEGATIVE_INFINITY;
  return {
    async check(request, reply) {
      const now = clock.now();
      const { rows } = await db.query<{ hits: number; endsAt: Date }>(
        `insert into rate_limit_windows as w (limiter, client, started_at, ends_at, hits) values ($1, $2, $3, $4, 1)
         on conflict (limiter, client) do update set
           hits = case when w.ends_at <= $3 then 1 else w.hits + 1 end,
           started_at = case when w.ends_at <= $3 then $3 else w.started_at end,
           ends_at = case when w.ends_at <= $3 then $4 else w.ends_at end
         returning w.hits, w.ends_at as "endsAt"`,
        [name, request.ip, now, new Date(now.getTime() + windowMs)],
        { prepare: true },
      );
      const { hits, endsAt } = rows[0]!;
      if (now.getTime() - purgedAt >= purgeEveryMs) {
        purgedAt = now.getTime();
        // Not awaited: the request does not wait for the table's upkeep, nor fail with it.
        db.query('delete from rate_limit_windows where ends_at <= $1', [now]).catch(() => {});
      }
      const resetInSeconds = Math.max(1, Math.ceil((endsAt.getTime() - now.getTime()) / 1000));
      reply.header('ratelimit-limit', limit).header('ratelimit-remaining', Math.max(0, limit - hits));
      if (hits > limit) {
        reply.header('retry-after', resetInSeconds);
        throw PlatformErrors.RATE_LIMITED({ seconds: resetInSeconds });
      }
    },
  };
}
