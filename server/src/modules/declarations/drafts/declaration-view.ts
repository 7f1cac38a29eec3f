import { type ControlAnswer, type ControlReport, localizeReport } from '@shekara/contracts/declarations/control';
import { allowedActions } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import type { Account } from '../../accounts/index.ts';
import { decisionsOf, type StoredDeclaration, timelineOf } from '../declaration-repository.ts';
import { linksOf } from '../links/link-repository.ts';
import { filingParties } from '../representation/filing-parties.ts';
import { transitMovementView } from '../transit/movement-view.ts';
import { mayEdit, readableDeclaration } from './access.ts';
import { attachmentsOf } from './attachment-repository.ts';

/** The stored report (messages in kk/ru/en, as control made it) in the reader's language. */
function controlReportIn(report: unknown, language: Language): ControlAnswer | null {
  if (!report || typeof report !== 'object') return null;
  return localizeReport(report as ControlReport, language);
}

/**
 * A declaration as its organisation and its declarant see it: the working copy, where it stands,
 * what they may do next (status/machine.ts), its files, timeline and the officers' decisions.
 * The named declarant of a representative's document reads it but acts on nothing.
 */
export async function declarationView(db: Queryable, id: string, account: Account, language: Language) {
  const declaration: StoredDeclaration = await readableDeclaration(db, id, account);
  const [attachments, timeline, decisions, transit, links] = await Promise.all([
    attachmentsOf(db, id),
    timelineOf(db, id),
    decisionsOf(db, id),
    transitMovementView(db, declaration, language),
    linksOf(db, id),
  ]);
  const editable = mayEdit(declaration, account);
  return {
    id: declaration.id,
    kind: declaration.kind,
    schemaVersion: declaration.schemaVersion,
    status: declaration.status,
    revision: declaration.revision,
    document: declaration.document,
    declarant: declaration.declarantIinBin,
    owner: declaration.ownerIinBin,
    parties: await filingParties(db, declaration),
    registrationNumber: declaration.registrationNumber,
    customsOffice: declaration.customsOffice,
    registeredAt: declaration.registeredAt,
    channel: declaration.channel,
    correctsId: declaration.correctsId,
    copiedFromId: declaration.copiedFromId,
    controlReport: controlReportIn(declaration.controlReport, language),
    attachments,
    mayEdit: editable,
    allowedActions: editable ? allowedActions(declaration.status, 'declarant', declaration.kind) : [],
    timeline,
    decisions,
    transit,
    links,
    createdAt: declaration.createdAt,
    updatedAt: declaration.updatedAt,
  };
}
