import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { documentSchemas } from '@shekara/contracts/declarations/documents';

/**
 * The empty draft of a kind, as "new" creates it: every box absent, and the lists a model
 * requires (the items of most kinds) empty. Derived from the shared models, so a kind that gains
 * a required list needs no change here.
 */
export function emptyDocument(kind: DeclarationKind): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  const result = documentSchemas[kind].safeParse(document);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.path.length === 1 && issue.code === 'invalid_type' && issue.expected === 'array')
        document[String(issue.path[0])] = [];
    }
  }
  return document;
}
