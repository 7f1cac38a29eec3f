import type { FastifyInstance } from 'fastify';

/**
 * On shutdown, requests already running must finish, but their kept-alive sockets must not hold
 * the server open for the whole keep-alive timeout. From the moment closing starts, every
 * response says `Connection: close`, so each socket ends with its last response.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
