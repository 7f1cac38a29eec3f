import { useQuery } from '@tanstack/react-query';
import { fetchRequest, listRegions, listRequests, type RequestStatus } from './credentials-api.ts';

/** The keys of the body's credentials requests in the cache: a decision reads everything under `all` again. */
export const credentialsKeys = {
  all: ['credentials'] as const,
  queue: (filter: { status?: RequestStatus; overdue: boolean }) => ['credentials', 'queue', filter] as const,
  request: (id: string) => ['credentials', 'request', id] as const,
  regions: ['credentials', 'regions'] as const,
};

export const useRequestQueue = (filter: { status?: RequestStatus; overdue: boolean }) =>
  useQuery({ queryKey: credentialsKeys.queue(filter), queryFn: () => listRequests(filter) });
export const useRequest = (id: string) =>
  useQuery({ queryKey: credentialsKeys.request(id), queryFn: () => fetchRequest(id) });
export const useRegions = (wanted = true) =>
  useQuery({ queryKey: credentialsKeys.regions, queryFn: listRegions, staleTime: Infinity, enabled: wanted });
