import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAction } from '../../data/use-action.ts';
import { useHydrated } from '../../hydrated.ts';
import type { AdminItem, ContentKind } from './portal-api.ts';
import { rememberContacts, rememberedContacts, type SupportContacts } from './support-contacts.ts';

// The portal's calls carry its route contracts (and zod with them): the home page's news and the
// footer's contacts are fetched after the first page is shown, not with its script (issue 19 point 11).
const portalApi = () => import('./portal-api.ts');

/** The keys of the portal's content in the cache: an administrator's change reads everything under `all` again. */
export const portalKeys = {
  all: ['portal'] as const,
  published: (kind: ContentKind, limit: number) => ['portal', 'published', kind, limit] as const,
  publishedItem: (kind: ContentKind, slug: string) => ['portal', 'published-item', kind, slug] as const,
  activeNotices: ['portal', 'active-notices'] as const,
  adminList: (kind: ContentKind | undefined) => ['portal', 'admin', 'list', kind ?? 'all'] as const,
  adminItem: (id: string) => ['portal', 'admin', 'item', id] as const,
  tickets: ['portal', 'tickets'] as const,
  supportContacts: ['portal', 'support-contacts'] as const,
};

/** Asked again this often, so a page left open learns when maintenance starts or ends. */
const noticesRefreshMs = 5 * 60_000;

export const usePublished = (kind: ContentKind, limit: number) =>
  useQuery({
    queryKey: portalKeys.published(kind, limit),
    queryFn: async () => (await portalApi()).listPublished(kind, limit),
  });
export const usePublishedItem = (kind: ContentKind, slug: string) =>
  useQuery({
    queryKey: portalKeys.publishedItem(kind, slug),
    queryFn: async () => (await portalApi()).getPublished(kind, slug),
  });
export const useActiveNotices = () =>
  useQuery({
    queryKey: portalKeys.activeNotices,
    queryFn: async () => (await portalApi()).activeNotices(),
    refetchInterval: noticesRefreshMs,
    retry: false,
  });
/**
 * The support service's contacts for the footer (REG-13): what this browser last heard at once,
 * then the server's answer, which is kept for the next visit. When the server cannot answer, the
 * remembered contacts stay on the page. The remembered ones only after hydration: the prerendered
 * home page has none.
 */
export function useSupportContacts(): SupportContacts | undefined {
  const hydrated = useHydrated();
  const answer = useQuery({
    queryKey: portalKeys.supportContacts,
    queryFn: async () => {
      const contacts = await (await portalApi()).supportContacts();
      rememberContacts(contacts);
      return contacts;
    },
    // configuration, which changes with a restart at most
    staleTime: 60 * 60_000,
    retry: false,
  });
  const remembered = useMemo(() => (hydrated ? rememberedContacts() : null), [hydrated]);
  return answer.data ?? remembered ?? undefined;
}
export const useAdminItems = (kind: ContentKind | undefined) =>
  useQuery({ queryKey: portalKeys.adminList(kind), queryFn: async () => (await portalApi()).listAll(kind) });
export const useAdminItem = (id: string | undefined) =>
  useQuery({
    queryKey: portalKeys.adminItem(id ?? ''),
    queryFn: async () => (await portalApi()).getItem(id!),
    enabled: id !== undefined,
  });
export const useTickets = () =>
  useQuery({ queryKey: portalKeys.tickets, queryFn: async () => (await portalApi()).listTickets() });

/** Publishes or withdraws an item: its badge changes at once, and changes back if the server refuses. */
export function usePublication(id: string) {
  const client = useQueryClient();
  return useAction(
    async (publish: boolean) => {
      const key = portalKeys.adminItem(id);
      const before = client.getQueryData<AdminItem>(key);
      if (before) client.setQueryData<AdminItem>(key, { ...before, status: publish ? 'published' : 'draft' });
      try {
        const api = await portalApi();
        client.setQueryData(key, await (publish ? api.publishItem : api.unpublishItem)(id));
      } catch (error) {
        client.setQueryData(key, before);
        throw error;
      }
    },
    [portalKeys.all],
  );
}
