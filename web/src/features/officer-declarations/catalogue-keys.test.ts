import { declarationKinds } from '@shekara/contracts/declarations/documents';
import { declarationStatuses, officerDecisions } from '@shekara/contracts/declarations/status';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';

/**
 * The events the server records on a declaration without changing its status: the history names
 * each in words, never by the event's identifier (issue 21 point 5).
 */
const eventsWithoutStatus = [
  'created',
  'copied',
  'risk_routed',
  'correction_drafted',
  'corrected_by',
  'status_migrated',
  'transit_overdue',
  'linked',
];

describeBuiltKeys('officer’s declarations', [
  ...declarationStatuses.map((status) => `officerDeclarations.status.${status}`),
  ...declarationKinds.map((kind) => `officerDeclarations.kind.${kind}`),
  ...officerDecisions.map((decision) => `officerDeclarations.decision.${decision}`),
  ...eventsWithoutStatus.map((event) => `officerDeclarations.history.events.${event}`),
  ...eventsWithoutStatus.map((event) => `declarations.events.${event}`),
]);
