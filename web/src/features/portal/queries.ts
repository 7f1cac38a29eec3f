import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAction } from '../../data/use-action.ts';
import {
  type AdminItem,
  activeNotices,
  type ContentKind,
  getItem,
  getPublished,
  listAll,
  listPublished,
  listTickets,
  publishItem,
  supportContacts,
  unpublishItem,
} from './portal-api.ts';
import { rememberContacts, rememberedContacts } from './support-contacts.ts';

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
  useQuery({ queryKey: portalKeys.published(kind, limit), queryFn: () => listPublished(kind, limit) });
export const usePublishedItem = (kind: ContentKind, slug: string) =>
  useQuery({ queryKey: portalKeys.publishedItem(kind, slug), queryFn: () => getPublished(kind, slug) });
export const useActiveNotices = () =>
  useQuery({
    queryKey: portalKeys.activeNotices,
    queryFn: activeNotices,
    refetchInterval: noticesRefreshMs,
    retry: false,
  });
/**
 * The support service's contacts for the footer (REG-13): what this browser last heard at once,
 * then the server's answer, which is kept for the next visit. When the server cannot answer, the
 * remembered contacts stay on the page.
 */
export const useSupportContacts = () =>
  useQuery({
    queryKey: portalKeys.supportContacts,
    queryFn: async () => {
      const contacts = await supportContacts();
      rememberContacts(contacts);
      return contacts;
    },
    initialData: rememberedContacts() ?? undefined,
    // configuration, which changes with a restart at most
    staleTime: 60 * 60_000,
    initialDataUpdatedAt: 0,
    retry: false,
  });
export const useAdminItems = (kind: ContentKind | undefined) =>
  useQuery({ queryKey: portalKeys.adminList(kind), queryFn: () => listAll(kind) });
export const useAdminItem = (id: string | undefined) =>
  useQuery({ queryKey: portalKeys.adminItem(id ?? ''), queryFn: () => getItem(id!), enabled: id !== undefined });
export const useTickets = () => useQuery({ queryKey: portalKeys.tickets, queryFn: listTickets });

/** Publishes or withdraws an item: its badge changes at once, and changes back if the server refuses. */
export function usePublication(id: string) {
  const client = useQueryClient();
  return useAction(
    async (publish: boolean) => {
      const key = portalKeys.adminItem(id);
      const before = client.getQueryData<AdminItem>(key);
      if (before) client.setQueryData<AdminItem>(key, { ...before, status: publish ? 'published' : 'draft' });
      try {
        client.setQueryData(key, await (publish ? publishItem : unpublishItem)(id));
      } catch (error) {
        client.setQueryData(key, before);
        throw error;
      }
    },
    [portalKeys.all],
  );
}
