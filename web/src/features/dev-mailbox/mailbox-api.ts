import { getJson } from '../../api.ts';

/** A message of the development mailbox, as GET /api/v1/dev/mailbox gives it. */
export interface MailboxMessage {
  id: number;
  at: string;
  from: string;
  to: string[];
  subject: string;
  kind: string | null;
  text: string;
  html: string | null;
  links: string[];
  attachments: Array<{ filename: string; contentType: string; size: number }>;
}

const mailboxPath = '/api/v1/dev/mailbox';

export async function listMailbox(): Promise<MailboxMessage[]> {
  return (await getJson<{ messages: MailboxMessage[] }>(`${mailboxPath}?limit=200`)).messages;
}

export async function clearMailbox(): Promise<number> {
  return (await getJson<{ deleted: number }>(mailboxPath, { method: 'DELETE' })).deleted;
}
