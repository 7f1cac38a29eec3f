import { declarationStatusNames } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { applyTransitions, recordDeclarationEvents } from '../status/transition.ts';
import { LinkErrors } from './errors.ts';
import { judgeLinks, type LinkToMake } from './judge-links.ts';
import { existingLinks, insertLinks, registeredByNumbers } from './link-repository.ts';
import { namedDocuments } from './named-documents.ts';

/**
 * At submission, before anything is numbered: a declaration naming a document it may not follow
 * is refused with the link's code (ACC-16, ACC-17). Judged again under lock when it registers.
 */
export async function assertMayFollow(db: Queryable, declaration: StoredDeclaration): Promise<void> {
  const named = namedDocuments(declaration.kind, declaration.document);
  if (named.length === 0) return;
  const found = await registeredByNumbers(
    db,
    named.map((n) => n.number),
  );
  judgeLinks(declaration, named, found, await existingLinks(db, [declaration.id]));
}

export interface RegisteringDeclaration {
  declaration: StoredDeclaration;
  at: Date;
  accountId: string;
  officeCode: string;
}

/**
 * In the registering transaction (register-batch.ts): each declaration's links to the documents
 * it names are stored, and each earlier document takes `link` to `closed` by the system, with
 * the link on both timelines (ACC-16, ACC-17). The named documents are locked and judged again,
 * so one withdrawn or closed meanwhile refuses the batch, which is then registered one by one
 * and refuses only that submission. Nothing is read when no declaration names anything.
 */
export async function linkOnRegistration(tx: Queryable, registering: readonly RegisteringDeclaration[]): Promise<void> {
  const naming = registering.flatMap((r) => {
    const named = namedDocuments(r.declaration.kind, r.declaration.document);
    return named.length > 0 ? [{ ...r, named }] : [];
  });
  if (naming.length === 0) return;
  const found = await registeredByNumbers(
    tx,
    naming.flatMap((r) => r.named.map((n) => n.number)),
    { lock: true },
  );
  const existing = await existingLinks(
    tx,
    naming.map((r) => r.declaration.id),
  );
  const closing = new Set<string>();
  const made: (LinkToMake & RegisteringDeclaration)[] = [];
  for (const r of naming) {
    for (const link of judgeLinks(r.declaration, r.named, found, existing)) {
      // two declarations of one batch naming the same document: the second finds it closed
      if (closing.has(link.earlier.id))
        throw LinkErrors.DECL_LINK_NOT_OPEN({ number: link.named.number, status: declarationStatusNames.closed });
      closing.add(link.earlier.id);
      made.push({ ...r, ...link });
    }
  }
  if (made.length === 0) return;
  await insertLinks(
    tx,
    made[0]!.at,
    made.map((m) => ({ declarationId: m.declaration.id, earlierId: m.earlier.id, relation: m.named.relation })),
  );
  await applyTransitions(
    tx,
    made.map((m) => ({
      at: m.at,
      request: {
        declarationId: m.earlier.id,
        action: 'link' as const,
        actor: 'system' as const,
        actorAccountId: null,
        officeCode: m.officeCode,
        details: { relation: m.named.relation, followedBy: m.declaration.id },
      },
    })),
  );
  await recordDeclarationEvents(
    tx,
    made[0]!.at,
    made.map((m) => ({
      declarationId: m.declaration.id,
      event: 'linked',
      actor: 'declarant' as const,
      actorAccountId: m.accountId,
      officeCode: m.officeCode,
      details: {
        relation: m.named.relation,
        earlierId: m.earlier.id,
        registrationNumber: m.earlier.registrationNumber,
      },
    })),
  );
}
