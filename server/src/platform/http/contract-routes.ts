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

/** What a module says of one route beyond its contract: its words in the OpenAPI document, its guard and its handler. */
interface ContractRoute<R extends RouteSpec>
  extends RouteWords,
    Pick<ContractOptions<R>, 'preHandler' | 'bodyLimit' | 'handler'> {
  /** an answer no browser or proxy may keep: about the caller, or new at every call */
  noStore?: boolean;
}

/** What every route of a group shares: its OpenAPI tags and, where all have the same, its guard. */
interface RouteGroup {
  tags: string[];
  preHandler?: ContractOptions<RouteSpec>['preHandler'];
}

/**
 * Registers a module's routes by their contracts: the method and path come from the contract, so
 * the server cannot answer at another address than the one the browser calls, and Fastify
 * validates with the contract's own schemas.
 */
export function contractRoutes(app: ZodApp, group: RouteGroup) {
  return <R extends RouteSpec>(
    contract: R,
    { summary, description, tags = group.tags, noStore, handler, ...options }: ContractRoute<R>,
  ): void => {
    app.route<RouteGenericInterface, ContextConfigDefault, RouteSchema<R>>({
      method: contract.method,
      url: contract.path,
      ...(group.preHandler && { preHandler: group.preHandler as ContractRoute<R>['preHandler'] }),
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
