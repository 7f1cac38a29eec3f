import { createHash } from 'node:crypto';
import type { RouteSpec } from '@shekara/contracts/http';
import { maxCalendarRangeDays, referenceRoutes as r } from '@shekara/contracts/reference';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { publicAccess } from '../../platform/http/access.ts';
import {
  type ContractHandler,
  type ContractRequest,
  contractRoutes,
  type RouteWords,
} from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import type { CachedAnswer } from './answer-cache.ts';
import { ReferenceErrors } from './errors.ts';
import { listCalendarDays, listCustomsBodies, listRegions } from './repository.ts';
import { almatyDate, createCalendar, dayNumber } from './working-days.ts';

/**
 * Reference data changes rarely: clients may keep it for an hour and then revalidate with the
 * ETag, which is a digest of the body, so an unchanged answer costs a 304 and no body.
 */
export function cacheable<T>(request: FastifyRequest, reply: FastifyReply, body: T): FastifyReply {
  return sendAnswer(request, reply, serialiseAnswer(body));
}

/**
 * Serialised once, for both the digest and the body: reference answers are large (a TN VED
 * search is ~25 kB) and on the hot path, so they are not serialised a second time (nor walked
 * again by the response schema; the tests check the shapes).
 */
export function serialiseAnswer(body: unknown): CachedAnswer {
  const json = JSON.stringify(body);
  return { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
}

export function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply {
  reply.header('etag', answer.etag).header('cache-control', 'public, max-age=3600');
  if (request.headers['if-none-match'] === answer.etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(answer.json);
}

/** What the reference data's routes are given: the databases, and the clock that says which day is today. */
export interface ReferenceRouteOptions {
  /** The primary: the copies held in memory (search index, rates) are made from it. */
  db: Database;
  /** Where the routes' own queries go: a read replica when one is configured and current (platform/db/read-replicas.ts). */
  reads: Database;
  clock: Clock;
}

/** The day a reference query asks about: the one it names, or today in Almaty. */
export function dateOrToday(date: string | undefined, clock: Clock): string {
  return date ?? almatyDate(clock.now());
}

/** A reference route whose answer is its body alone, sent `cacheable`. */
interface CacheableRoute<R extends RouteSpec> extends RouteWords {
  answer: (request: ContractRequest<R>) => Promise<unknown>;
}

/** Registers reference routes that answer with a body every client may keep (see `cacheable`). */
export function cacheableRoutes(app: ZodApp) {
  const route = contractRoutes(app, { tags: ['reference'], access: publicAccess });
  return <R extends RouteSpec>(contract: R, { answer, ...words }: CacheableRoute<R>): void =>
    route(contract, {
      ...words,
      // Fastify cannot resolve the reply type of a contract not yet known, hence the cast; the
      // answer is checked by the tests rather than by the response schema (see serialiseAnswer).
      handler: (async (request: ContractRequest<R>, reply: FastifyReply) =>
        cacheable(request, reply, await answer(request))) as unknown as ContractHandler<R>,
    });
}

export async function referenceRoutes(app: ZodApp, { reads: db }: Pick<ReferenceRouteOptions, 'reads'>): Promise<void> {
  const route = cacheableRoutes(app);

  route(r.regions, {
    summary: 'Regions of Kazakhstan',
    description: 'Oblasts and cities of republican significance with their KATO prefix and names in kk, ru and en.',
    answer: async () => ({ items: await listRegions(db) }),
  });

  route(r.customsBodies, {
    summary: 'Customs bodies',
    description:
      "Each region's Department of State Revenue (the territorial body) and the customs offices, posts and border checkpoints under it, with their 5-digit codes.",
    answer: async ({ query: { kind, region } }) => ({
      items: await listCustomsBodies(db, { kind, regionCode: region }),
    }),
  });

  route(r.calendar, {
    summary: 'Working-day calendar',
    description: `Holidays, days off carried over or moved, and weekend days made working, from \`from\` to \`to\` (at most ${maxCalendarRangeDays} days), with the number of working days in that range.`,
    answer: async ({ query: { from, to } }) => {
      const length = dayNumber(to) - dayNumber(from) + 1;
      if (length < 1 || length > maxCalendarRangeDays)
        throw ReferenceErrors.CALENDAR_RANGE_INVALID({ max: maxCalendarRangeDays });
      const items = await listCalendarDays(db, from, to);
      const calendar = createCalendar(items, { from, to });
      const workingDays = calendar.workingDaysBetween(from, to) + (calendar.isWorkingDay(from) ? 1 : 0);
      return { from, to, workingDays, items };
    },
  });
}
