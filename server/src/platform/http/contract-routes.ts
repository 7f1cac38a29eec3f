import type { RouteSchema, RouteSpec } from '@shekara/contracts/http';
import { routeSchema } from '@shekara/contracts/http';
import type {
  ContextConfigDefault,
  FastifyBaseLogger,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteShorthandOptionsWithHandler,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteAccess } from './access.ts';
import type { ZodApp } from './types.ts';

/** Fastify's options of a route whose request and reply are typed by the contract's schemas. */
type ContractOptions<R extends RouteSpec> = RouteShorthandOptionsWithHandler<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  RouteSchema<R>,
  ZodTypeProvider,
  FastifyBaseLogger
>;

/** The request a route's handler receives, its params, query and body typed by the contract. */
export type ContractRequest<R extends RouteSpec> = Parameters<ContractHandler<R>>[0];

/** A route's handler, its request and reply typed by the contract. */
export type ContractHandler<R extends RouteSpec> = ContractOptions<R>['handler'];

/** A route's words in the OpenAPI document. */
export interface RouteWords {
  summary: string;
  description?: string;
  /** the OpenAPI tags, when not those of the other routes of the group */
  tags?: string[];
}

/**
 * What a module says of one route beyond its contract: its words in the OpenAPI document, who may
 * call it, its handler and what else runs before it (a rate limit).
 */
interface ContractRoute<R extends RouteSpec>
  extends RouteWords,
    Pick<ContractOptions<R>, 'preHandler' | 'bodyLimit' | 'handler'> {
  /** who may call it, when not the group's: its session guard is installed from this */
  access?: RouteAccess;
  /** an answer no browser or proxy may keep: about the caller, or new at every call */
  noStore?: boolean;
}

/** What every route of a group shares: its OpenAPI tags and, where all have the same, who may call it. */
interface RouteGroup {
  tags: string[];
  access?: RouteAccess;
}

/**
 * Registers a module's routes by their contracts: the method and path come from the contract, so
 * the server cannot answer at another address than the one the browser calls, and Fastify
 * validates with the contract's own schemas. Each route carries its declared access in its
 * config, from which its guard is installed (access-control.ts).
 */
export function contractRoutes(app: ZodApp, group: RouteGroup) {
  return <R extends RouteSpec>(
    contract: R,
    { summary, description, tags = group.tags, access = group.access, noStore, handler, ...options }: ContractRoute<R>,
  ): void => {
    app.route<RouteGenericInterface, ContextConfigDefault, RouteSchema<R>>({
      method: contract.method,
      url: contract.path,
      ...(access && { config: { access } }),
      ...(noStore && { onRequest: forbidStoring }),
      ...options,
      schema: { summary, ...(description !== undefined && { description }), tags, ...routeSchema(contract) },
      handler,
    });
  };
}

async function forbidStoring(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('cache-control', 'no-store');
}
