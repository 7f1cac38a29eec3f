import { declarationActionNames, type OfficerDecision } from '@shekara/contracts/declarations/status';
import { canonicalJson } from '@shekara/contracts/domain';
import { OfficerErrors } from './errors.ts';

/**
 * What an officer signs for a decision (ACC-21): the canonical JSON of the decision, its reasons
 * and what it is about — the registration number, the SHA-256 of the signed copy decided on, the
 * deciding body and the declaration. The server rebuilds these bytes from the declaration as it is
 * when the signature arrives, so a signature over a copy since replaced does not verify.
 */
export interface DecisionFacts {
  registrationNumber: string;
  decision: OfficerDecision;
  reasons: string[];
  /** hex */
  documentSha256: string;
  officeCode: string;
  declarationId: string;
}

export function decisionPayload(facts: DecisionFacts): Buffer {
  return Buffer.from(
    canonicalJson({
      registrationNumber: facts.registrationNumber,
      decision: facts.decision,
      reasons: facts.reasons,
      documentSha256: facts.documentSha256,
      officeCode: facts.officeCode,
      declarationId: facts.declarationId,
    }),
    'utf8',
  );
}

/** Reasons as given (one string or several), trimmed, empty ones left out. */
export function normalizeReasons(reasons: string | readonly string[] | undefined): string[] {
  const list = reasons === undefined ? [] : typeof reasons === 'string' ? [reasons] : reasons;
  return list.map((r) => r.trim()).filter((r) => r.length > 0);
}

/**
 * A request for correction and a refusal of release say why in words the declarant can act on.
 * Other decisions may carry a note. (The grounds for refusing registration were a list of codes
 * once; registration is the number given at submission, and what refuses it is control at
 * submission, so no officer's decision names such grounds.)
 */
export function checkReasons(decision: OfficerDecision, reasons: readonly string[]): void {
  if ((decision === 'request_correction' || decision === 'refuse_release') && reasons.length === 0)
    throw OfficerErrors.DECL_DECISION_REASONS_REQUIRED({ decision: declarationActionNames[decision] });
}
