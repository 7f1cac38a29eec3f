import type { onRouteHookHandler } from 'fastify';
import { z } from 'zod';
import { type JsonSchema, resolveRoot } from './json-schema.ts';

/** One route of the application as the hostile-input suite sees it: its address, what it takes and its limit. */
export interface RouteUnderTest {
  method: string;
  /** Fastify's path syntax, `/api/v1/declarations/:id` */
  url: string;
  params: JsonSchema | null;
  query: JsonSchema | null;
  body: JsonSchema | null;
  /** false for the routes whose body is a file (raw-body routes): they take no JSON */
  takesJson: boolean;
  /** the media types such a route takes: the first of these it reads, or null when it reads none of them */
  rawType: string | null;
  /** the route's own body limit, else the application's */
  bodyLimit: number;
}

/** Media types a raw-body route may take; the first it has a parser for is the one the suite sends. */
const rawTypes = ['application/xml', 'application/pdf', 'image/png', 'application/octet-stream'];

/**
 * Lists every route the application registers, as it registers them (an `onRoute` hook given to
 * `buildApp`), so a route added tomorrow is in the hostile-input suite without anyone listing it.
 * HEAD routes are left out: Fastify makes them from the GET routes, with the same handler.
 */
export function routeTable(appBodyLimit: number) {
  const routes: RouteUnderTest[] = [];
  const onRoute: onRouteHookHandler = function (this, route) {
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    const takesJson = this.hasContentTypeParser('application/json');
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        params: jsonSchemaOf(schema.params),
        query: jsonSchemaOf(schema.querystring),
        body: jsonSchemaOf(schema.body),
        takesJson,
        rawType: takesJson ? null : (rawTypes.find((type) => this.hasContentTypeParser(type)) ?? null),
        bodyLimit: route.bodyLimit ?? appBodyLimit,
      });
    }
  };
  return { routes, onRoute };
}

/** The JSON Schema of what a route takes (its input side), from its zod schema; null when it has none. */
function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  return resolveRoot(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}
