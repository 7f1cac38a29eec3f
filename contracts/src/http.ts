import type { z } from 'zod';

/*
 * A route's contract: its method and path and the zod schemas of what it takes and answers. The
 * server hands the schemas to Fastify (validation, serialisation, OpenAPI); the browser derives
 * its input and output types from the same objects and builds the request from them.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route answers other than JSON: the browser links to it or downloads it, it does not parse it. */
export type FileAnswer =
  | 'application/pdf'
  | 'text/csv'
  | 'application/atom+xml'
  | 'application/xml'
  | 'application/octet-stream'
  | 'text/plain';

export interface RouteSpec {
  method: HttpMethod;
  /** Fastify's path syntax: `/api/v1/declarations/:id` */
  path: string;
  params?: z.ZodType;
  querystring?: z.ZodType;
  headers?: z.ZodType;
  body?: z.ZodType;
  /** JSON answers by status; a route that only answers a file has none */
  response?: Partial<Record<number, z.ZodType>>;
  /** the media type of a file answer (PDF, CSV, Atom…) */
  produces?: FileAnswer;
}

/** Names a route's contract, keeping every schema's own type. */
export function defineRoute<const R extends RouteSpec>(route: R): R {
  return route;
}

/** What a route under a shared path states for itself: everything but its path parameters. */
type RouteParts = Omit<RouteSpec, 'method' | 'path' | 'params'>;

type SharedParams<Params> = Params extends z.ZodType ? { params: Params } : Record<never, never>;

/**
 * The routes at one path and below it (a collection, a record and what is done to it), which all
 * take that path's parameters when it has any: `const request = routesAt(`${base}/:id`, idParam)`,
 * then `request('POST', '/approve', { response: { 200: approved } })`.
 */
export function routesAt<const Path extends string, const Params extends z.ZodType | undefined = undefined>(
  path: Path,
  params?: Params,
) {
  const shared = (params ? { params } : {}) as SharedParams<Params>;
  return <const M extends HttpMethod, const Below extends string, const Parts extends RouteParts>(
    method: M,
    below: Below,
    parts: Parts,
  ) => defineRoute({ method, path: `${path}${below}` as `${Path}${Below}`, ...shared, ...parts });
}

type SchemaKeys = 'params' | 'querystring' | 'headers' | 'body' | 'response';

/** The parts of a contract Fastify's `schema` takes, typed so its zod type provider infers the handler's request and reply. */
export type RouteSchema<R extends RouteSpec> = Pick<R, Extract<keyof R, SchemaKeys>>;

export function routeSchema<R extends RouteSpec>(route: R): RouteSchema<R> {
  const schema: Partial<Record<SchemaKeys, unknown>> = {};
  if (route.params) schema.params = route.params;
  if (route.querystring) schema.querystring = route.querystring;
  if (route.headers) schema.headers = route.headers;
  if (route.body) schema.body = route.body;
  if (route.response) schema.response = route.response;
  return schema as RouteSchema<R>;
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** What a caller gives: the path parameters, the query and the body, each only when the route has it. */
export type RouteInput<R extends RouteSpec> = (R['params'] extends z.ZodType
  ? { params: InputOf<R['params']> }
  : { params?: undefined }) &
  (R['querystring'] extends z.ZodType ? { query?: InputOf<R['querystring']> } : { query?: undefined }) &
  (R['headers'] extends z.ZodType ? { headers?: InputOf<R['headers']> } : unknown) &
  (R['body'] extends z.ZodType ? { body: InputOf<R['body']> } : { body?: undefined });

type SuccessSchema<Response> = Response extends { 200: infer S }
  ? S
  : Response extends { 201: infer S }
    ? S
    : Response extends { 202: infer S }
      ? S
      : undefined;

/** What a route answers on success (200, else 201, else 202); undefined for 204 and file answers. */
export type RouteOutput<R extends RouteSpec> =
  SuccessSchema<R['response']> extends infer S ? (S extends z.ZodType ? z.output<S> : undefined) : never;

/** The path with its parameters filled in, each encoded: `/api/v1/declarations/:id` → `/api/v1/declarations/3f…`. */
export function pathOf(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}

/** A query string from the values given, leaving out undefined, null and empty ones; '' when none are left. */
export function queryOf(query: Readonly<Record<string, unknown>> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The URL of a route for these parameters and query: a file's link, or the request the client sends. */
export function urlOf<R extends RouteSpec>(
  route: R,
  input: Pick<RouteInput<R>, 'params' | 'query'> = {} as Pick<RouteInput<R>, 'params' | 'query'>,
): string {
  return (
    pathOf(route.path, input.params as Record<string, unknown> | undefined) +
    queryOf(input.query as Record<string, unknown> | undefined)
  );
}
