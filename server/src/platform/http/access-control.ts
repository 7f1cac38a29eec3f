import type {
  FastifyInstance,
  FastifyPluginAsync,
  FastifyPluginCallback,
  FastifyReply,
  FastifyRequest,
  onRequestHookHandler,
  RouteOptions,
} from 'fastify';
import { needsSessionGuard, publicAccess, type RouteAccess } from './access.ts';

/** A route as registered: its method, address and declared access (none when it declared nothing). */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

/** The guard a route's declared access asks for: it throws the refusal, or lets the request on. */
export type AccessGuard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const registered = new WeakMap<FastifyInstance, RouteOptions[]>();
// The routes whose guard was installed from their declaration, by the options object Fastify
// hands every onRoute hook of the route.
const guarded = new WeakSet<RouteOptions>();

/**
 * Holds every route of the application to a declared access (RouteAccess in its config). Called
 * first, so it sees every route registered after it; when the application is made ready, a route
 * that declares no access, or needs a session guard that was never installed (registered before
 * the accounts module installs them), stops the start with the routes named.
 */
export function registerAccessControl(app: FastifyInstance): void {
  const routes: RouteOptions[] = [];
  registered.set(app, routes);
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onReady', async () => {
    const problems = routes.flatMap((route) => {
      const access = route.config?.access;
      const name = `${String(route.method)} ${route.url}`;
      if (!access) return [`${name} declares no access`];
      if (needsSessionGuard(access) && !guarded.has(route)) return [`${name} needs a session guard and has none`];
      return [];
    });
    if (problems.length > 0) throw new Error(`routes without their access control: ${problems.join('; ')}`);
  });
}

/**
 * Installs, on every route registered after it, the guard its declared access needs, as the
 * route's first own onRequest hook: the caller is judged before the body is read or validated,
 * so a refused caller learns nothing of the request's shape. `guardOf` is the accounts module's.
 */
export function installAccessGuards(app: FastifyInstance, guardOf: (access: RouteAccess) => AccessGuard): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || !needsSessionGuard(access)) return;
    const own = route.onRequest === undefined ? [] : [route.onRequest].flat();
    route.onRequest = [guardOf(access) as onRequestHookHandler, ...own];
    guarded.add(route);
  });
}

/** Every route of the application with its declared access, in the order registered (HEAD routes included). */
export function declaredRoutes(app: FastifyInstance): DeclaredRoute[] {
  const routes = registered.get(app);
  if (!routes) throw new Error('the application has no access control');
  return routes.flatMap((route) =>
    [route.method].flat().map((method) => ({ method: String(method), url: route.url, access: route.config?.access })),
  );
}

/**
 * Registers a plugin of someone else's (the OpenAPI viewer, static files) whose routes cannot
 * declare their access themselves: in a context of its own, every route it adds is public.
 */
export async function registerPublicPlugin<Options extends object>(
  app: FastifyInstance,
  plugin: FastifyPluginAsync<Options> | FastifyPluginCallback<Options>,
  options: Options,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: route.config?.access ?? publicAccess };
    });
    await scope.register(plugin, options);
  });
}
