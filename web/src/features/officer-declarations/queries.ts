import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import { fetchCopyComparison, fetchDeclaration, fetchInbox } from './officer-declarations-api.ts';
import { listRiskProfiles } from './risk-profiles-api.ts';

/** The keys of what the customs office reads: a decision reads again everything under `all`. */
export const officerKeys = {
  all: ['officer-declarations'] as const,
  inbox: (query: string) => ['officer-declarations', 'inbox', query] as const,
  declaration: (number: string) => ['officer-declarations', 'declaration', number] as const,
  comparison: (number: string, copy: number | undefined) =>
    ['officer-declarations', 'declaration', number, 'comparison', copy ?? 'latest'] as const,
  riskProfiles: ['officer-declarations', 'risk-profiles'] as const,
};

export const useInbox = (query: string) =>
  useQuery({ queryKey: officerKeys.inbox(query), queryFn: () => fetchInbox(query) });
export const useOfficerDeclaration = (number: string, reason: DataReadReason) =>
  useQuery({ queryKey: officerKeys.declaration(number), queryFn: () => fetchDeclaration(number, reason) });
export const useCopyComparison = (number: string, copy: number | undefined, reason: DataReadReason) =>
  useQuery({
    queryKey: officerKeys.comparison(number, copy),
    queryFn: () => fetchCopyComparison(number, copy, reason),
  });
export const useRiskProfiles = () => useQuery({ queryKey: officerKeys.riskProfiles, queryFn: listRiskProfiles });
