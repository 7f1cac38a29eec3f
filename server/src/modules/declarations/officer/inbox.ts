import type { Queryable } from '../../../platform/db/database.ts';
import { type Account, bodyScopeOf } from '../../accounts/index.ts';
import { type InboxRow, inboxPage } from './officer-repository.ts';
import { isBorderCheckpointOfficer } from './visibility.ts';

export const inboxPageSize = 50;
const fullNumber = /^\d{5}\/\d{6}\/\d{7}$/;

/**
 * The instant an Almaty calendar day (plus `days`) begins: registration days are Almaty's (the
 * number's DDMMYY is one), whatever the host's or the database's time-zone data say. Kazakhstan
 * has been on UTC+5 since 1 March 2024, UTC+6 in Almaty before.
 */
export function almatyDayStart(day: string, days: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d + days);
  const offsetHours = new Date(midnightUtc).toISOString().slice(0, 10) >= '2024-03-01' ? 5 : 6;
  return new Date(midnightUtc - offsetHours * 3_600_000);
}

export interface InboxQuery {
  number?: string;
  status?: string;
  kind?: string;
  channel?: string;
  from?: string;
  to?: string;
  page: number;
}

/**
 * The officer's inbox (issue 6 point 7, WD-15): declarations delivered to the bodies in the
 * officer's scope, newest first, a page at a time; a number finds the declaration whose number
 * begins with it. A border checkpoint also finds, by its full number, preliminary information
 * registered anywhere (ACC-18).
 */
export async function officerInbox(
  db: Queryable,
  officer: Account,
  query: InboxQuery,
): Promise<{ page: number; pageSize: number; more: boolean; declarations: InboxRow[] }> {
  const scope = await bodyScopeOf(db, officer);
  const borderNumber =
    query.number && fullNumber.test(query.number) && (await isBorderCheckpointOfficer(db, officer))
      ? query.number
      : null;
  const { rows, more } = await inboxPage(db, {
    scope,
    borderNumber,
    number: query.number,
    status: query.status,
    kind: query.kind,
    channel: query.channel,
    from: query.from ? almatyDayStart(query.from, 0) : undefined,
    until: query.to ? almatyDayStart(query.to, 1) : undefined,
    limit: inboxPageSize,
    offset: (query.page - 1) * inboxPageSize,
  });
  return { page: query.page, pageSize: inboxPageSize, more, declarations: rows };
}
