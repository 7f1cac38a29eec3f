import { type ControlAnswer, controlDeclaration, localizeReport } from '@shekara/contracts/declarations/control';
import type { AnyDocument } from '@shekara/contracts/declarations/documents';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { assessGoodsDeclaration, calculatedBox47 } from '../../payments/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { serverReferenceView } from '../control/server-reference-view.ts';
import { findDeclaration, storeControlReport } from '../declaration-repository.ts';
import { editableStatuses, mayEdit, readableDeclaration } from './access.ts';
import { auditedBy, type DraftActor } from './actor.ts';
import { controlDate } from './document-date.ts';

/**
 * Format-logical control of the saved working copy (WD-8, WD-9), authoritative over the
 * browser's run of the same rules. With `customsOffice` the office rules run too. The report is
 * kept beside a document its organisation is still editing (a later save clears it); a
 * delivered declaration keeps the report it was submitted with.
 */
export async function checkDraft(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  id: string,
  options: { customsOffice?: string; language: Language },
): Promise<ControlAnswer> {
  const declaration = await readableDeclaration(ctx.db, id, actor.account);
  const now = ctx.clock.now();
  // box 47 is compared with what the engine calculates for a registration today (issue 16 point 2)
  const assessed =
    declaration.kind === 'goods' ? await assessGoodsDeclaration(ctx.db, declaration.document, almatyDate(now)) : null;
  const report = controlDeclaration(declaration.kind, declaration.document, {
    reference: await serverReferenceView(ctx.db),
    date: controlDate(declaration.kind, declaration.document as AnyDocument, now),
    ...(options.customsOffice ? { customsOffice: options.customsOffice } : {}),
    ...(assessed?.calculated && { payments: calculatedBox47(assessed.calculation, assessed.request.items.length) }),
  });
  if (mayEdit(declaration, actor.account) && editableStatuses.includes(declaration.status)) {
    await ctx.db.transaction(async (tx) => {
      // Only over the revision checked: a save in between has already made this report stale.
      const current = await findDeclaration(tx, id, { lock: true });
      if (current?.revision !== declaration.revision) return;
      await storeControlReport(tx, id, report);
      await recordAudit(tx, now, {
        action: 'declaration.check',
        ...auditedBy(actor, id),
        details: {
          revision: declaration.revision,
          errors: report.errors.length,
          warnings: report.warnings.length,
          customsOffice: options.customsOffice ?? null,
        },
      });
    });
  }
  return localizeReport(report, options.language);
}
