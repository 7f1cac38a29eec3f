import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Account } from '../../accounts/index.ts';
import { listDeclarations } from '../declaration-repository.ts';

const hourMs = 3_600_000;
// Kazakhstan's single zone, UTC+5, since 1 March 2024; Almaty kept UTC+6 before (as reference/working-days.ts).
const utcPlus5Since = Date.UTC(2024, 1, 29, 18);

/** The instant an Almaty calendar day begins. */
export function startOfAlmatyDay(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const plus5 = utcMidnight - 5 * hourMs;
  return new Date(plus5 >= utcPlus5Since ? plus5 : utcMidnight - 6 * hourMs);
}

/**
 * The documents a user works with: its organisation's own and those naming it as declarant
 * (a customs representative's filings for it), last changed first.
 */
export async function declarationsOf(
  db: Queryable,
  account: Account,
  query: {
    status?: DeclarationStatus;
    kind?: DeclarationKind;
    q?: string;
    from?: string;
    to?: string;
    page: number;
    pageSize: number;
  },
) {
  const { items, total } = await listDeclarations(db, {
    party: account.iinBin,
    status: query.status,
    kind: query.kind,
    q: query.q,
    changedFrom: query.from ? startOfAlmatyDay(query.from) : undefined,
    changedBefore: query.to ? new Date(startOfAlmatyDay(query.to).getTime() + 24 * hourMs) : undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: items.map(({ ownerIinBin, declarantIinBin, ...rest }) => ({
      ...rest,
      owner: ownerIinBin,
      declarant: declarantIinBin,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
