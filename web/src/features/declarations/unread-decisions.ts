import { useQuery } from '@tanstack/react-query';
import { declarationKeys } from './query-keys.ts';

/** Under `declarations`, so marking a decision read anywhere (which refreshes that key) refreshes the count too. */
const unreadKey = [...declarationKeys.all, 'unread-decisions'] as const;

// The count is asked through the declarations' contracts (zod, the control's rules): fetched after the
// first page is shown, not with its script (issue 19 point 11).
const fetchUnreadDecisions = async () => (await import('./declarations-api.ts')).fetchUnreadDecisions();

/** How often the menu's count looks again while the page stays open: a decision can come at any time. */
const unreadRefreshMs = 60_000;

/** The count of unread decisions beside "Decisions" in the cabinet's menu; only for users (enabled). */
export function useUnreadDecisions(enabled: boolean): number {
  const answer = useQuery({
    queryKey: unreadKey,
    queryFn: fetchUnreadDecisions,
    enabled,
    refetchInterval: unreadRefreshMs,
  });
  return enabled ? (answer.data?.unread ?? 0) : 0;
}
