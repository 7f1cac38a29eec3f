import { routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const officer = routesAt('/api/v1/officer');

/** The officer's list of releases before the goods declaration whose term passed (ACC-17). */
export const linkRoutes = {
  overdueReleases: officer('GET', '/overdue-releases', { response: { 200: s.overdueReleasesResponse } }),
};
