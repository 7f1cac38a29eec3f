import type { Decision } from './declarations-api.ts';

/** An officer's reasons as stored: free text, a list of codes or texts, or nothing. One line to show. */
export function reasonsText(reasons: unknown): string {
  if (reasons === null || reasons === undefined) return '';
  if (typeof reasons === 'string') return reasons;
  if (Array.isArray(reasons)) return reasons.map(reasonsText).filter(Boolean).join('; ');
  if (typeof reasons === 'object') {
    const { text, code, codes } = reasons as { text?: unknown; code?: unknown; codes?: unknown };
    return [reasonsText(codes ?? code), reasonsText(text)].filter(Boolean).join('; ');
  }
  return String(reasons);
}

/** Unread first, then newest: what the declarant has not seen yet is on top. */
export function inboxOrder(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort(
    (a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || b.decidedAt.localeCompare(a.decidedAt),
  );
}

/** The reasons to show: the server's words for them when it gave them, else the reasons as stored. */
export function reasonsOf(decision: Decision): string {
  return decision.reasonTexts?.length ? decision.reasonTexts.join('; ') : reasonsText(decision.reasons);
}
