import { adminPortalRoutes as routes } from '@shekara/contracts/portal';
import type { FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import { rawBodyRoutes } from '../../platform/http/raw-body-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, requestFacts } from '../accounts/index.ts';
import type { Editor, PortalContext } from './context.ts';
import { createItem, deleteItem, editItem, publishItem, unpublishItem } from './edit-item.ts';
import { PortalErrors } from './errors.ts';
import { findItem, listAll } from './item-repository.ts';
import { maxFileBytes, uploadFile } from './upload-file.ts';

const editorOf = (request: FastifyRequest): Editor => ({
  accountId: caller(request).account.id,
  facts: requestFacts(request),
});

/** The administrator's editor of portal content (issue 5 point 7): drafts, publication, files. */
export async function adminPortalRoutes(app: ZodApp, { ctx }: { ctx: PortalContext }): Promise<void> {
  const tags = ['portal administration'];
  const admin: RouteAccess = { audience: 'administrator' };

  const route = contractRoutes(app, { tags, access: admin });

  route(routes.list, {
    summary: 'Every item, drafts included, last changed first',
    handler: async (request) => ({ items: await listAll(ctx.db, request.query.kind) }),
  });

  route(routes.one, {
    summary: 'One item',
    handler: async (request) => {
      const item = await findItem(ctx.db, request.params.id);
      if (!item) throw PortalErrors.PORTAL_ITEM_NOT_FOUND();
      return item;
    },
  });

  route(routes.create, {
    summary: 'Create a draft',
    description:
      'A notice needs `startsAt` and `endsAt`; fields of other kinds are ignored. The slug is the address of the item within its section.',
    handler: async (request, reply) => {
      const { kind, ...input } = request.body;
      return reply.status(201).send(await createItem(ctx, editorOf(request), kind, input));
    },
  });

  route(routes.save, {
    summary: 'Rewrite an item (its kind stays)',
    handler: async (request) => editItem(ctx, editorOf(request), request.params.id, request.body),
  });

  route(routes.publish, {
    summary: 'Publish',
    description:
      'Needs the title in kk, ru and en (PORTAL_TRANSLATION_MISSING) and, for software, a file. Public from `publishedAt`, or from now when it has none.',
    handler: async (request) => publishItem(ctx, editorOf(request), request.params.id),
  });

  route(routes.unpublish, {
    summary: 'Withdraw from the public portal (back to draft)',
    handler: async (request) => unpublishItem(ctx, editorOf(request), request.params.id),
  });

  route(routes.remove, {
    summary: 'Delete an item',
    handler: async (request, reply) => {
      await deleteItem(ctx, editorOf(request), request.params.id);
      return reply.status(204).send();
    },
  });

  // The upload takes the file's bytes as the body, whatever their type.
  await rawBodyRoutes(app, { types: '*', parseAs: 'buffer' }, (upload) =>
    contractRoutes(upload, { tags, access: admin })(routes.upload, {
      summary: 'Upload a file',
      description: `The body is the file itself (at most ${maxFileBytes} bytes), its Content-Type the file's type; \`name\` is the file name users download it as. Answers the stored file with its SHA-256; attach it to an item with \`fileId\`.`,
      bodyLimit: maxFileBytes,
      handler: async (request, reply) => {
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const stored = await uploadFile(ctx, editorOf(request), {
          name: request.query.name,
          contentType: request.headers['content-type'],
          content,
        });
        return reply.status(201).send(stored);
      },
    }),
  );
}
