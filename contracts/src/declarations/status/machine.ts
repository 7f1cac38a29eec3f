import type { DeclarationKind } from '../documents/kinds.ts';

/**
 * The status model of a declaration (issue 6 point 10, issue 17 points 3–5): every allowed
 * transition is in these tables, with who may cause it. Nothing else changes a declaration's
 * status: use cases call `applyTransition` (transition.ts), which asks `nextStatus` and records the
 * event. Each kind follows one of three workflows: most kinds are released or refused; a transit
 * declaration is released for transit at departure and completed at destination; preliminary
 * information is never released — it is used when the goods arrive and closed by the declaration
 * that follows it.
 */
export const declarationStatuses = [
  'draft',
  /**
   * signed, delivered, numbered: waits for risk routing and the officer (WD-10, WD-13). The number
   * is the registration (EAEU Customs Code art. 111): a refusal to register is a refusal at
   * submission, before any number, so no status follows registration that undoes it.
   */
  'registered',
  /** accepted for processing by an officer */
  'in_processing',
  /** the officer asked for corrections; the declarant resubmits a signed corrected copy */
  'correction_requested',
  'released',
  'conditionally_released',
  'release_refused',
  /** withdrawn at the declarant's request before release (art. 113) */
  'withdrawn',
  /** transit: the office of departure released the goods for transit, security recorded (art. 143) */
  'released_for_transit',
  /** transit: the office of destination recorded the goods' arrival */
  'arrived',
  /** transit: completed at the office of destination (art. 150) */
  'transit_completed',
  /** preliminary information: acted on when the goods arrived (arrival, temporary storage, the border checkpoint) */
  'used',
  /** preliminary information, or release before the goods declaration: the declaration that follows names it */
  'closed',
] as const;
export type DeclarationStatus = (typeof declarationStatuses)[number];

/** The officer's decisions (issue 6 point 8, issue 17) are the actions an officer takes, each signed. */
export const officerDecisions = [
  'accept',
  'request_correction',
  'release',
  'release_conditionally',
  'refuse_release',
  /** transit, at the office of departure */
  'release_for_transit',
  /** transit, at the office of destination */
  'record_arrival',
  'complete_transit',
  /** preliminary information, when the goods arrive */
  'record_use',
] as const;
export type OfficerDecision = (typeof officerDecisions)[number];

/** The declarant's own actions, then the officer's decisions, then the system's `link` (a later declaration names this one). */
export const declarationActions = ['submit', 'resubmit', 'withdraw', ...officerDecisions, 'link'] as const;
export type DeclarationAction = (typeof declarationActions)[number];

export type Actor = 'declarant' | 'officer' | 'system';

export type Workflow = 'release' | 'transit' | 'preliminary';

interface Transition {
  from: readonly DeclarationStatus[];
  to: DeclarationStatus;
  by: readonly Actor[];
}

type Table = Partial<Record<DeclarationAction, Transition>>;

const filing: Table = {
  submit: { from: ['draft'], to: 'registered', by: ['declarant'] },
  resubmit: { from: ['correction_requested'], to: 'registered', by: ['declarant'] },
};

const release: Table = {
  ...filing,
  // before release only: released goods are corrected by a КДТ, not withdrawn (art. 113)
  withdraw: { from: ['registered', 'in_processing', 'correction_requested'], to: 'withdrawn', by: ['declarant'] },
  accept: { from: ['registered'], to: 'in_processing', by: ['officer'] },
  request_correction: { from: ['registered', 'in_processing'], to: 'correction_requested', by: ['officer'] },
  // the system releases a green declaration with nothing outstanding (ACC-17)
  release: {
    from: ['registered', 'in_processing', 'conditionally_released'],
    to: 'released',
    by: ['officer', 'system'],
  },
  release_conditionally: { from: ['registered', 'in_processing'], to: 'conditionally_released', by: ['officer'] },
  refuse_release: { from: ['registered', 'in_processing'], to: 'release_refused', by: ['officer'] },
  // a release before the goods declaration is closed by the goods declaration that follows it (ACC-17)
  link: { from: ['released', 'conditionally_released'], to: 'closed', by: ['system'] },
};

const transit: Table = {
  ...filing,
  withdraw: { from: ['registered', 'in_processing', 'correction_requested'], to: 'withdrawn', by: ['declarant'] },
  accept: { from: ['registered'], to: 'in_processing', by: ['officer'] },
  request_correction: { from: ['registered', 'in_processing'], to: 'correction_requested', by: ['officer'] },
  release_for_transit: { from: ['registered', 'in_processing'], to: 'released_for_transit', by: ['officer'] },
  refuse_release: { from: ['registered', 'in_processing'], to: 'release_refused', by: ['officer'] },
  record_arrival: { from: ['released_for_transit'], to: 'arrived', by: ['officer'] },
  complete_transit: { from: ['arrived'], to: 'transit_completed', by: ['officer'] },
};

const preliminary: Table = {
  submit: filing.submit,
  withdraw: { from: ['registered'], to: 'withdrawn', by: ['declarant'] },
  record_use: { from: ['registered'], to: 'used', by: ['officer'] },
  link: { from: ['registered', 'used'], to: 'closed', by: ['system'] },
};

const tables: Record<Workflow, Table> = { release, transit, preliminary };

/** The workflow a kind follows. */
export function workflowOf(kind: DeclarationKind): Workflow {
  return kind === 'transit' ? 'transit' : kind === 'preliminary' ? 'preliminary' : 'release';
}

/** Statuses no action leaves (a КДТ corrects a released declaration as a new document). */
export const finalStatuses: readonly DeclarationStatus[] = [
  'released',
  'release_refused',
  'withdrawn',
  'transit_completed',
  'closed',
];

/**
 * The status `action` by `actor` leads to from `from` for a document of `kind`, or null when the
 * model does not allow it. A release before the goods declaration stays released for its own
 * purposes until linked; other kinds never take `link`.
 */
export function nextStatus(
  from: DeclarationStatus,
  action: DeclarationAction,
  actor: Actor,
  kind: DeclarationKind = 'goods',
): DeclarationStatus | null {
  if (action === 'link' && kind !== 'release_before_declaration' && kind !== 'preliminary') return null;
  const transition = tables[workflowOf(kind)][action];
  return transition?.from.includes(from) && transition.by.includes(actor) ? transition.to : null;
}

/** The actions `actor` may take on a declaration of `kind` in `status` (for the interface's buttons). */
export function allowedActions(
  status: DeclarationStatus,
  actor: Actor,
  kind: DeclarationKind = 'goods',
): DeclarationAction[] {
  return declarationActions.filter((action) => nextStatus(status, action, actor, kind) !== null);
}

export function isDeclarationStatus(value: unknown): value is DeclarationStatus {
  return typeof value === 'string' && (declarationStatuses as readonly string[]).includes(value);
}
