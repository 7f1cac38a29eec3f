import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAction } from '../../data/use-action.ts';
import {
  type DecisionsPageData,
  fetchDecisions,
  fetchDeclaration,
  fetchOfficesAccepting,
  type ListFilter,
  listDeclarations,
  markDecisionRead,
} from './declarations-api.ts';
import { declarationKeys } from './query-keys.ts';

export const useDeclarationList = (filter: ListFilter) =>
  useQuery({ queryKey: declarationKeys.list(filter), queryFn: () => listDeclarations(filter) });
export const useDeclaration = (id: string) =>
  useQuery({ queryKey: declarationKeys.one(id), queryFn: () => fetchDeclaration(id) });
export const useDeclarationToEdit = (id: string) =>
  useQuery({ queryKey: declarationKeys.editing(id), queryFn: () => fetchDeclaration(id), gcTime: 0 });
export const useDecisions = (options: { unread: boolean; page: number }) =>
  useQuery({ queryKey: declarationKeys.decisions(options), queryFn: () => fetchDecisions(options) });
export const useOfficesAccepting = (acceptanceCode: string) =>
  useQuery({
    queryKey: declarationKeys.offices(acceptanceCode),
    queryFn: () => fetchOfficesAccepting(acceptanceCode),
    staleTime: Infinity,
  });

/** Marks a decision read: the mark shows at once, and goes back if the server refuses. */
export function useMarkDecisionRead() {
  const client = useQueryClient();
  return useAction(
    async (id: string) => {
      const pages = client.getQueriesData<DecisionsPageData>({ queryKey: ['declarations', 'decisions'] });
      const readAt = new Date().toISOString();
      for (const [key, page] of pages) {
        if (page)
          client.setQueryData<DecisionsPageData>(key, {
            ...page,
            decisions: page.decisions.map((d) => (d.id === id ? { ...d, readAt } : d)),
          });
      }
      try {
        await markDecisionRead(id);
      } catch (error) {
        for (const [key, page] of pages) client.setQueryData(key, page);
        throw error;
      }
    },
    [declarationKeys.all],
  );
}
