import { useQuery } from '@tanstack/react-query';
import {
  fetchDecisions,
  fetchDeclaration,
  fetchOfficesAccepting,
  type ListFilter,
  listDeclarations,
} from './declarations-api.ts';

/** The keys of the organisation's declarations in the cache: any change under `all` reads them again. */
export const declarationKeys = {
  all: ['declarations'] as const,
  list: (filter: ListFilter) => ['declarations', 'list', filter] as const,
  one: (id: string) => ['declarations', 'one', id] as const,
  /** The copy a form (the editor, the submission) starts from: its own entry, read afresh each time, so a page that follows the declaration never hands a form an older document. */
  editing: (id: string) => ['declarations', 'one', id, 'editing'] as const,
  decisions: (options: { unread: boolean; page: number }) => ['declarations', 'decisions', options] as const,
  offices: (acceptanceCode: string) => ['declarations', 'offices', acceptanceCode] as const,
};

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
