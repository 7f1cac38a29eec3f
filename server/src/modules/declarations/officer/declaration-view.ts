import { type ControlReport, renderReport } from '@shekara/contracts/declarations/control';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import type { Account } from '../../accounts/index.ts';
import { linksOf } from '../links/link-repository.ts';
import { filingParties } from '../representation/filing-parties.ts';
import { statusOf as paymentStatusOf } from '../submission/pay-declaration.ts';
import { transitMovementView } from '../transit/movement-view.ts';
import { decisionsOfDeclaration } from './decision-repository.ts';
import { attachmentsOf, eventsOf, submissionsOf } from './officer-repository.ts';
import { signedDocumentOf } from './signed-document.ts';
import { allowedDecisions, visibleDeclaration } from './visibility.ts';

/**
 * A registered declaration as the officer opens it (issue 6 point 7): the document as the
 * declarant signed it (the latest signed copy, not the working copy), the control report, the
 * attachments, every signed copy with its signer and hash, the timeline, the decisions taken and
 * those the officer may take now.
 */
export async function officerDeclarationView(
  db: Queryable,
  officer: Account,
  registrationNumber: string,
  language: Language = 'ru',
) {
  const { declaration: d, access } = await visibleDeclaration(db, officer, registrationNumber);
  const submissions = await submissionsOf(db, d.id, { withBytes: 'latest' });
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: d.id,
    kind: d.kind,
    status: d.status,
    registrationNumber: d.registrationNumber,
    customsOffice: d.customsOffice,
    registeredAt: d.registeredAt.toISOString(),
    channel: d.channel,
    declarantIinBin: d.declarantIinBin,
    ownerIinBin: d.ownerIinBin,
    parties: await filingParties(db, d),
    correctsId: d.correctsId,
    access,
    document: signedDocumentOf(submissions.at(-1)?.signedBytes ?? null),
    // stored by control as its report (control/engine.ts ControlReport), its messages written out in each language
    controlReport: d.controlReport ? renderReport(d.controlReport as ControlReport) : null,
    attachments: (await attachmentsOf(db, d.id)).map((a) => ({ ...a, uploadedAt: a.uploadedAt.toISOString() })),
    submissions: submissions.map((s) => ({
      seq: s.seq,
      submittedAt: s.submittedAt.toISOString(),
      customsOffice: s.customsOffice,
      signerIin: s.signerIin,
      signerBin: s.signerBin,
      certificateSerial: s.certificateSerial,
      documentSha256: Buffer.from(s.documentSha256).toString('hex'),
    })),
    timeline: (await eventsOf(db, d.id)).map((e) => ({ ...e, at: e.at.toISOString() })),
    decisions: (await decisionsOfDeclaration(db, d.id)).map((x) => ({
      id: x.id,
      decision: x.decision,
      reasons: x.reasons,
      // reasons are the officer's words, read as written
      reasonTexts: x.reasons,
      officeCode: x.officeCode,
      officerName: x.officerName,
      automatic: x.automatic,
      signed: x.signed,
      decidedAt: x.decidedAt.toISOString(),
      readAt: iso(x.readAt),
    })),
    allowedDecisions: allowedDecisions(d.status, access, d.kind),
    // ACC-16, ACC-17: the preliminary information or release this one follows, the declaration that closed it
    links: await linksOf(db, d.id),
    // before a release the officer sees whether what it owes is held (a release takes what is held)
    payment: d.kind === 'goods' ? await paymentStatusOf(db, d, language) : null,
    transit: await transitMovementView(db, d, language),
  };
}
