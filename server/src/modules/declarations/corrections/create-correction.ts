import { randomUUID } from 'node:crypto';
import { declarationKindNames } from '@shekara/contracts/declarations/documents';
import { declarationStatusNames } from '@shekara/contracts/declarations/status';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { findDeclaration, insertDeclaration } from '../declaration-repository.ts';
import { DeclarationErrors } from '../errors.ts';
import { recordDeclarationEvent } from '../status/transition.ts';
import { CorrectionErrors } from './errors.ts';

/**
 * A correction after release (КДТ, issue 6 point 11): a new draft of the same kind whose document
 * starts as a copy of the released one and which points at it (corrects_id). The released
 * declaration itself never changes: the correction is signed and submitted like any declaration,
 * and once registered its number appears on the original's timeline ('corrected_by').
 * The declarant's organisation (or the declarant a representative filed for) files it.
 */
export async function createCorrection(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  account: Account,
  originalId: string,
  facts: RequestFacts,
): Promise<{ id: string; correctsId: string }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const original = await findDeclaration(tx, originalId, { lock: true });
    if (!original || (original.ownerIinBin !== account.iinBin && original.declarantIinBin !== account.iinBin))
      throw DeclarationErrors.DECL_NOT_FOUND();
    // КДТ is the goods declaration's (EAEU Commission Decision No. 289): other kinds have no such form.
    if (original.kind !== 'goods')
      throw CorrectionErrors.DECL_CORRECTION_GOODS_ONLY({ kind: declarationKindNames[original.kind] });
    if (original.status !== 'released')
      throw CorrectionErrors.DECL_CORRECTION_NOT_RELEASED({ status: declarationStatusNames[original.status] });
    const id = randomUUID();
    await insertDeclaration(
      tx,
      {
        id,
        kind: original.kind,
        schemaVersion: original.schemaVersion,
        ownerIinBin: account.iinBin,
        authorAccountId: account.id,
        declarantIinBin: original.declarantIinBin,
        document: original.document,
        status: 'draft',
        correctsId: original.id,
        copiedFromId: original.id,
      },
      now,
    );
    await recordDeclarationEvent(tx, now, {
      declarationId: original.id,
      event: 'correction_drafted',
      actor: 'declarant',
      actorAccountId: account.id,
      details: { correctionId: id },
    });
    await recordAudit(tx, now, {
      action: 'declaration.correction.create',
      outcome: 'success',
      actorAccountId: account.id,
      subjectType: 'declaration',
      subjectId: id,
      ip: facts.ip,
      requestId: facts.requestId,
      details: { correctsId: original.id, registrationNumber: original.registrationNumber },
    });
    return { id, correctsId: original.id };
  });
}
