import {
  type CalculatedPayments,
  type ControlReport,
  controlDeclaration,
  type ReferenceView,
  type SignerFacts,
} from '@shekara/contracts/declarations/control';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';

/**
 * Format-logical control at submission (WD-8, WD-9): the same rules as /check, now with the
 * signer and the chosen office, so the identity rules run too. Authoritative: a report with
 * errors stops the submission before anything is numbered. Box 47 is compared with the payments
 * engine's calculation on the day of registration, when the engine could make one.
 */
export function controlAtSubmission(
  reference: ReferenceView,
  declaration: { kind: DeclarationKind; document: unknown },
  facts: { date: string; customsOffice: string; signer: SignerFacts; payments?: CalculatedPayments },
): ControlReport {
  return controlDeclaration(declaration.kind, declaration.document, {
    reference,
    date: facts.date,
    customsOffice: facts.customsOffice,
    signer: facts.signer,
    ...(facts.payments && { payments: facts.payments }),
  });
}
