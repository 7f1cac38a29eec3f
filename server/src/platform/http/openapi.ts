import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { packageVersion } from '../paths.ts';
import { publicAccess } from './access.ts';

/** Where the API's explorer (Swagger UI) is browsed. */
const explorerPrefix = '/api/docs';

/** What the explorer's answers carry that this server writes for itself. */
const ownHeaders = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

/** The OpenAPI document is generated from the routes' zod schemas: it cannot drift from the code. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shekara API',
        description:
          'Declaring goods to customs in Kazakhstan and the EAEU. Errors are `{"error":{"code","message","requestId"}}`; ' +
          'messages follow Accept-Language (kk, ru, en; default ru).',
        version: packageVersion,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: publicAccess } }, async () => app.swagger());

  // The explorer (@fastify/swagger-ui: a YAML library, its static files) took about a third of
  // building the application at every start, for a page few open. It is made at its first request,
  // as an application of its own serving this one's document, and answers through these routes.
  let explorer: Promise<FastifyInstance> | undefined;
  const throughExplorer = async (request: FastifyRequest, reply: FastifyReply) => {
    explorer ??= openExplorer(app.swagger()).catch((error: unknown) => {
      explorer = undefined;
      throw error;
    });
    const answer = await (await explorer).inject({
      method: request.method === 'HEAD' ? 'HEAD' : 'GET',
      url: request.url,
      headers: { 'if-none-match': request.headers['if-none-match'] ?? '' },
    });
    // what the explorer does not have is answered as any other missing address is, with its code
    if (answer.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(answer.headers))
      if (value !== undefined && !ownHeaders.has(name)) reply.header(name, value);
    // The explorer states its own content security policy, which the server's own then leaves in place.
    return reply.code(answer.statusCode).send(answer.rawPayload);
  };
  for (const url of [explorerPrefix, `${explorerPrefix}/*`])
    app.get(url, { schema: { hide: true }, config: { access: publicAccess } }, throughExplorer);
}

async function openExplorer(document: ReturnType<FastifyInstance['swagger']>): Promise<FastifyInstance> {
  const { default: swaggerUi } = await import('@fastify/swagger-ui');
  const explorer = Fastify({ logger: false });
  await explorer.register(swagger, { mode: 'static', specification: { document: document as never } });
  await explorer.register(swaggerUi, { routePrefix: explorerPrefix, staticCSP: true });
  await explorer.ready();
  return explorer;
}
