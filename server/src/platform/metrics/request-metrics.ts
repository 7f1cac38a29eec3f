import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.ts';

/** Every answer's time, by its route's pattern (`/api/v1/declarations/:id`, never the URL asked) or `unmatched`. */
export function registerRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.requestAnswered(
      request.routeOptions.url ?? 'unmatched',
      request.method,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
}
