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

export const registrationNumberPattern = /^\d{5}\/\d{6}\/\d{7}$/;
export const sha256Pattern = /^[0-9a-fA-F]{64}$/;

export function checkReceipt(registrationNumber: string, hash: string): Promise<ReceiptCheck> {
  return getJson<ReceiptCheck>(`/api/v1/receipts/${registrationNumber}?hash=${encodeURIComponent(hash.trim().toLowerCase())}`);
}

/** The page of a number: the number's slashes stay in the path, the hash goes in the query. */
export function verifyPath(registrationNumber?: string, hash?: string): string {
  if (!registrationNumber) return '/verify';
  return `/verify/${registrationNumber}${hash ? `?hash=${encodeURIComponent(hash)}` : ''}`;
}
