import type { Queryable } from '../db/database.ts';
import type { MailAttachment, MailMessage } from './mail.ts';

/** The development mailbox's SQL (table dev_mailbox): where e-mail goes outside production when no relay is set. */
export interface DevMailboxMessage {
  id: number;
  /** ISO time it was stored */
  at: string;
  from: string;
  to: string[];
  /** where an answer goes when not to `from` */
  replyTo: string | null;
  subject: string;
  kind: string | null;
  text: string;
  html: string | null;
  /** the http(s) links in the text, in order, each once: confirmation links and the like */
  links: string[];
  attachments: MailAttachment[];
}

/** Stores a message; the same outbox message delivered twice is stored once. */
export async function storeInDevMailbox(
  db: Queryable,
  at: Date,
  outboxId: number | null,
  from: string,
  message: MailMessage,
): Promise<void> {
  await db.query(
    `insert into dev_mailbox (at, outbox_id, from_address, to_addresses, reply_to, subject, text, html, kind, attachments)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (outbox_id) do nothing`,
    [
      at,
      outboxId,
      from,
      message.to,
      message.replyTo ?? null,
      message.subject,
      message.text,
      message.html ?? null,
      message.kind ?? null,
      JSON.stringify(message.attachments ?? []),
    ],
  );
}

interface Row {
  id: number;
  at: Date;
  from_address: string;
  to_addresses: string[];
  reply_to: string | null;
  subject: string;
  kind: string | null;
  text: string;
  html: string | null;
  attachments: MailAttachment[];
}

const columns = 'id, at, from_address, to_addresses, reply_to, subject, kind, text, html, attachments';

/** Newest first; `to` keeps only messages to that address (any case). */
export async function listDevMailbox(
  db: Queryable,
  { to, limit = 50 }: { to?: string; limit?: number } = {},
): Promise<DevMailboxMessage[]> {
  const { rows } = await db.query<Row>(
    `select ${columns} from dev_mailbox
      where $1::text is null or exists (select 1 from unnest(to_addresses) address where lower(address) = lower($1::text))
      order by at desc, id desc limit $2`,
    [to ?? null, limit],
  );
  return rows.map(present);
}

export async function findInDevMailbox(db: Queryable, id: number): Promise<DevMailboxMessage | undefined> {
  const { rows } = await db.query<Row>(`select ${columns} from dev_mailbox where id = $1`, [id]);
  return rows[0] && present(rows[0]);
}

/** Empties the mailbox; resolves to how many messages were removed. */
export async function clearDevMailbox(db: Queryable): Promise<number> {
  return (await db.query('delete from dev_mailbox')).rowCount;
}

/** The http(s) links in a text, in order of appearance, each once, without trailing punctuation. */
export function linksIn(text: string): string[] {
  const links = [...text.matchAll(/https?:\/\/[^\s<>"'()[\]]+/g)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
  return [...new Set(links)];
}

function present(row: Row): DevMailboxMessage {
  return {
    id: row.id,
    at: row.at.toISOString(),
    from: row.from_address,
    to: row.to_addresses,
    replyTo: row.reply_to,
    subject: row.subject,
    kind: row.kind,
    text: row.text,
    html: row.html,
    links: linksIn(row.text),
    attachments: row.attachments,
  };
}
