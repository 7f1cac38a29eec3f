import { publicApplicationRoutes as routes } from '@shekara/contracts/web-declarant-access';
import { publicAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { printPdf } from '../../platform/pdf/index.ts';
import { requestFacts } from '../accounts/index.ts';
import { blankApplicationForm } from './application-form.ts';
import type { WebDeclarantContext } from './context.ts';
import { receiveOnlineApplication } from './receive-application.ts';

/** Online applications one client address may file per minute: a person files one, an office a few. */
const applicationsPerMinute = 30;

/** The public side of WD-17: the blank Annex 1 form, and the application filed online with the signing key. */
export async function publicApplicationRoutes(app: ZodApp, { ctx }: { ctx: WebDeclarantContext }): Promise<void> {
  // Both are public and costly (a signature check; a PDF): one address gets a bounded share.
  const applicationLimit = rateLimit({
    name: 'web-declarant-access.application',
    limit: applicationsPerMinute,
    windowMs: 60_000,
    clock: ctx.clock,
    db: ctx.db,
  });
  const blankForms = new Map<Language, Promise<Buffer>>();

  const route = contractRoutes(app, { tags: ['web-declarant'], access: publicAccess });

  route(routes.fileOnline, {
    summary: 'File the application for Web-declarant access online (WD-17, WD-35)',
    description:
      'The Annex 1 fields and `signature`: a base64 CMS with attached content, made with the applicant’s NCA signing key (not the authentication key), whose content is the UTF-8 canonical JSON of the fields without `signature` — object keys sorted, no spaces, absent fields left out. The signer is the individual whose IIN is `taxpayerNumber`, or the head or authorised signatory of the organisation whose BIN it is. The application enters the journal of the department `customsBodyCode` (WD-18).',
    preHandler: applicationLimit.check,
    handler: async (request, reply) => {
      const { signature, ...fields } = request.body;
      return reply.status(201).send(await receiveOnlineApplication(ctx, fields, signature, requestFacts(request)));
    },
  });

  route(routes.blankForm, {
    summary: 'The blank Annex 1 application, to fill in by hand (WD-17)',
    handler: async (request, reply) => {
      const language = request.query.lang ?? request.language;
      // The same blank page for everyone: printed once per language and kept.
      if (!blankForms.has(language)) {
        const rendering = printPdf(ctx.workers, blankApplicationForm(language, ctx.clock.now(), ctx.support));
        rendering.catch(() => blankForms.delete(language));
        blankForms.set(language, rendering);
      }
      const pdf = await blankForms.get(language)!;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="web-declarant-application-${language}.pdf"`)
        .send(pdf);
    },
  });
}
