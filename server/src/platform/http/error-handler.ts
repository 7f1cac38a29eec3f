import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { AppError, PlatformErrors } from '../errors.ts';
import { negotiateLanguage } from '../i18n/language.ts';

/**
 * The one place where errors become HTTP responses:
 * `{"error":{"code","message","requestId"[,"details"]}}`, the message in the request's language.
 * Anything unexpected is a 500 with a generic message; its details go to the log only.
 */
export function registerErrorHandler(app: FastifyInstance, options: { bodyLimitBytes: number }): void {
  app.setErrorHandler((error, request, reply) => {
    // A route may set its own body limit (declaration documents, attachments): name that one.
    const appError = toAppError(error, request.routeOptions.bodyLimit ?? options.bodyLimitBytes);
    if (appError.status >= 500) {
      request.log.error({ err: error, code: appError.code }, 'request failed');
    } else {
      request.log.info({ code: appError.code }, 'request refused');
    }
    return sendError(request, reply, appError);
  });
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route or hook runs (an address
 * that is not percent-encoded UTF-8, a path parameter longer than the router takes) is answered in
 * the same shape as every other error, instead of Fastify's own body without our code.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  request.language = negotiateLanguage(request.headers['accept-language']);
  reply.header('x-request-id', request.id);
  const appError =
    error.code === 'FST_ERR_BAD_URL'
      ? PlatformErrors.MALFORMED_URL()
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? PlatformErrors.URL_TOO_LONG()
        : PlatformErrors.INTERNAL_ERROR({}, { cause: error });
  if (appError.status >= 500) request.log.error({ err: error, code: appError.code }, 'request failed');
  else request.log.info({ code: appError.code }, 'request refused');
  return sendError(request, reply, appError);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const body: Record<string, unknown> = {
    code: error.code,
    message: error.messageIn(request.language),
    requestId: request.id,
  };
  if (error.details !== undefined) body.details = error.details;
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', error.retryAfterSeconds);
  return reply.status(error.status).header('cache-control', 'no-store').send({ error: body });
}

function toAppError(error: unknown, bodyLimitBytes: number): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      in: where,
      path: issue.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      issue: String((issue.params as { issue?: { code?: string } }).issue?.code ?? issue.keyword),
    }));
    const fields = [...new Set(details.map((d) => d.path || where))].join(', ');
    return PlatformErrors.VALIDATION_FAILED({ fields }, { details });
  }
  if (isDatabaseUnavailable(error)) return PlatformErrors.DATABASE_UNAVAILABLE({}, { cause: error });
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    // an uploaded file over the route's limit, or more files or parts than it takes (@fastify/multipart)
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return PlatformErrors.PAYLOAD_TOO_LARGE({ limit: bodyLimitBytes });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return PlatformErrors.UNSUPPORTED_MEDIA_TYPE();
    case 'FST_ERR_NOT_FOUND':
      return PlatformErrors.NOT_FOUND();
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 404) return PlatformErrors.NOT_FOUND();
  // Fastify's own 4xx (bad JSON, empty body, bad content length…) all mean the request could not be read.
  if (status >= 400 && status < 500) return PlatformErrors.MALFORMED_REQUEST({}, { cause: error });
  return PlatformErrors.INTERNAL_ERROR({}, { cause: error });
}
