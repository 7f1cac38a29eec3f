import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';
import { currentRequest } from './request-scope.ts';
import { mapStack } from './stack-map.ts';

const requestLoggerMark = Symbol('shekara.requestLogger');

/**
 * Marks the logger Fastify makes for each request, which binds `reqId` itself; pino's children are
 * made from their parent's prototype, so whatever a handler derives from it is marked too.
 */
export function markRequestLogger<L extends object>(logger: L): L {
  (logger as Record<symbol, unknown>)[requestLoggerMark] = true;
  return logger;
}

/**
 * Every line written while a request's work runs names the request (`reqId`, as Fastify's own
 * lines do), even when the module logs through the process's logger rather than the request's.
 */
function requestFields(_fields: object, _level: number, logger: object): { reqId?: string } {
  if ((logger as Record<symbol, unknown>)[requestLoggerMark]) return {};
  const request = currentRequest();
  return request ? { reqId: request.requestId } : {};
}

/** pino's error fields, the stack naming the TypeScript sources where the server runs bundled. */
function errorWithSourcePlaces(error: Error) {
  const fields = pino.stdSerializers.err(error);
  if (typeof fields.stack === 'string') fields.stack = mapStack(fields.stack);
  return fields;
}

/** Structured JSON logs on stdout (or `destination`); secrets in headers never reach them. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'shekara' },
    mixin: requestFields,
    serializers: { err: errorWithSourcePlaces },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
