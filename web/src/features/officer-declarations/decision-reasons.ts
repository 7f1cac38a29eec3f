import type { OfficerDecision } from './officer-declaration.ts';

/**
 * What reasons each decision carries (issue 6 point 8): a correction request and a refusal of
 * release say why in the officer's words; the other decisions carry none.
 */
export type ReasonForm = 'none' | 'text';

export function reasonFormOf(decision: OfficerDecision): ReasonForm {
  return decision === 'request_correction' || decision === 'refuse_release' ? 'text' : 'none';
}

/** The server's bounds (officer/schemas.ts, reasonList). */
export const maxReasons = 20;
export const maxReasonLength = 2000;
export type ReasonProblem = 'reasonsRequired' | 'tooManyReasons' | 'reasonTooLong';

/** Free-text reasons are typed one a line: blank lines and the spaces around a line do not count. */
export function textReasons(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The reasons a decision will send, or undefined when it takes none. */
export function reasonsFor(decision: OfficerDecision, text: string): string[] | undefined {
  return reasonFormOf(decision) === 'text' ? textReasons(text) : undefined;
}

/** Why the decision cannot be signed yet, as catalogue keys; empty when it can. */
export function reasonProblems(decision: OfficerDecision, text: string): ReasonProblem[] {
  const reasons = reasonsFor(decision, text);
  if (reasons === undefined) return [];
  const problems: ReasonProblem[] = [];
  if (reasons.length === 0) problems.push('reasonsRequired');
  if (reasons.length > maxReasons) problems.push('tooManyReasons');
  if (reasons.some((reason) => reason.length > maxReasonLength)) problems.push('reasonTooLong');
  return problems;
}
