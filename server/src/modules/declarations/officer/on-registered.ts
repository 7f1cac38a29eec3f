import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationKind } from '../documents/kinds.ts';
import { documentFacts, outstandingPayments } from '../risk/document-facts.ts';
import { priorReleasedCount, profilesInForce } from '../risk/risk-repository.ts';
import { routeDeclaration, type RiskRoute } from '../risk/route-declaration.ts';
import type { DeclarationsBackground } from '../setup.ts';
import { nextStatus } from '../status/machine.ts';
import { applyTransition, recordDeclarationEvent } from '../status/transition.ts';
import { enqueueDecisionNotice } from './decision-notice.ts';
import { insertDecision } from './decision-repository.ts';
import { findRegistered, hasEvent, latestSubmissionSeqAndHash, setChannel, submissionsOf } from './officer-repository.ts';
import { signedDocumentOf } from './signed-document.ts';

/** The outbox topic the submission enqueues, in the registering transaction, with `{ declarationId }`. */
export const registeredTopic = 'declarations.registered';

/**
 * Kinds the system itself may release on the green channel (ACC-17): those that ask for the
 * release of goods at the office they are filed with. Preliminary information is released where
 * the goods arrive (ACC-18, by the border checkpoint); the other kinds accompany a declaration
 * and are decided with it. Every kind is routed all the same, so the officer sees its channel.
 */
export const automaticReleaseKinds: readonly DeclarationKind[] = ['goods', 'release_before_declaration'];

export interface RegisteredOutcome {
  route: RiskRoute | null;
  released: boolean;
  /** the message was delivered before: nothing was done again */
  repeated: boolean;
}

/**
 * After registration (issue 6 point 9, ACC-17): route the declaration by the risk profiles, record
 * the channel on its timeline, and release a green one with nothing outstanding at once, by the
 * system, with the declarant notified as of any decision. A correction (КДТ) is noted on the
 * timeline of the declaration it corrects (point 11). One transaction, under the declaration's row
 * lock; a message delivered twice finds its routing done for that submission and changes nothing.
 */
export async function onDeclarationRegistered(bg: DeclarationsBackground, declarationId: string): Promise<RegisteredOutcome> {
  const now = bg.clock.now();
  const outcome = await bg.db.transaction(async (tx): Promise<RegisteredOutcome> => {
    const declaration = await findRegistered(tx, { id: declarationId }, { forUpdate: true });
    if (!declaration) return { route: null, released: false, repeated: false };
    const latest = await latestSubmissionSeqAndHash(tx, declarationId);
    const seq = latest?.seq ?? 0;

    if (declaration.correctsId && !(await hasEvent(tx, declaration.correctsId, 'corrected_by', { correctionId: declarationId }))) {
      await recordDeclarationEvent(tx, now, {
        declarationId: declaration.correctsId,
        event: 'corrected_by',
        actor: 'system',
        actorAccountId: null,
        officeCode: declaration.customsOffice,
        details: { correctionId: declarationId, registrationNumber: declaration.registrationNumber },
      });
    }
    if (await hasEvent(tx, declarationId, 'risk_routed', { seq })) return { route: null, released: false, repeated: true };

    const latestBytes = (await submissionsOf(tx, declarationId, { withBytes: 'latest' })).at(-1)?.signedBytes ?? null;
    const document = signedDocumentOf(latestBytes) ?? declaration.document;
    const date = almatyDate(declaration.registeredAt);
    const route = routeDeclaration(await profilesInForce(tx, date), {
      kind: declaration.kind,
      ...documentFacts(document),
      priorReleased: await priorReleasedCount(tx, declaration.declarantIinBin, declarationId),
      date,
    });
    const routed = { channel: route.channel, seq, profileId: route.profile?.id ?? null, profileName: route.profile?.name ?? null };
    await setChannel(tx, declarationId, route.channel, now);
    await recordDeclarationEvent(tx, now, { declarationId, event: 'risk_routed', actor: 'system', actorAccountId: null, officeCode: declaration.customsOffice, details: routed });
    await recordAudit(tx, now, { action: 'declaration.risk_routed', outcome: 'success', subjectType: 'declaration', subjectId: declarationId, bodyCode: declaration.customsOffice, details: routed });

    const outstanding = outstandingPayments(document);
    const release =
      route.channel === 'green' && automaticReleaseKinds.includes(declaration.kind) && outstanding <= 0 && nextStatus(declaration.status, 'release', 'system') !== null;
    if (!release) return { route, released: false, repeated: false };

    const decisionId = randomUUID();
    await applyTransition(tx, now, {
      declarationId,
      action: 'release',
      actor: 'system',
      actorAccountId: null,
      officeCode: declaration.customsOffice,
      details: { decisionId, registrationNumber: declaration.registrationNumber, automatic: true, channel: 'green' },
    });
    await insertDecision(tx, {
      id: decisionId,
      declarationId,
      decision: 'release',
      reasons: [],
      officerAccountId: null,
      officeCode: declaration.customsOffice,
      signedBytes: null,
      signatureCms: null,
      decidedAt: now,
    });
    await enqueueDecisionNotice(tx, now, {
      authorAccountId: declaration.authorAccountId,
      registrationNumber: declaration.registrationNumber,
      decision: 'release',
      reasons: [],
      officeCode: declaration.customsOffice,
      automatic: true,
      publicUrl: bg.publicUrl,
    });
    return { route, released: true, repeated: false };
  });
  if (outcome.released) bg.notifyOutbox();
  bg.logger.info({ declarationId, channel: outcome.route?.channel, released: outcome.released, repeated: outcome.repeated }, 'registered declaration routed');
  return outcome;
}
