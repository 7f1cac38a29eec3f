import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import { fetchDeclaration, fetchInbox, fetchRefusalReasons } from './officer-declarations-api.ts';
import { listRiskProfiles } from './risk-profiles-api.ts';

/** The keys of what the customs office reads: a decision reads again everything under `all`. */
export const officerKeys = {
  all: ['officer-declarations'] as const,
  inbox: (query: string) => ['officer-declarations', 'inbox', query] as const,
  declaration: (number: string) => ['officer-declarations', 'declaration', number] as const,
  refusalReasons: ['officer-declarations', 'refusal-reasons'] as const,
  riskProfiles: ['officer-declarations', 'risk-profiles'] as const,
};

export const useInbox = (query: string) =>
  useQuery({ queryKey: officerKeys.inbox(query), queryFn: () => fetchInbox(query) });
export const useOfficerDeclaration = (number: string, reason: DataReadReason) =>
  useQuery({ queryKey: officerKeys.declaration(number), queryFn: () => fetchDeclaration(number, reason) });
/** The grounds of a refusal, read only once the officer chooses to refuse. */
export const useRefusalReasons = (wanted: boolean) =>
  useQuery({ queryKey: officerKeys.refusalReasons, queryFn: fetchRefusalReasons, enabled: wanted });
export const useRiskProfiles = () => useQuery({ queryKey: officerKeys.riskProfiles, queryFn: listRiskProfiles });
