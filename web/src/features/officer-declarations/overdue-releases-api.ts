import { linkRoutes } from '@shekara/contracts/declarations/links';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import { officerKeys } from './queries.ts';

/** Releases before the goods declaration whose term passed with no goods declaration naming them (ACC-17). */
export const useOverdueReleases = () =>
  useQuery({
    queryKey: [...officerKeys.all, 'overdue-releases'],
    queryFn: () => call(linkRoutes.overdueReleases, {}),
  });
