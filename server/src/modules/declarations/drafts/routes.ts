import { attachmentTypes, draftRoutes as r } from '@shekara/contracts/declarations/drafts';
import type { FastifyRequest } from 'fastify';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import { rawBodyRoutes } from '../../../platform/http/raw-body-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { DeclarationErrors } from '../errors.ts';
import { readableDeclaration } from './access.ts';
import type { DraftActor } from './actor.ts';
import { addAttachment } from './add-attachment.ts';
import { findAttachment } from './attachment-repository.ts';
import { checkDraft } from './check-draft.ts';
import { copyDraft } from './copy-draft.ts';
import { createDraft } from './create-draft.ts';
import { declarationView } from './declaration-view.ts';
import { deleteDraft } from './delete-draft.ts';
import { declarationsOf } from './list-declarations.ts';
import { removeAttachment } from './remove-attachment.ts';
import { saveDraft } from './save-draft.ts';

const actorOf = (request: FastifyRequest): DraftActor => ({
  account: caller(request).account,
  facts: requestFacts(request),
});

/** A file name for Content-Disposition: an ASCII fallback and the exact name in RFC 5987 form. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Routes of the declarations module: drafts: create, edit, autosave, copy, attachments, delete, list, control (/check). */
export async function draftRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const tags = ['declarations'];
  // Customs documents are the internal module's: a signature-proven session only (ACC-6, ACC-14).
  const user = { audience: 'user', internal: true } as const;
  const ofOrganisation = { audience: 'user', object: 'own-organisation', internal: true } as const;
  const { documentMaxBytes, attachmentMaxBytes, attachmentsPerDeclaration } = ctx.config;
  const notFound =
    'A document of another organisation that does not name the caller as declarant answers 404 DECL_NOT_FOUND.';

  const route = contractRoutes(app, { tags, access: ofOrganisation });

  route(r.create, {
    summary: 'Create a draft (issue 6 points 2, 12)',
    access: user,
    description: `The draft belongs to the caller’s organisation; the declarant is the one the document names (a customs representative files for the declarants it represents). At most ${documentMaxBytes} bytes.`,
    bodyLimit: documentMaxBytes,
    handler: async (request, reply) => reply.status(201).send(await createDraft(ctx, actorOf(request), request.body)),
  });

  route(r.list, {
    summary: 'The caller’s declarations, last changed first',
    description: 'Documents of the caller’s organisation and those naming it as declarant.',
    handler: async (request) => declarationsOf(ctx.db, caller(request).account, request.query),
  });

  route(r.one, {
    summary: 'One declaration with its files, timeline and decisions',
    description: notFound,
    handler: async (request) => declarationView(ctx.db, request.params.id, caller(request).account, request.language),
  });

  route(r.save, {
    summary: 'Save the working copy (the editor’s save and autosave)',
    description:
      'Accepted over the revision last read only: a stale revision is refused with 409 DECL_REVISION_CONFLICT and `details.current`. A draft or a declaration returned for correction may be saved (DECL_NOT_EDITABLE otherwise); the declarant named on another organisation’s document may not (DECL_READ_ONLY).',
    bodyLimit: documentMaxBytes,
    handler: async (request) => saveDraft(ctx, actorOf(request), request.params.id, request.body),
  });

  route(r.delete, {
    summary: 'Delete a draft',
    description: 'Drafts only (DECL_NOT_EDITABLE otherwise).',
    handler: async (request, reply) => {
      await deleteDraft(ctx, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  });

  route(r.copy, {
    summary: 'A new draft from an earlier document of any status',
    description: 'Files and numbers are not copied.',
    handler: async (request, reply) =>
      reply.status(201).send(await copyDraft(ctx, actorOf(request), request.params.id)),
  });

  route(r.check, {
    summary: 'Format-logical control of the saved document (WD-8, WD-9)',
    description:
      'Judged on the document’s date (box 54 for goods), else today in Almaty. A document with errors cannot be submitted.',
    handler: async (request) =>
      checkDraft(ctx, actorOf(request), request.params.id, {
        customsOffice: request.body?.customsOffice,
        language: request.language,
      }),
  });

  route(r.attachment, {
    summary: 'Download an attached file',
    handler: async (request, reply) => {
      await readableDeclaration(ctx.db, request.params.id, caller(request).account);
      const file = await findAttachment(ctx.db, request.params.id, request.params.attachmentId);
      if (!file) throw DeclarationErrors.DECL_ATTACHMENT_NOT_FOUND();
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  });

  route(r.removeAttachment, {
    summary: 'Remove a file from a draft',
    handler: async (request, reply) => {
      await removeAttachment(ctx, actorOf(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send();
    },
  });

  // The upload's body is the file itself.
  await rawBodyRoutes(
    app,
    { types: [...attachmentTypes], parseAs: 'buffer', bodyLimit: attachmentMaxBytes },
    (upload) =>
      contractRoutes(upload, { tags, access: ofOrganisation })(r.attach, {
        summary: 'Attach a file to a draft',
        description: `The body is the file (at most ${attachmentMaxBytes} bytes), its Content-Type application/pdf, image/jpeg or image/png, which the file’s first bytes must confirm (DECL_ATTACHMENT_TYPE_INVALID); other types are refused with 415. At most ${attachmentsPerDeclaration} files per declaration (DECL_ATTACHMENTS_TOO_MANY). \`name\` is the name it downloads as.`,
        bodyLimit: attachmentMaxBytes,
        handler: async (request, reply) => {
          const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const stored = await addAttachment(ctx, actorOf(request), request.params.id, {
            name: request.query.name,
            contentType: request.headers['content-type'] ?? '',
            content,
          });
          return reply.status(201).send(stored);
        },
      }),
  );
}
