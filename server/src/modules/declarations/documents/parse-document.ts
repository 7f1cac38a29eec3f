import { type DeclarationKind, type DocumentOfKind, readDocument } from '@shekara/contracts/declarations/documents';
import { DeclarationErrors } from '../errors.ts';

/** The document as its kind's model reads it, or DECL_DOCUMENT_INVALID naming each issue (path + message) in `details`. */
export function parseDocument<K extends DeclarationKind>(kind: K, value: unknown): DocumentOfKind[K] {
  const result = readDocument(kind, value);
  if (result.ok) return result.document;
  const first = result.issues[0]!;
  const problem = `${first.path || 'document'}: ${first.message}${result.count > 1 ? ` (+${result.count - 1})` : ''}`;
  throw DeclarationErrors.DECL_DOCUMENT_INVALID(
    { problem },
    { details: { issues: result.issues, count: result.count } },
  );
}
