import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import { PlatformErrors } from '../errors.ts';

/**
 * A fixed-window limiter per client address, kept in process memory: enough to keep one client
 * from monopolising an expensive public endpoint (signature verification). Several nodes each
 * count on their own, which is acceptable for this purpose. The table is bounded: when full, the
 * oldest windows are dropped first.
 */
export interface RateLimit {
  /** A preHandler: refuses with 429 RATE_LIMITED and a Retry-After header when over the limit. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

const maxClients = 10_000;

export function rateLimit({ limit, windowMs, clock }: { limit: number; windowMs: number; clock: Clock }): RateLimit {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    async check(request, reply) {
      const now = clock.now().getTime();
      const key = request.ip;
      let window = windows.get(key);
      if (!window || now - window.startedAt >= windowMs) {
        windows.delete(key);
        if (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
      }
      window.count++;
      const resetInSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
      reply.header('ratelimit-limit', limit).header('ratelimit-remaining', Math.max(0, limit - window.count));
      if (window.count > limit) {
        reply.header('retry-after', resetInSeconds);
        throw PlatformErrors.RATE_LIMITED({ seconds: resetInSeconds });
      }
    },
  };
}
