import { submissionRoutes } from '@shekara/contracts/declarations/submission';
import type { RouteOutput } from '@shekara/contracts/http';
import { call } from '../../api/client.ts';

/** What the public receipt check answers (GET /api/v1/receipts/{number}?hash=). */
export type ReceiptCheck = RouteOutput<typeof submissionRoutes.checkReceipt>;

export function checkReceipt(registrationNumber: string, hash: string): Promise<ReceiptCheck> {
  const [office = '', date = '', serial = ''] = registrationNumber.split('/');
  return call(submissionRoutes.checkReceipt, {
    params: { office, date, serial },
    query: { hash: hash.trim().toLowerCase() },
  });
}
