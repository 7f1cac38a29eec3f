import multipart from '@fastify/multipart';
import { interchangeRoutes as r } from '@shekara/contracts/declarations/interchange';
import type { FastifyRequest } from 'fastify';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { readableDeclaration } from '../drafts/access.ts';
import type { DraftActor } from '../drafts/actor.ts';
import { InterchangeErrors } from './errors.ts';
import { exportDeclarationXml } from './export-declaration.ts';
import { importDeclarations } from './import-declarations.ts';
import { findReceivedFile } from './received-file-repository.ts';

const actorOf = (request: FastifyRequest): DraftActor => ({
  account: caller(request).account,
  facts: requestFacts(request),
});

/** A file name for Content-Disposition: an ASCII fallback and the exact name in RFC 5987 form. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Routes of declarations in and out as the album's XML (WD-7, WD-11, WD-14). */
export async function interchangeRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const tags = ['declarations'];
  const user = { audience: 'user', internal: true } as const;
  const ofOrganisation = { audience: 'user', object: 'own-organisation', internal: true } as const;
  const { importMaxBytes } = ctx.config;

  contractRoutes(app, { tags, access: ofOrganisation })(r.exportXml, {
    summary: 'A goods or transit declaration as ESADout_CU XML (WD-14)',
    description:
      'The album of formats 5.23.0; the document validates against its XSD. Other kinds answer 409 DECL_XML_KIND_NOT_EXCHANGED.',
    handler: async (request, reply) => {
      const { name, xml } = await exportDeclarationXml(ctx, caller(request).account, request.params.id);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'private, no-store')
        .send(xml);
    },
  });

  contractRoutes(app, { tags, access: ofOrganisation })(r.receivedFile, {
    summary: 'The file a declaration was imported from, as it came (WD-11)',
    description: 'Answers 404 DECL_RECEIVED_FILE_NOT_FOUND for a declaration not imported from a file.',
    handler: async (request, reply) => {
      await readableDeclaration(ctx.db, request.params.id, caller(request).account);
      const file = await findReceivedFile(ctx.db, request.params.id);
      if (!file) throw InterchangeErrors.DECL_RECEIVED_FILE_NOT_FOUND();
      return reply
        .type('application/xml')
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  });

  // The upload is multipart/form-data, read in a context of its own so that no other route takes it.
  await app.register(async (upload: ZodApp) => {
    await upload.register(multipart, {
      limits: { fileSize: importMaxBytes, files: 1, fields: 0, parts: 2, headerPairs: 100 },
    });
    contractRoutes(upload, { tags, access: user })(r.import, {
      summary: 'Import declarations and preliminary information made by declarant software (WD-7)',
      description: `multipart/form-data, field \`file\`: one ESADout_CU, DTSout_CU, AutoPreliminary, AirPreliminary, RWPreliminary, SeaPreliminary or ED_Container (holding any of them) XML file, or a zip of them (at most ${importMaxBytes} bytes; 200 files, 64 MiB unpacked, 16 MiB a file). Each file is checked against the album's XSD and each declaration becomes a draft of the caller's organisation, kept with its file and run through control. A refused file carries its errors (DECL_XML_REFUSED, DECL_XML_NOT_ESAD, DECL_XML_SCHEMA_INVALID with line and element, DECL_DOCUMENT_INVALID).`,
      bodyLimit: importMaxBytes + 64 * 1024,
      handler: async (request) => {
        const part = request.isMultipart() ? await request.file() : undefined;
        if (part?.fieldname !== 'file') throw InterchangeErrors.DECL_IMPORT_FILE_MISSING();
        const bytes = await part.toBuffer();
        return importDeclarations(
          ctx,
          actorOf(request),
          { name: part.filename || 'upload.xml', bytes: new Uint8Array(bytes) },
          request.language,
        );
      },
    });
  });
}
