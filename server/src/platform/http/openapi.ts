import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { packageVersion } from '../paths.ts';
import { publicAccess } from './access.ts';
import { registerPublicPlugin } from './access-control.ts';

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
  // The explorer's page has inline script: it states its own policy, with the hashes of its scripts.
  await registerPublicPlugin(app, swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: publicAccess } }, async () => app.swagger());
}
