import type { Language } from '../../../platform/i18n/language.ts';
import { printPdf } from '../../../platform/pdf/index.ts';
import type { TaskRunner } from '../../../platform/workers/worker-task.ts';
import type { LedgerContext } from './context.ts';
import { type PayerPosting, payerBalances, payerBalancesBefore, payerPostings } from './ledger-repository.ts';
import { periodInstants } from './period.ts';
import { type StatementInput, statementCsv, statementForm } from './statement.ts';

/** Postings one statement may hold: far above a busy broker's year, bounded all the same. */
const maxStatementPostings = 100_000;

export const balanceOf = (ctx: LedgerContext, payer: string) => payerBalances(ctx.db, payer);

/** The payer's postings over a period of Almaty days, oldest first. */
export function postingsOf(
  ctx: LedgerContext,
  payer: string,
  period: { from: string; to: string; limit: number },
): Promise<PayerPosting[]> {
  return payerPostings(ctx.db, payer, { ...periodInstants(period), limit: period.limit });
}

/**
 * The statement of a period as CSV or PDF: the balances at its start, every posting in it, the
 * balances at its end. The PDF is printed on the worker threads: a busy year is hundreds of pages.
 */
export async function statementOf(
  ctx: LedgerContext & { workers: TaskRunner },
  payer: string,
  period: { from: string; to: string },
  language: Language,
  format: 'csv' | 'pdf',
): Promise<Buffer> {
  const input = await statementInput(ctx, payer, period, language);
  return format === 'csv'
    ? statementCsv(input)
    : printPdf(ctx.workers, statementForm({ ...input, at: ctx.clock.now() }));
}

async function statementInput(
  ctx: LedgerContext,
  payer: string,
  period: { from: string; to: string },
  language: Language,
): Promise<StatementInput> {
  const instants = periodInstants(period);
  // One snapshot for the opening balances and the postings, so they agree whatever posts meanwhile.
  return ctx.db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    const opening = await payerBalancesBefore(tx, payer, instants.from);
    const postings = await payerPostings(tx, payer, { ...instants, limit: maxStatementPostings });
    return { payer, ...period, opening, postings, language };
  });
}
