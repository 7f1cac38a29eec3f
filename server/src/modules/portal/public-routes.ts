import {
  contentKinds,
  kindsWithFile,
  publishedRoutes,
  publicPortalRoutes as routes,
  segmentOf,
} from '@shekara/contracts/portal';
import { publicAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { newsFeed } from './atom-feed.ts';
import type { PortalContext } from './context.ts';
import { PortalErrors } from './errors.ts';
import { matches, revalidated } from './http-cache.ts';
import { activeNotices, findPublished, latestNews, listPublished, publishedFile } from './item-repository.ts';

const feedEntries = 50;

/** What the external module publishes to everyone (ACC-4, ACC-13, WD-34): published items only. */
export async function publicPortalRoutes(app: ZodApp, { ctx }: { ctx: PortalContext }): Promise<void> {
  // Registered before the kinds' `/{slug}` routes, though Fastify prefers a fixed path anyway.
  const route = contractRoutes(app, { tags: ['portal'], access: publicAccess });

  route(routes.activeNotices, {
    summary: 'Maintenance under way now',
    description:
      'Published notices whose window (startsAt ≤ now < endsAt) contains the present moment: the banner every page shows.',
    handler: async (request, reply) =>
      revalidated(request, reply, { items: await activeNotices(ctx.db, ctx.clock.now()) }),
  });

  for (const kind of contentKinds) {
    const published = publishedRoutes(kind);
    route(published.list, {
      summary: `Published ${segmentOf[kind]}`,
      description:
        kind === 'notice'
          ? 'Notices whose maintenance has not yet ended, soonest first.'
          : 'Newest first (legal acts: by the date of the act). Titles and summaries in kk, ru and en.',
      handler: async (request, reply) =>
        revalidated(request, reply, await listPublished(ctx.db, kind, ctx.clock.now(), request.query)),
    });

    route(published.one, {
      summary: `One published item of ${segmentOf[kind]}, with its text`,
      handler: async (request, reply) => {
        const item = await findPublished(ctx.db, kind, request.params.slug, ctx.clock.now());
        if (!item) throw PortalErrors.PORTAL_ITEM_NOT_FOUND();
        return revalidated(request, reply, item);
      },
    });

    if (kindsWithFile.includes(kind)) {
      route(published.file, {
        summary: `The file of a published item of ${segmentOf[kind]}`,
        description:
          'Served as an attachment with its content type; the ETag and `Repr-Digest` carry its SHA-256, which the item also lists.',
        handler: async (request, reply) => {
          const file = await publishedFile(ctx.db, kind, request.params.slug, ctx.clock.now());
          if (!file) throw PortalErrors.PORTAL_FILE_NOT_FOUND();
          const etag = `"${file.sha256}"`;
          reply
            .header('etag', etag)
            .header('cache-control', 'public, no-cache')
            .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
            // An uploaded file is never run as a page of this site, whatever its type says.
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', 'sandbox')
            .header('content-disposition', contentDisposition(file.name));
          if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
          return reply.type(file.contentType).send(Buffer.from(file.content));
        },
      });
    }
  }

  route(routes.newsFeed, {
    summary: 'The news as an Atom 1.0 feed',
    description: `The latest ${feedEntries} news in one language (\`lang\`, else Accept-Language), with absolute links to the public address.`,
    handler: async (request, reply) => {
      const language = request.query.lang ?? request.language;
      const feed = newsFeed(await latestNews(ctx.db, ctx.clock.now(), feedEntries), language, ctx.publicUrl);
      reply.type('application/atom+xml; charset=utf-8');
      return revalidated(request, reply, feed);
    },
  });
}

/** `attachment` with an ASCII fallback name and the real one in RFC 8187 form (Cyrillic names survive). */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
