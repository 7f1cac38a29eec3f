import { useQuery } from '@tanstack/react-query';
import {
  fetchDecisions,
  fetchDeclaration,
  fetchOfficesAccepting,
  type ListFilter,
  listDeclarations,
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
