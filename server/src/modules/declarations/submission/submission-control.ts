import {
  type ControlReport,
  controlDeclaration,
  type ReferenceView,
  type SignerFacts,
} from '@shekara/contracts/declarations/control';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';

/**
 * Format-logical control at submission (WD-8, WD-9): the same rules as /check, now with the
 * signer and the chosen office, so the identity rules run too. Authoritative: a report with
 * errors stops the submission before anything is numbered.
 */
export function controlAtSubmission(
  reference: ReferenceView,
  declaration: { kind: DeclarationKind; document: unknown },
  facts: { date: string; customsOffice: string; signer: SignerFacts },
): ControlReport {
  return controlDeclaration(declaration.kind, declaration.document, {
    reference,
    date: facts.date,
    customsOffice: facts.customsOffice,
    signer: facts.signer,
  });
}
