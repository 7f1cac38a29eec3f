import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { publicAccess } from './access.ts';
import { declaredRoutes, installAccessGuards, registerAccessControl, registerPublicPlugin } from './access-control.ts';

/** An application with access control and a guard that refuses every request it is installed on. */
function guardedApp(): FastifyInstance {
  const app = Fastify();
  registerAccessControl(app);
  installAccessGuards(app, (access) => async (_request, reply) => {
    await reply.code(401).send({ refusedAs: access.audience });
  });
  return app;
}

describe('access control of routes', () => {
  it('refuses to start an application with a route that declares no access', async () => {
    const app = guardedApp();
    app.get('/declared', { config: { access: publicAccess } }, async () => 'ok');
    app.post('/forgotten', async () => 'ok');
    await expect(app.ready()).rejects.toThrow('POST /forgotten declares no access');
  });

  it('refuses a route that needs a session guard registered where none is installed', async () => {
    const app = Fastify();
    registerAccessControl(app);
    app.get('/mine', { config: { access: { audience: 'user' } } }, async () => 'secret');
    await expect(app.ready()).rejects.toThrow('GET /mine needs a session guard and has none');
  });

  it('installs the guard from the declaration, before the body is read or validated, on HEAD too', async () => {
    const app = guardedApp();
    const schema = { body: { type: 'object', required: ['x'] } };
    app.post('/change', { config: { access: { audience: 'staff' } }, schema }, async () => 'changed');
    app.get('/mine', { config: { access: { audience: 'user' } } }, async () => 'secret');
    app.get('/news', { config: { access: publicAccess } }, async () => 'news');
    const post = await app.inject({ method: 'POST', url: '/change', payload: 'not json' });
    expect([post.statusCode, post.json()]).toEqual([401, { refusedAs: 'staff' }]);
    expect((await app.inject({ method: 'HEAD', url: '/mine' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/mine' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/news' })).body).toBe('news');
    expect(declaredRoutes(app).map((r) => `${r.method} ${r.url} ${r.access?.audience}`)).toEqual([
      'POST /change staff',
      'GET /mine user',
      'HEAD /mine user',
      'GET /news anyone',
      'HEAD /news anyone',
    ]);
  });

  it('declares public the routes of a plugin that cannot declare its own', async () => {
    const app = guardedApp();
    await registerPublicPlugin(
      app,
      async (plugin: FastifyInstance) => {
        plugin.get('/docs', async () => 'docs');
      },
      {},
    );
    await app.ready();
    expect(declaredRoutes(app).map((r) => [r.url, r.access])).toEqual([
      ['/docs', publicAccess],
      ['/docs', publicAccess],
    ]);
  });
});
