/**
 * The status model of a declaration (issue 6 point 10): every allowed transition is in this one
 * table, with who may cause it. Nothing else changes a declaration's status: use cases call
 * `applyTransition` (transition.ts), which asks `nextStatus` and records the event.
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
] as const;
export type DeclarationStatus = (typeof declarationStatuses)[number];

/** The officer's decisions (issue 6 point 8) are the actions an officer takes. */
export const officerDecisions = [
  'accept',
  'request_correction',
  'release',
  'release_conditionally',
  'refuse_release',
] as const;
export type OfficerDecision = (typeof officerDecisions)[number];

/** The declarant's own actions, then the officer's decisions. */
export const declarationActions = ['submit', 'resubmit', 'withdraw', ...officerDecisions] as const;
export type DeclarationAction = (typeof declarationActions)[number];

export type Actor = 'declarant' | 'officer' | 'system';

interface Transition {
  from: readonly DeclarationStatus[];
  to: DeclarationStatus;
  by: readonly Actor[];
}

const transitions: Record<DeclarationAction, Transition> = {
  submit: { from: ['draft'], to: 'registered', by: ['declarant'] },
  resubmit: { from: ['correction_requested'], to: 'registered', by: ['declarant'] },
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
};

/** Statuses no action leaves (a КДТ corrects a released declaration as a new document). */
export const finalStatuses: readonly DeclarationStatus[] = ['released', 'release_refused', 'withdrawn'];

/** The status `action` by `actor` leads to from `from`, or null when the model does not allow it. */
export function nextStatus(from: DeclarationStatus, action: DeclarationAction, actor: Actor): DeclarationStatus | null {
  const transition = transitions[action];
  return transition.from.includes(from) && transition.by.includes(actor) ? transition.to : null;
}

/** The actions `actor` may take on a declaration in `status` (for the interface's buttons). */
export function allowedActions(status: DeclarationStatus, actor: Actor): DeclarationAction[] {
  return declarationActions.filter((action) => nextStatus(status, action, actor) !== null);
}

export function isDeclarationStatus(value: unknown): value is DeclarationStatus {
  return typeof value === 'string' && (declarationStatuses as readonly string[]).includes(value);
}
