import { defineRoute } from '../http.ts';
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
  return {
    list: defineRoute({ method: 'GET', path: base, querystring: s.listQuery, response: { 200: s.publicList } }),
    one: defineRoute({ method: 'GET', path: `${base}/:slug`, params: s.slugParams, response: { 200: s.publicItem } }),
    file: defineRoute({
      method: 'GET',
      path: `${base}/:slug/file`,
      params: s.slugParams,
      produces: 'application/octet-stream',
    }),
  };
}

const items = '/api/v1/admin/portal/items';

/** The administrator's editor of portal content (issue 5 point 7). */
export const adminPortalRoutes = {
  list: defineRoute({ method: 'GET', path: items, querystring: s.adminListQuery, response: { 200: s.adminList } }),
  one: defineRoute({ method: 'GET', path: `${items}/:id`, params: s.idParams, response: { 200: s.adminItem } }),
  create: defineRoute({ method: 'POST', path: items, body: s.newItemInput, response: { 201: s.adminItem } }),
  save: defineRoute({
    method: 'PUT',
    path: `${items}/:id`,
    params: s.idParams,
    body: s.itemInput,
    response: { 200: s.adminItem },
  }),
  publish: defineRoute({
    method: 'POST',
    path: `${items}/:id/publish`,
    params: s.idParams,
    response: { 200: s.adminItem },
  }),
  unpublish: defineRoute({
    method: 'POST',
    path: `${items}/:id/unpublish`,
    params: s.idParams,
    response: { 200: s.adminItem },
  }),
  remove: defineRoute({ method: 'DELETE', path: `${items}/:id`, params: s.idParams }),
  /** The body is the file's bytes themselves, with the file's own Content-Type. */
  upload: defineRoute({
    method: 'POST',
    path: '/api/v1/admin/portal/files',
    querystring: s.uploadQuery,
    response: { 201: s.fileView },
  }),
};
