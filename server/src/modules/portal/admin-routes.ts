import { routeSchema } from '@shekara/contracts/http';
import { adminPortalRoutes as routes } from '@shekara/contracts/portal';
import type { FastifyRequest } from 'fastify';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, type RequireAccount, requestFacts } from '../accounts/index.ts';
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
export async function adminPortalRoutes(
  app: ZodApp,
  { ctx, requireAccount }: { ctx: PortalContext; requireAccount: RequireAccount },
): Promise<void> {
  const tags = ['portal administration'];
  const admin = requireAccount({ kinds: ['admin'] });

  app.get(
    routes.list.path,
    {
      preHandler: admin,
      schema: { summary: 'Every item, drafts included, last changed first', tags, ...routeSchema(routes.list) },
    },
    async (request) => ({ items: await listAll(ctx.db, request.query.kind) }),
  );

  app.get(
    routes.one.path,
    { preHandler: admin, schema: { summary: 'One item', tags, ...routeSchema(routes.one) } },
    async (request) => {
      const item = await findItem(ctx.db, request.params.id);
      if (!item) throw PortalErrors.PORTAL_ITEM_NOT_FOUND();
      return item;
    },
  );

  app.post(
    routes.create.path,
    {
      preHandler: admin,
      schema: {
        summary: 'Create a draft',
        description:
          'A notice needs `startsAt` and `endsAt`; fields of other kinds are ignored. The slug is the address of the item within its section.',
        tags,
        ...routeSchema(routes.create),
      },
    },
    async (request, reply) => {
      const { kind, ...input } = request.body;
      return reply.status(201).send(await createItem(ctx, editorOf(request), kind, input));
    },
  );

  app.put(
    routes.save.path,
    { preHandler: admin, schema: { summary: 'Rewrite an item (its kind stays)', tags, ...routeSchema(routes.save) } },
    async (request) => editItem(ctx, editorOf(request), request.params.id, request.body),
  );

  app.post(
    routes.publish.path,
    {
      preHandler: admin,
      schema: {
        summary: 'Publish',
        description:
          'Needs the title in kk, ru and en (PORTAL_TRANSLATION_MISSING) and, for software, a file. Public from `publishedAt`, or from now when it has none.',
        tags,
        ...routeSchema(routes.publish),
      },
    },
    async (request) => publishItem(ctx, editorOf(request), request.params.id),
  );

  app.post(
    routes.unpublish.path,
    {
      preHandler: admin,
      schema: { summary: 'Withdraw from the public portal (back to draft)', tags, ...routeSchema(routes.unpublish) },
    },
    async (request) => unpublishItem(ctx, editorOf(request), request.params.id),
  );

  app.delete(
    routes.remove.path,
    { preHandler: admin, schema: { summary: 'Delete an item', tags, ...routeSchema(routes.remove) } },
    async (request, reply) => {
      await deleteItem(ctx, editorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  // The upload takes the file's bytes as the body, whatever their type: in a context of its own,
  // so no other route accepts arbitrary bodies.
  await app.register(async (upload: ZodApp) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    upload.post(
      routes.upload.path,
      {
        preHandler: admin,
        bodyLimit: maxFileBytes,
        schema: {
          summary: 'Upload a file',
          description: `The body is the file itself (at most ${maxFileBytes} bytes), its Content-Type the file's type; \`name\` is the file name users download it as. Answers the stored file with its SHA-256; attach it to an item with \`fileId\`.`,
          tags,
          ...routeSchema(routes.upload),
        },
      },
      async (request, reply) => {
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const stored = await uploadFile(ctx, editorOf(request), {
          name: request.query.name,
          contentType: request.headers['content-type'],
          content,
        });
        return reply.status(201).send(stored);
      },
    );
  });
}
