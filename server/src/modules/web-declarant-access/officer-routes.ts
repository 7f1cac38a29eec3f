import { routeSchema } from '@shekara/contracts/http';
import type * as s from '@shekara/contracts/web-declarant-access';
import { officerApplicationRoutes as routes } from '@shekara/contracts/web-declarant-access';
import type { z } from 'zod';
import type { ZodApp } from '../../platform/http/types.ts';
import { bodyScopeOf, caller, inBodyScope, type RequireAccount, requestFacts } from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import { findApplication, journalEntries, letterOf, listApplications } from './application-repository.ts';
import type { WebDeclarantContext } from './context.ts';
import { WebDeclarantErrors } from './errors.ts';
import { issueWebDeclarantLogin } from './issue-login.ts';
import { journalCsv, journalEntry, journalPdf } from './journal.ts';
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
export async function officerApplicationRoutes(
  app: ZodApp,
  { ctx, requireAccount }: { ctx: WebDeclarantContext; requireAccount: RequireAccount },
): Promise<void> {
  const tags = ['officer', 'web-declarant'];
  const staff = requireAccount({ kinds: ['officer', 'admin'] });

  app.get(
    routes.list.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Applications for Web-declarant access of the officer’s department, with the letter’s due day (WD-26)',
        tags,
        ...routeSchema(routes.list),
      },
    },
    async (request) => {
      const bodyCodes = await bodyScopeOf(ctx.db, caller(request).account);
      const rows = await listApplications(ctx.db, {
        bodyCodes,
        status: request.query.status,
        limit: request.query.limit,
      });
      const now = ctx.clock.now();
      return { applications: rows.map((row) => applicationView(row, now)) };
    },
  );

  app.post(
    routes.registerPaper.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Enter a paper application in the journal (WD-17, WD-18)',
        tags,
        ...routeSchema(routes.registerPaper),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerPaperApplication(ctx, caller(request).account, request.body, requestFacts(request))),
  );

  app.get(
    routes.one.path,
    { preHandler: staff, schema: { summary: 'One application', tags, ...routeSchema(routes.one) } },
    async (request) => {
      const application = await assertApplicationVisible(
        ctx.db,
        caller(request).account,
        await findApplication(ctx.db, request.params.id),
      );
      return applicationView(application, ctx.clock.now());
    },
  );

  app.post(
    routes.issue.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Issue the login and send the letter (WD-20, WD-21, WD-25, WD-26)',
        description:
          'Finds or creates the applicant’s account, sets a login and a one-time password (changed at first log-in) and the workplaces requested; prints the letter and e-mails it.',
        tags,
        ...routeSchema(routes.issue),
      },
    },
    async (request) => issueWebDeclarantLogin(ctx, caller(request).account, request.params.id, requestFacts(request)),
  );

  app.post(
    routes.reject.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Refuse an application, with the reason; the refusal letter is e-mailed',
        tags,
        ...routeSchema(routes.reject),
      },
    },
    async (request) =>
      rejectApplication(ctx, caller(request).account, request.params.id, request.body.reason, requestFacts(request)),
  );

  app.get(
    routes.letter.path,
    {
      preHandler: staff,
      schema: {
        summary: 'The letter that answered the application (login and one-time password, or the refusal)',
        tags,
        ...routeSchema(routes.letter),
      },
    },
    async (request, reply) => {
      const application = await assertApplicationVisible(
        ctx.db,
        caller(request).account,
        await findApplication(ctx.db, request.params.id),
      );
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
  );

  app.get(
    routes.journalExport.path,
    {
      preHandler: staff,
      schema: {
        summary: 'The journal of applications (Annex 2, WD-18, WD-36), as JSON, CSV or PDF',
        description:
          'CSV: UTF-8 with a byte-order mark, `;`-separated, CRLF, header in the request’s language. PDF: A4 landscape.',
        tags,
        ...routeSchema(routes.journalExport),
      },
    },
    async (request, reply) => {
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
        const pdf = await journalPdf(entries, { language, year, bodies, at: now });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${fileName}.pdf"`)
          .send(pdf);
      }
      const json: z.infer<typeof s.journalResponse> = { year, entries };
      return json;
    },
  );
}
