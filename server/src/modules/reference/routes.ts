import { createHash } from 'node:crypto';
import { maxCalendarRangeDays, referenceRoutes as r } from '@shekara/contracts/reference';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import type { CachedAnswer } from './answer-cache.ts';
import { ReferenceErrors } from './errors.ts';
import { listCalendarDays, listCustomsBodies, listRegions } from './repository.ts';
import { createCalendar, dayNumber } from './working-days.ts';

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

export async function referenceRoutes(app: ZodApp, { db }: { db: Database }): Promise<void> {
  const route = contractRoutes(app, { tags: ['reference'] });

  route(r.regions, {
    summary: 'Regions of Kazakhstan',
    description: 'Oblasts and cities of republican significance with their KATO prefix and names in kk, ru and en.',
    handler: async (request, reply) => cacheable(request, reply, { items: await listRegions(db) }),
  });

  route(r.customsBodies, {
    summary: 'Customs bodies',
    description:
      "Each region's Department of State Revenue (the territorial body) and the customs offices, posts and border checkpoints under it, with their 5-digit codes.",
    handler: async (request, reply) => {
      const { kind, region } = request.query;
      return cacheable(request, reply, { items: await listCustomsBodies(db, { kind, regionCode: region }) });
    },
  });

  route(r.calendar, {
    summary: 'Working-day calendar',
    description: `Holidays, days off carried over or moved, and weekend days made working, from \`from\` to \`to\` (at most ${maxCalendarRangeDays} days), with the number of working days in that range.`,
    handler: async (request, reply) => {
      const { from, to } = request.query;
      const length = dayNumber(to) - dayNumber(from) + 1;
      if (length < 1 || length > maxCalendarRangeDays)
        throw ReferenceErrors.CALENDAR_RANGE_INVALID({ max: maxCalendarRangeDays });
      const items = await listCalendarDays(db, from, to);
      const calendar = createCalendar(items, { from, to });
      const workingDays = calendar.workingDaysBetween(from, to) + (calendar.isWorkingDay(from) ? 1 : 0);
      return cacheable(request, reply, { from, to, workingDays, items });
    },
  });
}
