import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { type AnyDocument, declarantOf } from '@shekara/contracts/declarations/documents';

/**
 * The declarant a document names, as stored for access: only a well-formed 12-digit number, since a
 * half-filled draft may hold anything in the box (control reports a malformed one).
 */
export function namedDeclarant(kind: DeclarationKind, document: AnyDocument): string | null {
  const named = declarantOf(kind, document);
  return named && /^[0-9]{12}$/.test(named) ? named : null;
}
