import type { FastifyInstance } from 'fastify';
import { type Language, negotiateLanguage } from '../i18n/language.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of messages for this request, from Accept-Language (kk, ru or en; default ru). */
    language: Language;
  }
}

/** Every response carries its request id, so a user can quote it and an operator can find the log line. */
export function registerRequestContext(app: FastifyInstance): void {
  app.decorateRequest('language', 'ru');
  app.addHook('onRequest', async (request, reply) => {
    request.language = negotiateLanguage(request.headers['accept-language']);
    reply.header('x-request-id', request.id);
  });
}
