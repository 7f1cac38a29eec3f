import type { OfficerDecision } from './officer-declaration.ts';

/**
 * What reasons each decision carries (issue 6 point 8): a correction request and a refusal of
 * release say why in the officer's words, a refusal of registration names codes from the server's
 * list, and the other decisions carry none.
 */
export type ReasonForm = 'none' | 'text' | 'codes';

export function reasonFormOf(decision: OfficerDecision): ReasonForm {
  if (decision === 'request_correction' || decision === 'refuse_release') return 'text';
  if (decision === 'refuse_registration') return 'codes';
  return 'none';
}

/** The server's bounds (officer/schemas.ts, reasonList). */
export const maxReasons = 20;
export const maxReasonLength = 2000;
export type ReasonProblem = 'reasonsRequired' | 'tooManyReasons' | 'reasonTooLong' | 'unknownReasonCode';

/** Free-text reasons are typed one a line: blank lines and the spaces around a line do not count. */
export function textReasons(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The reasons a decision will send, or undefined when it takes none. */
export function reasonsFor(
  decision: OfficerDecision,
  input: { text: string; codes: readonly string[] },
): string[] | undefined {
  const form = reasonFormOf(decision);
  if (form === 'text') return textReasons(input.text);
  if (form === 'codes') return [...new Set(input.codes)];
  return undefined;
}

/** Why the decision cannot be signed yet, as catalogue keys; empty when it can. */
export function reasonProblems(
  decision: OfficerDecision,
  input: { text: string; codes: readonly string[] },
  knownCodes: readonly string[],
): ReasonProblem[] {
  const reasons = reasonsFor(decision, input);
  if (reasons === undefined) return [];
  const problems: ReasonProblem[] = [];
  if (reasons.length === 0) problems.push('reasonsRequired');
  if (reasons.length > maxReasons) problems.push('tooManyReasons');
  if (reasons.some((reason) => reason.length > maxReasonLength)) problems.push('reasonTooLong');
  if (reasonFormOf(decision) === 'codes' && reasons.some((code) => !knownCodes.includes(code)))
    problems.push('unknownReasonCode');
  return problems;
}
