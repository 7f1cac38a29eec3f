import { type QueryKey, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../session/session-context.ts';
import { fetchCertificates, fetchConsents, fetchDataReads, fetchHistory, fetchSessions } from './account-api.ts';
import { fetchRegions, fetchTerritorialDepartments } from './reference-api.ts';

/** The keys of the logged-in user's own data in the cache: a change to the account reads its key again. */
export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
  history: ['account', 'history'] as const,
  certificates: ['account', 'certificates'] as const,
  consents: ['account', 'consents'] as const,
  dataReads: (page: number) => ['account', 'data-reads', page] as const,
  regions: ['account', 'regions'] as const,
  territorialDepartments: ['account', 'territorial-departments'] as const,
};

const shownHistory = 20;

/** A refusal that means the session ended sends the user to log in; the card still shows it. */
export function useSessionEndReported(error: unknown) {
  const { requestFailed } = useSession();
  useEffect(() => {
    if (error) requestFailed(error);
  }, [error, requestFailed]);
}

/** What a cabinet card reads about the account, with the session's end reported as any refusal of the account's. */
function useAccountQuery<T>(queryKey: QueryKey, queryFn: () => Promise<T>) {
  const query = useQuery({ queryKey, queryFn });
  useSessionEndReported(query.error);
  return query;
}

export const useSessions = () => useAccountQuery(accountKeys.sessions, fetchSessions);
export const useHistory = () =>
  useAccountQuery(accountKeys.history, async () => (await fetchHistory()).slice(0, shownHistory));
export const useCertificates = () => useAccountQuery(accountKeys.certificates, fetchCertificates);
export const useConsents = () => useAccountQuery(accountKeys.consents, fetchConsents);
export const useDataReads = (page: number) => useAccountQuery(accountKeys.dataReads(page), () => fetchDataReads(page));

/** Regions and territorial departments change with an order, not during a visit. */
export const useRegistrationRegions = () =>
  useQuery({ queryKey: accountKeys.regions, queryFn: fetchRegions, staleTime: Infinity });
export const useTerritorialDepartments = (wanted: boolean) =>
  useQuery({
    queryKey: accountKeys.territorialDepartments,
    queryFn: fetchTerritorialDepartments,
    staleTime: Infinity,
    enabled: wanted,
  });
