import type { FastifyInstance } from 'fastify';
import { type Language, negotiateLanguage } from '../i18n/language.ts';
import { inRequestScope } from '../request-scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of messages for this request, from Accept-Language (kk, ru or en; default ru). */
    language: Language;
  }
}

/**
 * Every response carries its request id, so a user can quote it and an operator can find the log
 * lines; and the request's work runs in its scope (request-scope.ts), so every line it logs names it.
 */
export function registerRequestContext(app: FastifyInstance): void {
  app.decorateRequest('language', 'ru');
  app.addHook('onRequest', (request, reply, done) => {
    request.language = negotiateLanguage(request.headers['accept-language']);
    reply.header('x-request-id', request.id);
    // The rest of the request runs inside: Fastify carries the scope across the body's reading
    // (its content-type parsers resume in the context that began them).
    inRequestScope({ requestId: request.id }, done);
  });
}
