import type { Receipt } from './declarations-api.ts';

/**
 * The delivery receipt the submission answered with, kept for this browser tab: the receipt page
 * shows it after a reload. Elsewhere the page confirms the document's hash with the public check.
 */
const key = (declarationId: string) => `shekara.receipt.${declarationId}`;

export function keepReceipt(declarationId: string, receipt: Receipt): void {
  try {
    sessionStorage.setItem(key(declarationId), JSON.stringify(receipt));
  } catch {
    // storage full or refused: the page falls back to the public check
  }
}

export function keptReceipt(declarationId: string): Receipt | null {
  try {
    const text = sessionStorage.getItem(key(declarationId));
    return text ? (JSON.parse(text) as Receipt) : null;
  } catch {
    return null;
  }
}
