import { getJson } from '../../api.ts';

/** What the public receipt check answers (GET /api/v1/receipts/{number}?hash=). */
export interface ReceiptCheck {
  registrationNumber: string;
  customsOffice: string;
  registeredAt: string;
  kind: string;
  status: string;
  submission: number;
}

export function checkReceipt(registrationNumber: string, hash: string): Promise<ReceiptCheck> {
  return getJson<ReceiptCheck>(`/api/v1/receipts/${registrationNumber}?hash=${encodeURIComponent(hash.trim().toLowerCase())}`);
}
