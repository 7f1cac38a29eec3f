import type { TicketView } from '@shekara/contracts/portal/support';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';

/**
 * The next serial of the year. The upsert locks the year's counter row until the transaction
 * ends, so tickets filed at the same moment get consecutive numbers and never the same one.
 */
export async function nextTicketSerial(tx: Queryable, year: number): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `insert into support_ticket_counters (year, last_serial) values ($1, 1)
     on conflict (year) do update set last_serial = support_ticket_counters.last_serial + 1
     returning last_serial as n`,
    [year],
  );
  return rows[0]!.n;
}

export interface NewTicket {
  id: string;
  number: string;
  year: number;
  serial: number;
  name: string;
  email: string;
  subject: string;
  message: string;
  language: Language;
  accountId: string | null;
  ip: string;
  createdAt: Date;
}

export async function insertTicket(tx: Queryable, t: NewTicket): Promise<void> {
  await tx.query(
    `insert into support_tickets (id, number, year, serial, name, email, subject, message, language, account_id, ip, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      t.id,
      t.number,
      t.year,
      t.serial,
      t.name,
      t.email,
      t.subject,
      t.message,
      t.language,
      t.accountId,
      t.ip,
      t.createdAt,
    ],
  );
}

export async function recentTickets(db: Queryable, limit: number): Promise<TicketView[]> {
  const { rows } = await db.query<TicketView>(
    `select id, number, name, email, subject, message, language, account_id as "accountId",
            to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
       from support_tickets order by created_at desc, serial desc limit $1`,
    [limit],
  );
  return rows;
}
