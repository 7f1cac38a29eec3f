import { randomUUID } from 'node:crypto';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { nextStatus } from '@shekara/contracts/declarations/status';
import { type AuditEvent, recordAudits } from '../../../platform/audit/audit-log.ts';
import { sideBySide } from '../../../platform/db/side-by-side.ts';
import { collectOnRelease, heldForEach } from '../../payments/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { BackgroundContext } from '../context.ts';
import { type RegisteredMessage, type RoutingFacts, routingFactsOf } from '../registered-message.ts';
import { profilesInForce, releasedCounts } from '../risk/risk-repository.ts';
import { type RiskRoute, routeDeclaration } from '../risk/route-declaration.ts';
import {
  applyTransitions,
  recordDeclarationEvents,
  type TimelineEvent,
  type TransitionRequest,
} from '../status/transition.ts';
import { latestAssessments, type StoredAssessment } from '../submission/assessment-repository.ts';
import { type DecisionNotice, enqueueDecisionNotices } from './decision-notice.ts';
import { insertDecisions, type NewDecision } from './decision-repository.ts';
import {
  latestSignedCopies,
  latestSubmissionSeqs,
  lockRegistered,
  type RoutedDeclaration,
  routingEventsOf,
  setChannels,
  workingDocuments,
} from './officer-repository.ts';
import { signedDocumentOf } from './signed-document.ts';

export { registeredTopic } from '../registered-message.ts';

/**
 * Kinds the system itself may release on the green channel (ACC-17): those that ask for the
 * release of goods at the office they are filed with. Preliminary information is released where
 * the goods arrive (ACC-18, by the border checkpoint); the other kinds accompany a declaration
 * and are decided with it. A passenger declaration releases a traveller's goods for personal use
 * where it is filed. Every kind is routed all the same, so the officer sees its channel.
 */
export const automaticReleaseKinds: readonly DeclarationKind[] = ['goods', 'release_before_declaration', 'passenger'];

/**
 * Whether the system may release for money (ACC-17): what the latest copy owes, as the payments
 * engine assessed it at registration, is nothing or is held on an advance account. A copy the
 * engine could not assess is left to an officer. A copy registered before assessments existed
 * (or a kind not assessed) is judged by box 47 as before: nothing owed, or left to an officer.
 * A payment document named in box B is never proof of payment.
 */
function paidFor(assessment: StoredAssessment | undefined, seq: number, heldTiyn: number, due: number): boolean {
  if (!assessment || assessment.seq !== seq) return due <= 0;
  if (assessment.owedTiyn === null) return false;
  return assessment.owedTiyn === 0 || heldTiyn >= assessment.owedTiyn;
}

export interface RegisteredOutcome {
  route: RiskRoute | null;
  released: boolean;
  /** the message was delivered before: nothing was done again */
  repeated: boolean;
}

/** One registered declaration routed on its own (a test, or a message tried again alone). */
export async function onDeclarationRegistered(
  bg: BackgroundContext,
  declarationId: string,
): Promise<RegisteredOutcome> {
  return (await onDeclarationsRegistered(bg, [{ declarationId }])).get(declarationId)!;
}

/**
 * After registration (issue 6 point 9, ACC-17): route each declaration by the risk profiles, record
 * the channel on its timeline, and release a green one that owes nothing at once, by the
 * system, with the declarant notified as of any decision. A correction (КДТ) is noted on the
 * timeline of the declaration it corrects (point 11).
 *
 * The declarations registered meanwhile are routed together: one transaction under their row locks
 * and a fixed number of statements whatever their number, so routing keeps pace with registration
 * (each routed alone cost a dozen round trips and a commit, and fell behind under load). A message
 * delivered twice finds its routing done for that submission and changes nothing. The declarant's
 * history counts releases as of the start of the batch.
 */
export async function onDeclarationsRegistered(
  bg: BackgroundContext,
  messages: readonly RegisteredMessage[],
): Promise<Map<string, RegisteredOutcome>> {
  const now = bg.clock.now();
  const ids = [...new Set(messages.map((m) => m.declarationId))];
  const outcomes = await bg.db.transaction(async (tx) => {
    const outcomes = new Map<string, RegisteredOutcome>(
      ids.map((id) => [id, { route: null, released: false, repeated: false }]),
    );
    const declarations = await lockRegistered(tx, ids);
    if (declarations.length === 0) return outcomes;
    const registrationDays = [...new Set(declarations.map((d) => almatyDate(d.registeredAt)))];
    const found = declarations.map((d) => d.id);
    // What routing reads, side by side in one round trip, for every declaration found (a superset
    // of those it routes: the ones routed before are known only from these answers).
    const [latestSeqs, done, history, assessments, held, profileLists] = await sideBySide([
      latestSubmissionSeqs(tx, found),
      routingEventsOf(
        tx,
        found,
        declarations.flatMap((d) => (d.correctsId ? [d.correctsId] : [])),
      ),
      releasedCounts(tx, [...new Set(declarations.flatMap((d) => (d.declarantIinBin ? [d.declarantIinBin] : [])))]),
      latestAssessments(tx, found),
      heldForEach(tx, found),
      sideBySide(registrationDays.map((date) => profilesInForce(tx, date))),
    ]);
    const profiles = new Map(registrationDays.map((date, index) => [date, profileLists[index]!]));
    const seqOf = (id: string) => latestSeqs.get(id) ?? 0;

    const events: TimelineEvent[] = [];
    for (const d of declarations) {
      const noted = done.some(
        (e) => e.event === 'corrected_by' && e.declarationId === d.correctsId && e.details?.correctionId === d.id,
      );
      if (d.correctsId && !noted) {
        events.push({
          declarationId: d.correctsId,
          event: 'corrected_by',
          actor: 'system',
          actorAccountId: null,
          officeCode: d.customsOffice,
          details: { correctionId: d.id, registrationNumber: d.registrationNumber },
        });
      }
    }
    const routed = (d: RoutedDeclaration) =>
      done.some((e) => e.event === 'risk_routed' && e.declarationId === d.id && e.details?.seq === seqOf(d.id));
    const fresh = declarations.filter((d) => {
      if (!routed(d)) return true;
      outcomes.set(d.id, { route: null, released: false, repeated: true });
      return false;
    });

    // What routing reads of the latest signed copy: carried by its message, else read from the copy.
    const carried = new Map<string, RoutingFacts>();
    for (const m of messages)
      if (m.facts && m.seq !== undefined && m.seq === seqOf(m.declarationId)) carried.set(m.declarationId, m.facts);
    const uncarried = fresh.filter((d) => !carried.has(d.id)).map((d) => d.id);
    const copies = await latestSignedCopies(tx, uncarried);
    for (const id of uncarried) {
      const document = signedDocumentOf(copies.get(id)?.signedBytes ?? null);
      if (document != null) carried.set(id, routingFactsOf(document));
    }
    // A copy that does not read as a document (never expected): the working copy, as before.
    const working = await workingDocuments(
      tx,
      fresh.filter((d) => !carried.has(d.id)).map((d) => d.id),
    );
    for (const [id, document] of working) carried.set(id, routingFactsOf(document));
    const channels: { declarationId: string; channel: string }[] = [];
    const audits: { at: Date; event: AuditEvent }[] = [];
    const releases: { at: Date; request: TransitionRequest }[] = [];
    const decisions: NewDecision[] = [];
    const notices: DecisionNotice[] = [];
    for (const d of fresh) {
      const { due, ...facts } = carried.get(d.id) ?? routingFactsOf(null);
      const date = almatyDate(d.registeredAt);
      const released = d.declarantIinBin ? (history.get(d.declarantIinBin) ?? 0) : 0;
      const route = routeDeclaration(profiles.get(date)!, {
        kind: d.kind,
        ...facts,
        // the declarant's other releases: this one counts only if an officer released it before routing
        priorReleased: released - (d.status === 'released' ? 1 : 0),
        date,
      });
      const details = {
        channel: route.channel,
        seq: seqOf(d.id),
        profileId: route.profile?.id ?? null,
        profileName: route.profile?.name ?? null,
      };
      channels.push({ declarationId: d.id, channel: route.channel });
      events.push({
        declarationId: d.id,
        event: 'risk_routed',
        actor: 'system',
        actorAccountId: null,
        officeCode: d.customsOffice,
        details,
      });
      audits.push({
        at: now,
        event: {
          action: 'declaration.risk_routed',
          outcome: 'success',
          subjectType: 'declaration',
          subjectId: d.id,
          bodyCode: d.customsOffice,
          details,
        },
      });

      const release =
        route.channel === 'green' &&
        automaticReleaseKinds.includes(d.kind) &&
        paidFor(assessments.get(d.id), seqOf(d.id), held.get(d.id) ?? 0, due) &&
        nextStatus(d.status, 'release', 'system', d.kind) !== null;
      outcomes.set(d.id, { route, released: release, repeated: false });
      if (!release) continue;
      const decisionId = randomUUID();
      releases.push({
        at: now,
        request: {
          declarationId: d.id,
          action: 'release',
          actor: 'system',
          actorAccountId: null,
          officeCode: d.customsOffice,
          details: { decisionId, registrationNumber: d.registrationNumber, automatic: true, channel: 'green' },
        },
      });
      decisions.push({
        id: decisionId,
        declarationId: d.id,
        decision: 'release',
        reasons: [],
        officerAccountId: null,
        officeCode: d.customsOffice,
        signedBytes: null,
        signatureCms: null,
        decidedAt: now,
      });
      notices.push({
        authorAccountId: d.authorAccountId,
        registrationNumber: d.registrationNumber,
        decision: 'release',
        reasons: [],
        officeCode: d.customsOffice,
        automatic: true,
        publicUrl: bg.publicUrl,
      });
    }

    // The writes side by side. The statements leave in the order asked, so the release follows
    // the routing on each timeline: its events are written after the routing's.
    await sideBySide([
      setChannels(tx, channels, now),
      recordDeclarationEvents(tx, now, events),
      recordAudits(tx, audits),
      (async () => {
        await applyTransitions(tx, releases);
        for (const { request } of releases)
          await collectOnRelease(
            tx,
            { db: bg.db, clock: bg.clock, publicUrl: bg.publicUrl },
            { declarationId: request.declarationId },
            { accountId: null, iin: null },
          );
      })(),
      insertDecisions(tx, decisions),
      enqueueDecisionNotices(tx, now, notices),
    ]);
    return outcomes;
  });
  if ([...outcomes.values()].some((o) => o.released)) bg.notifyOutbox();
  for (const [declarationId, o] of outcomes)
    bg.logger.info(
      { declarationId, channel: o.route?.channel, released: o.released, repeated: o.repeated },
      'registered declaration routed',
    );
  return outcomes;
}
