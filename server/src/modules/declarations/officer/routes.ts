import { officerRoutes as r } from '@shekara/contracts/declarations/officer';
import type { OfficerDecision } from '@shekara/contracts/declarations/status';
import type { FastifyRequest } from 'fastify';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, readReason, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { findAttachment } from '../drafts/attachment-repository.ts';
import { DeclarationErrors } from '../errors.ts';
import { riskProfileRoutes } from '../risk/routes.ts';
import { compareSignedCopies } from './copy-comparison.ts';
import { decide, decisionFactsNow } from './decide.ts';
import { decisionPayload } from './decision-payload.ts';
import { declarantDecisionRoutes } from './declarant-decision-routes.ts';
import { officerDeclarationView } from './declaration-view.ts';
import { officerInbox } from './inbox.ts';
import { recordDeclarationRead } from './read-audit.ts';
import { visibleDeclaration } from './visibility.ts';

/** What asking for the decision bytes names, from the GET's address or the POST's body. */
interface PayloadInput {
  decision: OfficerDecision;
  reasons?: string | readonly string[];
  reason?: unknown;
}

/** Routes of the declarations module: the officer's inbox, documents and signed decisions; border release; risk profiles. */
export async function officerRoutes(app: ZodApp, options: { ctx: DeclarationsContext }): Promise<void> {
  const { ctx } = options;
  // Decisions are signed by an officer of a body, never by an administrator, who has none.
  const officerOfTheBody = { audience: 'officer', object: 'own-body' } as const;
  // What is registered at a body in the officer's scope (or a border checkpoint's, ACC-18: visibility.ts).
  const route = contractRoutes(app, {
    tags: ['declarations: officer'],
    access: { audience: 'staff', object: 'own-body' },
  });

  route(r.inbox, {
    summary: 'Registered declarations delivered to the officer’s bodies, newest first (issue 6 point 7, WD-15)',
    handler: async (request) => {
      const inbox = await officerInbox(ctx.db, caller(request).account, request.query);
      return {
        ...inbox,
        declarations: inbox.declarations.map((d) => ({ ...d, registeredAt: d.registeredAt.toISOString() })),
      };
    },
  });

  route(r.one, {
    summary:
      'A registered declaration: the signed document, control report, attachments, signed copies, timeline and decisions',
    description:
      'A declaration outside the officer’s bodies answers 404, except preliminary information for a border checkpoint (ACC-18).',
    handler: async (request) => {
      const reason = readReason(request.query);
      const view = await officerDeclarationView(
        ctx.db,
        caller(request).account,
        request.params.registrationNumber,
        request.language,
      );
      await recordDeclarationRead(ctx, request, reason, view, { type: 'declaration', id: view.registrationNumber });
      return view;
    },
  });

  route(r.attachment, {
    summary: 'Download a file attached to a registered declaration',
    handler: async (request, reply) => {
      const reason = readReason(request.query);
      const { declaration } = await visibleDeclaration(
        ctx.db,
        caller(request).account,
        request.params.registrationNumber,
      );
      const file = await findAttachment(ctx.db, declaration.id, request.params.attachmentId);
      if (!file) throw DeclarationErrors.DECL_ATTACHMENT_NOT_FOUND();
      await recordDeclarationRead(ctx, request, reason, declaration, { type: 'attachment', id: file.id });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  });

  route(r.comparison, {
    summary: 'A signed copy beside the one before it: a resubmission after a requested correction (issue 19 point 5)',
    description:
      'Both documents as signed, each with its delivery receipt’s facts (number, copy, office, time), signer and the SHA-256 of the signed bytes and of the signature. `earlier` is null for the first copy.',
    handler: async (request) => {
      const reason = readReason(request.query);
      const { declaration, comparison } = await compareSignedCopies(
        ctx.db,
        caller(request).account,
        request.params.registrationNumber,
        request.query.copy,
      );
      await recordDeclarationRead(ctx, request, reason, declaration, {
        type: 'declaration',
        id: declaration.registrationNumber,
      });
      return comparison;
    },
  });

  // The bytes the officer signs, the same whether the reasons came in the address or the body;
  // they name the declaration and its declarant, so asking for them is a read on record (ACC-7).
  const payloadFor = async (
    request: FastifyRequest,
    registrationNumber: string,
    { decision, reasons, ...asked }: PayloadInput,
  ) => {
    const reason = readReason(asked);
    const officer = caller(request).account;
    const facts = await decisionFactsNow(ctx, officer, registrationNumber, decision, reasons);
    const { declaration } = await visibleDeclaration(ctx.db, officer, registrationNumber);
    await recordDeclarationRead(ctx, request, reason, declaration, {
      type: 'decision_payload',
      id: registrationNumber,
    });
    return { data: decisionPayload(facts).toString('base64') };
  };

  route(r.decisionPayload, {
    summary: 'The bytes the officer signs for a decision (ACC-21)',
    description:
      'Canonical JSON of { registrationNumber, decision, reasons, documentSha256, officeCode, declarationId }; sign it with the officer’s signing key and POST the CMS to …/decisions with the same decision and reasons.',
    access: officerOfTheBody,
    handler: async (request) => payloadFor(request, request.params.registrationNumber, request.query),
  });

  route(r.decisionPayloadFor, {
    summary: 'The bytes the officer signs for a decision, the reasons in the body (ACC-21)',
    description:
      'The same bytes as GET …/decision-payload, for reasons too long to travel in an address (20 reasons of up to 2,000 characters).',
    access: officerOfTheBody,
    handler: async (request) => payloadFor(request, request.params.registrationNumber, request.body),
  });

  route(r.decide, {
    summary:
      'Take a signed decision: accept, request correction, release, release conditionally, refuse release (issue 6 point 8)',
    description:
      'The status changes by the status model; the declarant finds the decision in the cabinet and by e-mail.',
    access: officerOfTheBody,
    handler: async (request, reply) => {
      const result = await decide(
        ctx,
        caller(request).account,
        request.params.registrationNumber,
        request.body,
        requestFacts(request),
      );
      return reply.status(201).send({ ...result, decidedAt: result.decidedAt.toISOString() });
    },
  });

  await app.register(declarantDecisionRoutes, options);
  await app.register(riskProfileRoutes, options);
}
