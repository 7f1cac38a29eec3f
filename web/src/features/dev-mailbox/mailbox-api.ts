import type { RouteOutput } from '@shekara/contracts/http';
import { devMailboxRoutes } from '@shekara/contracts/system';
import { call } from '../../api/client.ts';

/** A message of the development mailbox, as GET /api/v1/dev/mailbox gives it. */
export type MailboxMessage = RouteOutput<typeof devMailboxRoutes.list>['messages'][number];

export async function listMailbox(): Promise<MailboxMessage[]> {
  return (await call(devMailboxRoutes.list, { query: { limit: 200 } })).messages;
}

export async function clearMailbox(): Promise<number> {
  return (await call(devMailboxRoutes.clear)).deleted;
}
