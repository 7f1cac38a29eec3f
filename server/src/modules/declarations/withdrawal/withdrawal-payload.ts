import { canonicalJson } from '@shekara/contracts/domain';

/**
 * What a declarant signs to withdraw a registered declaration (EAEU Customs Code art. 113): the
 * canonical JSON of the registration number, the SHA-256 of the registered copy withdrawn and the
 * reason. `request` names the act, so these bytes are never taken for any other signed request.
 * The server rebuilds them from the declaration as it is when the signature arrives, so a
 * signature over a copy since replaced by a corrected one does not verify.
 */
export interface WithdrawalFacts {
  registrationNumber: string;
  /** hex */
  documentSha256: string;
  reason: string;
}

export function withdrawalPayload(facts: WithdrawalFacts): Buffer {
  return Buffer.from(
    canonicalJson({
      request: 'withdrawal',
      registrationNumber: facts.registrationNumber,
      documentSha256: facts.documentSha256,
      reason: facts.reason,
    }),
    'utf8',
  );
}
