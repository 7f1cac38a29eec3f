import { defineRoute, routesAt } from '../http.ts';
import { type ContentKind, segmentOf } from './content-kinds.ts';
import * as s from './schemas.ts';

/** What the portal publishes to everyone (ACC-4, ACC-13, WD-34). */
export const publicPortalRoutes = {
  activeNotices: defineRoute({
    method: 'GET',
    path: '/api/v1/portal/notices/active',
    response: { 200: s.activeNoticeList },
  }),
  newsFeed: defineRoute({
    method: 'GET',
    path: '/news.atom',
    querystring: s.feedQuery,
    produces: 'application/atom+xml',
  }),
};

/** One kind's published items under its own segment (`/api/v1/portal/news`, `/notices`…); `file` only for kinds with a file. */
export function publishedRoutes(kind: ContentKind) {
  const base = `/api/v1/portal/${segmentOf[kind]}`;
  const published = routesAt(`${base}/:slug`, s.slugParams);
  return {
    list: defineRoute({ method: 'GET', path: base, querystring: s.listQuery, response: { 200: s.publicList } }),
    one: published('GET', '', { response: { 200: s.publicItem } }),
    file: published('GET', '/file', { produces: 'application/octet-stream' }),
  };
}

const items = '/api/v1/admin/portal/items';
const item = routesAt(`${items}/:id`, s.idParams);

/** The administrator's editor of portal content (issue 5 point 7). */
export const adminPortalRoutes = {
  list: defineRoute({ method: 'GET', path: items, querystring: s.adminListQuery, response: { 200: s.adminList } }),
  one: item('GET', '', { response: { 200: s.adminItem } }),
  create: defineRoute({ method: 'POST', path: items, body: s.newItemInput, response: { 201: s.adminItem } }),
  save: item('PUT', '', { body: s.itemInput, response: { 200: s.adminItem } }),
  publish: item('POST', '/publish', { response: { 200: s.adminItem } }),
  unpublish: item('POST', '/unpublish', { response: { 200: s.adminItem } }),
  remove: item('DELETE', '', {}),
  /** The body is the file's bytes themselves, with the file's own Content-Type. */
  upload: defineRoute({
    method: 'POST',
    path: '/api/v1/admin/portal/files',
    querystring: s.uploadQuery,
    response: { 201: s.fileView },
  }),
};
