import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Decision } from './declarations-api.ts';
import { declarationKeys } from './query-keys.ts';

/** Under `declarations`, so a change that reads the organisation's declarations again reads the count too. */
const unreadKey = [...declarationKeys.all, 'unread-decisions'] as const;

// The count is asked through the declarations' contracts (zod, the control's rules): fetched after the
// first page is shown, not with its script (issue 19 point 11).
const fetchUnreadDecisions = async () => (await import('./declarations-api.ts')).fetchUnreadDecisions();
const markDecisionsRead = async (ids: string[]) => (await import('./declarations-api.ts')).markDecisionsRead(ids);

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

/**
 * Decisions stop being "new" once the declarant is shown them (issue 19 point 5): wherever a
 * list of decisions appears — the declaration's page, the decisions inbox — those still unread
 * are marked read on the server, and the menu's count is read again. The list keeps what it was
 * given, so what was new on arrival stays marked "new" (and first) for this visit; the answer is
 * the ids this page found unread. A marking that fails is tried again when they are next shown.
 */
export function useReadOnSight(decisions: readonly Decision[]): ReadonlySet<string> {
  const client = useQueryClient();
  const [seenUnread, setSeenUnread] = useState<ReadonlySet<string>>(() => new Set());
  const unread = decisions.flatMap((decision) => (decision.readAt === null ? [decision.id] : [])).join(' ');
  useEffect(() => {
    if (!unread) return;
    const ids = unread.split(' ');
    setSeenUnread((seen) => new Set([...seen, ...ids]));
    markDecisionsRead(ids).then(
      () => client.invalidateQueries({ queryKey: unreadKey }),
      () => undefined,
    );
  }, [unread, client]);
  return seenUnread;
}
