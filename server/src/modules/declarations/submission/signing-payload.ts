import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { canonicalJson } from '@shekara/contracts/domain';

export interface SignedDeclarationFacts {
  declarationId: string;
  kind: DeclarationKind;
  schemaVersion: number;
  document: unknown;
}

/**
 * The bytes a declarant signs (issue 6 point 5): the UTF-8 canonical JSON of the declaration's
 * id, kind, model version and document. The id binds a signature to one declaration, so a signed
 * copy cannot be replayed onto another draft with the same content.
 */
export function signingPayload(facts: SignedDeclarationFacts): Uint8Array {
  const { declarationId, kind, schemaVersion, document } = facts;
  return new TextEncoder().encode(canonicalJson({ declarationId, kind, schemaVersion, document }));
}
