import { canonicalJson } from '@shekara/contracts/domain';

/**
 * The delivery receipt (WD-13): the facts of one delivered copy. Its signed content is the UTF-8
 * canonical JSON of these fields, so anyone holding the receipt reads them back from the CMS.
 */
export interface ReceiptFacts {
  registrationNumber: string;
  declarationId: string;
  /** SHA-256 of the exact bytes the declarant signed, lower-case hex */
  documentSha256: string;
  customsOffice: string;
  /** ISO 8601, UTC */
  registeredAt: string;
}

export interface Receipt extends ReceiptFacts {
  /** base64 of the attached CMS signed with the system's key */
  cms: string;
}

export function receiptContent(facts: ReceiptFacts): Uint8Array {
  const { registrationNumber, declarationId, documentSha256, customsOffice, registeredAt } = facts;
  return new TextEncoder().encode(
    canonicalJson({ registrationNumber, declarationId, documentSha256, customsOffice, registeredAt }),
  );
}
