import { randomUUID } from 'node:crypto';
import { isDeclarationKind, schemaVersions } from '@shekara/contracts/declarations/documents';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { DeclarationsContext } from '../context.ts';
import { insertDeclaration } from '../declaration-repository.ts';
import { parseDocument } from '../documents/parse-document.ts';
import { DeclarationErrors } from '../errors.ts';
import { insertReceivedFile } from '../interchange/received-file-repository.ts';
import { recordDeclarationEvent } from '../status/transition.ts';
import { auditedBy, type DraftActor } from './actor.ts';
import { namedDeclarant } from './declarant.ts';

/**
 * A new draft of the actor's organisation (issue 6 point 2), its document read by the kind's
 * model. `copiedFromId` names the earlier document a copy was made from.
 */
export async function createDraft(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  input: {
    kind: string;
    document: unknown;
    copiedFromId?: string;
    /** the file the document was imported from, kept as it came beside it (WD-11) */
    received?: { name: string; content: Uint8Array };
  },
): Promise<{ id: string; revision: number }> {
  const { kind } = input;
  if (!isDeclarationKind(kind)) throw DeclarationErrors.DECL_KIND_INVALID({ kind: String(kind).slice(0, 50) });
  const document = parseDocument(kind, input.document);
  const id = randomUUID();
  const at = ctx.clock.now();
  const declarantIinBin = namedDeclarant(kind, document);
  await ctx.db.transaction(async (tx) => {
    await insertDeclaration(
      tx,
      {
        id,
        kind,
        schemaVersion: schemaVersions[kind],
        ownerIinBin: actor.account.iinBin,
        authorAccountId: actor.account.id,
        declarantIinBin,
        document,
        status: 'draft',
        copiedFromId: input.copiedFromId ?? null,
      },
      at,
    );
    if (input.received)
      await insertReceivedFile(tx, { declarationId: id, ...input.received, receivedBy: actor.account.id }, at);
    const details = {
      kind,
      declarant: declarantIinBin,
      ...(input.copiedFromId ? { copiedFrom: input.copiedFromId } : {}),
    };
    await recordDeclarationEvent(tx, at, {
      declarationId: id,
      event: input.copiedFromId ? 'copied' : 'created',
      actor: 'declarant',
      actorAccountId: actor.account.id,
      details,
    });
    await recordAudit(tx, at, {
      action: input.copiedFromId ? 'declaration.copy' : 'declaration.create',
      ...auditedBy(actor, id),
      details,
    });
  });
  return { id, revision: 1 };
}
