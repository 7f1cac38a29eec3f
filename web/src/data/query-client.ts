import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api.ts';

/** A refusal the server gave on purpose (4xx): asking again gives the same answer, so it is shown at once. */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * The app's one cache of server data. A page opened again shows what it had while it asks anew;
 * a lost connection or a 5xx is tried once more, a refusal never. Coming back to the window does
 * not reload: a form half filled in must not change under the user's hands.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isRefusal(error) && failures < 1,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
