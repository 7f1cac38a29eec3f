import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemRoutes } from '@shekara/contracts/system';
import type { Logger } from 'pino';
import type { MetricsConfig } from '../config.ts';
import { PlatformErrors } from '../errors.ts';
import { publicAccess } from '../http/access.ts';
import type { ZodApp } from '../http/types.ts';
import type { Metrics } from './metrics.ts';

/**
 * Where Prometheus reads the metrics, and who may. Either or both:
 *
 * - METRICS_PORT: a listener of its own (on METRICS_HOST, 127.0.0.1 unless set), which a
 *   firewall or a private network keeps from the public; the TLS terminator never forwards to it.
 * - METRICS_TOKEN: a bearer token each scrape sends. With METRICS_PORT it guards that listener;
 *   without, /metrics is served on the public port to that token only.
 *
 * With neither, the public port has no /metrics (404): what the metrics say (routes' traffic,
 * backlogs) is the operator's, not the public's.
 */
/** On the public port, when METRICS_TOKEN is set and no METRICS_PORT takes the metrics elsewhere. */
export async function metricsRoutes(app: ZodApp, { metrics, config }: { metrics: Metrics; config: MetricsConfig }) {
  const { token, port } = config;
  if (token === undefined || port !== undefined) return;
  const allowed = tokenCheck(token);
  app.get(
    systemRoutes.metrics.path,
    {
      // Open to no session: the token is the only key, checked before anything is read.
      config: { access: publicAccess },
      schema: {
        summary: 'Metrics in Prometheus text format (METRICS_TOKEN as a bearer token)',
        description:
          'Request latency by route, submissions, control refusals, signature verifications, the outbox backlog, database connections, worker threads and the event loop. Registered only when METRICS_TOKEN is set; answers 401 METRICS_TOKEN_INVALID without it.',
        tags: ['system'],
        hide: true,
      },
      onRequest: async (request) => {
        if (!allowed(request.headers.authorization)) throw PlatformErrors.METRICS_TOKEN_INVALID();
      },
    },
    async (_request, reply) => {
      const { contentType, text } = await metrics.exposition();
      return reply.header('content-type', contentType).header('cache-control', 'no-store').send(text);
    },
  );
}

export interface MetricsListener {
  url: string;
  close(): Promise<void>;
}

/** The listener of METRICS_PORT, when set: /metrics alone, nothing of the application. */
export async function startMetricsListener(
  metrics: Metrics,
  config: MetricsConfig,
  logger: Logger,
): Promise<MetricsListener | null> {
  if (config.port === undefined) return null;
  const allowed = config.token === undefined ? () => true : tokenCheck(config.token);
  const server = http.createServer((request, response) => {
    const path = request.url?.split('?')[0];
    if (request.method !== 'GET' || path !== systemRoutes.metrics.path) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    if (!allowed(request.headers.authorization)) {
      response.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'text/plain; charset=utf-8' });
      response.end('METRICS_TOKEN_INVALID\n');
      return;
    }
    metrics.exposition().then(
      ({ contentType, text }) => response.writeHead(200, { 'content-type': contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics not collected');
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}${systemRoutes.metrics.path}`;
  logger.info({ url }, 'metrics listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Compares digests of the same length, so the time taken says nothing of how much of the token was right. */
function tokenCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = createHash('sha256').update(token).digest();
  return (authorization) => {
    const given = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    return given !== undefined && timingSafeEqual(createHash('sha256').update(given).digest(), expected);
  };
}
