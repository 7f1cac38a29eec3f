import type * as s from '@shekara/contracts/web-declarant-access';
import { officerApplicationRoutes as routes } from '@shekara/contracts/web-declarant-access';
import type { z } from 'zod';
import type { RouteAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { printPdf } from '../../platform/pdf/index.ts';
import { type Account, bodyScopeOf, caller, inBodyScope, requestFacts } from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import { findApplication, journalEntries, letterOf, listApplications } from './application-repository.ts';
import type { WebDeclarantRouteOptions } from './context.ts';
import { WebDeclarantErrors } from './errors.ts';
import { issueWebDeclarantLogin } from './issue-login.ts';
import { journalCsv, journalEntry, journalForm } from './journal.ts';
import { registerPaperApplication } from './receive-application.ts';
import { rejectApplication } from './reject-application.ts';
import { assertApplicationVisible } from './scope.ts';
import { applicationView } from './views.ts';

/** Journal rows one export may hold: a department receives a few hundred applications a year. */
const maxJournalRows = 10_000;

/**
 * The officer's side (WD-18..WD-20, WD-26, WD-36): the queue of applications of their department
 * with the letter's due day, paper applications entered in the journal, the login issued or the
 * application refused, the letter, and the journal with its CSV and PDF exports.
 */
export async function officerApplicationRoutes(app: ZodApp, { ctx }: WebDeclarantRouteOptions): Promise<void> {
  const inTheirBodies: RouteAccess = { audience: 'staff', object: 'own-body' };
  const route = contractRoutes(app, { tags: ['officer', 'web-declarant'], access: inTheirBodies });

  const visibleApplication = async (officer: Account, id: string) =>
    assertApplicationVisible(ctx.db, officer, await findApplication(ctx.db, id));

  route(routes.list, {
    summary: 'Applications for Web-declarant access of the officer’s department, with the letter’s due day (WD-26)',
    handler: async (request) => {
      const bodyCodes = await bodyScopeOf(ctx.db, caller(request).account);
      const rows = await listApplications(ctx.db, {
        bodyCodes,
        status: request.query.status,
        limit: request.query.limit,
      });
      const now = ctx.clock.now();
      return { applications: rows.map((row) => applicationView(row, now)) };
    },
  });

  route(routes.registerPaper, {
    summary: 'Enter a paper application in the journal (WD-17, WD-18)',
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await registerPaperApplication(ctx, caller(request).account, request.body, requestFacts(request))),
  });

  route(routes.one, {
    summary: 'One application',
    handler: async (request) => {
      const application = await visibleApplication(caller(request).account, request.params.id);
      return applicationView(application, ctx.clock.now());
    },
  });

  route(routes.issue, {
    summary: 'Issue the login and send the letter (WD-20, WD-21, WD-25, WD-26)',
    description:
      'Finds or creates the applicant’s account, sets a login and a one-time password (changed at first log-in) and the workplaces requested; prints the letter and e-mails it.',
    handler: async (request) =>
      issueWebDeclarantLogin(ctx, caller(request).account, request.params.id, requestFacts(request)),
  });

  route(routes.reject, {
    summary: 'Refuse an application, with the reason; the refusal letter is e-mailed',
    handler: async (request) =>
      rejectApplication(ctx, caller(request).account, request.params.id, request.body.reason, requestFacts(request)),
  });

  route(routes.letter, {
    summary: 'The letter that answered the application (login and one-time password, or the refusal)',
    handler: async (request, reply) => {
      const application = await visibleApplication(caller(request).account, request.params.id);
      const letter = await letterOf(ctx.db, application.id);
      if (!letter) throw WebDeclarantErrors.WD_LETTER_NOT_READY();
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `inline; filename="web-declarant-letter-${application.bodyCode}-${application.journalNumber}-${application.journalYear}.pdf"`,
        )
        .send(letter);
    },
  });

  route(routes.journalExport, {
    summary: 'The journal of applications (Annex 2, WD-18, WD-36), as JSON, CSV or PDF',
    description:
      'CSV: UTF-8 with a byte-order mark, `;`-separated, CRLF, header in the request’s language. PDF: A4 landscape.',
    handler: async (request, reply) => {
      const now = ctx.clock.now();
      const year = request.query.year ?? Number(almatyDate(now).slice(0, 4));
      const scope = await bodyScopeOf(ctx.db, caller(request).account);
      const wanted = request.query.bodyCode;
      if (wanted && !inBodyScope(scope, wanted)) throw WebDeclarantErrors.WD_BODY_NOT_YOURS();
      const bodyCodes = wanted ? [wanted] : scope;
      const entries = (await journalEntries(ctx.db, { bodyCodes, year, limit: maxJournalRows })).map((a) =>
        journalEntry(a, almatyDate(a.receivedAt)),
      );
      const language = request.query.lang ?? request.language;
      const fileName = `web-declarant-journal-${wanted ?? 'all'}-${year}`;
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName}.csv"`)
          .send(journalCsv(entries, language));
      }
      if (request.query.format === 'pdf') {
        const bodies = [...new Set(entries.map((e) => e.bodyCode))].join(', ') || (wanted ?? '—');
        const pdf = await printPdf(ctx.workers, journalForm(entries, { language, year, bodies, at: now }));
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${fileName}.pdf"`)
          .send(pdf);
      }
      const json: z.infer<typeof s.journalResponse> = { year, entries };
      return json;
    },
  });
}
